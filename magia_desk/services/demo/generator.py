"""`generate_demo`: fill an empty store with the demo partnership, in one transaction.

Steps run in the order foreign keys need (organisations before their contacts, actions before participations,
missions before meetings...). Everything is written through `storage.bulk.bulk_create`, so the change log holds
one `create` per record, as for data typed by hand; a cancel or an error leaves the store as it was.
"""

from __future__ import annotations

from sqlalchemy import func, select

from magia_desk.domain.errors import MagiaError
from magia_desk.services.common import Progress
from magia_desk.services.demo.context import Context, Writer
from magia_desk.services.demo.deals import write_agreements, write_notes_and_tasks, write_periods_and_targets
from magia_desk.services.demo.missions import write_missions
from magia_desk.services.demo.orgs import (
    estimated_rows,
    write_catalogue,
    write_extras,
    write_members,
    write_partners,
)
from magia_desk.services.demo.programme import write_actions, write_participations
from magia_desk.storage.models import Organization
from magia_desk.storage.store import Store

# Summary keys in print order: table name -> label (labels fit the CLI's 24-character column).
_TABLES = (
    ("organization", "organizations"), ("contact", "contacts"), ("officer", "officers"),
    ("membership", "memberships"), ("market_interest", "market interests"), ("action", "actions"),
    ("mission", "missions"), ("participation", "participations"), ("itinerary_item", "itinerary items"),
    ("meeting", "meetings"), ("meeting_attendee", "meeting attendees"), ("agreement", "agreements"),
    ("agreement_party", "agreement parties"), ("agreement_stage_change", "agreement stage changes"),
    ("reporting_period", "reporting periods"), ("kpi_target", "KPI targets"), ("note", "notes"), ("task", "tasks"),
)


class StoreNotEmptyError(MagiaError):
    """Demo data only goes into an empty store: mixing it with real records would spoil real reports."""


def generate_demo(store: Store, seed: int = 1, scale: int = 1, progress: Progress | None = None) -> dict[str, int]:
    """Write the demo partnership; returns how many records of each kind were written (for printing).

    Same seed and scale, same data (ids and creation times included). Scale multiplies the companies and their
    contacts; the programme (actions, missions, agreements) stays the partnership's, its audiences grow with
    the square root of the scale. Raises StoreNotEmptyError when the store holds organisations already.
    """
    if scale < 1:
        raise MagiaError("The demo scale must be 1 or more.")
    with store.session() as session:
        existing = session.scalar(
            select(func.count()).select_from(Organization).where(Organization.deleted_at.is_(None))
        )
        if existing:
            raise StoreNotEmptyError(
                f"The store {store.path} already holds {existing:,} organizations. Demo data only goes into an "
                "empty store: create a new one, e.g. magia-desk --db demo.sqlite demo"
            )
        writer = Writer(session, progress, estimated_rows(scale))
        ctx = Context(seed, scale, writer)
        write_partners(ctx)
        write_catalogue(ctx)
        write_members(ctx)
        write_extras(ctx)
        programme = write_actions(ctx)
        headline = write_participations(ctx, programme)
        write_missions(ctx, programme)
        deals = write_agreements(ctx, programme)
        write_periods_and_targets(ctx)
        write_notes_and_tasks(ctx, programme, deals)
        writer.finish()
    counts = writer.counts
    summary = {label: counts[table] for table, label in _TABLES}
    summary["letters of intent"] = len(deals.loi_ids)
    summary["SMEs reached"] = headline["smes_reached"]
    summary["clusters engaged"] = headline["clusters_engaged"]
    return summary
