"""How errors reach the user.

Expected errors (MagiaError: a refused value, a store in use, a missing record) are the user's business:
a plain message box saying what failed and why. Anything else is a bug: a short apology, what to do, and
the traceback one click away (QMessageBox's "Show Details..."), always written to the log too.
"""

from __future__ import annotations

import logging
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from magia_desk.domain.errors import MagiaError, ValidationError
from magia_desk.services.i18n import error_line, translate_error

log = logging.getLogger("magia_desk.ui")
_log_file: Path | None = None


def setup_logging(directory: Path) -> Path | None:
    """Log to a rotating file in the user data dir; the error dialog names it."""
    global _log_file
    try:
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "magia-desk.log"
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only home must not stop the app from starting
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("magia_desk")
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _log_file = path
    return path


def user_message(exc: BaseException) -> str:
    """The message of an expected error in the user's language, fields named by their labels."""
    if isinstance(exc, ValidationError):
        return error_line(exc)
    if isinstance(exc, MagiaError):  # RecordInvalid: one line per field
        return translate_error(exc) or exc.__class__.__name__
    return str(exc) or exc.__class__.__name__


def show_error(parent: QWidget | None, exc: BaseException, doing: str) -> None:
    """Tell the user that `doing` ("Saving the company") failed, in the right tone for the error."""
    if isinstance(exc, MagiaError):
        text = QCoreApplication.translate("ErrorDialog", "{doing} did not work.\n\n{reason}")
        QMessageBox.warning(parent, doing, text.format(doing=doing, reason=user_message(exc)))
        return
    trace = getattr(exc, "__magia_traceback__", None) or "".join(
        traceback.format_exception(type(exc), exc, exc.__traceback__)
    )
    log.error("%s failed unexpectedly:\n%s", doing, trace)
    box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("ErrorDialog", "Something went wrong"),
                      QCoreApplication.translate("ErrorDialog", "{doing} failed unexpectedly.").format(doing=doing),
                      parent=parent)
    advice = QCoreApplication.translate(
        "ErrorDialog", "Your data is safe: the change that failed was not saved. Try again; if it happens again, send "
        "the details below to whoever supports MAGIA Desk.")
    if _log_file:
        advice += " " + QCoreApplication.translate("ErrorDialog", "They are also in the log file {path}.").format(
            path=_log_file)
    box.setInformativeText(advice)
    box.setDetailedText(trace)
    box.exec()


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Exceptions escaping a Qt slot land here; show them instead of printing to a console nobody reads."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__magia_traceback__ = "".join(traceback.format_exception(kind, exc, tb))  # type: ignore[attr-defined]
    if QApplication.instance() is None:
        sys.__excepthook__(kind, exc, tb)
        return
    show_error(QApplication.activeWindow(), exc, QCoreApplication.translate("ErrorDialog", "The last action"))


def install_excepthook() -> None:
    sys.excepthook = _excepthook
