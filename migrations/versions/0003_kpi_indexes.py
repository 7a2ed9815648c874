"""covering indexes for the KPI engine

Revision ID: 0003_kpi_indexes
Revises: 0002_search_index
Create Date: 2026-11-25

The indicators of a reporting period are counted over up to a million participations in well under a
second (benchmarks/bench_kpi.py). That only holds when the engine never reads a participation row: these
indexes carry every column it looks at (magia_desk/services/kpi/queries.py says which query uses which).
Plain CREATE INDEX on both SQLite and PostgreSQL; no table is rebuilt.
"""

from alembic import op

revision = "0003_kpi_indexes"
down_revision = "0002_search_index"
branch_labels = None
depends_on = None

INDEXES = (
    ("ix_participation_kpi_action", "participation", ["action_id", "deleted_at"]),
    ("ix_participation_kpi_organization", "participation", ["organization_id", "deleted_at", "role", "action_id"]),
    (
        "ix_participation_kpi_contact",
        "participation",
        ["contact_id", "deleted_at", "organization_id", "role", "action_id"],
    ),
    ("ix_contact_kpi_organization", "contact", ["organization_id", "deleted_at", "id"]),
    ("ix_organization_kpi", "organization", ["kind", "deleted_at", "country", "is_consortium_partner", "id"]),
    ("ix_meeting_kpi", "meeting", ["deleted_at", "starts_at", "organization_id", "mission_id", "id"]),
)


def upgrade() -> None:
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for name, table, _columns in reversed(INDEXES):
        op.drop_index(name, table_name=table)
