"""Reading what officers really send: csv from Excel in any of its encodings and delimiters, headers written
their way, blank rows, merged cells, formulas, date cells or date text, a lone sheet with another name."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from magia_desk.services.exchange import apply_import, plan_import
from magia_desk.services.exchange.reader import read_workbook
from magia_desk.storage.store import Store

from .conftest import libreoffice_resave, needs_soffice, snapshot


def test_csv_with_semicolons_and_a_utf8_bom_is_read_as_contacts(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    text = ("\ufeff First Name ;LAST_NAME;E-mail;Organisation;ref\r\n"
            "Hélène ;Dupré;helene@example.fr;;c1\r\n"
            ";;;;\r\n"
            "Jürgen;Müller;j@example.de; ;c2\r\n")
    path.write_bytes(text.encode("utf-8"))
    book = read_workbook(path)
    assert book.problems == [] and book.warnings == []
    sheet = book.sheets["Contacts"]
    assert sheet.columns == ["first_name", "last_name", "email", "organization", "ref"]
    assert sheet.rows == [
        (2, {"first_name": "Hélène", "last_name": "Dupré", "email": "helene@example.fr", "organization": None,
             "ref": "c1"}),
        (4, {"first_name": "Jürgen", "last_name": "Müller", "email": "j@example.de", "organization": None,
             "ref": "c2"}),
    ]


def test_windows_1252_csv_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "organisations.csv"
    path.write_bytes("ref,name,kind,country,notes\no1,Société Générale,sme,France,coûte 5 €\n".encode("cp1252"))
    book = read_workbook(path)
    assert book.sheets["Organizations"].rows == [
        (2, {"ref": "o1", "name": "Société Générale", "kind": "sme", "country": "France", "notes": "coûte 5 €"})]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_the_delimiter_is_sniffed(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "x.csv"
    rows = [["ref", "name", "kind", "country", "notes"], ["o1", "A, B and C", "sme", "IT", 'say "hi"; bye']]
    import csv
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    sheet = read_workbook(path).sheets["Organizations"]
    assert sheet.rows[0][1] == dict(zip(rows[0], rows[1], strict=True))


def test_a_lone_sheet_with_another_name_is_recognised_by_its_headers(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Export 2024"
    ws.append(["Ref", "Name", "Kind", "Country", "Employees", "Since"])
    ws.append(["o1", "Acme  ", "SME", "Italy", 12, date(2020, 1, 5)])
    wb.save(tmp_path / "companies.xlsx")
    book = read_workbook(tmp_path / "companies.xlsx")
    assert list(book.sheets) == ["Organizations"]
    assert book.sheets["Organizations"].rows == [
        (2, {"ref": "o1", "name": "Acme", "kind": "SME", "country": "Italy", "employees": 12})]
    assert [(w.column, w.message) for w in book.warnings] == [("Since", "unknown column; ignored")]


def test_structural_problems_are_reported_not_raised(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["ref", "first_name", "email", "E-Mail"])
    ws.append(["c1", "Ann", "a@x.org", "b@x.org"])
    other = wb.create_sheet("Pivot")
    other.append(["whatever"])
    wb.save(tmp_path / "broken.xlsx")
    book = read_workbook(tmp_path / "broken.xlsx")
    assert [(p.sheet, p.row, p.column, p.message) for p in book.problems] == [
        ("Contacts", 1, "email", "column given twice (also column 3)"),
        ("Contacts", 1, "last_name", "required column is missing"),
    ]
    assert [p.sheet for p in book.warnings] == ["Pivot"]
    (tmp_path / "not.xlsx").write_bytes(b"PK\x03\x04 this is not a zip")
    assert "cannot be read" in read_workbook(tmp_path / "not.xlsx").problems[0].message
    assert "cannot be read" in read_workbook(tmp_path / "missing.xlsx").problems[0].message
    (tmp_path / "odd.csv").write_text("colour,shape\nred,round\n")
    assert "is not a sheet of the exchange workbook" in read_workbook(tmp_path / "odd.csv").problems[0].message


def test_merged_cells_count_for_every_row_they_span(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["ref", "first_name", "last_name", "organization"])
    for index, name in enumerate(["Ann", "Bob", "Cy"], start=1):
        ws.append([f"c{index}", name, "Smith", "ACME" if index == 1 else None])
    ws.merge_cells("D2:D4")
    ws.merge_cells("A1:A1")
    wb.save(tmp_path / "merged.xlsx")
    rows = read_workbook(tmp_path / "merged.xlsx").sheets["Contacts"].rows
    assert [values["organization"] for _, values in rows] == ["ACME", "ACME", "ACME"]


@needs_soffice
def test_formulas_count_by_their_cached_values_and_dates_by_cell_or_text(store: Store, tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Actions"
    ws.append(["ref", "type", "title", "start_date", "end_date", "declared_audience"])
    ws.append(["a1", "webinar", '=CONCATENATE("Web", "inar ", "one")', date(2024, 5, 2), "2024-05-03", "=20+25"])
    ws.append(["a2", "=LOWER(\"TRAINING\")", "Course", "02/06/2024", datetime(2024, 6, 3, 0, 0), None])
    wb.save(tmp_path / "formulas.xlsx")
    resaved = libreoffice_resave(tmp_path / "formulas.xlsx", tmp_path)  # as Excel would: with cached values
    plan = plan_import(store, resaved)
    assert plan.problems == []
    apply_import(store, plan)
    assert sorted(snapshot(store)["actions"]) == [
        ("training", "Course", date(2024, 6, 2), date(2024, 6, 3), None, None, False, None, None, (), None, ()),
        ("webinar", "Webinar one", date(2024, 5, 2), date(2024, 5, 3), None, None, False, None, None, (), 45, ()),
    ]
