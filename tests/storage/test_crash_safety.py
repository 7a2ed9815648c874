"""A process killed with SIGKILL in the middle of writing leaves the store opening clean, every acknowledged commit
present and no transaction half done.

A child process writes in a loop and prints "ack <tag>" after each commit returns; the parent kills it (SIGKILL)
after a random delay, then opens the store, runs integrity checks, and checks that every acknowledged tag is
there in full and that every transaction, acknowledged or not, is all or nothing (each writes its rows under one
tag: per tag, either all of its rows or none). Three workloads, each in its own thread with its own store, several
kills each on the same store (so later rounds also write to a store recovered from a crash):
- bulk:  storage.bulk.bulk_create of 20,000 rows (note rows: an import-like bulk write) in one transaction;
- edits: many small edits through the services (a contact created, an organization edited, one transaction each);
- merge: a merge-like transaction over four tables (new winner, contacts re-pointed, participations, loser
         tombstoned with op "merge").
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from magia_desk.services import organizations
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import Action, Contact, Organization
from magia_desk.storage.store import open_store

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

ROOT = Path(__file__).resolve().parents[2]
BULK_ROWS = 20_000
MERGE_CONTACTS = 5  # contacts re-pointed per merge
MERGE_PARTICIPATIONS = 3

CHILD = r"""
import sys
from sqlalchemy import select
from magia_desk.storage.store import open_store

mode, path, arg, round_no = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
store = open_store(path, keep_backup=False)
print("ready", flush=True)
n = 0
if mode == "bulk":
    from datetime import date
    from magia_desk.storage.bulk import bulk_create
    from magia_desk.storage.models import Note
    while True:
        tag = f"bulk-{round_no}-{n}"
        with store.session() as session:
            bulk_create(session, Note, ({"record_type": "organization", "record_id": "bulk", "date": date(2020, 1, 1),
                                         "kind": "remark", "text": tag} for _ in range(20000)))
        print(f"ack {tag}", flush=True)
        n += 1
elif mode == "edits":
    from magia_desk.services import contacts, organizations
    while True:
        tag = f"edit-{round_no}-{n}"
        contacts.create_contact(store, {"first_name": "Edit", "last_name": tag, "job_title": tag})
        print(f"ack c {tag}", flush=True)
        organizations.update_organization(store, arg, {"notes": tag})
        print(f"ack u {tag}", flush=True)
        n += 1
else:
    from magia_desk.storage.base import utcnow
    from magia_desk.storage.models import Contact, Organization, Participation
    while True:
        tag = f"merge-{round_no}-{n}"
        with store.session() as session:
            loser = session.scalars(select(Organization).where(
                Organization.name.like("Loser %"), Organization.merged_into_id.is_(None)).limit(1)).first()
            people = session.scalars(select(Contact).where(Contact.job_title.is_(None)).limit(5)).all()
            if loser is None or len(people) < 5:
                print("exhausted", flush=True)
                break
            winner = Organization(kind="sme", name=f"Winner {tag}", notes=tag)
            session.add(winner)
            session.flush()
            for person in people:
                person.organization_id = winner.id
                person.job_title = tag
            for _ in range(3):
                session.add(Participation(action_id=arg, organization_id=winner.id, role="attendee"))
            session.info[("op", loser.id)] = "merge"
            loser.merged_into_id = winner.id
            loser.deleted_at = utcnow()
        print(f"ack {tag}", flush=True)
        n += 1
"""


def run_and_kill(mode: str, path: Path, arg: str, round_no: int, delay: float) -> list[str]:
    """Start the child, kill it `delay` seconds after it opened the store; the tags it acknowledged."""
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(path), arg, str(round_no)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT, env=env,
    )
    assert child.stdout is not None
    first = child.stdout.readline()
    assert first.strip() == "ready", child.stderr.read() if child.stderr else first
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    out, err = child.communicate(timeout=30)
    if child.returncode != -signal.SIGKILL:  # it must still have been writing: a child that stopped on its own
        raise AssertionError(f"{mode} child ended by itself ({child.returncode}): {err[-2000:]}")
    return [line[len("ack "):] for line in out.splitlines() if line.startswith("ack ")]


def reopened_checks(path: Path) -> None:
    """The store opens as usual (header, quick_check, lock, schema) and every integrity check passes."""
    with open_store(path, keep_backup=False) as store, store.engine.begin() as con:
        assert con.exec_driver_sql("PRAGMA integrity_check").scalars().all() == ["ok"]
        for table in ("organization", "contact"):
            con.exec_driver_sql(f"INSERT INTO {table}_fts({table}_fts) VALUES('integrity-check')")
            live = con.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").scalar()
            assert con.exec_driver_sql(f"SELECT count(*) FROM {table}_fts").scalar() == live
        # Every record row came with its create entry in the change log, in the same transaction.
        for table in ("organization", "contact", "note", "participation"):
            rows = con.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar()
            logged = con.exec_driver_sql(
                f"SELECT count(DISTINCT record_id) FROM change WHERE table_name = '{table}' AND op = 'create'"
            ).scalar()
            assert rows == logged, table


def check_bulk(path: Path, acked: set[str]) -> None:
    with open_store(path, keep_backup=False) as store, store.engine.connect() as con:
        counts = dict(con.exec_driver_sql("SELECT text, count(*) FROM note GROUP BY text").all())
    assert set(counts.values()) <= {BULK_ROWS}, counts  # never a part of a transaction
    assert acked <= set(counts), acked - set(counts)


def check_edits(path: Path, org_id: str, acked: list[str], before: str | None) -> str | None:
    """Checks of one round of edits; `before` is the organization's notes when the round started."""
    with open_store(path, keep_backup=False) as store, store.engine.connect() as con:
        tags = con.exec_driver_sql("SELECT job_title FROM contact WHERE first_name = 'Edit'").scalars().all()
        notes = con.exec_driver_sql("SELECT notes FROM organization WHERE id = ?", (org_id,)).scalar()
        last_logged = con.exec_driver_sql(
            "SELECT new_value FROM change WHERE record_id = ? AND field = 'notes' ORDER BY seq DESC LIMIT 1", (org_id,)
        ).scalar()
    assert len(tags) == len(set(tags))
    created = {a.split(" ", 1)[1] for a in acked if a.startswith("c ")}
    assert created <= set(tags), created - set(tags)
    # the value and its change-log entry were written in one transaction
    assert (json.loads(last_logged) if last_logged else None) == notes
    # Each step is: create (ack "c T"), then edit (ack "u T"). After a kill the organization holds the last
    # acknowledged edit, or, when the last ack was a create, possibly the edit after it (committed, not acked).
    last = acked[-1] if acked else None
    if last is None:
        allowed = {before}
    elif last.startswith("u "):
        allowed = {last[2:]}
    else:
        edits = [a[2:] for a in acked if a.startswith("u ")]
        allowed = {last[2:], edits[-1] if edits else before}
    assert notes in allowed, (notes, allowed)
    return notes


