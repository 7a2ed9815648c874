"""`template`, `export`, `import [--dry-run]` as scripts use them: exit codes, problems on stderr as
`Sheet!Column Row: value: message`, nothing written on a refusal, the summary and the decisions on stdout."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from magia_desk.cli.main import run_cli
from magia_desk.services import organizations
from magia_desk.storage.store import open_store
from tests.services.exchange.conftest import build_sample_store, change_count, live_counts, snapshot


def _workbook(path: Path, rows: list[list[object]], sheet: str = "Organizations") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_template_needs_no_store_and_imports_as_it_is(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    assert run_cli(["--db", str(db), "template", str(tmp_path / "t.xlsx")]) == 0
    assert not db.exists()
    assert openpyxl.load_workbook(tmp_path / "t.xlsx").sheetnames[0] == "Organizations"
    assert run_cli(["--db", str(db), "import", str(tmp_path / "t.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Organizations              2         0         0         0" in out
    assert run_cli(["--db", str(db), "template", str(tmp_path / "no" / "such" / "t.xlsx")]) == 1
    assert "the folder" in capsys.readouterr().err


def test_export_and_import_round_trip_through_the_command_line(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, copy = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    with open_store(source) as store:
        build_sample_store(store)
        expected = snapshot(store)
    assert run_cli(["--db", str(source), "export", str(tmp_path / "all.xlsx")]) == 0
    assert "Organizations              5" in capsys.readouterr().out
    assert run_cli(["--db", str(copy), "import", str(tmp_path / "all.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "officer created: Anna Bianchi" in out
    with open_store(copy) as store:
        assert snapshot(store) == expected
        before = change_count(store)
    assert run_cli(["--db", str(copy), "import", str(tmp_path / "all.xlsx")]) == 0
    out = capsys.readouterr().out
    assert "Organizations              0         0         5         0" in out
    assert "rows matched the records of an earlier import by their ref" in out
    with open_store(copy) as store:
        assert change_count(store) == before


def test_problems_are_printed_one_per_line_and_nothing_is_written(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "Kept", "country": "IT"})
        before, counts = change_count(store), live_counts(store)
    path = _workbook(tmp_path / "bad.xlsx", [
        ["ref", "name", "kind", "country", "employees"],
        ["o1", "Good One", "sme", "IT", 3],
        ["o2", "Bad One", "spaceship", "Narnia", -4],
        ["o3", None, "sme", "IT", None],
    ])
    assert run_cli(["--db", str(db), "import", str(path)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[:4] == [
        "Organizations!kind 3: spaceship: 'spaceship' is not one of: sme, large_company, cluster, research, hospital, "
        "public_body, investor, distributor, association, other",
        "Organizations!country 3: Narnia: 'Narnia' is not a known country (use an ISO code such as IT or a name)",
        "Organizations!employees 3: -4: must be at least 0",
        "Organizations!name 4: : is required",
    ]
    assert err[4] == f"magia-desk: 4 problems in {path}; nothing was written"
    with open_store(db) as store:
        assert change_count(store) == before and live_counts(store) == counts


def test_dry_run_lists_what_would_happen_and_writes_nothing(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "Nanotech Innovations Torino S.r.l.",
                                                  "country": "IT", "vat_number": "IT01234567890"})
        before = change_count(store)
    path = _workbook(tmp_path / "orgs.xlsx", [
        ["ref", "name", "kind", "country", "vat_number"],
        ["n1", "Nanotech Innovation Torino", "sme", "IT", None],
        ["n2", "Other Name", "sme", "IT", "IT 01234567890"],
        ["n3", "Nanotec Innovazioni Torino", "sme", "IT", None],
    ])
    assert run_cli(["--db", str(db), "import", "--dry-run", str(path)]) == 0
    out = capsys.readouterr().out
    assert "dry run: nothing was written" in out
    assert "Organizations              3         2         1         0" in out
    # The VAT number is stronger evidence than a similar name: row 3 takes the stored record, row 2 is new.
    assert ("Organizations row 2 'Nanotech Innovation Torino': new record (Nanotech Innovations Torino "
            "S.r.l. (IT) (similar name (98%)) is taken by row 3)") in out
    assert ("Organizations row 3 'Other Name': same record as Nanotech Innovations Torino S.r.l. (IT) "
            "(same VAT number)") in out
    assert ("Organizations row 4 'Nanotec Innovazioni Torino': new record (Nanotech Innovations "
            "Torino S.r.l. (IT) is only 91% similar)") in out
    with open_store(db) as store:
        assert change_count(store) == before
    assert run_cli(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Organizations              2         1         0         0" in out
    assert "duplicate decisions:" in out


def test_a_csv_of_contacts_with_semicolons_and_an_unreadable_file(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.sqlite"
    path = tmp_path / "people.csv"
    path.write_bytes("ref;Prénom;first name;Last Name;email\nc1;x;Zoë;Durand;zoe@example.fr\n".encode("cp1252"))
    assert run_cli(["--db", str(db), "import", str(path)]) == 0
    captured = capsys.readouterr()
    assert "warning: Contacts!Prénom 1: : unknown column; ignored" in captured.err
    assert "Contacts                   1" in captured.out
    assert "Participations" not in captured.out  # only the sheets of the file are summed up
    assert run_cli(["--db", str(db), "import", str(tmp_path / "nothing.xlsx")]) == 1
    assert "nothing.xlsx: : cannot be read as a spreadsheet" in capsys.readouterr().err
