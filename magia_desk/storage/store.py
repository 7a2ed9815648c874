"""Opening a store file: refuse what is not ours, lock it, back it up, migrate it, hand out sessions."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.orm import Session, sessionmaker

from magia_desk.domain.errors import MagiaError
from magia_desk.domain.hlc import HybridClock, Timestamp
from magia_desk.storage import changelog, migrate
from magia_desk.storage.base import new_id
from magia_desk.storage.models import Change, StoreMeta

SQLITE_HEADER = b"SQLite format 3\x00"


class StoreError(MagiaError):
    """The store file cannot be used as asked (foreign, damaged, too new, in use)."""


class StoreInUseError(StoreError):
    pass


class StoreTooNewError(StoreError):
    pass


class StoreDamagedError(StoreError):
    pass


def _lock_file(path: Path) -> IO[str]:
    """An OS lock beside the store: released by the OS even when the process is killed."""
    handle = open(path.with_name(path.name + ".lock"), "a+")  # noqa: SIM115 - held for the store's lifetime
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as exc:
        handle.close()
        raise StoreInUseError(
            f"The store {path} is already open in another MAGIA Desk window or command. "
            "Close it there first, or open another store."
        ) from exc
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def check_header(path: Path) -> None:
    """Refuse files that are not SQLite databases before SQLite or Alembic write anything to them."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        raise StoreDamagedError(f"{path} is not a MAGIA Desk store (it is not an SQLite database).")
    if len(header) < 100:
        raise StoreDamagedError(f"{path} is truncated: it ends inside the database header.")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    if page_size and page_count and path.stat().st_size < page_size * page_count:
        raise StoreDamagedError(
            f"{path} is truncated: {path.stat().st_size} bytes where the header announces {page_size * page_count}."
        )


def quick_check(path: Path) -> list[str]:
    """SQLite's quick_check on a read-only connection: [] when the file is sound, else the problems."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def backup_copy(source: Path, target: Path) -> Path:
    """A consistent copy through SQLite's online backup (safe while the store is open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(source)) as src, contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    # Let SQLAlchemy manage transactions, but begin them ourselves so that a write transaction is
    # taken at once (BEGIN IMMEDIATE) instead of failing half way with "database is locked".
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA cache_size=-65536")  # 64 MB: random UUID keys touch many index pages
    cursor.close()


def _on_begin(connection: Any) -> None:
    write = connection.get_execution_options().get("magia_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


@dataclass
class Store:
    """An open store. Use `session()` for a unit of work; `close()` releases the file."""

    path: Path
    engine: Engine
    site_id: str
    clock: HybridClock
    officer_id: str | None = None
    _lock: IO[str] | None = None
    _sessions: sessionmaker[Session] = field(init=False)
    _readers: sessionmaker[Session] = field(init=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine.execution_options(magia_write=True), expire_on_commit=False)
        self._readers = sessionmaker(self.engine, expire_on_commit=False)
        changelog.install(self._sessions)

    @property
    def attachments_dir(self) -> Path:
        return self.path.with_name(self.path.stem + ".attachments")

    @property
    def backups_dir(self) -> Path:
        return self.path.parent / "backups"

    @contextlib.contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back entirely on any error."""
        with (self._sessions if write else self._readers)() as session:
            session.info["clock"] = self.clock
            session.info["officer_id"] = self.officer_id
            try:
                yield session
                if write:
                    session.commit()
                # A read ends by closing the session, not by rollback(): rollback would expire the
                # objects it loaded, and callers read them after the block.
            except BaseException:
                session.rollback()
                raise

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with self.session(write=False) as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _make_engine(path: Path) -> Engine:
    # Non-ASCII stays readable in JSON columns, so search and LIKE see "Müller", not "M\\u00fcller".
    engine = create_engine(f"sqlite:///{path}", json_serializer=lambda v: json.dumps(v, ensure_ascii=False))
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_store(path: str | os.PathLike[str], *, migrate_to_head: bool = True, keep_backup: bool = True) -> Store:
    """Open (creating when new) the store at `path`, migrated to the current schema.

    Order matters: refuse foreign or damaged files and newer schemas *before* anything writes, take the
    lock before the backup, and keep the backup before any migration touches the file.
    """
    path = Path(path).expanduser().resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    check_header(path)
    lock = _lock_file(path)
    try:
        existed = path.exists() and path.stat().st_size > 0
        if existed:
            problems = quick_check(path)
            if problems:
                raise StoreDamagedError(f"{path} is damaged: {problems[0]}")
        current = _inspect_revision(path) if existed else None
        head = migrate.head_revision()
        if current is not None and not migrate.is_known(current):
            raise StoreTooNewError(
                f"{path} was written by a newer version of MAGIA Desk (schema {current}). "
                "Install the newer version to open it; this version will not change it."
            )
        engine = _make_engine(path)
        if migrate_to_head and current != head:
            if existed and keep_backup:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                backup_copy(path, path.parent / "backups" / f"{path.stem}.before-{head}.{stamp}.sqlite")
            migrate.upgrade(engine)
        site_id, last = _ensure_meta(engine)
        store = Store(path=path, engine=engine, site_id=site_id, clock=HybridClock(site_id, last), _lock=lock)
        return store
    except BaseException:
        lock.close()
        raise


def _inspect_revision(path: Path) -> str | None:
    """The schema revision of an existing file, read without writing (our engine would switch it to WAL)."""
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as con:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables or "store_meta" not in tables:
            raise StoreDamagedError(f"{path} is an SQLite database, but not a MAGIA Desk store.")
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _ensure_meta(engine: Engine) -> tuple[str, Timestamp | None]:
    with Session(engine) as session:
        site = session.get(StoreMeta, "site_id")
        site_id = site.value if site else new_id()
        last_hlc = session.scalar(select(Change.hlc).order_by(Change.hlc.desc()).limit(1))
    return site_id, Timestamp.decode(last_hlc) if last_hlc else None