def check_merge(path: Path, acked: set[str]) -> None:
    with open_store(path, keep_backup=False) as store, store.engine.connect() as con:
        winners = dict(
            con.exec_driver_sql("SELECT id, notes FROM organization WHERE name LIKE 'Winner %'").all()
        )
        people = con.exec_driver_sql(
            "SELECT job_title, organization_id, count(*) FROM contact WHERE job_title IS NOT NULL "
            "GROUP BY job_title, organization_id").all()
        parts = dict(con.exec_driver_sql(
            "SELECT organization_id, count(*) FROM participation GROUP BY organization_id").all())
        losers = dict(con.exec_driver_sql(
            "SELECT merged_into_id, count(*) FROM organization WHERE merged_into_id IS NOT NULL "
            "AND deleted_at IS NOT NULL GROUP BY merged_into_id").all())
        merge_ops = con.exec_driver_sql("SELECT count(*) FROM change WHERE op = 'merge'").scalar()
    assert acked <= set(winners.values())
    for winner_id in winners:
        assert parts.get(winner_id) == MERGE_PARTICIPATIONS and losers.get(winner_id) == 1
    assert {(tag, org) for tag, org, _ in people} == {(tag, wid) for wid, tag in winners.items()}
    assert all(count == MERGE_CONTACTS for _, _, count in people)
    assert set(parts) == set(winners) and set(losers) == set(winners)
    assert merge_ops == 2 * len(winners)  # merged_into_id and deleted_at of each loser, logged with it


def prepare(path: Path, mode: str) -> str:
    """A new store for one workload; the argument its child needs (the organization, the action). Run in the main
    thread: Alembic's migration context is process-global, so stores are not created in parallel threads."""
    with open_store(path, keep_backup=False) as store:
        if mode == "edits":
            return organizations.create_organization(store, {"kind": "sme", "name": "Edited Org"})
        if mode == "merge":
            with store.session() as session:
                action = Action(type="webinar", title="Merge target", start_date=date(2020, 1, 1))
                session.add(action)
                session.flush()
                bulk_create(session, Organization, ({"kind": "sme", "name": f"Loser {i}"} for i in range(400)))
                bulk_create(session, Contact, ({"first_name": "P", "last_name": f"{i}"} for i in range(2000)))
                return action.id
    return "-"


def scenario(path: Path, mode: str, arg: str, rounds: int, delays: Callable[[random.Random], float], seed: int,
             errors: list[BaseException]) -> None:
    try:
        rng = random.Random(seed)
        acked_all: list[str] = []
        notes: str | None = None
        for round_no in range(rounds):
            acked = run_and_kill(mode, path, arg, round_no, delays(rng))
            acked_all += acked
            reopened_checks(path)
            if mode == "bulk":
                check_bulk(path, set(acked_all))
            elif mode == "edits":
                notes = check_edits(path, arg, acked, notes)
            else:
                check_merge(path, set(acked_all))
    except BaseException as exc:
        errors.append(exc)


def test_kill_9_at_random_moments_leaves_every_commit_whole(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    plans = [
        # A 20k-row transaction takes a few seconds: one kill early in the first, one later, one around its commit.
        ("bulk", 3, lambda rng: rng.choice([rng.uniform(0.2, 1.2), rng.uniform(1.2, 2.6), rng.uniform(2.6, 4.0)]), 1),
        ("edits", 4, lambda rng: rng.uniform(0.05, 1.2), 2),
        ("merge", 4, lambda rng: rng.uniform(0.05, 1.2), 3),
    ]
    threads = []
    for mode, rounds, delays, seed in plans:
        path = tmp_path / f"{mode}.sqlite"
        arg = prepare(path, mode)
        threads.append(threading.Thread(target=scenario, args=(path, mode, arg, rounds, delays, seed, errors)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if errors:
        raise errors[0]
