"""SQLite only: keep the full-text index in step with a big merge in bulk instead of row by row.

Migration 0002 keeps `organization_fts` and `contact_fts` in step with triggers that, on every UPDATE,
delete and re-insert the row's index entry. For a merge of thousands of records that is most of the time
spent (FTS5 does far less work indexing many rows in one statement). For such a merge we drop the two
triggers of the table inside the merge's transaction, write the rows, then re-index exactly the rows we wrote
with one DELETE and one INSERT ... SELECT built from the insert trigger's own statement, and recreate the
triggers from their stored SQL. DDL is transactional in SQLite: if the merge fails, the rollback brings the
triggers back untouched. When the triggers do not have the expected shape (someone changed 0002), nothing
is suspended and the triggers do the work as usual: the result is the same either way.

This is one of the storage layer's dialect corners (next to storage/search.py); it lives here because only
the sync merge writes this many rows at once through Core statements.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

THRESHOLD = 200  # records of one table in one merge; below this the triggers are cheaper than the DDL
_INSERT = re.compile(
    r"^CREATE TRIGGER \w+ AFTER INSERT ON (?P<table>\w+) BEGIN "
    r"(?P<insert>INSERT INTO (?P<fts>\w+)\([^)]*\) SELECT new\.rowid, .+?) WHERE new\.deleted_at IS NULL; END$",
    re.S,
)
_SCRATCH = "temp.magia_sync_reindex"


class DeferredSearchIndex:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.sqlite = session.get_bind().dialect.name == "sqlite"
        self._suspended: dict[str, tuple[list[str], str, str]] = {}  # table -> (trigger SQL, bulk insert, fts)
        self._written: dict[str, set[str]] = {}

    def suspend(self, table: str, records: int) -> None:
        """Before writing `records` rows of `table`: take its index triggers off when that pays."""
        if not self.sqlite or records < THRESHOLD or table in self._suspended:
            return
        connection = self.session.connection()
        triggers: dict[str, str] = dict(
            connection.execute(
                text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"), {"t": table}
            ).all()
        )
        insert_sql, update_sql = triggers.get(f"{table}_fts_insert"), triggers.get(f"{table}_fts_update")
        match = _INSERT.match(insert_sql or "")
        if match is None or match["table"] != table or update_sql is None:
            return
        bulk = (f"{match['insert']} FROM {table} AS new "
                f"WHERE new.rowid IN (SELECT rid FROM {_SCRATCH}) AND new.deleted_at IS NULL")
        for name in (f"{table}_fts_insert", f"{table}_fts_update"):
            connection.exec_driver_sql(f"DROP TRIGGER {name}")
        self._suspended[table] = ([insert_sql or "", update_sql], bulk, match["fts"])
        self._written[table] = set()

    def written(self, table: str, ids: Iterable[str]) -> None:
        if table in self._suspended:
            self._written[table].update(ids)

    def finish(self) -> None:
        """Re-index the rows written while suspended and put the triggers back (same transaction)."""
        if not self._suspended:
            return
        connection = self.session.connection()
        connection.exec_driver_sql(f"CREATE TABLE IF NOT EXISTS {_SCRATCH} (rid INTEGER PRIMARY KEY)")
        for table, (triggers, bulk, fts) in self._suspended.items():
            connection.exec_driver_sql(f"DELETE FROM {_SCRATCH}")
            ids = sorted(self._written[table])
            connection.exec_driver_sql(
                f"INSERT OR IGNORE INTO {_SCRATCH} (rid) SELECT rowid FROM {table} WHERE id = ?", [(i,) for i in ids]
            )
            connection.exec_driver_sql(f"DELETE FROM {fts} WHERE rowid IN (SELECT rid FROM {_SCRATCH})")
            connection.exec_driver_sql(bulk)
            for statement in triggers:
                connection.exec_driver_sql(statement)
        connection.exec_driver_sql(f"DELETE FROM {_SCRATCH}")
        self._suspended.clear()
