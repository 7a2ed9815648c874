"""Backups and restores: consistent copies (SQLite online backup) of the store and its attachments."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from magia_desk.domain.errors import MagiaError
from magia_desk.storage import migrate
from magia_desk.storage.models import RECORD_MODELS, Change
from magia_desk.storage.store import (
    SQLITE_HEADER,
    Store,
    _lock_file,
    backup_copy,
    check_header,
    open_store,
    quick_check,
)

STORE_ENTRY = "store.sqlite"
ATTACHMENTS_ENTRY = "attachments/"


def default_backup_path(store: Store) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    return store.backups_dir / f"{store.path.stem}-{stamp}.magiabackup"


def backup_store(store: Store, out: Path | None = None) -> Path:
    """A zip holding a consistent copy of the store and every attachment; written atomically."""
    target = Path(out) if out else default_backup_path(store)
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        snapshot = backup_copy(store.path, Path(tmp) / STORE_ENTRY)
        partial = target.with_name(target.name + ".part")
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(snapshot, STORE_ENTRY)
            if store.attachments_dir.is_dir():
                for file in sorted(store.attachments_dir.rglob("*")):
                    if file.is_file():
                        archive.write(file, ATTACHMENTS_ENTRY + file.relative_to(store.attachments_dir).as_posix())
        partial.replace(target)
    return target


@dataclass
class RestoreResult:
    restored_from: Path
    previous_kept_at: Path | None


def _extract(source: Path, workdir: Path) -> tuple[Path, Path | None]:
    """(store file, attachments folder or None) from a backup zip or a bare store file."""
    with source.open("rb") as handle:
        head = handle.read(16)
    if head == SQLITE_HEADER:
        return source, None
    if not zipfile.is_zipfile(source):
        raise MagiaError(f"{source} is neither a MAGIA Desk backup nor a store file.")
    with zipfile.ZipFile(source) as archive:
        names = archive.namelist()
        if STORE_ENTRY not in names:
            raise MagiaError(f"{source} is a zip file but holds no store ({STORE_ENTRY} is missing).")
        for name in names:
            if name.startswith("/") or ".." in Path(name).parts:
                raise MagiaError(f"{source} holds an unsafe path: {name}")
        archive.extractall(workdir)
    attachments = workdir / "attachments"
    return workdir / STORE_ENTRY, attachments if attachments.is_dir() else None


def restore_store(store_path: Path, source: Path) -> RestoreResult:
    """Replace the store at `store_path` by a backup, after checking the backup and keeping the current store.

    Refused while the store is open elsewhere, and refused (nothing changed) when the backup is damaged or
    from a newer version of the app.
    """
    store_path = Path(store_path).expanduser().resolve()
    source = Path(source).expanduser().resolve()
    if not source.is_file():
        raise MagiaError(f"{source} does not exist.")
    lock = _lock_file(store_path)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            candidate, attachments = _extract(source, Path(tmp))
            check_header(candidate)
            problems = quick_check(candidate)
            if problems:
                raise MagiaError(f"The backup {source} is damaged: {problems[0]}")
            _refuse_newer(candidate)
            kept: Path | None = None
            if store_path.exists():
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = store_path.parent / "backups" / f"{store_path.stem}-before-restore-{stamp}.sqlite"
                backup_copy(store_path, kept)
            staging = store_path.with_name(store_path.name + ".restoring")
            backup_copy(candidate, staging)
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


def _refuse_newer(candidate: Path) -> None:
    import sqlite3

    with contextlib.closing(sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)) as con:
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError as exc:
            raise MagiaError(f"{candidate.name} is not a MAGIA Desk store.") from exc
    if revision and not migrate.is_known(revision[0]):
        raise MagiaError("The backup was made by a newer version of MAGIA Desk; install it to restore this backup.")


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


def check_store(store: Store) -> CheckReport:
    problems = quick_check(store.path)
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
    )


def open_for_check(path: Path) -> Store:
    """Open without migrating: `check` must never change the file it inspects."""
    return open_store(path, migrate_to_head=False)
