"""Backups: automatic on open and daily, rotation, listing, manual backups, restore keeping what it replaces."""

from __future__ import annotations

import json
import logging
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from magia_desk.cli.main import run_cli
from magia_desk.domain.errors import MagiaError
from magia_desk.services import backup, organizations
from magia_desk.storage.store import Store, open_store


def add_org(store: Store, name: str) -> str:
    return organizations.create_organization(store, {"kind": "sme", "name": name, "country": "IT"})


def names_in(backup_file: Path, tmp_path: Path) -> list[str]:
    """Organization names held by a backup (a .magiabackup zip or a bare store copy)."""
    store_file = backup_file
    if backup_file.suffix == ".magiabackup":
        with zipfile.ZipFile(backup_file) as archive:
            store_file = Path(archive.extract("store.sqlite", tmp_path / "extracted"))
    with sqlite3.connect(store_file) as con:
        return sorted(r[0] for r in con.execute("SELECT name FROM organization"))


def test_opening_a_changed_store_makes_one_automatic_backup_a_day(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path) as store:
        add_org(store, "Kept in backup")
    open_store(store_path).close()
    open_store(store_path).close()  # the same day, nothing changed since: no second one
    [auto] = backup.list_backups(store_path)
    assert auto.kind == "auto" and auto.path.name.startswith("magia-auto-") and auto.size == auto.path.stat().st_size
    assert names_in(auto.path, tmp_path) == ["Kept in backup"]
    assert abs(auto.created - datetime.now().astimezone()) < timedelta(minutes=5)


def test_backup_if_due_backs_up_changes_once_a_day(store: Store, tmp_path: Path) -> None:
    today = datetime.now().astimezone()
    assert backup.backup_if_due(store, today) is None  # a new, empty store: nothing to lose
    add_org(store, "First")
    first = backup.backup_if_due(store, today)
    assert first is not None and names_in(first, tmp_path) == ["First"]
    assert backup.backup_if_due(store, today) is None
    add_org(store, "Second")
    assert backup.backup_if_due(store, today + timedelta(hours=1)) is None  # today's backup exists
    second = backup.backup_if_due(store, today + timedelta(days=1))
    assert second is not None and names_in(second, tmp_path / "b") == ["First", "Second"]
    assert [b.kind for b in backup.list_backups(store.path)] == ["auto", "auto"]


def make(folder: Path, name: str, size: int = 10) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(b"x" * size)
    return path


def test_rotation_keeps_seven_daily_and_four_weekly_automatic_backups_only(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    now = datetime(2026, 3, 31, 12).astimezone()
    for day in range(60):
        moment = now - timedelta(days=day, hours=2)
        make(folder, f"magia-auto-{moment:%Y%m%d-%H%M%S}.magiabackup")
    others = [
        make(folder, "magia-20250101-100000.magiabackup"),  # manual
        make(folder, "magia.before-0002_search_index.20250101-100000.sqlite"),
        make(folder, "magia-before-restore-20250101-100000.sqlite"),
        make(folder, "magia-before-encrypt-20250101-100000.sqlite"),
        make(folder, "other-auto-20250101-100000.magiabackup"),  # another store's, in the same folder
        make(folder, "other-auto-20250102-100000.magiabackup"),
    ]
    removed = backup.rotate_backups(folder, now, stem="magia")
    assert len(removed) == 60 - 11
    kept = sorted(p.name[len("magia-auto-"):len("magia-auto-") + 8] for p in folder.glob("magia-auto-*"))
    assert kept == ["20260301", "20260308", "20260315", "20260322"] + [f"202603{d}" for d in range(25, 32)]
    assert all(p.exists() for p in others)
    assert backup.rotate_backups(folder, now) == []  # all stores: "other" has two, both kept
    assert backup.rotate_backups(tmp_path / "nowhere", now) == []


def test_list_backups_names_kind_date_and_size_newest_first(store_path: Path) -> None:
    folder = store_path.parent / "backups"
    make(folder, "magia-auto-20260301-080000.magiabackup", 5)
    make(folder, "magia-auto-20260301-080000-2.magiabackup", 6)  # two within a second
    make(folder, "magia-20260302-090000.magiabackup", 7)
    make(folder, "magia.before-0002_search_index.20260303-100000.sqlite", 8)
    make(folder, "magia-before-restore-20260304-110000.sqlite", 9)
    make(folder, "magia-before-decrypt-20260305-120000.sqlite", 10)
    make(folder, "magia-auto-20260306-130000.magiabackup.part")  # being written
    make(folder, "magiaother-20260307-140000.magiabackup")  # another store
    make(folder, "notes.txt")
    found = backup.list_backups(store_path)
    assert [(b.kind, b.size) for b in found] == [
        ("conversion", 10), ("restore", 9), ("migration", 8), ("manual", 7), ("auto", 6), ("auto", 5)
    ]
    assert found[0].created == datetime(2026, 3, 5, 12).astimezone()
    assert backup.list_backups(store_path.parent / "none.sqlite") == []


def test_two_manual_backups_in_one_second_get_distinct_names(store: Store) -> None:
    add_org(store, "A")
    first, second = backup.backup_store(store), backup.backup_store(store)
    assert first != second and first.exists() and second.exists()
    assert [b.kind for b in backup.list_backups(store.path)] == ["manual", "manual"]


def test_restore_keeps_what_it_replaces(store_path: Path, tmp_path: Path) -> None:
    with open_store(store_path, keep_backup=False) as store:
        add_org(store, "Before")
        saved = backup.backup_store(store)
        add_org(store, "After")
    result = backup.restore_store(store_path, saved)
    assert result.previous_kept_at is not None
    assert names_in(result.previous_kept_at, tmp_path) == ["After", "Before"]
    assert backup.list_backups(store_path)[0].kind == "restore"
    with open_store(store_path, keep_backup=False) as store:
        assert organizations.count_organizations(store) == 1


def test_delete_backup_removes_only_backups_of_the_store(store: Store, tmp_path: Path) -> None:
    add_org(store, "A")
    made = backup.backup_store(store)
    stranger = make(tmp_path, "precious.txt")
    with pytest.raises(MagiaError, match="not a backup"):
        backup.delete_backup(store.path, stranger)
    backup.delete_backup(store.path, made)
    assert backup.list_backups(store.path) == [] and stranger.exists()


def test_a_failing_automatic_backup_does_not_keep_the_officer_from_the_data(
    store_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with open_store(store_path) as store:
        add_org(store, "A")
    (store_path.parent / "backups").write_text("a file where the folder should be")
    with caplog.at_level(logging.WARNING), open_store(store_path) as store:
        assert organizations.count_organizations(store) == 1
    assert "automatic backup" in caplog.text


def test_cli_backup_list(store_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_store(store_path) as store:
        add_org(store, "A")
        backup.backup_store(store)
    assert run_cli(["--db", str(store_path), "backup", "--list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["kind"] for b in listed] == ["manual"] and listed[0]["size"] > 0
    assert run_cli(["--db", str(store_path), "backup", "--list"]) == 0
    assert "manual" in capsys.readouterr().out
