"""SQLCipher corner of the storage layer: keyed connections, telling encrypted files apart, re-encrypting copies.

A plain store is opened with the standard library's sqlite3; an encrypted one with the `sqlcipher3` package
(SQLCipher 4: AES-256 pages with an HMAC each, key derived from the passphrase by PBKDF2). The package is only
imported when an encrypted store is met, so plain stores work without it.

An encrypted file starts with 16 random bytes (its salt), so nothing in it says "store": it is recognised by
its shape (a whole number of pages, no text) and proven only by a passphrase that opens it. A wrong passphrase
and a foreign file of the same shape cannot be told apart: SQLCipher's HMAC fails on both.

Read-only inspection never leaves files behind: without a -wal file the database is opened `immutable`, which
creates no -wal/-shm (a plain `mode=ro` open of a WAL-mode file creates both and leaves them).
"""

from __future__ import annotations

import hashlib
import sqlite3
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any

from magia_desk.domain.errors import MagiaError

SQLITE_HEADER = b"SQLite format 3\x00"
# SQLCipher pages are 512 to 65536 bytes; an encrypted file is a whole number of them.
_MIN_PAGE = 512
# SQLCipher 4's defaults, with which every encrypted store is made: PBKDF2-HMAC-SHA512 over the passphrase and
# the file's first 16 bytes (its salt), 256,000 iterations, a 32-byte key.
_KDF_ITER = 256_000
_SALT_BYTES = 16


class EncryptionUnavailableError(MagiaError):
    """An encrypted store was met (or asked for) but the sqlcipher3 package is not installed."""


def sqlcipher() -> ModuleType:
    try:
        import sqlcipher3
    except ImportError as exc:  # pragma: no cover - the package is a dependency; this is for broken installs
        raise EncryptionUnavailableError(
            "Encrypted stores need the sqlcipher3 package (pip install sqlcipher3); it is not installed."
        ) from exc
    return sqlcipher3


def database_errors(*also: type[Exception]) -> tuple[type[Exception], ...]:
    """The DatabaseError classes of both drivers (sqlcipher3's are not subclasses of sqlite3's), plus `also`."""
    try:
        import sqlcipher3
    except ImportError:  # pragma: no cover
        return (*also, sqlite3.DatabaseError)
    return (*also, sqlite3.DatabaseError, sqlcipher3.DatabaseError)


def _key_literal(passphrase: str) -> str:
    """The passphrase as an SQL string literal: PRAGMA key takes no bound parameters."""
    if not passphrase:
        raise MagiaError("The passphrase is empty.")
    if "\x00" in passphrase:
        raise MagiaError("The passphrase cannot contain a NUL character.")
    return "'" + passphrase.replace("'", "''") + "'"


@lru_cache(maxsize=16)
def _derived_key(passphrase: str, salt: bytes) -> str:
    """The page key SQLCipher would derive, as a raw-key literal. Derived once per passphrase and file, so that
    each new connection (the pool opens several, every check opens one) skips its own 0.2-0.3 s derivation."""
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITER, 32)
    return f"\"x'{key.hex()}'\""


def _apply_key(connection: Any, path: Path, passphrase: str) -> None:
    literal = _key_literal(passphrase)
    try:
        with path.open("rb") as handle:
            salt = handle.read(_SALT_BYTES)
    except OSError:
        salt = b""
    if len(salt) == _SALT_BYTES:
        connection.execute(f"PRAGMA key = {_derived_key(passphrase, salt)}")
        connection.execute("PRAGMA cipher_log_level = NONE")
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return
        except database_errors():
            # Wrong passphrase, or a file made with other KDF settings: let SQLCipher derive the key itself
            # below (the caller then gets the usual error when the passphrase is wrong).
            connection.close()
            raise _RetryWithPassphrase() from None
    connection.execute(f"PRAGMA key = {literal}")  # a new file: SQLCipher makes its salt and derives the key
    connection.execute("PRAGMA cipher_log_level = NONE")


class _RetryWithPassphrase(Exception):
    pass


