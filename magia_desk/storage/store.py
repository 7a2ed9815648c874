"""Opening a store file: refuse what is not ours, lock it, back it up, migrate it, hand out sessions."""

from __future__ import annotations

import contextlib
import json
import logging
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

from magia_desk.domain.errors import N_, MagiaError, Message
from magia_desk.domain.hlc import HybridClock, Timestamp
from magia_desk.storage import changelog, encryption, migrate
from magia_desk.storage.base import new_id
from magia_desk.storage.models import Change, StoreMeta

SQLITE_HEADER = encryption.SQLITE_HEADER
log = logging.getLogger(__name__)


class StoreError(MagiaError):
    """The store file cannot be used as asked (foreign, damaged, too new, in use)."""


class StoreInUseError(StoreError):
    pass


class StoreTooNewError(StoreError):
    pass


class StoreDamagedError(StoreError):
    """Damaged, truncated or foreign. `latest_backup`: the newest backup that passed quick_check, if any."""

    def __init__(self, message: str, latest_backup: Path | None = None) -> None:
        super().__init__(message)
        self.latest_backup = latest_backup

    def offering(self, backup: Path | None) -> StoreDamagedError:
        """The same refusal, now naming the backup to restore (screens offer it; the CLI prints the command)."""
        if backup is None:
            return self
        refusal = self.args[0] if self.args and isinstance(self.args[0], Message) else Message(str(self))
        return StoreDamagedError(
            Message(N_("{refusal} The latest good backup is {backup}: restore it with `magia-desk restore {backup}` "
                       "or from the Backups dialog."), refusal=refusal, backup=str(backup)),
            backup,
        )


class PassphraseError(StoreError):
    """The store is encrypted and no passphrase, or a wrong one, was given."""


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
        raise StoreInUseError(Message(
            N_("The store {path} is already open in another MAGIA Desk window or command. "
               "Close it there first, or open another store."), path=str(path))) from exc
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle


def check_header(path: Path, passphrase: str | None = None) -> None:
    """Refuse files that are not SQLite databases before SQLite or Alembic write anything to them.

    An encrypted store has no readable header (storage/encryption.py): it is told from a foreign file by its
    shape, and accepted only when the passphrase opens it (read-only).
    """
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_HEADER):
        if not encryption.looks_encrypted(path):
            raise StoreDamagedError(Message(N_("{path} is not a MAGIA Desk store (it is not an SQLite database)."),
                                            path=str(path)))
        if passphrase is None:
            raise PassphraseError(Message(
                N_("{path} is encrypted (or is not a MAGIA Desk store): give its passphrase to open it."),
                path=str(path)))
        if not encryption.key_opens(path, passphrase):
            raise PassphraseError(Message(
                N_("The passphrase does not open {path} (or the file is not a MAGIA Desk store)."), path=str(path)))
        return
    if len(header) < 100:
        raise StoreDamagedError(Message(N_("{path} is truncated: it ends inside the database header."), path=str(path)))
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    # SQLite trusts the header's page count only when the change counter (offset 24) matches its
    # version-valid-for (offset 92); and with a non-empty WAL beside the file, a checkpoint killed half way
    # leaves the file shorter than the header says while the WAL still holds every committed page.
    size_is_valid = header[24:28] == header[92:96]
    wal = path.with_name(path.name + "-wal")
    wal_holds_pages = wal.exists() and wal.stat().st_size > 0
    if size_is_valid and not wal_holds_pages and page_size and page_count and (
        path.stat().st_size < page_size * page_count
    ):
        raise StoreDamagedError(Message(
            N_("{path} is truncated: {size} bytes where the header announces {expected}."), path=str(path),
            size=path.stat().st_size, expected=page_size * page_count))


