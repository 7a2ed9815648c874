"""Export then import: the same data in an empty store, nothing changed on a re-import, a changed cell updates
its record, formula-like text stays text in LibreOffice, refs are remembered."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from magia_desk.services import meetings
from magia_desk.services.common import Cancelled
from magia_desk.services.exchange import apply_import, export_workbook, plan_import
from magia_desk.services.exchange.schema import parse_derived_ref
from magia_desk.storage.models import Change, ExternalRef, Organization
from magia_desk.storage.store import Store, open_store

from .conftest import change_count, libreoffice_sheets, live_counts, needs_soffice, snapshot

INJECTION = '=HYPERLINK("http://evil.example")'


def _import(store: Store, path: Path):
    plan = plan_import(store, path)
    assert plan.problems == []
    return apply_import(store, plan)


def test_export_then_import_into_an_empty_store_gives_the_same_data(
        store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    result = export_workbook(store, tmp_path / "all.xlsx")
    assert result.rows == {"Organizations": 5, "Contacts": 3, "Actions": 2, "Participations": 4, "Meetings": 1,
                           "Agreements": 2, "ReportingPeriods": 2, "KpiTargets": 2}
    assert result.left_out == []
    with open_store(tmp_path / "other" / "s.sqlite") as other:
        summary = _import(other, result.path)
        assert summary.officers_created == ["Anna Bianchi"]
        assert all(c.created == result.rows[s] and c.updated == c.unchanged == c.skipped == 0
                   for s, c in summary.sheets.items())
        expected, got = snapshot(store), snapshot(other)
        for entity in expected:
            assert got[entity] == expected[entity], entity
        # ... and exporting the copy gives the same workbook content (refs included).
        again = export_workbook(other, tmp_path / "again.xlsx")
    first = CalamineWorkbook.from_path(str(result.path))
    second = CalamineWorkbook.from_path(str(again.path))
    for sheet in first.sheet_names:
        assert first.get_sheet_by_name(sheet).to_python() == second.get_sheet_by_name(sheet).to_python(), sheet


def test_reimporting_changes_nothing_and_a_changed_row_updates_only_its_record(
        store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    path = export_workbook(store, tmp_path / "all.xlsx").path
    with open_store(tmp_path / "copy" / "s.sqlite") as copy:
        _import(copy, path)
        before = change_count(copy)
        summary = _import(copy, path)
        assert change_count(copy) == before
        assert all(c.created == c.updated == 0 for c in summary.sheets.values())
        assert summary.sheets["Organizations"].unchanged == 5
        wb = openpyxl.load_workbook(path)
        ws = wb["Organizations"]
        header = [c.value for c in ws[1]]
        row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("name")].value == "BioWin")
        row[header.index("city")].value = "Charleroi"
        row[header.index("employees")].value = 30
        wb["Contacts"].cell(row=2, column=[c.value for c in wb["Contacts"][1]].index("job_title") + 1).value = "CTO"
        wb.save(tmp_path / "changed.xlsx")
        summary = _import(copy, tmp_path / "changed.xlsx")
        assert summary.sheets["Organizations"].updated == 1 and summary.sheets["Organizations"].unchanged == 4
        assert summary.sheets["Contacts"].updated == 1
        with copy.read() as session:
            changes = session.execute(select(Change.table_name, Change.field, Change.new_value)
                                      .where(Change.seq > before).order_by(Change.seq)).all()
            biowin = session.scalars(select(Organization).where(Organization.name == "BioWin")).one()
        assert sorted(changes) == sorted([
            ("organization", "city", '"Charleroi"'), ("organization", "employees", "30"),
            ("organization", "size_class", '"small"'), ("organization", "size_provisional", "true"),
            ("contact", "job_title", '"CTO"')])
        assert (biowin.city, biowin.employees, biowin.notes) == ("Charleroi", 30, "Walloon health cluster\nsecond line")


def test_an_export_reimported_into_its_own_store_matches_every_record_by_its_derived_ref(
        store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    path = export_workbook(store, tmp_path / "all.xlsx").path
    refs = [r[0] for r in CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Organizations").to_python()[1:]]
    assert all(parse_derived_ref(ref) for ref in refs)
    before, counts = change_count(store), live_counts(store)
    plan = plan_import(store, path)
    assert all(row.default not in ("new", "skip") for row in plan.all_rows()
               if row.sheet not in ("Participations", "KpiTargets"))
    apply_import(store, plan)
    assert change_count(store) == before and live_counts(store) == counts
    with store.read() as session:
        assert session.scalars(select(ExternalRef)).all() == []  # derived refs need no memory


def test_the_refs_of_the_imported_workbook_are_remembered_and_exported_again(store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Organizations"
    ws.append(["ref", "name", "kind", "country"])
    ws.append(["acme-7", "Acme Devices", "sme", "Italy"])
    wb.save(tmp_path / "mine.xlsx")
    _import(store, tmp_path / "mine.xlsx")
    exported = export_workbook(store, tmp_path / "out.xlsx").path
    rows = CalamineWorkbook.from_path(str(exported)).get_sheet_by_name("Organizations").to_python()
    assert rows[1][:4] == ["acme-7", "Acme Devices", "sme", "IT"]


def test_formula_like_text_is_written_as_text(store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    path = export_workbook(store, tmp_path / "all.xlsx").path
    ws = openpyxl.load_workbook(path)["Organizations"]
    header = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[header.index("name")].value == INJECTION)
    for column, text in (("name", INJECTION), ("notes", "+49 stays text"), ("region", "@Bavaria"),
                         ("city", "-Munich")):
        cell = row[header.index(column)]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (text, "s", True)
    assert row[header.index("kind")].quotePrefix is False


@needs_soffice
def test_libreoffice_reads_the_export_with_the_stored_values_and_injections_literal(
        store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    sheets = libreoffice_sheets(export_workbook(store, tmp_path / "all.xlsx").path, tmp_path)
    orgs = {row[1]: dict(zip(sheets["Organizations"][0], row, strict=True)) for row in sheets["Organizations"][1:]}
    assert INJECTION in orgs  # not evaluated to a link text
    evil = orgs[INJECTION]
    assert (evil["notes"], evil["region"], evil["city"]) == ("+49 stays text", "@Bavaria", "-Munich")
    sgi = orgs["Société Générale d'Imagerie"]
    assert (sgi["country"], sgi["employees"], sgi["turnover_meur"], sgi["vat_number"]) == ("FR", "42", "7.25",
                                                                                           "FR12345678901")
    assert sgi["member_of"] == orgs["BioPmed"]["ref"]
    assert sgi["sectors"] == "imaging; AI" and orgs["BioPmed"]["is_consortium_partner"] == "yes"
    assert "北京生物科技有限公司" in orgs
    contacts = {row[2]: dict(zip(sheets["Contacts"][0], row, strict=True)) for row in sheets["Contacts"][1:]}
    assert contacts["Rossi"]["consent_date"] == "2024-03-01"
    assert contacts["Rossi"]["phone"] == "+33478000000"
    assert contacts["Müller"]["job_title"] == "-director"
    assert contacts["张"]["first_name"] == "伟"
    actions = {row[2]: dict(zip(sheets["Actions"][0], row, strict=True)) for row in sheets["Actions"][1:]}
    assert actions["MEDICA delegation"]["start_date"] == "2024-11-11"
    assert actions["MEDICA delegation"]["destination_cities"] == "Düsseldorf; Köln"
    meeting = dict(zip(sheets["Meetings"][0], sheets["Meetings"][1], strict=True))
    assert meeting["date_time"].startswith("2024-11-12 10:30")
    assert meeting["mission"] == actions["MEDICA delegation"]["ref"]
    assert sheets["KpiTargets"][1:] == [["letters_of_intent", "RP2", orgs["BioWin"]["ref"], "20.5"],
                                        ["smes_reached", "RP1", "", "150"]]


def test_records_the_format_cannot_carry_are_reported(store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    meetings.create_meeting(store, sample["medica"], {"topic": "Still to be found",
                                                      "starts_at": datetime(2024, 11, 13)})
    result = export_workbook(store, tmp_path / "all.xlsx")
    assert result.rows["Meetings"] == 1
    assert len(result.left_out) == 1 and "Still to be found" in result.left_out[0]


def test_cancel_from_progress_writes_nothing(store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    path = export_workbook(store, tmp_path / "all.xlsx").path
    with open_store(tmp_path / "copy" / "s.sqlite") as copy:
        plan = plan_import(copy, path)
        before, counts = change_count(copy), live_counts(copy)
        calls = []

        def progress(done: int, total: int) -> bool:
            calls.append((done, total))
            return len(calls) < 4  # cancel after a few steps, in the middle of the writes

        with pytest.raises(Cancelled):
            apply_import(copy, plan, progress=progress)
        assert change_count(copy) == before and live_counts(copy) == counts
        summary = apply_import(copy, plan)  # the plan is still good once the store is unchanged
        assert summary.sheets["Organizations"].created == 5
    with pytest.raises(Cancelled):
        export_workbook(store, tmp_path / "cancelled.xlsx", progress=lambda done, total: False)
    assert not (tmp_path / "cancelled.xlsx").exists()


def test_a_plan_made_before_the_store_changed_is_refused(store: Store, sample: dict[str, str], tmp_path: Path) -> None:
    from magia_desk.services import organizations
    from magia_desk.services.exchange import ImportRefused

    path = export_workbook(store, tmp_path / "all.xlsx").path
    plan = plan_import(store, path)
    organizations.update_organization(store, sample["biowin"], {"city": "Mons"})
    with pytest.raises(ImportRefused, match="store changed"):
        apply_import(store, plan)
    with store.read() as session:
        assert session.get(Organization, sample["biowin"]).city == "Mons"
