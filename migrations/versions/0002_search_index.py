"""full-text search over organizations and contacts (SQLite FTS5), kept in step by triggers

Revision ID: 0002_search_index
Revises: 0001_baseline
Create Date: 2026-11-25

The index rows share the rowid of the record they index, so an update or delete finds its index row
directly. Triggers (not application code) keep it in step, so every write path is covered, including
imports and sync. Deleted records leave the index. Diacritics are folded: "muller" finds "Müller".
Prefix indexes of 1-3 characters keep the first keystrokes of search-as-you-type fast.
PostgreSQL hubs search with ILIKE instead (see magia_desk.storage.search).
"""

from alembic import op

from magia_desk.storage.search import fts_index_sql

revision = "0002_search_index"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

# The statements are built by magia_desk.storage.search.fts_index_sql (the app refills the index with the same
# expressions after a VACUUM); they are exactly the ones this revision always ran.


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("organization", "contact"):
        for statement in fts_index_sql(table):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("organization", "contact"):
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
