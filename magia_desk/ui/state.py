"""What the window looked like last time: geometry, splitters, column layouts (QSettings, UI only).

The file lives beside settings.json in the config dir, so that $MAGIA_DESK_CONFIG_DIR (tests, portable
installs) moves both together.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QHeaderView, QSplitter

from magia_desk.settings import config_dir


def ui_settings() -> QSettings:
    path = config_dir() / "ui.ini"
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def _bytes(settings: QSettings, key: str) -> QByteArray | None:
    value = settings.value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_splitter(settings: QSettings, key: str, splitter: QSplitter) -> None:
    settings.setValue(f"splitters/{key}", splitter.saveState())


def restore_splitter(settings: QSettings, key: str, splitter: QSplitter) -> bool:
    state = _bytes(settings, f"splitters/{key}")
    return bool(state) and splitter.restoreState(state)


def save_header(settings: QSettings, key: str, header: QHeaderView) -> None:
    settings.setValue(f"columns/{key}", header.saveState())


def restore_header(settings: QSettings, key: str, header: QHeaderView) -> bool:
    state = _bytes(settings, f"columns/{key}")
    return bool(state) and header.restoreState(state)
