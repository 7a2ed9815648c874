"""Duplicates in the store are found by key and by similar name; a merge moves every link to the kept record,
leaves a tombstone, logs op 'merge'; undo (even after a restart) puts every value back."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import inspect, select

from magia_desk.domain.errors import ValidationError
from magia_desk.services import contacts, organizations
from magia_desk.services.exchange import apply_import, find_duplicates, merge_records, plan_import, undo_merge
from magia_desk.storage.models import (
    RECORD_MODELS,
    Action,
    Agreement,
    AgreementParty,
    Change,
    Contact,
    Document,
    ExternalRef,
    Holding,
    KpiTarget,
    MarketInterest,
    Meeting,
    MeetingAttendee,
    Membership,
    Mission,
    Note,
    Officer,
    Organization,
    Participation,
    ReportingPeriod,
    Task,
)
from magia_desk.storage.store import Store, open_store


def test_duplicate_organizations_by_vat_domain_and_similar_name(store: Store) -> None:
    create = organizations.create_organization
    a = create(store, {"kind": "cluster", "name": "BioWin", "country": "BE", "website": "biowin.org"})
    b = create(store, {"kind": "cluster", "name": "Biowin ASBL", "country": "BE", "website": "https://www.biowin.org/x"})
    c = create(store, {"kind": "sme", "name": "Medtech Lyon SAS", "country": "FR", "vat_number": "FR99887766554"})
    d = create(store, {"kind": "sme", "name": "MTL Devices", "country": "FR", "vat_number": "99887766554"})
    g = create(store, {"kind": "sme", "name": "Nanotech Innovations Torino", "country": "IT"})
    h = create(store, {"kind": "sme", "name": "Nanotech Innovation Torino S.r.l.", "country": "IT"})
    create(store, {"kind": "sme", "name": "Studio 1 Srl", "country": "IT", "email": "one@gmail.com"})
    create(store, {"kind": "sme", "name": "Studio 2 Srl", "country": "IT", "email": "two@gmail.com"})
    create(store, {"kind": "sme", "name": "Acme", "country": "IT"})
    create(store, {"kind": "sme", "name": "Acme", "country": "DE"})
    pairs = {(p.a_id, p.b_id): p for p in find_duplicates(store, "organization")}
    assert set(pairs) == {(a, b), (c, d), (g, h)}
    assert pairs[(a, b)].reasons == ("same web domain", "similar name") and pairs[(a, b)].score == 100
    assert pairs[(c, d)].reasons == ("same VAT number",) and pairs[(c, d)].a_label == "Medtech Lyon SAS (FR)"
    assert pairs[(g, h)].reasons == ("similar name",) and 95 < pairs[(g, h)].score < 100
    assert [(p.a_id, p.b_id) for p in find_duplicates(store, "organization", limit=1)] in ([(a, b)], [(c, d)])


def test_duplicate_contacts_by_email_phone_and_name_within_an_organization(store: Store) -> None:
    org = organizations.create_organization(store, {"kind": "sme", "name": "Acme", "country": "DE"})
    other = organizations.create_organization(store, {"kind": "sme", "name": "Other", "country": "DE"})
    person = contacts.create_contact
    hans = person(store, {"first_name": "Hans", "last_name": "Müller", "organization_id": org, "email": "h@acme.de"})
    swapped = person(store, {"first_name": "Muller", "last_name": "Hans", "organization_id": org})
    mail = person(store, {"first_name": "H.", "last_name": "M.", "email": "H@acme.de"})
    person(store, {"first_name": "Hans", "last_name": "Müller", "organization_id": other})
    pairs = {(p.a_id, p.b_id): p.reasons for p in find_duplicates(store, "contact")}
    assert pairs == {(hans, swapped): ("similar name",), (hans, mail): ("same email",)}
    with pytest.raises(ValidationError):
        find_duplicates(store, "action")


def _all_rows(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Every column of every record except the stamps a write refreshes (updated_at, changed_by)."""
    rows = {}
    with store.read() as session:
        for model in RECORD_MODELS:
            columns = [c.key for c in inspect(model).mapper.column_attrs if c.key not in ("updated_at", "changed_by")]
            found = [{k: getattr(r, k) for k in columns} for r in session.scalars(select(model).order_by(model.id))]
            rows[model.__tablename__] = [r for r in found if r.get("record_type") != "merge"]
    return rows


