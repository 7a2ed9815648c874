"""Leaving no trace of rewritten data in the store file (SQLite): what a GDPR erasure needs below the ORM.

SQLite keeps old bytes around in several places after an UPDATE: free space inside pages, freed pages, the
segments of an FTS5 index (a delete there is only a marker until segments merge) and the -wal file. Erasure:
1. writes in a transaction with `secure_delete` on (`secure_delete(session)`): freed cells and pages are zeroed;
2. then `scrub(store)`: refills and merges both FTS indexes, VACUUMs (the file is rewritten from live content
   only, with temporary data kept in memory, not in a temp file), refills again (VACUUM may renumber the rowids
   the indexes share with their records) and truncates the -wal file.
On PostgreSQL both are no-ops: a hub's storage is the server's business.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from magia_desk.storage.search import FTS_TABLES, refill_fts
from magia_desk.storage.store import Store


@contextlib.contextmanager
def secure_delete(session: Session) -> Iterator[None]:
    """Within the block, deleted or overwritten content of this session's connection is zeroed on disk.

    The pragma is per connection, and pooled connections are reused: it is set back before the block ends.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        yield
        session.flush()  # the zeroing happens when rows are written: inside the block
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {int(before or 0)}")


@dataclass(frozen=True)
class ScrubReport:
    wal_emptied: bool  # False when another connection was reading: the -wal then still holds old pages
    size_before: int
    size_after: int


def _pragma(con: Any, name: str) -> Any:
    return con.execute(f"PRAGMA {name}").fetchone()[0]


def scrub(store: Store) -> ScrubReport:
    """Rewrite the store file so that only live content remains in it and in its -wal (see the module doc)."""
    if store.engine.dialect.name != "sqlite":
        return ScrubReport(True, 0, 0)
    size_before = store.path.stat().st_size
    pooled = store.engine.raw_connection()
    try:
        con = pooled.driver_connection  # autocommit (isolation_level None, set on connect): VACUUM needs that
        assert con is not None
        saved = {name: _pragma(con, name) for name in ("secure_delete", "temp_store")}
        con.execute("PRAGMA secure_delete = ON")
        con.execute("PRAGMA temp_store = MEMORY")  # VACUUM's copy must not land in a temp file on disk
        try:
            for table in FTS_TABLES:  # before VACUUM: old tokens must not be copied into the new file
                refill_fts(con, table)
            con.execute("VACUUM")
            for table in FTS_TABLES:  # after VACUUM: rowids may have changed
                refill_fts(con, table)
            busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            for name, value in saved.items():
                con.execute(f"PRAGMA {name} = {int(value)}")
    finally:
        pooled.close()
    return ScrubReport(wal_emptied=busy == 0, size_before=size_before, size_after=store.path.stat().st_size)
