"""The user's choices that outlive a session besides the language: data folder, backup schedule, first run.

They live in settings.json (magia_desk.settings.Settings.extra), not in the window's QSettings, because the
command line needs the same data folder and the services the same backup schedule.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from magia_desk.domain.retention import DAILY_KEPT, WEEKLY_KEPT
from magia_desk.settings import ENV_DB, Settings, resolve_store_path

BACKUPS_KEY = "backups"
FIRST_RUN_KEY = "ui/first_run"  # QSettings: true shows the welcome dialog at the next start


@dataclass(frozen=True)
class BackupSchedule:
    automatic: bool = True  # today's backup when the store changed, checked at start and every hour
    daily: int = DAILY_KEPT
    weekly: int = WEEKLY_KEPT


def backup_schedule(settings: Settings | None = None) -> BackupSchedule:
    raw: Any = (settings or Settings.load()).extra.get(BACKUPS_KEY) or {}
    if not isinstance(raw, dict):
        return BackupSchedule()

    def count(key: str, default: int, low: int) -> int:
        try:
            return max(low, int(raw.get(key, default)))
        except (TypeError, ValueError):
            return default

    return BackupSchedule(automatic=bool(raw.get("automatic", True)), daily=count("daily", DAILY_KEPT, 1),
                          weekly=count("weekly", WEEKLY_KEPT, 0))


def save_backup_schedule(schedule: BackupSchedule) -> None:
    settings = Settings.load()
    settings.extra[BACKUPS_KEY] = {"automatic": schedule.automatic, "daily": schedule.daily,
                                   "weekly": schedule.weekly}
    settings.save()


def store_path_at_start(cli_value: str | None) -> Path:
    """`--db`, else $MAGIA_DESK_DB, else magia.sqlite in the chosen data folder (standard one by default)."""
    return Path(resolve_store_path(cli_value)).expanduser()


def store_given_explicitly(cli_value: str | None) -> bool:
    return bool(cli_value or os.environ.get(ENV_DB))


def first_run_due(store_path: Path, ui: QSettings, settings: Settings | None = None) -> bool:
    """The welcome dialog is shown when nobody has used MAGIA Desk here yet (no officer chosen, no store), or
    when the settings ask for it again."""
    if str(ui.value(FIRST_RUN_KEY, "false")).lower() in ("true", "1"):
        return True
    fresh = not store_path.exists() or store_path.stat().st_size == 0
    return fresh and not (settings or Settings.load()).officer_id


def first_run_done(ui: QSettings) -> None:
    ui.remove(FIRST_RUN_KEY)
    ui.sync()