@pytest.fixture
def linked(store: Store) -> dict[str, str]:
    """Two clusters that are one, each with links of every kind (some the same on both sides)."""
    ids: dict[str, str] = {}
    with store.session() as s:
        def add(key: str, record: Any) -> Any:
            s.add(record)
            s.flush()
            ids[key] = record.id
            return record

        keep = add("keep", Organization(kind="cluster", name="BioWin", country="BE", is_consortium_partner=True))
        drop = add("drop", Organization(kind="cluster", name="Biowin asbl", country="BE", website="https://biowin.org",
                                        notes="old notes", employees=20, is_consortium_partner=True))
        meta = add("meta", Organization(kind="cluster", name="Meta", country="DE"))
        meta2 = add("meta2", Organization(kind="cluster", name="Meta 2", country="FR"))
        s1 = add("s1", Organization(kind="sme", name="S1", country="BE"))
        s2 = add("s2", Organization(kind="sme", name="S2", country="BE"))
        for owner, cluster in ((s1, drop), (s2, keep), (s2, drop), (keep, meta), (drop, meta), (drop, meta2)):
            add(f"m-{owner.name}-{cluster.name}", Membership(organization_id=owner.id, cluster_id=cluster.id))
        add("contact", Contact(first_name="Ann", last_name="Lee", organization_id=drop.id))
        x = add("x", Action(type="webinar", title="X", start_date=date(2024, 1, 1), organiser_id=drop.id))
        y = add("y", Action(type="trade_show", title="Y", start_date=date(2024, 2, 1)))
        add("mission", Mission(id=y.id))
        add("p-keep-x", Participation(action_id=x.id, organization_id=keep.id, role="attendee"))
        add("p-drop-x", Participation(action_id=x.id, organization_id=drop.id, role="speaker"))
        add("p-drop-y", Participation(action_id=y.id, organization_id=drop.id, role="delegate"))
        add("mi-cn", MarketInterest(organization_id=drop.id, country="CN", status="exploring"))
        add("mi-us-keep", MarketInterest(organization_id=keep.id, country="US", status="exporting"))
        add("mi-us-drop", MarketInterest(organization_id=drop.id, country="US", status="interested"))
        a1 = add("a1", Agreement(type="mou", title="A1", stage="identified", partner_cluster_id=drop.id))
        a2 = add("a2", Agreement(type="mou", title="A2", stage="identified"))
        add("ap-a1-drop", AgreementParty(agreement_id=a1.id, organization_id=drop.id))
        add("ap-a2-keep", AgreementParty(agreement_id=a2.id, organization_id=keep.id))
        add("ap-a2-drop", AgreementParty(agreement_id=a2.id, organization_id=drop.id))
        add("meeting", Meeting(mission_id=y.id, organization_id=drop.id))
        add("officer", Officer(name="Eva", partner_cluster_id=drop.id))
        period = add("period", ReportingPeriod(name="RP1", start=date(2024, 1, 1), end=date(2024, 12, 31)))
        add("target", KpiTarget(indicator="smes_reached", period_id=period.id, partner_cluster_id=drop.id, target=5))
        add("note", Note(record_type="organization", record_id=drop.id, date=date(2024, 1, 2), text="call"))
        add("task", Task(title="follow up", record_type="organization", record_id=drop.id))
        add("doc", Document(record_type="organization", record_id=drop.id, sha256="0" * 64, original_name="a.pdf"))
        add("h-held", Holding(organization_id=s1.id, holder_id=drop.id, share_pct=30))
        add("h-holder", Holding(organization_id=drop.id, holder_id=s2.id, share_pct=10))
        add("ref", ExternalRef(sheet="Organizations", ref="bw", record_id=drop.id))
    return ids


def test_merge_moves_every_link_and_leaves_a_tombstone(store: Store, linked: dict[str, str]) -> None:
    keep, drop = linked["keep"], linked["drop"]
    before_seq = _last_seq(store)
    result = merge_records(store, "organization", keep, drop, {"notes": "drop", "city": "Charleroi"})
    with store.read() as s:
        def get(model: Any, key: str) -> Any:
            return s.get(model, linked[key])

        kept, dropped = get(Organization, "keep"), get(Organization, "drop")
        assert (dropped.deleted_at is not None, dropped.merged_into_id) == (True, keep)
        assert (kept.name, kept.city, kept.notes, kept.website) == ("BioWin", "Charleroi", "old notes",
                                                                    "https://biowin.org")  # blank filled from drop
        assert (kept.employees, kept.size_class, kept.size_provisional) == (20, "small", True)
        moved = {
            "contact": (Contact, "organization_id"), "p-drop-y": (Participation, "organization_id"),
            "m-S1-Biowin asbl": (Membership, "cluster_id"), "m-Biowin asbl-Meta 2": (Membership, "organization_id"),
            "mi-cn": (MarketInterest, "organization_id"), "ap-a1-drop": (AgreementParty, "organization_id"),
            "a1": (Agreement, "partner_cluster_id"), "x": (Action, "organiser_id"),
            "meeting": (Meeting, "organization_id"), "officer": (Officer, "partner_cluster_id"),
            "target": (KpiTarget, "partner_cluster_id"), "note": (Note, "record_id"), "task": (Task, "record_id"),
            "doc": (Document, "record_id"), "h-held": (Holding, "holder_id"),
            "h-holder": (Holding, "organization_id"), "ref": (ExternalRef, "record_id"),
        }
        for key, (model, column) in moved.items():
            record = get(model, key)
            assert (getattr(record, column), record.deleted_at) == (keep, None), key
        for key, model in {"p-drop-x": Participation, "m-S2-Biowin asbl": Membership, "mi-us-drop": MarketInterest,
                           "ap-a2-drop": AgreementParty, "m-Biowin asbl-Meta": Membership}.items():
            assert get(model, key).deleted_at is not None, f"{key}: the same link already existed; ended"
        ops = s.execute(select(Change.table_name, Change.field, Change.op).where(Change.seq > before_seq)).all()
    assert ("organization", "merged_into_id", "merge") in ops and ("organization", "deleted_at", "merge") in ops
    assert ("organization", "notes", "merge") in ops and ("contact", "organization_id", "merge") in ops
    assert {op for table, _, op in ops if table != "note"} == {"merge"}
    assert len(result.moved_links) == len(moved) and len(result.ended_duplicates) == 5


