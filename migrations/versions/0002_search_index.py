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

revision = "0002_search_index"
down_revision = "0001_baseline"
branch_labels = None
depends_on = None

ORG_TEXT = (
    "new.name, coalesce(new.city, '') || ' ' || coalesce(new.region, ''), "
    "coalesce(new.email, '') || ' ' || coalesce(new.website, ''), "
    "coalesce(new.sectors, '') || ' ' || coalesce(new.certifications, ''), coalesce(new.notes, '')"
)
CONTACT_TEXT = (
    "new.first_name || ' ' || new.last_name, coalesce(new.city, '') || ' ' || coalesce(new.job_title, ''), "
    "coalesce(new.email, '') || ' ' || coalesce(new.phone, ''), coalesce(new.languages, ''), coalesce(new.notes, '')"
)
TOKENIZER = "unicode61 remove_diacritics 2"


def _index(table: str, text: str) -> list[str]:
    fts = f"{table}_fts"
    insert = f"INSERT INTO {fts}(rowid, name, place, email, tags, notes) SELECT new.rowid, {text} WHERE new.deleted_at IS NULL;"
    return [
        f"CREATE VIRTUAL TABLE {fts} USING fts5(name, place, email, tags, notes, tokenize='{TOKENIZER}', prefix='1 2 3')",
        f"CREATE TRIGGER {table}_fts_insert AFTER INSERT ON {table} BEGIN {insert} END",
        f"CREATE TRIGGER {table}_fts_update AFTER UPDATE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.rowid; {insert} END",
        f"CREATE TRIGGER {table}_fts_delete AFTER DELETE ON {table} BEGIN "
        f"DELETE FROM {fts} WHERE rowid = old.rowid; END",
        f"INSERT INTO {fts}(rowid, name, place, email, tags, notes) "
        f"SELECT new.rowid, {text} FROM {table} AS new WHERE new.deleted_at IS NULL",
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for statement in _index("organization", ORG_TEXT) + _index("contact", CONTACT_TEXT):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for table in ("organization", "contact"):
        for suffix in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
        op.execute(f"DROP TABLE IF EXISTS {table}_fts")
