"""Keeping the store safe: backups (made, listed, rotated, restored), integrity checks, encryption at rest.

For the Backups dialog and the CLI:
- `list_backups(store_path)` -> [BackupInfo(path, created, size, kind)], newest first (kinds and file names:
  storage/snapshots.py); `backup_store(store)` a manual backup; `delete_backup(store_path, path)`;
  `restore_store(store_path, file, passphrase)` (keeps the store it replaces).
- `auto_backup(store_path, now)` is what `open_store` runs (before migrations); `backup_if_due(store)` is the hook
  the app calls hourly while a store is open: today's backup when due, then the rotation (7 daily, 4 weekly).
- `encrypt_store` / `decrypt_store` / `change_passphrase` convert a closed store; its backups follow (see each).
"""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from magia_desk.domain.errors import N_, MagiaError, Message, as_message
from magia_desk.domain.retention import DAILY_KEPT, WEEKLY_KEPT, daily_backup_due
from magia_desk.storage import encryption, migrate
from magia_desk.storage.models import RECORD_MODELS, Change
from magia_desk.storage.snapshots import (
    ARCHIVE_SUFFIX,
    ATTACHMENTS_ENTRY,
    STORE_ENTRY,
    BackupInfo,
    auto_backup,
    backup_path,
    backups_dir,
    latest_good_backup,
    list_backups,
    rotate_backups,
    store_file_of,
    verify_backup,
    write_archive,
)
from magia_desk.storage.store import (
    SQLITE_HEADER,
    PassphraseError,
    Store,
    StoreDamagedError,
    _lock_file,
    backup_copy,
    check_header,
    open_store,
    quick_check,
)

__all__ = [
    "ATTACHMENTS_ENTRY", "STORE_ENTRY", "BackupInfo", "CheckReport", "ConversionResult", "RestoreResult",
    "auto_backup", "backup_if_due", "backup_store", "change_passphrase", "check_store", "daily_backup_due",
    "decrypt_store", "delete_backup", "encrypt_store", "latest_good_backup", "list_backups", "open_for_check",
    "restore_store", "rotate_backups", "store_is_encrypted", "verify_backup",
]


def store_is_encrypted(path: str | Path) -> bool:
    """Whether the store file at `path` is encrypted (so a passphrase must be asked before opening it)."""
    return encryption.is_encrypted(Path(path).expanduser())


def default_backup_path(store: Store) -> Path:
    return backup_path(store.path, "manual", datetime.now().astimezone())


def backup_store(store: Store, out: Path | None = None) -> Path:
    """A zip holding a consistent copy of the store and every attachment; written atomically.

    The copy of an encrypted store is encrypted with its passphrase."""
    target = Path(out) if out else default_backup_path(store)
    return write_archive(store.path, target, store.passphrase, store.attachments_dir)


def backup_if_due(
    store: Store, now: datetime | None = None, *, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT
) -> Path | None:
    """Today's automatic backup of the open store when due (it changed since its newest backup, made on an
    earlier day), then the rotation keeping `daily` daily and `weekly` weekly backups (the Settings dialog's
    schedule). For the app's hourly timer; returns the new backup or None."""
    if store.engine.dialect.name != "sqlite":
        return None  # a PostgreSQL hub is backed up by its server
    with store.read() as session:
        last = session.scalar(select(func.max(Change.at)))
    return auto_backup(store.path, now or datetime.now().astimezone(), passphrase=store.passphrase,
                       last_change=last, daily=daily, weekly=weekly)


def delete_backup(store_path: Path, backup: Path) -> None:
    """Remove one backup of this store (the Backups dialog's Delete); refused for any other file."""
    backup = Path(backup).resolve()
    if backup not in {info.path.resolve() for info in list_backups(Path(store_path))}:
        raise MagiaError(Message(N_("{backup} is not a backup of {store}."), backup=backup, store=store_path))
    backup.unlink()


# ---- restore -------------------------------------------------------------------------------------------------

@dataclass
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path | None


