"""The import wizard (issue 8): file, column mapping, preview, duplicate decisions, import with progress."""

from __future__ import annotations

from magia_desk.ui.dialogs.import_wizard.wizard import ImportWizard

__all__ = ["ImportWizard"]
