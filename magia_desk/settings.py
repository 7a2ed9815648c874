"""Where things live and what the user chose: a small JSON file in the user config dir (no Qt needed)."""

from __future__ import annotations

import json
import os
import sys
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from magia_desk import APP_NAME

ENV_DB = "MAGIA_DESK_DB"
ENV_CONFIG = "MAGIA_DESK_CONFIG_DIR"
# Other translations than the ones shipped (a packager, a test), without touching the code.
ENV_TRANSLATIONS = "MAGIA_DESK_TRANSLATIONS_DIR"


def resources_dir() -> Path:
    """resources/ (icons, translations, fonts) beside the package in a source tree; inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def translations_dir() -> Path:
    """The Qt .qm files of the window and the gettext .po catalogues of the services."""
    override = os.environ.get(ENV_TRANSLATIONS)
    return Path(override) if override else resources_dir() / "translations"


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(ENV_CONFIG)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def default_store_path() -> Path:
    """magia.sqlite in the data folder chosen in Settings (it applies at the next start), else the user data dir."""
    return (chosen_data_folder() or data_dir()) / STORE_FILE


def resolve_store_path(cli_value: str | None) -> str:
    """`--db`, else $MAGIA_DESK_DB, else the default store in the user data dir (cli.md)."""
    return cli_value or os.environ.get(ENV_DB) or str(default_store_path())


@dataclass
class Settings:
    language: str = ""  # "" = the system's
    officer_id: str | None = None
    retention_years: int = 5
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls) -> Settings:
        path = config_dir() / "settings.json"
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in raw.items() if k in known})

    def save(self) -> None:
        path = config_dir() / "settings.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)  # atomic: a crash never leaves half a settings file


DATA_FOLDER_KEY = "data_folder"  # in Settings.extra: the folder chosen for the default store
STORE_FILE = "magia.sqlite"


def chosen_data_folder(settings: Settings | None = None) -> Path | None:
    """The folder chosen in Settings for the default store, None for the standard one."""
    value = (settings or Settings.load()).extra.get(DATA_FOLDER_KEY)
    return Path(str(value)).expanduser() if value else None


def save_data_folder(folder: Path | None) -> None:
    """None (or the standard folder) goes back to the standard one. Applies at the next start."""
    settings = Settings.load()
    if folder is None or Path(folder).expanduser() == data_dir():
        settings.extra.pop(DATA_FOLDER_KEY, None)
    else:
        settings.extra[DATA_FOLDER_KEY] = str(Path(folder).expanduser())
    settings.save()
