"""The local user: every change records which officer made it."""

from __future__ import annotations

from sqlalchemy import select

from magia_desk.domain.contact_rules import require_text
from magia_desk.domain.errors import NotFoundError
from magia_desk.settings import Settings
from magia_desk.storage.models import Officer
from magia_desk.storage.store import Store


def list_officers(store: Store) -> list[Officer]:
    with store.read() as session:
        return list(session.scalars(select(Officer).where(Officer.deleted_at.is_(None)).order_by(Officer.name)))


def create_officer(store: Store, name: str, partner_cluster_id: str | None = None, email: str | None = None) -> str:
    with store.session() as session:
        officer = Officer(name=require_text(name, "name"), partner_cluster_id=partner_cluster_id, email=email)
        session.add(officer)
        session.flush()
        return officer.id


def current_officer_id(store: Store) -> str | None:
    """The officer chosen in the settings when they exist in this store, else the store's first officer."""
    chosen = Settings.load().officer_id
    with store.read() as session:
        if chosen and session.get(Officer, chosen) is not None:
            return chosen
        return session.scalar(select(Officer.id).where(Officer.deleted_at.is_(None)).order_by(Officer.created_at))


def switch_officer(store: Store, officer_id: str) -> None:
    """Make `officer_id` the one who signs every change from now on, in this store and at the next start.

    Saved in the settings (services never show a dialog: the first-run prompt and the switcher call this after
    `create_officer` or a pick from `list_officers`).
    """
    with store.read() as session:
        officer = session.get(Officer, officer_id)
        if officer is None or officer.deleted_at is not None:
            raise NotFoundError(f"No officer with id {officer_id}")
    settings = Settings.load()
    settings.officer_id = officer_id
    settings.save()
    store.officer_id = officer_id
