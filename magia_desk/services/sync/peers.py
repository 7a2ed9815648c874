"""Known peers (other laptops, team hubs) for the Sync screen, and what each of them holds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from magia_desk.services.sync.log import Vector, count_missing_from, receipts_after, vector_of
from magia_desk.services.sync.merge import Sender
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Officer
from magia_desk.storage.store import Store
from magia_desk.storage.sync_models import SyncPeer


@dataclass(frozen=True)
class PeerView:
    site_id: str
    officer_name: str | None
    kind: str  # bundle (a laptop met through files), hub, laptop (a laptop met by a hub)
    last_exchange_at: datetime | None
    received_hlc: str | None  # highest clock received from them
    acked_hlc: str | None  # highest clock of ours they said they hold
    pending_changes: int  # changes here that they do not hold yet (what an export for them would carry)


def peer_vector(session: Session, site_id: str) -> Vector:
    """What a peer is known to hold: what it said last time, and what its receipts say it received since."""
    peer = session.get(SyncPeer, site_id)
    vector: Vector = dict(peer.vector or {}) if peer else {}
    for origin, upto in vector_of(receipts_after(session, {}), site_id).items():
        if upto > vector.get(origin, ""):
            vector[origin] = upto
    return vector


def list_peers(store: Store) -> list[PeerView]:
    with store.read() as session:
        peers = list(session.scalars(select(SyncPeer).order_by(SyncPeer.last_exchange_at.desc())))
        return [
            PeerView(
                p.site_id, p.officer_name, p.kind, p.last_exchange_at, p.received_hlc, p.acked_hlc,
                count_missing_from(session, peer_vector(session, p.site_id), skip_site=p.site_id),
            )
            for p in peers
        ]


def record_exchange(session: Session, local_site: str, sender: Sender, received_hlc: str | None) -> None:
    """Remember a peer after receiving from it: its officer, when, and what it holds (which only grows)."""
    peer = session.get(SyncPeer, sender.site_id)
    if peer is None:
        peer = SyncPeer(site_id=sender.site_id, vector={})
        session.add(peer)
    peer.kind = sender.kind
    peer.officer_name = sender.officer_name or peer.officer_name
    peer.last_exchange_at = utcnow()
    peer.received_hlc = max(filter(None, (peer.received_hlc, received_hlc, sender.clock)), default=None)
    vector = dict(peer.vector or {})
    for origin, upto in sender.vector.items():
        if upto > vector.get(origin, ""):
            vector[origin] = upto
    peer.vector = vector
    peer.acked_hlc = vector.get(local_site)
    session.flush()


def note_export(session: Session, site_id: str) -> None:
    """An export for a peer is an exchange too (its acknowledgement comes with its next bundle)."""
    peer = session.get(SyncPeer, site_id)
    if peer is None:
        peer = SyncPeer(site_id=site_id, kind="bundle", vector={})
        session.add(peer)
    peer.last_exchange_at = utcnow()


def local_officer_name(session: Session, officer_id: str | None) -> str | None:
    if officer_id is None:
        return None
    officer = session.get(Officer, officer_id)
    return officer.name if officer is not None else None