def _extract(source: Path, workdir: Path) -> tuple[Path, Path | None]:
    """(store file, attachments folder or None) from a backup zip or a bare (plain or encrypted) store file."""
    with source.open("rb") as handle:
        head = handle.read(16)
    if head == SQLITE_HEADER:
        return source, None
    if not zipfile.is_zipfile(source):
        if encryption.looks_encrypted(source):
            return source, None
        raise MagiaError(Message(N_("{source} is neither a MAGIA Desk backup nor a store file."), source=source))
    with zipfile.ZipFile(source) as archive:
        names = archive.namelist()
        if STORE_ENTRY not in names:
            raise MagiaError(Message(N_("{source} is a zip file but holds no store ({entry} is missing)."),
                                     source=source, entry=STORE_ENTRY))
        for name in names:
            if name.startswith("/") or ".." in Path(name).parts:
                raise MagiaError(Message(N_("{source} holds an unsafe path: {name}"), source=source, name=name))
        archive.extractall(workdir)
    attachments = workdir / "attachments"
    return workdir / STORE_ENTRY, attachments if attachments.is_dir() else None


def _keep_current(store_path: Path, kept: Path, passphrase: str | None) -> None:
    """A copy of the store a restore replaces: consistent when the passphrase opens it, else its raw bytes
    (with its -wal, which SQLite reads beside the copy), so a restore never loses the store it replaces."""
    try:
        backup_copy(store_path, kept, passphrase)
    except encryption.database_errors():
        kept.unlink(missing_ok=True)
        shutil.copy2(store_path, kept)
        wal = store_path.with_name(store_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))


def restore_store(store_path: Path, source: Path, passphrase: str | None = None) -> RestoreResult:
    """Replace the store at `store_path` by a backup, after checking the backup and keeping the current store.

    Refused while the store is open elsewhere, and refused (nothing changed) when the backup is damaged, from a
    newer version of the app, or encrypted and `passphrase` does not open it. The restored store keeps the
    backup's encryption (and passphrase).
    """
    store_path = Path(store_path).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise MagiaError(Message(N_("{source} does not exist."), source=source))
    lock = _lock_file(store_path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            candidate, attachments = _extract(source, Path(tmp))
            try:
                check_header(candidate, passphrase)
            except PassphraseError as exc:
                raise PassphraseError(Message(N_("The backup {source} is encrypted: {reason}"), source=source,
                                              reason=_reason(exc))) from None
            key = passphrase if encryption.is_encrypted(candidate) else None
            problems = quick_check(candidate, key)
            if problems:
                raise MagiaError(Message(N_("The backup {source} is damaged: {problem}"), source=source,
                                         problem=problems[0]))
            _refuse_newer(candidate, key)
            kept: Path | None = None
            if store_path.exists():
                kept = backup_path(store_path, "restore", datetime.now().astimezone())
                kept.parent.mkdir(parents=True, exist_ok=True)
                _keep_current(store_path, kept, passphrase)
            staging = store_path.with_name(store_path.name + ".restoring")
            backup_copy(candidate, staging, key)
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    store_path.with_name(store_path.name + suffix).unlink()
            staging.replace(store_path)
            if attachments is not None:
                target = store_path.with_name(store_path.stem + ".attachments")
                target.mkdir(parents=True, exist_ok=True)
                for file in attachments.rglob("*"):
                    if file.is_file():
                        destination = target / file.relative_to(attachments)
                        destination.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(file, destination)
    finally:
        lock.close()
    return RestoreResult(source, kept)


def _refuse_newer(candidate: Path, passphrase: str | None = None) -> None:
    with contextlib.closing(encryption.connect(candidate, passphrase, readonly=True)) as con:
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except encryption.database_errors() as exc:
            raise MagiaError(Message(N_("{name} is not a MAGIA Desk store."), name=candidate.name)) from exc
    if revision and not migrate.is_known(revision[0]):
        raise MagiaError(N_("The backup was made by a newer version of MAGIA Desk; install it to restore this backup."))


# ---- check ---------------------------------------------------------------------------------------------------

@dataclass
class CheckReport:
    path: Path
    ok: bool
    problems: list[str]
    schema: str | None
    head: str
    site_id: str
    counts: dict[str, int]
    changes: int
    size_bytes: int
    encrypted: bool = False
    latest_backup: Path | None = None  # the newest backup that passes its own check, offered when not ok


def check_store(store: Store) -> CheckReport:
    problems = quick_check(store.path, store.passphrase)
    counts: dict[str, int] = {}
    with store.read() as session:
        for model in RECORD_MODELS:
            counts[model.__tablename__] = session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            ) or 0
        changes = session.scalar(select(func.count()).select_from(Change)) or 0
    return CheckReport(
        path=store.path,
        ok=not problems,
        problems=problems,
        schema=migrate.current_revision(store.engine),
        head=migrate.head_revision(),
        site_id=store.site_id,
        counts=counts,
        changes=changes,
        size_bytes=store.path.stat().st_size,
        encrypted=store.encrypted,
        latest_backup=latest_good_backup(store.path, store.passphrase) if problems else None,
    )


