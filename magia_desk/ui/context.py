"""What every screen is given: the store, the workers, the change signal, undo, and a way to navigate.

Screens receive this instead of the main window, so that they cannot reach into each other.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from magia_desk.storage.store import Store
from magia_desk.ui.tasks import Operations, TaskRunner


def _nowhere(*_args: Any, **_kwargs: Any) -> None:
    return None


@dataclass
class AppContext:
    store: Store
    tasks: TaskRunner
    operations: Operations
    undo_stack: QUndoStack
    settings: QSettings
    # open_record(kind, id): show that record on its screen ("organization", "contact", ...).
    open_record: Callable[[str, str], None] = _nowhere
    # create_record(kind, preset): start a new record on its screen with some fields filled in.
    create_record: Callable[[str, Mapping[str, Any]], None] = _nowhere
    # notify(text, undo=None): a transient message in the status bar, with an Undo button when given.
    notify: Callable[..., None] = _nowhere
    extras: dict[str, Any] = field(default_factory=dict)
