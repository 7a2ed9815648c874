"""Work off the GUI thread, and one signal for every data change.

Two patterns from apps people admire:
- MusicBrainz Picard's `run_task(func, next_func)`: the work runs on a QThreadPool and its result (or its
  error) is handed back to the GUI thread, where widgets may be touched.
- Anki's operations: whatever changes data announces it once, `data_changed(kinds)`, and every open view
  refreshes itself from that signal. Views never call each other.
"""

from __future__ import annotations

import contextlib
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from magia_desk.services.common import Cancelled

T = TypeVar("T")

# How often a worker may wake the GUI thread with progress: more often only costs repaints.
PROGRESS_INTERVAL_S = 0.05


class TaskHandle:
    """One piece of background work: what it is, how far it got, and a way to ask it to stop."""

    def __init__(self, label: str | None, cancellable: bool = False) -> None:
        self.label = label
        self.cancellable = cancellable  # only work that reports progress can notice a Cancel
        self.done = 0
        self.total = 0
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def fraction(self) -> float | None:
        """0..1 when the work reported a total, None while it is indeterminate."""
        return min(1.0, self.done / self.total) if self.total > 0 else None


class _MainThreadBridge(QObject):
    """Lives on the GUI thread; a worker emits a callable and the GUI thread runs it (queued)."""

    call = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.call.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, function: Callable[[], None]) -> None:
        function()


class TaskRunner(QObject):
    """Runs callables on its own thread pool and hands their outcome back on the GUI thread.

    Work given a `label` is "background work" the user sees (status bar, Cancel); work without a label
    (list queries, pickers) stays silent.
    """

    task_started = Signal(object)  # TaskHandle
    task_progress = Signal(object)  # TaskHandle
    task_finished = Signal(object)  # TaskHandle

    def __init__(self, parent: QObject | None = None, max_threads: int = 4) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(max_threads)
        self._bridge = _MainThreadBridge(self)
        self._running: list[TaskHandle] = []
        self._pending = 0  # submitted and not yet delivered, labelled or not (tests wait on it)
        self.error_handler: Callable[[BaseException, str | None, QObject | None], None] | None = None

    # ---- public API ------------------------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str | None = None,
    ) -> TaskHandle:
        """Run `work()` on a worker; `on_done(result)` on the GUI thread unless `owner` was destroyed."""
        return self._submit(lambda _handle: work(), on_done, on_error, owner, label, cancellable=False)

    def run_with_progress(
        self,
        work: Callable[[Callable[[int, int], bool]], T],
        on_done: Callable[[T], None] | None = None,
        *,
        on_error: Callable[[BaseException], None] | None = None,
        owner: QObject | None = None,
        label: str | None = None,
    ) -> TaskHandle:
        """Like `run`, but `work(progress)` gets the services' progress callback (False once cancelled)."""
        return self._submit(lambda handle: work(partial(self._progress, handle)), on_done, on_error, owner, label,
                            cancellable=True)

    @property
    def background_work(self) -> list[TaskHandle]:
        return [h for h in self._running if h.label]

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def shutdown(self, timeout_ms: int = 10_000) -> None:
        """Ask labelled work to stop and wait for the workers (the store closes after this)."""
        for handle in self._running:
            handle.cancel()
        self.pool.waitForDone(timeout_ms)

    # ---- machinery -------------------------------------------------------------------------------------

    def _submit(
        self,
        body: Callable[[TaskHandle], T],
        on_done: Callable[[T], None] | None,
        on_error: Callable[[BaseException], None] | None,
        owner: QObject | None,
        label: str | None,
        *,
        cancellable: bool,
    ) -> TaskHandle:
        handle = TaskHandle(label, cancellable)
        self._running.append(handle)
        self._pending += 1
        if label:
            self.task_started.emit(handle)
        bridge = self._bridge

        def on_worker() -> None:
            try:
                outcome: tuple[bool, Any, str] = (True, body(handle), "")
            except BaseException as exc:  # handed to the GUI thread, which decides how to show it
                outcome = (False, exc, traceback.format_exc())
            # RuntimeError: the window (and its bridge) is gone, nobody is left to tell.
            with contextlib.suppress(RuntimeError):
                bridge.call.emit(partial(self._deliver, handle, outcome, on_done, on_error, owner))

        self.pool.start(on_worker)
        return handle

    def _progress(self, handle: TaskHandle, done: int, total: int) -> bool:
        """Called on the worker: note progress, wake the GUI at most every PROGRESS_INTERVAL_S."""
        handle.done, handle.total = done, total
        now = time.monotonic()
        last = getattr(handle, "_last_emit", 0.0)
        if handle.label and (now - last >= PROGRESS_INTERVAL_S or done >= total):
            handle._last_emit = now  # type: ignore[attr-defined]
            try:
                self._bridge.call.emit(partial(self._announce_progress, handle))
            except RuntimeError:
                return False
        return not handle.cancelled

    def _announce_progress(self, handle: TaskHandle) -> None:
        if handle in self._running:
            self.task_progress.emit(handle)

    def _deliver(
        self,
        handle: TaskHandle,
        outcome: tuple[bool, Any, str],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        owner: QObject | None,
    ) -> None:
        self._pending -= 1
        if handle in self._running:
            self._running.remove(handle)
        if handle.label:
            self.task_finished.emit(handle)
        if owner is not None and not shiboken6.isValid(owner):
            return  # the view that asked was closed meanwhile
        ok, value, trace = outcome
        try:
            if ok:
                if on_done is not None:
                    on_done(value)
                return
            if isinstance(value, Cancelled) or handle.cancelled:
                return
            value.__magia_traceback__ = trace  # the worker's stack, for the details of the error dialog
            if on_error is not None:
                on_error(value)
            else:
                self.report(value, handle.label, owner)
        except Exception as exc:  # an error in a GUI-side callback must not vanish in the event loop
            exc.__magia_traceback__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.report(exc, handle.label, owner)

    def report(self, exc: BaseException, label: str | None, owner: QObject | None = None) -> None:
        """Show a failure the way every background failure is shown (the main window sets the handler)."""
        if self.error_handler is not None:
            self.error_handler(exc, label, owner)
        else:
            from magia_desk.ui.errors import show_error

            show_error(None, exc, label or self.tr("Background work"))


class Operations(QObject):
    """The one place that announces data changes (Anki's operations).

    `kinds` are the store's table names ("organization", "contact", "membership"...): a view refreshes
    when a kind it shows is among them.
    """

    data_changed = Signal(object)  # set[str]

    def changed(self, kinds: Iterable[str]) -> None:
        self.data_changed.emit(set(kinds))

    def perform(self, work: Callable[[], T], kinds: Iterable[str]) -> T:
        """Run a short write on the GUI thread (one record: a few ms) and announce it when it succeeded."""
        result = work()
        self.changed(kinds)
        return result