def open_for_check(path: Path, passphrase: str | None = None) -> Store:
    """Open without migrating: `check` must never change the file it inspects, nor create one."""
    return open_store(path, passphrase=passphrase, migrate_to_head=False)


# ---- encryption at rest --------------------------------------------------------------------------------------

@dataclass
class ConversionResult:
    path: Path
    kept: Path | None  # the store as it was (never in plaintext when the result is encrypted)
    backups_converted: list[Path] = field(default_factory=list)
    backups_left: list[Path] = field(default_factory=list)  # backups that still open as before (see each function)


def encrypt_store(path: Path, passphrase: str) -> ConversionResult:
    """Encrypt a closed plain store with `passphrase`; its plain backups are encrypted too.

    The encrypted copy is written beside the store (sqlcipher_export), checked (quick_check, same row counts in
    every table), then put in place atomically. The copy kept of the plain store is itself encrypted, and so is
    every plain backup of the store: a stolen laptop must not hold a readable copy next to the encrypted one.
    Backups that cannot be read (damaged) are left as they are and listed in `backups_left`.
    """
    return _convert(Path(path), None, passphrase, "encrypt")


def decrypt_store(path: Path, passphrase: str) -> ConversionResult:
    """Turn a closed encrypted store back into a plain one. Its backups stay encrypted (listed in
    `backups_left`: restoring one of them needs this passphrase); the encrypted store is kept as it was."""
    return _convert(Path(path), passphrase, None, "decrypt")


def change_passphrase(path: Path, old: str, new: str) -> ConversionResult:
    """New passphrase for a closed encrypted store (PRAGMA rekey: all or nothing), and for its backups that the
    old one opens (a passphrase is changed because it may have leaked: old backups must not open with it)."""
    path = Path(path).expanduser().resolve()
    lock = _lock_file(path)
    try:
        _check_convertible(path, old, must_be_encrypted=True)
        encryption.rekey(path, old, new)
        converted, left = _convert_backups(path, old, new)
    finally:
        lock.close()
    return ConversionResult(path, None, converted, left)


def _check_convertible(path: Path, key: str | None, *, must_be_encrypted: bool) -> None:
    if not path.exists() or path.stat().st_size == 0:
        raise MagiaError(Message(N_("There is no store at {path}."), path=path))
    if encryption.has_plain_header(path) == must_be_encrypted:
        state = N_("{path} is not encrypted.") if must_be_encrypted else N_(
            "{path} is already encrypted (or not a store).")
        raise MagiaError(Message(state, path=path))
    check_header(path, key)
    problems = quick_check(path, key)
    if problems:
        raise StoreDamagedError(Message(N_("{path} is damaged: {problem}; it was not converted."), path=path,
                                        problem=problems[0]))


def _checkpoint(path: Path, key: str | None) -> None:
    """Fold the -wal into the store file, so that copies of the file alone hold every commit."""
    with contextlib.closing(encryption.connect(path, key)) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _table_counts(path: Path, key: str | None) -> dict[str, int]:
    with contextlib.closing(encryption.connect(path, key, readonly=True)) as con:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}


