"""Reading a file with the wizard's column mappings, the outline it shows first, its suggestions, and the
links a merge would move."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from magia_desk.services import contacts as people
from magia_desk.services import organizations as orgs
from magia_desk.services.exchange import apply_import, plan_import
from magia_desk.services.exchange.links import count_links
from magia_desk.services.exchange.reader import (
    SheetMapping,
    guess_sheet,
    outline_file,
    read_workbook,
    suggest_columns,
)
from magia_desk.storage.store import Store


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "export.csv"
    path.write_text("Prénom;Nom;Courriel;Société;Remarque\nAnna; Rossi ;anna@x.it;Acme;vip\n;;;;\n"
                    "Jean;Dupont;jean@y.fr;Acme;\n", encoding="utf-8-sig")
    return path


def test_suggestions_read_headers_in_other_languages_and_never_give_a_column_twice() -> None:
    suggested = suggest_columns("Contacts", ["Prénom", "Nom", "Courriel", "Société", "E-mail", "Remarque"])
    assert suggested["Prénom"][0] == "first_name" and suggested["Nom"][0] == "last_name"
    assert suggested["E-mail"] == ("email", 100.0)  # the column's own name wins over a synonym
    assert suggested["Courriel"][0] is None  # email is taken
    assert suggested["Société"][0] == "organization"
    assert guess_sheet(["Prénom", "Nom", "Courriel"]) == "Contacts"
    assert guess_sheet(["Ragione sociale", "Paese", "Tipo"]) == "Organizations"
    assert guess_sheet(["foo", "bar"]) is None


def test_the_outline_gives_headers_samples_and_counts(tmp_path: Path) -> None:
    outline = outline_file(_csv(tmp_path))
    assert not outline.problems and not outline.is_exchange_workbook
    (sheet,) = outline.sheets
    assert (sheet.title, sheet.spec, sheet.header_row, sheet.rows) == ("export", None, 1, 2)
    assert sheet.headers == ["Prénom", "Nom", "Courriel", "Société", "Remarque"]
    assert sheet.samples[0] == ["Anna", "Rossi", "anna@x.it", "Acme", "vip"]
    assert outline_file(tmp_path / "nothing.xlsx").problems


def test_a_mapped_sheet_without_refs_imports_and_reimports_without_duplicates(store: Store, tmp_path: Path) -> None:
    acme = orgs.create_organization(store, {"kind": "sme", "name": "Acme", "country": "IT"})
    mapping = {"export": SheetMapping("Contacts", {"Prénom": "first_name", "Nom": "last_name", "Courriel": "email",
                                                   "Société": "organization", "Remarque": None})}
    rows = read_workbook(_csv(tmp_path), mapping)
    assert not rows.problems and not rows.warnings  # no ref needed; the left-out column is not a warning
    sheet = rows.sheets["Contacts"]
    assert sheet.columns == ["first_name", "last_name", "email", "organization"]
    assert [r for r, _ in sheet.rows] == [2, 4]
    plan = plan_import(store, rows)
    assert plan.ok
    summary = apply_import(store, plan)
    assert summary.sheets["Contacts"].created == 2
    assert sorted(c.first_name for c in orgs.get_organization(store, acme).contacts) == ["Anna", "Jean"]
    again = plan_import(store, _csv(tmp_path), mappings=mapping)  # matched by email this time
    assert [r.candidates[0].reason for r in again.matches] == ["email", "email"]
    assert not apply_import(store, again).changed


def test_mapping_problems_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "one.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Data"
    book.active.append(["Name", "Land", "Art"])
    book.active.append(["Acme", "IT", "sme"])
    book.save(path)
    rows = read_workbook(path, {"Data": SheetMapping("Organizations", {"Name": "name", "Land": "nowhere"}),
                                "Missing": SheetMapping("Contacts")})
    messages = {(p.sheet, p.column, p.message) for p in rows.problems}
    assert ("Organizations", "Land", "is not a column of the Organizations sheet") in messages
    assert ("Missing", None, "no such sheet with data in the file") in messages
    assert ("Organizations", "country", "required column is missing") in messages
    # Without a mapping (the command line) the file is read as before: its headers are not the workbook's.
    assert [p.sheet for p in read_workbook(path).problems] == ["Data"]


def test_count_links_says_what_a_merge_moves(store: Store) -> None:
    cluster = orgs.create_organization(store, {"kind": "cluster", "name": "Cluster", "country": "IT"})
    org = orgs.create_organization(store, {"kind": "sme", "name": "Acme", "country": "IT"}, member_of=[cluster])
    people.create_contact(store, {"first_name": "A", "last_name": "B", "organization_id": org})
    assert count_links(store, "organization", org) == {"contact": 1, "membership": 1}
    assert count_links(store, "organization", cluster) == {"membership": 1}
