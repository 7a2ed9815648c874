"""Undo and redo of data changes: each command runs service calls and announces what changed.

Destructive actions are undone rather than confirmed (ui.md): Delete soft-deletes at once and Ctrl+Z
restores through the services' restore_* functions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from magia_desk.ui.errors import show_error
from magia_desk.ui.tasks import Operations


class ServiceCommand(QUndoCommand):
    """A pair of service calls. The change has already been made when the command is pushed.

    QUndoStack.push() calls redo() at once; the first call is skipped because the editor or the list
    already performed the change (and showed its errors) before pushing.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        operations: Operations,
        kinds: Iterable[str],
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._operations = operations
        self._kinds = set(kinds)
        self._first_redo = True

    def redo(self) -> None:
        if self._first_redo:
            self._first_redo = False
            return
        self._run(self._do, QCoreApplication.translate("ServiceCommand", "Redo {change}").format(change=self.text()))

    def undo(self) -> None:
        self._run(self._undo, QCoreApplication.translate("ServiceCommand", "Undo {change}").format(change=self.text()))

    def _run(self, call: Callable[[], object], doing: str) -> None:
        try:
            call()
        except Exception as exc:  # e.g. the record was merged away since: say so, and drop the command
            self.setObsolete(True)
            show_error(None, exc, doing)
        finally:
            self._operations.changed(self._kinds)