def _last_seq(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(Change.seq).order_by(Change.seq.desc()).limit(1)) or 0)


def test_undo_after_a_restart_restores_exactly_the_previous_state(
        store_path: Path, store: Store, linked: dict[str, str]) -> None:
    before = _all_rows(store)
    merge_id = merge_records(store, "organization", linked["keep"], linked["drop"],
                             {"notes": "drop", "city": "Charleroi", "employees": 40}).merge_id
    assert _all_rows(store) != before
    store.close()
    with open_store(store_path) as reopened:
        result = undo_merge(reopened, merge_id)
        assert result.kept_later_changes == [] and result.restored > 20
        assert _all_rows(reopened) == before
        with pytest.raises(ValidationError, match="already undone"):
            undo_merge(reopened, merge_id)


def test_undo_keeps_what_was_changed_after_the_merge(store: Store, linked: dict[str, str]) -> None:
    result = merge_records(store, "organization", linked["keep"], linked["drop"], {"city": "Charleroi"})
    organizations.update_organization(store, linked["keep"], {"city": "Mons"})
    undone = undo_merge(store, result)
    assert undone.kept_later_changes == [f"organization.city of {linked['keep']}"]
    with store.read() as s:
        assert s.get(Organization, linked["keep"]).city == "Mons"
        assert s.get(Organization, linked["drop"]).deleted_at is None
        assert s.get(Contact, linked["contact"]).organization_id == linked["drop"]


def test_merging_people_moves_participations_meetings_and_refs(store: Store) -> None:
    with store.session() as s:
        y = Action(type="trade_show", title="Y", start_date=date(2024, 2, 1))
        keep, drop = Contact(first_name="Hans", last_name="Müller"), Contact(first_name="Hans", last_name="Muller",
                                                                             email="h@x.de", phone="+4930123456")
        s.add_all([y, keep, drop])
        s.flush()
        s.add(Mission(id=y.id))
        s.flush()
        meeting = Meeting(mission_id=y.id)
        s.add(meeting)
        s.flush()
        s.add_all([Participation(action_id=y.id, contact_id=keep.id, role="delegate"),
                   Participation(action_id=y.id, contact_id=drop.id, role="delegate"),
                   MeetingAttendee(meeting_id=meeting.id, side="met", contact_id=drop.id),
                   ExternalRef(sheet="Contacts", ref="c9", record_id=drop.id)])
    before = _all_rows(store)
    result = merge_records(store, "contact", keep.id, drop.id, {})
    with store.read() as s:
        kept = s.get(Contact, keep.id)
        assert (kept.email, kept.phone) == ("h@x.de", "+4930123456")
        live = s.scalars(select(Participation).where(Participation.deleted_at.is_(None))).all()
        assert [p.contact_id for p in live] == [keep.id]
        assert s.scalars(select(MeetingAttendee)).one().contact_id == keep.id
        assert s.scalars(select(ExternalRef)).one().record_id == keep.id
    undo_merge(store, result.merge_id)
    assert _all_rows(store) == before
    with pytest.raises(ValidationError):
        merge_records(store, "contact", keep.id, keep.id, {})


def test_reimporting_a_workbook_after_its_two_rows_were_merged_creates_nothing(store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Organizations"
    ws.append(["ref", "name", "kind", "country"])
    ws.append(["o1", "Acme Devices", "sme", "IT"])
    ws.append(["o2", "ACME Devices S.p.A. (Milano)", "sme", "IT"])
    wb.save(tmp_path / "two.xlsx")
    apply_import(store, plan_import(store, tmp_path / "two.xlsx"))
    with store.read() as s:
        first, second = (o.id for o in s.scalars(select(Organization).order_by(Organization.created_at)))
    merge_records(store, "organization", first, second, {})
    plan = plan_import(store, tmp_path / "two.xlsx")
    assert (plan.row("Organizations", 2).default, plan.row("Organizations", 3).default) == (first, "skip")
    assert "same stored record as row 2" in plan.warnings[0].message
    summary = apply_import(store, plan)
    assert summary.sheets["Organizations"].created == 0 and summary.sheets["Organizations"].skipped == 1
