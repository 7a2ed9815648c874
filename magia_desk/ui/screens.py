"""The screens of the navigation rail, in order. A later screen registers itself with one line here.

`factory` names the screen's class ("module:Class"); it is imported when the screen is first shown, so
that start-up stays fast however many screens there are. `badge(store) -> int | None` (optional) runs on a
worker after every change of `badge_kinds` and shows a count beside the screen's name (overdue tasks).

A screen is a QWidget taking `(ctx: AppContext, parent)`. The window calls, when the screen has them:
focus_search(), create_new(preset=None), save() -> bool, delete_selected(), show_record(id), save_state(),
and reads `record_kind` (which records it shows) and `palette_search(store, text, limit)` (Ctrl+K).
List screens get all of these from `views.list_screen.ListScreen`.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from magia_desk.storage.store import Store


@dataclass(frozen=True)
class ScreenSpec:
    key: str
    title: str
    factory: str
    badge: Callable[[Store], int | None] | None = None
    badge_kinds: frozenset[str] = field(default_factory=frozenset)
    tooltip: str = ""

    def load(self) -> type[QWidget]:
        module, _, name = self.factory.partition(":")
        return getattr(importlib.import_module(module), name)


SCREENS: tuple[ScreenSpec, ...] = (
    ScreenSpec("companies", "Companies", "magia_desk.ui.views.companies:CompaniesScreen",
               tooltip="Companies, clusters and every other organization"),
    ScreenSpec("contacts", "Contacts", "magia_desk.ui.views.contacts:ContactsScreen",
               tooltip="People, their company and their GDPR consent"),
    ScreenSpec("dashboard", "Dashboard", "magia_desk.ui.views.dashboard:DashboardScreen",
               tooltip="Every indicator against its target, with the records behind each number"),
)