_COPY_FAILED = {
    "encrypt": N_("The encrypted copy of {path} did not check out; the store was left as it was."),
    "decrypt": N_("The decrypted copy of {path} did not check out; the store was left as it was."),
}


def _reason(error: BaseException) -> str:
    """An error's own message to put inside another one (a Message stays one, so it is translated too)."""
    text = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return as_message(text)


def _convert(path: Path, source_key: str | None, target_key: str | None, verb: str) -> ConversionResult:
    path = path.expanduser().resolve()
    lock = _lock_file(path)
    staging = path.with_name(path.name + f".{verb}ing")
    try:
        _check_convertible(path, source_key, must_be_encrypted=source_key is not None)
        _checkpoint(path, source_key)
        encryption.export_copy(path, source_key, staging, target_key)
        if quick_check(staging, target_key) or _table_counts(staging, target_key) != _table_counts(path, source_key):
            raise MagiaError(Message(_COPY_FAILED[verb], path=path))
        kept = backup_path(path, "conversion", datetime.now().astimezone(), detail=verb)
        kept.parent.mkdir(parents=True, exist_ok=True)
        if target_key is None:
            shutil.copy2(path, kept)  # the encrypted original, byte for byte
        else:
            encryption.export_copy(path, None, kept, target_key)  # never leave a plaintext copy behind
        for suffix in ("-wal", "-shm"):  # emptied by the checkpoint; a stale one must not meet the new file
            path.with_name(path.name + suffix).unlink(missing_ok=True)
        staging.replace(path)
        if target_key is not None:
            converted, left = _convert_backups(path, None, target_key)
        else:
            converted, left = [], [b.path for b in list_backups(path) if _encrypted_backup(b.path)]
    finally:
        staging.unlink(missing_ok=True)
        lock.close()
    return ConversionResult(path, kept, converted, left)


def _encrypted_backup(backup: Path) -> bool:
    try:
        with store_file_of(backup) as store_file:
            return encryption.is_encrypted(store_file)
    except (OSError, zipfile.BadZipFile):
        return False


def _convert_backups(store_path: Path, old: str | None, new: str) -> tuple[list[Path], list[Path]]:
    """Re-encrypt, under `new`, every backup of the store that `old` opens (None: the plain ones)."""
    converted: list[Path] = []
    left: list[Path] = []
    for info in list_backups(store_path):
        try:
            if _convert_backup(info.path, old, new):
                converted.append(info.path)
            elif not _opens_with(info.path, new):
                left.append(info.path)
        except encryption.database_errors(OSError, zipfile.BadZipFile, MagiaError):
            left.append(info.path)
    return converted, left


def _opens_with(backup: Path, key: str) -> bool:
    with store_file_of(backup) as store_file:
        return encryption.is_encrypted(store_file) and encryption.key_opens(store_file, key)


def _convert_backup(backup: Path, old: str | None, new: str) -> bool:
    """Re-key one backup in place (atomically); False when `old` does not describe it."""
    with tempfile.TemporaryDirectory() as tmp, store_file_of(backup) as store_file:
        if old is None and not encryption.has_plain_header(store_file):
            return False
        if old is not None and not (encryption.is_encrypted(store_file) and encryption.key_opens(store_file, old)):
            return False
        if quick_check(store_file, old):
            raise MagiaError(Message(N_("{backup} is damaged"), backup=backup))
        fresh = encryption.export_copy(store_file, old, Path(tmp) / STORE_ENTRY, new)
        partial = backup.with_name(backup.name + ".part")
        if backup.suffix != ARCHIVE_SUFFIX:
            shutil.copy2(fresh, partial)
        else:
            with zipfile.ZipFile(backup) as source, zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as out:
                out.write(fresh, STORE_ENTRY, compress_type=zipfile.ZIP_STORED)
                for item in source.infolist():
                    if item.filename != STORE_ENTRY:
                        with source.open(item) as reader, out.open(item, "w") as writer:
                            shutil.copyfileobj(reader, writer)
        partial.replace(backup)
    return True


def backups_folder(store_path: Path) -> Path:
    """Where the backups of the store are kept (shown by the Backups dialog)."""
    return backups_dir(Path(store_path))
