"""`subject-access`, `erase`, `retention`, `audit`: exit codes, files, and refusals that change nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from magia_desk.cli.main import run_cli
from magia_desk.services import contacts, officers
from magia_desk.storage.models import Change
from magia_desk.storage.store import open_store


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.sqlite"
    with open_store(path, keep_backup=False) as store:
        anna = officers.create_officer(store, "Anna Torino")
        officers.switch_officer(store, anna)
        contacts.create_contact(store, {"first_name": "Zoë", "last_name": "Lefèvre-Cli7", "email": "zoe.cli7@x.org"})
        old = contacts.create_contact(store, {"first_name": "Old", "last_name": "Timer"})
        with store.session() as session:  # as if written ten years ago
            session.execute(update(Change).where(Change.record_id == old).values(at=datetime(2015, 1, 1, tzinfo=UTC)))
    return path


def run(db: Path, *argv: str) -> int:
    return run_cli(["--db", str(db), *argv])


def test_subject_access_writes_json_and_text(db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "subject-access", "zoe.cli7@x.org", "--out", str(tmp_path / "zoe")) == 0
    out = capsys.readouterr().out.split()
    assert out == [str(tmp_path / "zoe.json"), str(tmp_path / "zoe.txt")]
    assert json.loads((tmp_path / "zoe.json").read_text(encoding="utf-8"))["person"]["last_name"] == "Lefèvre-Cli7"
    assert run(db, "subject-access", "nobody", "--out", str(tmp_path / "x")) == 1
    assert "No contact matches" in capsys.readouterr().err


def test_erase_needs_confirmation_then_erases(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "erase", "Lefèvre-Cli7") == 1  # no terminal to confirm on, no --yes
    assert "--yes" in capsys.readouterr().err
    assert b"Cli7" in db.read_bytes()
    assert run(db, "erase", "Lefèvre-Cli7", "--yes") == 0
    assert "erased:" in capsys.readouterr().out
    assert b"Cli7" not in b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))


def test_retention_lists_contacts_without_recent_activity(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "retention", "--years", "5", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(c["name"], c["last_activity"]) for c in listed] == [("Old Timer", "2015-01-01")]
    assert run(db, "retention", "--years", "20") == 0
    assert "0 contacts" in capsys.readouterr().out


def test_audit_by_record_officer_and_as_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(db, "audit", "--officer", "anna torino", "--json") == 0
    entries = json.loads(capsys.readouterr().out)
    assert {e["officer"] for e in entries} == {"Anna Torino"} and len(entries) == 2
    record = entries[-1]["record_id"]
    assert run(db, "audit", "--record", record) == 0
    assert "create" in capsys.readouterr().out
    assert run(db, "audit", "--officer", "Nobody") == 1
    assert "Anna Torino" in capsys.readouterr().err  # the refusal lists who exists
    with pytest.raises(SystemExit) as usage:
        run(db, "audit", "--op", "frobnicate")
    assert usage.value.code == 2
