"""Starting the GUI: the application, the store (refused clearly when it cannot be used), the main window,
and demo data on the very first run."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from magia_desk import APP_NAME, __version__
from magia_desk.domain.errors import MagiaError
from magia_desk.services.officers import current_officer_id
from magia_desk.settings import data_dir, resolve_store_path
from magia_desk.storage.models import MODEL_BY_TABLE
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.errors import install_excepthook, setup_logging, show_error
from magia_desk.ui.tasks import TaskHandle
from magia_desk.ui.theme import apply_theme


def parse_gui_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """Our two options; anything else is left for Qt (-platform, -style, -reverse...)."""
    parser = argparse.ArgumentParser(prog="magia-desk", add_help=False)
    parser.add_argument("--db")
    parser.add_argument("--demo-on-first-run", action="store_true")
    return parser.parse_known_args(argv)


def application(qt_args: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv else "magia-desk", *(qt_args or [])])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    apply_theme(app)
    return app


def open_or_explain(path: Path) -> Store | None:
    """The store, or None after telling the user why it cannot be opened (nothing is written then)."""
    try:
        return open_store(path, defer_checks=True)  # the integrity check runs on a worker once shown
    except MagiaError as exc:
        text = f"{exc}"
    except OSError as exc:
        text = f"The store {path} cannot be read or created: {exc.strerror or exc}."
    QMessageBox.critical(
        None,
        f"{APP_NAME} cannot open the store",
        f"{text}\n\nNothing was changed. To use another store, start MAGIA Desk with --db PATH.",
    )
    return None


def run_gui(argv: list[str]) -> int:
    args, qt_args = parse_gui_args(argv)
    app = application(qt_args)
    path = Path(resolve_store_path(args.db)).expanduser()
    first_run = not path.exists() or path.stat().st_size == 0
    from magia_desk.services.backup import store_is_encrypted

    if path.exists() and store_is_encrypted(path):
        from magia_desk.ui.dialogs.passphrase import ask_passphrase_and_open

        store = ask_passphrase_and_open(path)  # asks again on a wrong passphrase; None when cancelled
    else:
        store = open_or_explain(path)
    if store is None:
        return 1
    from magia_desk.ui.main_window import MainWindow  # after the store: a refusal should be instant

    try:
        store.officer_id = current_officer_id(store)
        setup_logging(data_dir() / "logs")
        install_excepthook()
        window = MainWindow(store)
        window.show()
        window.raise_()
        window.activateWindow()  # take the keyboard at once, even where no window manager gives it
        if args.demo_on_first_run and first_run:
            QTimer.singleShot(0, lambda: fill_with_demo(window))
        QTimer.singleShot(0, lambda: start_checks(window))
        if os.environ.get("MAGIA_DESK_EXIT_WHEN_SHOWN"):  # benchmarks/bench_foundation.py: cold start time
            QTimer.singleShot(0, lambda: (print("main window shown", flush=True), app.quit()))
        code = app.exec()
        window.deleteLater()  # while the event loop still exists, before the store closes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        store.close()


def start_checks(window: Any) -> TaskHandle:
    """SQLite's quick check of the store, then the daily backup when due, off the GUI thread.

    Deferred from opening so that a large store shows its window at once. A damaged store is closed at once
    with a message naming the latest good backup, before anything else can be written to it.
    """
    from magia_desk.services.backup import backup_if_due, latest_good_backup
    from magia_desk.storage.store import quick_check

    store = window.ctx.store

    def work() -> list[str]:
        problems = quick_check(store.path, store.passphrase)
        if not problems:
            backup_if_due(store)
        return problems

    def done(problems: list[str]) -> None:
        if not problems:
            return
        backup = latest_good_backup(store.path, store.passphrase)
        advice = (
            f"The latest good backup is {backup}. Restore it with:\n  magia-desk --db {store.path} restore {backup}"
            if backup
            else "No good backup was found."
        )
        QMessageBox.critical(
            window,
            f"{APP_NAME}: the store is damaged",
            f"{store.path} is damaged ({problems[0]}). MAGIA Desk closes it without writing to it.\n\n{advice}",
        )
        window.close()

    return window.tasks.run(work, done, owner=window, label="Checking the store")


def fill_with_demo(window: Any) -> TaskHandle | None:
    """Demo data in a brand-new store, on a worker, with a progress dialog that can cancel it."""
    try:
        from magia_desk.services.demo import generate_demo
    except ImportError:
        QMessageBox.information(window, "No demo data", "This version of MAGIA Desk cannot make demo data yet. "
                                "The store is empty: create a company with Ctrl+N.")
        return None
    store: Store = window.store
    dialog = QProgressDialog("Filling the new store with demo data…", "Cancel", 0, 1000, window)
    dialog.setWindowTitle("Demo data")
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def done(summary: Any) -> None:
        store.officer_id = current_officer_id(store)
        window.operations.changed(MODEL_BY_TABLE.keys())
        window.refresh_status()
        companies = summary.get("organizations") if isinstance(summary, dict) else None
        window.notify(f"Demo data ready: {companies:,} organizations" if companies else "Demo data ready")

    def failed(exc: BaseException) -> None:
        show_error(window, exc, "Making the demo data")

    handle = window.tasks.run_with_progress(
        lambda progress: generate_demo(store, seed=1, scale=1, progress=progress),
        done, on_error=failed, owner=window, label="Making demo data",
    )

    def progressed(task: TaskHandle) -> None:
        if task is handle and task.fraction is not None:
            dialog.setValue(int(task.fraction * 1000))

    def finished(task: TaskHandle) -> None:
        if task is handle:
            dialog.close()
            dialog.deleteLater()

    window.tasks.task_progress.connect(progressed)
    window.tasks.task_finished.connect(finished)
    dialog.canceled.connect(handle.cancel)
    dialog.show()
    return handle
