"""The audit trail: every operation per field with officer and time, filtered and paged; switching officers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from magia_desk.domain.errors import NotFoundError
from magia_desk.services import audit, contacts, gdpr, officers, organizations
from magia_desk.services.audit import AuditFilter
from magia_desk.settings import Settings
from magia_desk.storage.models import Action, Participation
from magia_desk.storage.store import Store


def seqs(store: Store, **filters: object) -> int:
    return audit.count_audit(store, AuditFilter(**filters))  # type: ignore[arg-type]


def test_every_operation_is_logged_with_officer_time_and_values(store: Store) -> None:
    anna = officers.create_officer(store, "Anna Torino")
    officers.switch_officer(store, anna)
    org = organizations.create_organization(store, {"kind": "sme", "name": "Rossi Medical", "country": "IT"})
    organizations.update_organization(store, org, {"city": "Torino"})
    organizations.delete_organization(store, org)
    organizations.restore_organization(store, org)

    history = audit.record_history(store, org)
    assert [(e.op, e.field) for e in history] == [
        ("create", None), ("update", "city"), ("delete", "deleted_at"), ("restore", "deleted_at")]
    assert {e.officer for e in history} == {"Anna Torino"}
    assert all(e.record_label == "Rossi Medical" and e.table == "organization" for e in history)
    assert history[0].new_value["name"] == "Rossi Medical"  # a create carries the whole record
    assert (history[1].old_value, history[1].new_value) == (None, "Torino")
    assert history[0].at <= history[-1].at and history[0].at.tzinfo is not None


def test_filters_paging_and_labels(store: Store) -> None:
    anna = officers.create_officer(store, "Anna")
    bruno = officers.create_officer(store, "Bruno")
    officers.switch_officer(store, anna)
    org = organizations.create_organization(store, {"kind": "sme", "name": "Rossi Medical"})
    person = contacts.create_contact(store, {"first_name": "Zoë", "last_name": "Lefèvre", "organization_id": org})
    officers.switch_officer(store, bruno)
    organizations.update_organization(store, org, {"city": "Torino"})
    with store.session() as session:
        action = Action(type="webinar", title="Regulatory webinar", start_date=date(2025, 1, 1))
        session.add(action)
        session.flush()
        participation = Participation(action_id=action.id, contact_id=person)
        session.add(participation)
        session.flush()
        participation_id = participation.id

    total = audit.count_audit(store)
    assert total == len(audit.audit_entries(store, limit=None))
    assert seqs(store, officer_id=anna) == 2 and seqs(store, officer_id=bruno) == 3
    assert seqs(store, table="contact") == 1 and seqs(store, record_id=org) == 2
    assert seqs(store, op="update") == 1
    assert seqs(store, text="torino") == 1  # in a value
    assert seqs(store, text="rossi") == 2  # by the record's name: its create and its update
    assert seqs(store, text="lefèvre") == 1
    today = date.today()
    assert seqs(store, date_from=today, date_to=today) == total
    assert seqs(store, date_to=today - timedelta(days=1)) == 0

    page1 = audit.audit_entries(store, limit=3)
    page2 = audit.audit_entries(store, offset=3, limit=3)
    assert [e.seq for e in page1] == sorted((e.seq for e in page1), reverse=True)
    assert page1[-1].seq > page2[0].seq
    assert [e.seq for e in audit.audit_rows(store, [page2[0].seq, page1[0].seq])] == [page2[0].seq, page1[0].seq]

    labels = {e.record_id: e.record_label for e in audit.audit_entries(store, limit=None)}
    assert labels[person] == "Zoë Lefèvre" and labels[participation_id] == "Participation in Regulatory webinar"
    assert labels[anna] == "Anna"
    assert "organization" in audit.audit_tables(store)


def test_an_erasure_shows_in_the_trail_without_the_erased_values(store: Store) -> None:
    person = contacts.create_contact(store, {"first_name": "Erin", "last_name": "Secret-Name9",
                                             "email": "erin9@example.org"})
    gdpr.erase_contact(store, person)
    entries = audit.audit_entries(store, AuditFilter(record_id=person), limit=None)
    assert entries and {e.op for e in entries} == {"erase"}
    flat = repr([(e.old_value, e.new_value, e.record_label) for e in entries])
    assert "Secret-Name9" not in flat and "erin9" not in flat
    assert audit.count_audit(store, AuditFilter(text="Secret-Name9")) == 0


def test_switch_officer_is_saved_and_signs_the_next_changes(store: Store) -> None:
    first = officers.create_officer(store, "First Officer")
    second = officers.create_officer(store, "Second Officer")
    officers.switch_officer(store, second)
    assert Settings.load().officer_id == second and store.officer_id == second
    assert officers.current_officer_id(store) == second
    org = organizations.create_organization(store, {"kind": "sme", "name": "Signed"})
    assert audit.record_history(store, org)[0].officer == "Second Officer"
    officers.switch_officer(store, first)
    assert officers.current_officer_id(store) == first
    with pytest.raises(NotFoundError):
        officers.switch_officer(store, "no-such-officer")
    assert Settings.load().officer_id == first
