"""Bookkeeping of the sync engine (services/sync): peers, what each site holds, conflicts, changes on hold.

None of these tables is a `Record`: they are local to one store, never logged in `change` and never
synchronised themselves (except `sync_receipt`, which is carried in bundles and hubs as plain rows). Every
column is portable between SQLite and PostgreSQL (strings, text, JSON, timestamps).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from magia_desk.storage.base import Base, UtcDateTime, utcnow
from magia_desk.storage.models import Change

# Exports "for a peer" and knowledge vectors read the log per origin site in clock order; without this
# index each of them is a full scan of the change log.
Index("ix_change_site_hlc", Change.site_id, Change.hlc)


class SyncPeer(Base):
    """Another store we exchanged with (a laptop through bundles, or a team hub)."""

    __tablename__ = "sync_peer"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_name: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="bundle")  # bundle, hub, laptop (as seen by a hub)
    last_exchange_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    # Highest clock in anything received from this peer.
    received_hlc: Mapped[str | None] = mapped_column(String(64))
    # Highest clock of our own changes the peer said it holds.
    acked_hlc: Mapped[str | None] = mapped_column(String(64))
    # What the peer said it holds, per origin site: {site_id: highest hlc}. Exports for the peer skip it.
    vector: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SyncReceipt(Base):
    """Site `site_id` held every change of `origin_site` up to `upto_hlc` once its clock had reached `at_hlc`.

    Written by each store when it merges, and passed on with bundles and through hubs, so that any store can
    tell whether the author of a change had seen another change when it wrote (conflict detection).
    """

    __tablename__ = "sync_receipt"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    origin_site: Mapped[str] = mapped_column(String(36), primary_key=True)
    upto_hlc: Mapped[str] = mapped_column(String(64), primary_key=True)
    at_hlc: Mapped[str] = mapped_column(String(64))


class SyncConflict(Base):
    """Two concurrent writes of one field (or a delete against an edit): the winner is in the record, the
    loser is kept here until the user confirms it or picks it (which then becomes a new local change)."""

    __tablename__ = "sync_conflict"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36), index=True)
    field: Mapped[str] = mapped_column(String(60))
    kind: Mapped[str] = mapped_column(String(12), default="field")  # field, delete (deleted vs edited)
    winner: Mapped[str] = mapped_column(String(6))  # local, remote
    local_value: Mapped[str | None] = mapped_column(Text)  # JSON text, as in the change log
    local_hlc: Mapped[str | None] = mapped_column(String(64))
    local_site: Mapped[str | None] = mapped_column(String(36))
    local_officer: Mapped[str | None] = mapped_column(String(36))
    local_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    remote_value: Mapped[str | None] = mapped_column(Text)
    remote_hlc: Mapped[str | None] = mapped_column(String(64))
    remote_site: Mapped[str | None] = mapped_column(String(36))
    remote_officer: Mapped[str | None] = mapped_column(String(36))
    remote_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    note: Mapped[str | None] = mapped_column(Text)
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, index=True)
    resolution: Mapped[str | None] = mapped_column(String(12))  # local, remote, superseded


class SyncPending(Base):
    """A record whose logged changes could not all be applied yet: a table or field this version does not
    know (applied after an upgrade), or a link to a record that has not arrived yet. The changes themselves
    stay in the change log (and are passed on to other stores); this row says the record must be rebuilt."""

    __tablename__ = "sync_pending"
    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    reason: Mapped[str] = mapped_column(String(20))  # unknown_table, unknown_field, missing_link, incomplete
    detail: Mapped[str | None] = mapped_column(Text)
    since: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncClamped(Base):
    """A received change whose clock was too far in the future, and the clock it was stored under instead."""

    __tablename__ = "sync_clamped"
    site_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    hlc: Mapped[str] = mapped_column(String(64), primary_key=True)
    stored_hlc: Mapped[str] = mapped_column(String(64))
    received_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


SYNC_MODELS: tuple[type[Base], ...] = (SyncPeer, SyncReceipt, SyncConflict, SyncPending, SyncClamped)
