"""Backup files beside a store: consistent copies with the attachments, their names, listing, rotation.

Storage-level because `open_store` makes the automatic backup before anything writes to the file; the policy
(what to keep, when one is due) is pure and lives in `domain.retention`. `services.backup` is the public face.

Every backup lives in `backups/` beside the store. Several stores in one folder share it, so each name starts
with its store's stem; the name says the kind (`BackupInfo.kind`) and the local time it was made:

| kind       | name                                                  | made by                                    |
|------------|-------------------------------------------------------|--------------------------------------------|
| auto       | <stem>-auto-YYYYmmdd-HHMMSS.magiabackup               | open_store / backup_if_due, once a day     |
| manual     | <stem>-YYYYmmdd-HHMMSS.magiabackup                    | `magia-desk backup`, the Backups dialog    |
| migration  | <stem>.before-<revision>.YYYYmmdd-HHMMSS.sqlite       | open_store, before a schema upgrade        |
| restore    | <stem>-before-restore-YYYYmmdd-HHMMSS.sqlite          | restore: the store it replaced             |
| conversion | <stem>-before-(encrypt|decrypt)-YYYYmmdd-HHMMSS.sqlite | encrypt/decrypt: the store as it was       |

A `.magiabackup` is a zip of `store.sqlite` (SQLite's online backup: consistent while the store is in use) and
`attachments/`; the `.sqlite` ones are the bare store (those operations never touch attachments). A backup of an
encrypted store is encrypted with the store's passphrase. Only `auto` backups are rotated (7 daily, 4 weekly):
the others were made for a reason the user may still need, and are deleted by the user.
"""

from __future__ import annotations

import contextlib
import re
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from magia_desk.domain.retention import DAILY_KEPT, WEEKLY_KEPT, backups_to_keep, daily_backup_due
from magia_desk.storage import encryption
from magia_desk.storage.store import backup_copy, quick_check

STORE_ENTRY = "store.sqlite"
ATTACHMENTS_ENTRY = "attachments/"
ARCHIVE_SUFFIX = ".magiabackup"
STAMP = "%Y%m%d-%H%M%S"
_STAMP_RE = r"(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?"
# Kinds that hold the whole store as it was when made: the daily "is one due?" question looks at these.
FULL_KINDS = frozenset({"auto", "manual", "migration"})


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime  # local time, timezone-aware (read from the name)
    size: int  # bytes
    kind: str  # auto, manual, migration, restore, conversion


def backups_dir(store_path: Path) -> Path:
    return Path(store_path).parent / "backups"


def attachments_dir(store_path: Path) -> Path:
    return Path(store_path).with_name(Path(store_path).stem + ".attachments")


def _patterns(stem: str) -> list[tuple[str, re.Pattern[str]]]:
    s = re.escape(stem)
    return [
        ("auto", re.compile(rf"^{s}-auto-{_STAMP_RE}\.magiabackup$")),
        ("manual", re.compile(rf"^{s}-{_STAMP_RE}\.magiabackup$")),
        ("migration", re.compile(rf"^{s}\.before-[\w.-]+?\.{_STAMP_RE}\.sqlite$")),
        ("restore", re.compile(rf"^{s}-before-restore-{_STAMP_RE}\.sqlite$")),
        ("conversion", re.compile(rf"^{s}-before-(?:encrypt|decrypt)-{_STAMP_RE}\.sqlite$")),
    ]


def _local(now: datetime) -> datetime:
    """Names carry local wall-clock time (what the user reads in the Backups dialog)."""
    return now.astimezone()


def backup_path(store_path: Path, kind: str, now: datetime, *, detail: str = "") -> Path:
    """A new, unused backup file name of this kind (`detail`: the revision or the conversion)."""
    store_path = Path(store_path)
    stem, stamp = store_path.stem, _local(now).strftime(STAMP)
    names = {
        "auto": f"{stem}-auto-{stamp}{{n}}{ARCHIVE_SUFFIX}",
        "manual": f"{stem}-{stamp}{{n}}{ARCHIVE_SUFFIX}",
        "migration": f"{stem}.before-{detail}.{stamp}{{n}}.sqlite",
        "restore": f"{stem}-before-restore-{stamp}{{n}}.sqlite",
        "conversion": f"{stem}-before-{detail}-{stamp}{{n}}.sqlite",
    }
    folder = backups_dir(store_path)
    for n in range(1, 1000):  # two backups within one second (an open then a manual one) get -2, -3...
        candidate = folder / names[kind].format(n="" if n == 1 else f"-{n}")
        if not candidate.exists() and not candidate.with_name(candidate.name + ".part").exists():
            return candidate
    raise FileExistsError(f"no free backup name in {folder}")


def list_backups(store_path: Path) -> list[BackupInfo]:
    """Every backup of this store, newest first."""
    store_path = Path(store_path)
    folder = backups_dir(store_path)
    if not folder.is_dir():
        return []
    patterns = _patterns(store_path.stem)
    found: list[tuple[BackupInfo, int, float]] = []
    for file in folder.iterdir():
        for kind, pattern in patterns:
            match = pattern.match(file.name)
            if match and file.is_file():
                created = datetime.strptime(match["stamp"], STAMP).astimezone()
                stat = file.stat()
                found.append((BackupInfo(file, created, stat.st_size, kind), int(match["n"] or 1), stat.st_mtime))
                break
    # Names carry whole seconds: within one, "-2" came after the unnumbered one, and the file written last is newer.
    ordered = sorted(found, key=lambda item: (item[0].created, item[1], item[2]), reverse=True)
    return [info for info, _, _ in ordered]