def quick_check(path: Path, passphrase: str | None = None) -> list[str]:
    """SQLite's quick_check on a read-only connection: [] when the file is sound, else the problems.

    Read-only and, without a -wal file, `immutable`: checking a damaged file creates no -wal/-shm beside it.
    """
    try:
        with contextlib.closing(encryption.connect(path, passphrase, readonly=True)) as con:
            rows = [r[0] for r in con.execute("PRAGMA quick_check").fetchall()]
    except encryption.database_errors() as exc:
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def backup_copy(source: Path, target: Path, passphrase: str | None = None) -> Path:
    """A consistent copy through SQLite's online backup (safe while the store is open).

    The copy of an encrypted source is encrypted with the same passphrase (SQLCipher refuses a plain target).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    key = passphrase if encryption.is_encrypted(source) else None
    if key is not None:
        target.unlink(missing_ok=True)  # a leftover plain file there would be opened plain, and refused
    with (
        contextlib.closing(encryption.connect(source, key)) as src,
        contextlib.closing(encryption.connect(target, key)) as dst,
    ):
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
    # Reads through a memory map skip a copy per page: the KPI queries over 1M participations run ~25% faster.
    cursor.execute("PRAGMA mmap_size=268435456")
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
    # Kept while the store is open because backups of an encrypted store are made with the same key.
    passphrase: str | None = field(default=None, repr=False)
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

    @property
    def encrypted(self) -> bool:
        return self.passphrase is not None

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


def _make_engine(path: Path, passphrase: str | None = None) -> Engine:
    # Non-ASCII stays readable in JSON columns, so search and LIKE see "Müller", not "M\\u00fcller".
    serializer = {"json_serializer": lambda v: json.dumps(v, ensure_ascii=False)}
    if passphrase is None:
        engine = create_engine(f"sqlite:///{path}", **serializer)
    else:
        # Encrypted: every pooled connection is a keyed SQLCipher one (PRAGMA key first, in encryption.connect).
        # The file URL still tells SQLAlchemy to pool connections as for a file, not a memory database.
        engine = create_engine(
            f"sqlite:///{path}", creator=lambda: encryption.connect(path, passphrase, engine=True), **serializer
        )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def open_store(
    path: str | os.PathLike[str],
    *,
    passphrase: str | None = None,
    migrate_to_head: bool = True,
    keep_backup: bool = True,
    defer_checks: bool = False,
) -> Store:
    """Open (creating when new) the store at `path`, migrated to the current schema; with migrate_to_head=False
    it is opened as it is, and refused when there is none (nothing is created).

    Order matters: refuse foreign or damaged files and newer schemas *before* anything writes, take the
    lock before the backup, and keep the backup before any migration touches the file.
    `passphrase` opens an encrypted store, or makes a new store encrypted; an existing plain store ignores it.
    `keep_backup` makes the automatic backups (storage/snapshots.py): a copy before a migration, else the daily
    one when due. A damaged file is refused naming its latest good backup (StoreDamagedError.latest_backup).
    `defer_checks` (the GUI, so that a large store opens in well under two seconds): when no migration is due,
    skip the full quick_check and the daily backup here; the caller runs `quick_check` and the backup on a
    worker right after start and closes the store if a problem shows. Header, truncation, lock and schema
    checks always run here, and a migration always has its check and backup first.
    """
    path = Path(path).expanduser().resolve()
    if not migrate_to_head and not (path.is_file() and path.stat().st_size > 0):  # no leave to create anything
        raise StoreError(Message(N_("there is no store at {path}"), path=str(path)) if not path.exists()
                         else Message(N_("{path} is not a MAGIA Desk store"), path=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        check_header(path, passphrase)
    except StoreDamagedError as exc:
        raise _offer_backup(exc, path, passphrase) from None
    lock = _lock_file(path)
    try:
        existed = path.exists() and path.stat().st_size > 0
        # The file decides: a passphrase given for a plain store is not used (its backups stay plain too).
        key = passphrase if not existed or encryption.is_encrypted(path) else None
        if existed and not (defer_checks and _at_head(path, key)):
            defer_checks = False
            problems = quick_check(path, key)
            if problems:
                damaged = StoreDamagedError(Message(N_("{path} is damaged: {problem}"), path=str(path),
                                                    problem=problems[0]))
                raise _offer_backup(damaged, path, key)
        current = _inspect_revision(path, key) if existed else None
        head = migrate.head_revision()
        if current is not None and not migrate.is_known(current):
            raise StoreTooNewError(Message(
                N_("{path} was written by a newer version of MAGIA Desk (schema {schema}). "
                   "Install the newer version to open it; this version will not change it."),
                path=str(path), schema=current))
        if current is None and not migrate_to_head:  # a database without tables: nothing to look at
            raise StoreError(Message(N_("{path} is not a MAGIA Desk store"), path=str(path)))
        migrating = migrate_to_head and current != head
        if existed and keep_backup and (migrating or not defer_checks):
            _backup_on_open(path, key, head if migrating else None)
        engine = _make_engine(path, key)
        if migrating:
            migrate.upgrade(engine)
        site_id, last = _ensure_meta(engine)
        store = Store(
            path=path, engine=engine, site_id=site_id, clock=HybridClock(site_id, last), _lock=lock, passphrase=key
        )
        return store
    except BaseException:
        lock.close()
        raise


def _backup_on_open(path: Path, passphrase: str | None, migrating_to: str | None) -> None:
    """The automatic backup on open (storage/snapshots.py), taken under the lock before anything writes."""
    from magia_desk.storage import snapshots  # imported here: snapshots builds on this module's copy and checks

    try:
        snapshots.auto_backup(path, datetime.now().astimezone(), passphrase=passphrase, before_migration=migrating_to)
    except encryption.database_errors(OSError) as exc:
        if migrating_to is not None:
            raise StoreError(Message(N_("{path} was not upgraded: its backup could not be written ({problem})."),
                                     path=str(path), problem=str(exc))) from exc
        # A missed daily backup must not lock the officer out of the data; services.backup.backup_if_due (run
        # hourly by the app) tries again and reports its failure.
        log.warning("automatic backup of %s failed: %s", path, exc)


def _offer_backup(error: StoreDamagedError, path: Path, passphrase: str | None) -> StoreDamagedError:
    """The refusal, with the newest backup that passes quick_check named in it."""
    from magia_desk.storage import snapshots  # imported here: snapshots builds on this module's copy and checks

    try:
        return error.offering(snapshots.latest_good_backup(path, passphrase))
    except Exception as exc:  # looking for a backup must never hide the refusal itself
        log.warning("no backup could be checked for %s: %s", path, exc)
        return error


def _at_head(path: Path, key: str | None) -> bool:
    """The file is a store at the current schema (so opening it migrates nothing); False when unsure."""
    try:
        return _inspect_revision(path, key) == migrate.head_revision()
    except (sqlite3.DatabaseError, StoreError):
        return False


def _inspect_revision(path: Path, passphrase: str | None = None) -> str | None:
    """The schema revision of an existing file, read without writing (our engine would switch it to WAL)."""
    with contextlib.closing(encryption.connect(path, passphrase, readonly=True)) as con:
        tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not tables:
            return None
        if "alembic_version" not in tables or "store_meta" not in tables:
            raise StoreDamagedError(Message(N_("{path} is an SQLite database, but not a MAGIA Desk store."),
                                            path=str(path)))
        row = con.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def _ensure_meta(engine: Engine) -> tuple[str, Timestamp | None]:
    with Session(engine) as session:
        site = session.get(StoreMeta, "site_id")
        site_id = site.value if site else new_id()
        last_hlc = session.scalar(select(Change.hlc).order_by(Change.hlc.desc()).limit(1))
    return site_id, Timestamp.decode(last_hlc) if last_hlc else None


def is_database_url(location: str | os.PathLike[str]) -> bool:
    """A PostgreSQL URL (a team hub, sync.md) rather than a store file."""
    return str(location).startswith(("postgresql://", "postgresql+psycopg://", "postgres://"))


def open_hub(url: str, *, password: str | None = None, migrate_to_head: bool = True) -> Store:
    """A store on a PostgreSQL team hub: the same schema through the same Alembic revisions.

    No file lock and no backup copy (the server has its own locking and backups). The password is handed in
    by the caller (from the keyring, see services.sync.hub), never read from the URL's text into logs. TLS is
    used when the server offers it (sslmode=prefer) unless the URL asks otherwise.
    """
    from sqlalchemy.engine import make_url

    parsed = make_url(url.replace("postgres://", "postgresql://", 1)).set(drivername="postgresql+psycopg")
    connect_args: dict[str, Any] = {"connect_timeout": 15, "application_name": "MAGIA Desk"}
    if "sslmode" not in parsed.query:
        connect_args["sslmode"] = "prefer"
    if password is not None and parsed.password is None:
        connect_args["password"] = password
    engine = create_engine(
        parsed, connect_args=connect_args, pool_pre_ping=True,
        json_serializer=lambda v: json.dumps(v, ensure_ascii=False),
    )
    try:
        current = migrate.current_revision(engine)
        if current is not None and not migrate.is_known(current):
            raise StoreTooNewError(Message(
                N_("The hub {hub} was migrated by a newer version of MAGIA Desk (schema {schema}). "
                   "Install the newer version to use it; this one will not change it."),
                hub=parsed.render_as_string(hide_password=True), schema=current))
        if migrate_to_head and current != migrate.head_revision():
            migrate.upgrade(engine)
        site_id, last = _ensure_meta(engine)
    except BaseException:
        engine.dispose()
        raise
    label = Path(f"hub-{parsed.host or 'localhost'}-{parsed.database or 'postgres'}")
    return Store(path=label, engine=engine, site_id=site_id, clock=HybridClock(site_id, last))
