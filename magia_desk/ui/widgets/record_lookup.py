"""Finding records by typed text for pickers: organizations (any kind), SMEs, actions and missions, and any
record a task can be linked to. Each returns (id, name, detail) rows through the lists' own services."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from magia_desk.services import actions as acts
from magia_desk.services import agreements as agr
from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.storage.store import Store
from magia_desk.ui.labels import day, label


def find_organizations(store: Store, text: str, limit: int = 12, kind: str | None = None
                       ) -> list[tuple[str, str, str]]:
    ids = orgs.organization_ids(store, orgs.OrganizationFilter(text=text, kind=kind), "name", False, 0, limit)
    return [
        (row.id, row.name, ", ".join(p for p in (label(row.kind), row.city, row.country_name) if p))
        for row in orgs.organization_rows(store, ids)
    ]


def find_actions(store: Store, text: str, limit: int = 12) -> list[tuple[str, str, str]]:
    ids = acts.action_ids(store, acts.ActionFilter(text=text), "start_date", True, 0, limit)
    return [
        (row.id, row.title, ", ".join(p for p in (row.type_label, day(row.start_date), row.city) if p))
        for row in acts.action_rows(store, ids)
    ]


def find_linkable(store: Store, text: str, limit: int = 5) -> list[tuple[str, str, str]]:
    """Records a task can be about; the id is "type:id" so that one picker can offer every kind."""
    found: list[tuple[str, str, str]] = []
    for record_id, name, detail in find_organizations(store, text, limit):
        kind = QCoreApplication.translate("RecordLookup", "Company")
        found.append((f"organization:{record_id}", name, f"{kind} · {detail}"))
    contact_ids = people.contact_ids(store, people.ContactFilter(text=text), "name", False, 0, limit)
    for row in people.contact_rows(store, contact_ids):
        found.append((f"contact:{row.id}", f"{row.first_name} {row.last_name}",
                      QCoreApplication.translate("RecordLookup", "Contact")))
    for record_id, name, detail in find_actions(store, text, limit):
        kind = QCoreApplication.translate("RecordLookup", "Action")
        found.append((f"action:{record_id}", name, f"{kind} · {detail}"))
    for row in agr.agreement_rows(store, agr.agreement_ids(store, agr.AgreementFilter(text=text), "title", False, 0,
                                                           limit)):
        kind = QCoreApplication.translate("RecordLookup", "Agreement")
        found.append((f"agreement:{row.id}", row.title, f"{kind} · {label(row.stage)}"))
    return found