def write_archive(store_path: Path, target: Path, passphrase: str | None = None,
                  attachments: Path | None = None) -> Path:
    """A zip holding a consistent copy of the store and every attachment; written atomically (.part, then rename)."""
    store_path, target = Path(store_path), Path(target)
    attachments = attachments if attachments is not None else attachments_dir(store_path)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            snapshot = backup_copy(store_path, Path(tmp) / STORE_ENTRY, passphrase)
            # Encrypted pages do not compress: storing them saves the time for nothing.
            method = zipfile.ZIP_STORED if encryption.is_encrypted(snapshot) else zipfile.ZIP_DEFLATED
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.write(snapshot, STORE_ENTRY, compress_type=method)
                if attachments.is_dir():
                    for file in sorted(attachments.rglob("*")):
                        if file.is_file():
                            archive.write(file, ATTACHMENTS_ENTRY + file.relative_to(attachments).as_posix())
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return target


def rotate_backups(
    directory: Path, now: datetime, *, stem: str | None = None, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> list[Path]:
    """Delete the automatic backups the retention policy no longer keeps (per store); the deleted paths.

    Only `auto` backups are touched; `stem` limits the rotation to one store of the folder.
    """
    directory = Path(directory)
    if not directory.is_dir():
        return []
    pattern = re.compile(rf"^(?P<stem>.+)-auto-{_STAMP_RE}\.magiabackup$")
    groups: dict[str, list[tuple[Path, datetime]]] = {}
    for file in directory.iterdir():
        match = pattern.match(file.name)
        if match and file.is_file() and (stem is None or match["stem"] == stem):
            created = datetime.strptime(match["stamp"], STAMP).astimezone()
            groups.setdefault(match["stem"], []).append((file, created))
    removed: list[Path] = []
    for items in groups.values():
        keep = backups_to_keep([created for _, created in items], _local(now), daily=daily, weekly=weekly)
        for index, (file, _) in enumerate(items):
            if index not in keep:
                file.unlink(missing_ok=True)
                removed.append(file)
    return sorted(removed)


def last_change_at(store_path: Path, passphrase: str | None = None) -> datetime | None:
    """When the store was last written (its newest change-log entry, UTC), read without writing."""
    try:
        with contextlib.closing(encryption.connect(Path(store_path), passphrase, readonly=True)) as con:
            row = con.execute("SELECT max(at) FROM change").fetchone()
    except encryption.database_errors():
        return None  # no change log (yet): nothing of ours to lose
    if not row or row[0] is None:
        return None
    moment = datetime.fromisoformat(str(row[0]))
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment


def auto_backup(
    store_path: Path,
    now: datetime,
    *,
    passphrase: str | None = None,
    before_migration: str | None = None,
    last_change: datetime | None = None,
    force: bool = False,
    daily: int = DAILY_KEPT,
    weekly: int = WEEKLY_KEPT,
) -> Path | None:
    """The automatic backup: the copy before a migration to `before_migration`, else today's when due.

    Today's is due (domain.retention.daily_backup_due) when the store changed since its newest backup and that
    backup is from an earlier day; it is then made and the automatic backups rotated. Returns the new backup, or
    None when none was due. `last_change` can be handed in by a caller that has the store open.
    """
    store_path = Path(store_path)
    if before_migration is not None:
        target = backup_path(store_path, "migration", now, detail=before_migration)
        return backup_copy(store_path, target, passphrase)
    if not force:
        newest = next((b.created for b in list_backups(store_path) if b.kind in FULL_KINDS), None)
        changed = last_change if last_change is not None else last_change_at(store_path, passphrase)
        if not daily_backup_due(newest, changed, _local(now)):
            return None
    target = write_archive(store_path, backup_path(store_path, "auto", now), passphrase)
    rotate_backups(target.parent, now, stem=store_path.stem, daily=daily, weekly=weekly)
    return target


@contextlib.contextmanager
def store_file_of(backup: Path):  # type: ignore[no-untyped-def]
    """The store file inside a backup: the backup itself, or its zip entry extracted to a temporary folder."""
    if backup.suffix != ARCHIVE_SUFFIX:
        yield backup
        return
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(backup) as archive:
        if STORE_ENTRY not in archive.namelist():
            raise zipfile.BadZipFile(f"{backup.name} holds no {STORE_ENTRY}")
        yield Path(archive.extract(STORE_ENTRY, tmp))


def verify_backup(backup: Path, passphrase: str | None = None) -> list[str]:
    """[] when the backup holds a sound store (quick_check, key when encrypted), else the problems."""
    try:
        with store_file_of(Path(backup)) as store_file:
            if not encryption.has_plain_header(store_file):
                if passphrase is None or not encryption.is_encrypted(store_file):
                    return ["not a store, or encrypted and no passphrase given"]
                if not encryption.key_opens(store_file, passphrase):
                    return ["the passphrase does not open it"]
                return quick_check(store_file, passphrase)
            return quick_check(store_file)
    except encryption.database_errors(OSError, zipfile.BadZipFile) as exc:
        return [str(exc)]


def latest_good_backup(store_path: Path, passphrase: str | None = None, *, limit: int = 10) -> Path | None:
    """The newest backup of the store that passes `verify_backup` (looking at `limit` backups at most)."""
    for info in list_backups(Path(store_path))[:limit]:
        if not verify_backup(info.path, passphrase):
            return info.path
    return None