def has_plain_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def looks_encrypted(path: Path) -> bool:
    """Whether `path` has the shape of an SQLCipher file: whole pages, no SQLite header, no readable text."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return False
    if size < _MIN_PAGE or size % _MIN_PAGE or head.startswith(SQLITE_HEADER):
        return False
    # A random salt is almost never 64 printable bytes; a CSV, a text or an XML file is.
    printable = sum(32 <= b < 127 or b in (9, 10, 13) for b in head)
    return printable < len(head) * 0.9


def is_encrypted(path: Path) -> bool:
    """An existing file that is not a plain SQLite database but has the shape of an encrypted one."""
    return path.exists() and path.stat().st_size > 0 and not has_plain_header(path) and looks_encrypted(path)


def _readonly_uri(path: Path) -> str:
    # With a -wal file present its committed transactions must be read, so no `immutable`; that open may add a
    # -shm beside the -wal, which only a store that was in use (or crashed) has anyway.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    return f"file:{path.as_posix()}?mode=ro" + ("" if has_wal else "&immutable=1")


def connect(path: Path, passphrase: str | None = None, *, readonly: bool = False, engine: bool = False) -> Any:
    """A DB-API connection to `path`: keyed (SQLCipher) when a passphrase is given and the file is not plain.

    A passphrase given for an existing plain file is ignored (the file says what it is); for a new file it
    makes an encrypted one. `engine=True` is for SQLAlchemy's pool (connections move between threads).
    """
    keyed = passphrase is not None and not has_plain_header(path)
    uri = _readonly_uri(path) if readonly else f"file:{path.as_posix()}"
    if not keyed:
        return sqlite3.connect(uri, uri=True, check_same_thread=not engine)
    module = sqlcipher()
    _key_literal(passphrase or "")  # refuse an empty or NUL-holding passphrase before touching the file
    connection = module.connect(uri, uri=True, check_same_thread=not engine)
    try:
        # The key comes before anything else reads the file. A wrong key makes SQLCipher print HMAC errors on
        # stderr, hence cipher_log_level NONE: the caller gets a clear exception instead.
        _apply_key(connection, path, passphrase or "")
    except _RetryWithPassphrase:
        connection = module.connect(uri, uri=True, check_same_thread=not engine)
        connection.execute(f"PRAGMA key = {_key_literal(passphrase or '')}")
        connection.execute("PRAGMA cipher_log_level = NONE")
    except BaseException:
        connection.close()
        raise
    return connection


def key_opens(path: Path, passphrase: str) -> bool:
    """Whether `passphrase` decrypts the encrypted file at `path` (read-only: nothing is written)."""
    connection = connect(path, passphrase, readonly=True)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except database_errors():
        return False
    finally:
        connection.close()


def export_copy(source: Path, source_key: str | None, target: Path, target_key: str | None) -> Path:
    """A copy of `source` at `target` under another key (None: plain), through SQLCipher's sqlcipher_export.

    Encrypting, decrypting and re-keying a copy are all this one statement: the target is attached with its own
    key (an empty key means plain) and every table, index, trigger and row is copied into it. The FTS5 tables'
    shadow tables are ordinary tables and are copied like the rest.
    """
    module = sqlcipher()
    target.unlink(missing_ok=True)
    if source_key is not None and not has_plain_header(source):
        connection = connect(source, source_key, readonly=True)
    else:
        connection = module.connect(_readonly_uri(source), uri=True)  # plain source read through SQLCipher
    try:
        connection.isolation_level = None
        literal = _key_literal(target_key) if target_key else "''"
        connection.execute(f"ATTACH DATABASE ? AS converted KEY {literal}", (str(target),))
        # One transaction: left to autocommit, every CREATE and INSERT of the export is synced to disk on its own
        # (seconds for an empty store); the copy is also written all or nothing.
        connection.execute("BEGIN")
        connection.execute("SELECT sqlcipher_export('converted')")
        # sqlcipher_export copies the schema and rows, not the header's user_version: carry it too.
        version = connection.execute("PRAGMA main.user_version").fetchone()[0]
        connection.execute(f"PRAGMA converted.user_version = {int(version)}")
        connection.execute("COMMIT")
        connection.execute("DETACH DATABASE converted")
    finally:
        connection.close()
    return target


def rekey(path: Path, old: str, new: str) -> None:
    """Change the passphrase of the encrypted file in place (PRAGMA rekey re-encrypts every page in one
    transaction, so a crash leaves the old passphrase working)."""
    connection = connect(path, old)
    try:
        connection.isolation_level = None
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        connection.execute(f"PRAGMA rekey = {_key_literal(new)}")
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
