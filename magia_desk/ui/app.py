"""Starting the GUI: the application and its language, the welcome dialog of the first run, the store (refused
clearly when it cannot be used), the main window, demo data on the very first run, the daily backup."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from magia_desk import APP_NAME, __version__
from magia_desk.domain.errors import MagiaError
from magia_desk.services.officers import current_officer_id
from magia_desk.settings import data_dir
from magia_desk.storage.models import MODEL_BY_TABLE
from magia_desk.storage.store import Store, open_store
from magia_desk.ui.errors import install_excepthook, setup_logging, show_error, user_message
from magia_desk.ui.i18n import apply_language_setting, installed_language, language_setting, save_language_setting
from magia_desk.ui.icons import app_icon
from magia_desk.ui.preferences import backup_schedule, first_run_done, first_run_due, store_path_at_start
from magia_desk.ui.state import ui_settings
from magia_desk.ui.tasks import TaskHandle
from magia_desk.ui.theme import apply_theme

EXIT_WHEN_SHOWN = "MAGIA_DESK_EXIT_WHEN_SHOWN"
BACKUP_CHECK_INTERVAL_MS = 60 * 60 * 1000


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
    app.setWindowIcon(app_icon())
    if not app.property("magia_themed"):  # once: restyling every widget alive is slow, and the theme then
        apply_theme(app)                  # follows the system's changes by itself
        app.setProperty("magia_themed", True)
    if installed_language() is None:  # English too needs its translation: it holds the plural forms
        apply_language_setting(ui_settings())
    return app


def open_or_explain(path: Path) -> Store | None:
    """The store, or None after telling the user why it cannot be opened (nothing is written then)."""
    try:
        return open_store(path, defer_checks=True)  # the integrity check runs on a worker once shown
    except MagiaError as exc:
        text = user_message(exc)
    except OSError as exc:
        text = QCoreApplication.translate(
            "Application", "The store {path} cannot be read or created: {reason}."
        ).format(path=path, reason=exc.strerror or exc)
    QMessageBox.critical(
        None,
        QCoreApplication.translate("Application", "{app} cannot open the store").format(app=APP_NAME),
        QCoreApplication.translate(
            "Application", "{problem}\n\nNothing was changed. To use another store, start MAGIA Desk with --db PATH."
        ).format(problem=text),
    )
    return None


def run_gui(argv: list[str]) -> int:
    args, qt_args = parse_gui_args(argv)
    app = application(qt_args)  # with the language of the settings
    ui = ui_settings()
    path = store_path_at_start(args.db)
    first_run = not path.exists() or path.stat().st_size == 0
    choice = None
    if not args.demo_on_first_run and not os.environ.get(EXIT_WHEN_SHOWN) and first_run_due(path, ui):
        from magia_desk.ui.dialogs.first_run import ask_first_run

        choice = ask_first_run(language_setting(ui))
        if choice is None:
            return 0  # Quit on the welcome dialog: nothing was created
        save_language_setting(ui, choice.language)
        apply_language_setting(ui)
        first_run_done(ui)
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
        window = MainWindow(store, settings=ui)
        window.show()
        window.raise_()
        window.activateWindow()  # take the keyboard at once, even where no window manager gives it
        if choice is not None:
            from magia_desk.ui.dialogs.first_run import apply_first_run

            QTimer.singleShot(0, lambda: apply_first_run(window, choice))
        elif args.demo_on_first_run and first_run:
            QTimer.singleShot(0, lambda: fill_with_demo(window))
        QTimer.singleShot(0, lambda: start_checks(window))
        hourly = QTimer(window, interval=BACKUP_CHECK_INTERVAL_MS)
        hourly.timeout.connect(lambda: backup_when_due(window))
        hourly.start()
        if os.environ.get(EXIT_WHEN_SHOWN):  # benchmarks/bench_foundation.py: cold start time
            QTimer.singleShot(0, lambda: (print("main window shown", flush=True), app.quit()))
        code = app.exec()
        window.deleteLater()  # while the event loop still exists, before the store closes
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return code
    finally:
        store.close()


def daily_backup(store: Store) -> Path | None:
    """Today's automatic backup when due and wanted (Settings ▸ Backups), kept by the chosen rotation."""
    from magia_desk.services.backup import backup_if_due

    schedule = backup_schedule()
    if not schedule.automatic:
        return None
    return backup_if_due(store, daily=schedule.daily, weekly=schedule.weekly)


def backup_when_due(window: Any) -> TaskHandle:
    """The hourly look at the daily backup while the window stays open (a laptop left on overnight)."""
    store = window.ctx.store
    return window.tasks.run(lambda: daily_backup(store), lambda _path: window.refresh_status(), owner=window)


def start_checks(window: Any) -> TaskHandle:
    """SQLite's quick check of the store, then the daily backup when due, off the GUI thread.

    Deferred from opening so that a large store shows its window at once. A damaged store is closed at once
    with a message naming the latest good backup, before anything else can be written to it.
    """
    from magia_desk.services.backup import latest_good_backup
    from magia_desk.storage.store import quick_check

    store = window.ctx.store

    def work() -> list[str]:
        problems = quick_check(store.path, store.passphrase)
        if not problems:
            daily_backup(store)
        return problems

    def done(problems: list[str]) -> None:
        if not problems:
            return
        backup = latest_good_backup(store.path, store.passphrase)
        advice = (
            QCoreApplication.translate(
                "Application",
                "The latest good backup is {backup}. Restore it with:\n  magia-desk --db {path} restore {backup}",
            ).format(backup=backup, path=store.path)
            if backup
            else QCoreApplication.translate("Application", "No good backup was found.")
        )
        QMessageBox.critical(
            window,
            QCoreApplication.translate("Application", "{app}: the store is damaged").format(app=APP_NAME),
            QCoreApplication.translate(
                "Application", "{path} is damaged ({problem}). MAGIA Desk closes it without writing to it.\n\n{advice}"
            ).format(path=store.path, problem=problems[0], advice=advice),
        )
        window.close()

    return window.tasks.run(work, done, owner=window,
                            label=QCoreApplication.translate("Application", "Checking the store"))


def fill_with_demo(window: Any, after: Callable[[], None] | None = None) -> TaskHandle | None:
    """Demo data in a brand-new store, on a worker, with a progress dialog that can cancel it; then `after()`."""
    from magia_desk.services.demo import generate_demo

    store: Store = window.store
    dialog = QProgressDialog(QCoreApplication.translate("Application", "Filling the new store with demo data…"),
                             QCoreApplication.translate("Application", "Cancel"), 0, 1000, window)
    dialog.setWindowTitle(QCoreApplication.translate("Application", "Demo data"))
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)

    def done(summary: Any) -> None:
        store.officer_id = current_officer_id(store)
        if after is not None:
            after()
        window.operations.changed(MODEL_BY_TABLE.keys())
        window.refresh_status()
        companies = summary.get("organizations") if isinstance(summary, dict) else None
        # Hundreds of them, never one: no plural forms needed (and lupdate finds none in module functions).
        window.notify(QCoreApplication.translate("Application", "Demo data ready: {count} organizations").format(
            count=QLocale().toString(int(companies))) if companies
            else QCoreApplication.translate("Application", "Demo data ready"))

    def failed(exc: BaseException) -> None:
        show_error(window, exc, QCoreApplication.translate("Application", "Making the demo data"))

    handle = window.tasks.run_with_progress(
        lambda progress: generate_demo(store, seed=1, scale=1, progress=progress),
        done, on_error=failed, owner=window, label=QCoreApplication.translate("Application", "Making demo data"),
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
