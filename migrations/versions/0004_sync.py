"""sync engine bookkeeping: peers, receipts, conflicts, pending records, clamped clocks; change log by site

Revision ID: 0004_sync
Revises: 0003_kpi_indexes
Create Date: 2026-11-25

Tables of magia_desk.storage.sync_models (local to each store, never logged in `change`), and an index of
the change log by (site_id, hlc): exports for a peer and knowledge vectors read the log per origin site in
clock order. Portable: the same revision creates a laptop's SQLite file and a team hub on PostgreSQL.
"""

from alembic import op
import sqlalchemy as sa


revision = "0004_sync"
down_revision = "0003_kpi_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("officer_name", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("last_exchange_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("received_hlc", sa.String(length=64), nullable=True),
        sa.Column("acked_hlc", sa.String(length=64), nullable=True),
        sa.Column("vector", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("site_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_receipt",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("origin_site", sa.String(length=36), nullable=False),
        sa.Column("upto_hlc", sa.String(length=64), nullable=False),
        sa.Column("at_hlc", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "origin_site", "upto_hlc", name=op.f("pk_sync_receipt")),
    )
    op.create_table(
        "sync_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=60), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("winner", sa.String(length=6), nullable=False),
        sa.Column("local_value", sa.Text(), nullable=True),
        sa.Column("local_hlc", sa.String(length=64), nullable=True),
        sa.Column("local_site", sa.String(length=36), nullable=True),
        sa.Column("local_officer", sa.String(length=36), nullable=True),
        sa.Column("local_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("remote_value", sa.Text(), nullable=True),
        sa.Column("remote_hlc", sa.String(length=64), nullable=True),
        sa.Column("remote_site", sa.String(length=36), nullable=True),
        sa.Column("remote_officer", sa.String(length=36), nullable=True),
        sa.Column("remote_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution", sa.String(length=12), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflict")),
    )
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_conflict_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_conflict_resolved_at"), ["resolved_at"], unique=False)
    op.create_table(
        "sync_pending",
        sa.Column("table_name", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=20), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("since", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", name=op.f("pk_sync_pending")),
    )
    op.create_table(
        "sync_clamped",
        sa.Column("site_id", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(length=64), nullable=False),
        sa.Column("stored_hlc", sa.String(length=64), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("site_id", "hlc", name=op.f("pk_sync_clamped")),
    )
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.create_index("ix_change_site_hlc", ["site_id", "hlc"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("change", schema=None) as batch_op:
        batch_op.drop_index("ix_change_site_hlc")
    op.drop_table("sync_clamped")
    op.drop_table("sync_pending")
    with op.batch_alter_table("sync_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_conflict_resolved_at"))
        batch_op.drop_index(batch_op.f("ix_sync_conflict_record_id"))
    op.drop_table("sync_conflict")
    op.drop_table("sync_receipt")
    op.drop_table("sync_peer")
