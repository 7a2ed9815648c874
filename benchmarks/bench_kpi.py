"""KPI engine at size: ~60k organizations, 1M participations; all indicators of one reporting period.

Goal (domain of the EU report screen): every indicator of a period in under 300 ms.

    .venv/bin/python benchmarks/bench_kpi.py [--data DIR] [--rebuild] [--runs N]

The store is built once under ./bench-data (git-ignored) and reused while its schema is current; it is
rebuilt when the schema moved on (a new migration) or with --rebuild.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from magia_desk.storage import migrate
from magia_desk.storage.base import Record
from magia_desk.storage.bulk import bulk_create
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Contact,
    KpiTarget,
    Meeting,
    Membership,
    Mission,
    Organization,
    Participation,
    ReportingPeriod,
)
from magia_desk.storage.store import Store, open_store

GOAL_MS = 300.0
ORGANIZATIONS = 60_000
CONTACTS = 90_000
ACTIONS = 4_000
PARTICIPATIONS = 1_000_000
AGREEMENTS = 3_000
MEETINGS_PER_MISSION = 15
PROJECT_START = date(2018, 1, 1)
PROJECT_DAYS = 4 * 365

PARTNERS = (
    ("BioPmed", "IT"), ("BioWin", "BE"), ("Life Sciences Nord", "DE"), ("Lyonbiopole", "FR"),
)
EUROPEAN = ("IT", "BE", "DE", "FR", "ES", "NL", "AT", "CH", "GB", "SE", "DK", "PL", "NO", "IE", "PT")
ELSEWHERE = ("US", "CN", "JP", "CA", "KR", "BR", "IN", "IL", "SG")
KINDS = (
    ("sme", 72), ("cluster", 5), ("large_company", 6), ("research", 5), ("hospital", 2), ("public_body", 2),
    ("investor", 2), ("distributor", 3), ("association", 2), ("other", 1),
)
ACTION_TYPES = (
    ("working_group", 8), ("survey", 4), ("training", 14), ("webinar", 22), ("study_visit", 6),
    ("fact_finding_mission", 6), ("trade_show", 8), ("b2b_meetings", 10), ("dissemination_event", 10),
    ("conference", 10), ("other", 2),
)
ROLES = (("attendee", 80), ("speaker", 5), ("delegate", 5), ("respondent", 4), ("exhibitor", 3), ("organiser", 3))
AGREEMENT_TYPES = (
    ("letter_of_intent", 40), ("collaboration_agreement", 15), ("mou", 15), ("partnership_agreement", 10),
    ("distribution", 15), ("other", 5),
)
STAGES = (
    ("identified", 10), ("contacted", 10), ("negotiating", 10), ("draft", 5), ("signed", 35), ("active", 15),
    ("expired", 10), ("dropped", 5),
)


def _picker(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> Callable[[], str]:
    values = [v for v, _ in weighted]
    cumulative: list[float] = []
    total = 0
    for _, weight in weighted:
        total += weight
        cumulative.append(total)
    return lambda: rng.choices(values, cum_weights=cumulative)[0]


def _raw_insert(session: Any, model: type[Record], columns: Sequence[str], rows: list[tuple[Any, ...]]) -> None:
    """Plain executemany without change rows: 1M logged rows would take minutes and the KPI queries never
    read the change log. Secondary indexes are dropped and rebuilt around the load because random UUID keys
    make every row touch a cold index page; CREATE INDEX sorts once instead."""
    connection = session.connection()
    indexes = list(model.__table__.indexes)
    for index in indexes:
        index.drop(connection)
    now = datetime.now(UTC).isoformat(sep=" ")
    # Columns the rows leave out get their model default (JSON lists as '[]'), as bulk_create would give.
    fixed = {"created_at": now, "updated_at": now, "changed_by": None}
    for column in model.__table__.columns:
        if column.key in fixed or column.key in columns or column.key == "id" or column.default is None:
            continue
        value = column.default.arg if column.default.is_scalar else column.default.arg(None)  # type: ignore[operator]
        if isinstance(value, list | dict | str | bool | int | float):
            fixed[column.key] = json.dumps(value) if isinstance(value, list | dict) else value
    names = ("id", *fixed, *columns)
    statement = f"INSERT INTO {model.__tablename__} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
    raw = connection.connection.driver_connection
    rows.sort(key=lambda row: row[0])
    constant = tuple(fixed.values())
    raw.executemany(statement, [(row[0], *constant, *row[1:]) for row in rows])
    for index in indexes:
        index.create(connection)


def build_store(path: Path, seed: int = 7, progress: Callable[[str], None] = print) -> None:
    """A realistic store at size. Skewed on purpose: a few SMEs attend often, many once or never."""
    rng = random.Random(seed)
    kind = _picker(rng, KINDS)
    action_type = _picker(rng, ACTION_TYPES)
    role = _picker(rng, ROLES)
    agreement_type = _picker(rng, AGREEMENT_TYPES)
    stage = _picker(rng, STAGES)

    def country() -> str:
        return rng.choice(EUROPEAN) if rng.random() < 0.8 else rng.choice(ELSEWHERE)

    def deleted(share: float) -> datetime | None:
        return datetime(2022, 1, 1, tzinfo=UTC) if rng.random() < share else None

    def day(offset_max: int = PROJECT_DAYS) -> date:
        return PROJECT_START + timedelta(days=rng.randrange(offset_max))

    started = time.perf_counter()
    with open_store(path, keep_backup=False) as store, store.session() as s:
        partners = bulk_create(
            s, Organization,
            [{"kind": "cluster", "name": n, "country": c, "is_consortium_partner": True} for n, c in PARTNERS],
        )
        org_rows = []
        for i in range(ORGANIZATIONS):
            k = kind()
            org_rows.append(
                {"kind": k, "name": f"{k.title()} {i:05d}", "country": country(), "deleted_at": deleted(0.01),
                 "size_class": "small" if k == "sme" else None}
            )
        orgs = bulk_create(s, Organization, org_rows)
        kinds = [row["kind"] for row in org_rows]
        progress(f"  organizations: {len(orgs):,} ({time.perf_counter() - started:.0f} s)")

        memberships = []
        for org_id in orgs:
            if rng.random() < 0.7:
                chosen = rng.sample(partners, 2 if rng.random() < 0.1 else 1)
                memberships += [(str(uuid.uuid4()), org_id, cluster, None) for cluster in chosen]
        _raw_insert(s, Membership, ("organization_id", "cluster_id", "deleted_at"),
                    [(m[0], m[1], m[2], m[3]) for m in memberships])

        contact_org: list[str | None] = []
        contact_rows = []
        contacts_of: dict[str, list[str]] = {}
        for i in range(CONTACTS):
            org_id = orgs[int(len(orgs) * rng.random() ** 1.5)] if rng.random() < 0.92 else None
            contact_id = str(uuid.uuid4())
            contact_org.append(org_id)
            if org_id:
                contacts_of.setdefault(org_id, []).append(contact_id)
            gone = deleted(0.02)
            contact_rows.append((contact_id, "Ada", f"Person {i:05d}", org_id, country(), "unknown",
                                 gone.isoformat(sep=" ") if gone else None))
        _raw_insert(s, Contact, ("first_name", "last_name", "organization_id", "country", "consent_status",
                                 "deleted_at"), contact_rows)
        contact_ids = [row[0] for row in contact_rows]
        progress(f"  contacts: {len(contact_ids):,} ({time.perf_counter() - started:.0f} s)")

        action_rows = []
        for i in range(ACTIONS):
            t = action_type()
            start = day()
            action_rows.append(
                {"type": t, "title": f"{t.replace('_', ' ').title()} {i:04d}", "start_date": start,
                 "end_date": start + timedelta(days=rng.randrange(4)), "organiser_id": rng.choice(partners),
                 "country": rng.choice(EUROPEAN + ELSEWHERE) if rng.random() < 0.9 else None,
                 "declared_audience": rng.randrange(20, 2000) if rng.random() < 0.4 else None,
                 "deleted_at": deleted(0.01)}
            )
        actions = bulk_create(s, Action, action_rows)
        missions = [(a, row) for a, row in zip(actions, action_rows, strict=True)
                    if row["type"] in ("fact_finding_mission", "trade_show")]
        bulk_create(s, Mission, [{"id": a, "destination_country": row["country"]} for a, row in missions])
        foreign = [o for o, k in zip(orgs, kinds, strict=True) if k in ("sme", "large_company", "distributor",
                                                                        "investor", "cluster")]
        meetings = []
        for mission_id, row in missions:
            for _ in range(MEETINGS_PER_MISSION):
                at = datetime.combine(row["start_date"], datetime.min.time()) + timedelta(
                    days=rng.randrange(4), hours=rng.randrange(8, 18))
                meetings.append({"mission_id": mission_id, "organization_id": rng.choice(foreign), "starts_at": at,
                                 "topic": "Distribution", "deleted_at": deleted(0.02)})
        bulk_create(s, Meeting, meetings)
        progress(f"  actions: {len(actions):,}, missions: {len(missions):,}, meetings: {len(meetings):,}")

        participations = []
        for _ in range(PARTICIPATIONS):
            action_id = actions[rng.randrange(len(actions))]
            shape = rng.random()
            if shape < 0.15:
                contact_id: str | None = contact_ids[rng.randrange(len(contact_ids))]
                org_id: str | None = None
            else:
                org_id = orgs[int(len(orgs) * rng.random() ** 2)]
                people = contacts_of.get(org_id)
                contact_id = rng.choice(people) if people and shape < 0.75 else None
            gone = deleted(0.01)
            participations.append((str(uuid.uuid4()), action_id, org_id, contact_id, role(),
                                   gone.isoformat(sep=" ") if gone else None))
        _raw_insert(s, Participation, ("action_id", "organization_id", "contact_id", "role", "deleted_at"),
                    participations)
        progress(f"  participations: {len(participations):,} ({time.perf_counter() - started:.0f} s)")

        agreement_rows = []
        for i in range(AGREEMENTS):
            st = stage()
            signed = st in ("signed", "active", "expired")
            agreement_rows.append(
                {"type": agreement_type(), "title": f"Agreement {i:04d}", "stage": st,
                 "signed_on": day() if signed else None, "partner_cluster_id": rng.choice(partners),
                 "deleted_at": deleted(0.01)}
            )
        agreements = bulk_create(s, Agreement, agreement_rows)
        parties = []
        for agreement_id, row in zip(agreements, agreement_rows, strict=True):
            parties.append({"agreement_id": agreement_id, "organization_id": row["partner_cluster_id"]})
            for _ in range(rng.randrange(1, 3)):
                parties.append({"agreement_id": agreement_id, "organization_id": rng.choice(orgs)})
        bulk_create(s, AgreementParty, parties)

        periods = bulk_create(s, ReportingPeriod, [
            {"name": "RP1", "start": date(2018, 1, 1), "end": date(2019, 12, 31)},
            {"name": "RP2", "start": date(2020, 1, 1), "end": date(2021, 12, 31)},
        ])
        bulk_create(s, KpiTarget, [
            {"indicator": "smes_reached", "period_id": periods[0], "target": 20_000},
            {"indicator": "actions_held", "period_id": periods[0], "target": 2_000},
            {"indicator": "smes_reached", "period_id": None, "target": 35_000},
            {"indicator": "smes_reached", "period_id": periods[0], "partner_cluster_id": partners[0], "target": 5_000},
        ])
    # No ANALYZE: real stores are never analysed, and the engine must plan well without statistics.
    progress(f"  built in {time.perf_counter() - started:.0f} s")


def _schema_is_current(path: Path) -> bool:
    from sqlalchemy import create_engine

    engine = create_engine(f"sqlite:///{path}")
    try:
        return migrate.current_revision(engine) == migrate.head_revision()
    finally:
        engine.dispose()


def ensure_store(data_dir: Path, rebuild: bool = False) -> Path:
    path = data_dir / f"kpi-{PARTICIPATIONS // 1000}k.sqlite"
    if path.exists() and (rebuild or not _schema_is_current(path)):
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        print(f"building {path} (once; reused afterwards)")
        # Built under another name and renamed at the end, so an interrupted build is never reused.
        partial = path.with_name(path.stem + ".partial.sqlite")
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{partial}{suffix}").unlink(missing_ok=True)
        build_store(partial)
        partial.rename(path)
        Path(f"{partial}.lock").unlink(missing_ok=True)
    return path


@dataclass(frozen=True)
class Timing:
    wall_ms: float  # median elapsed time: what the goal is about
    cpu_ms: float  # median CPU time of this process: tells a busy machine from slow SQL

    def line(self, label: str, goal: float | None = None) -> str:
        ratio = f" (goal {goal:.0f} ms, {self.wall_ms / goal:.2f}x)" if goal else ""
        return f"{label}: {self.wall_ms:,.0f} ms{ratio}; cpu {self.cpu_ms:,.0f} ms"


def _median(func: Callable[[], object], runs: int) -> Timing:
    func()  # warm the page cache and the statement cache, as a dashboard refresh finds them
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        func()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus))


def run(store: Store, runs: int) -> None:
    from magia_desk.services.kpi import compute_kpis, drill_down, resolve_period

    period = resolve_period(store, name="RP1")
    size = f"{PARTICIPATIONS:,} participations"
    print(_median(lambda: compute_kpis(store, period), runs).line(f"kpi all indicators, {size}", GOAL_MS))
    print(_median(lambda: compute_kpis(store, period, cumulative=True), runs).line(
        f"kpi all indicators + cumulative, {size}"))
    # Breakdowns and lists are not under the goal (they walk every participation of the period): fewer runs.
    for by in ("cluster", "country", "type"):
        print(_median(lambda by=by: compute_kpis(store, period, by=by), max(1, runs // 3)).line(
            f"kpi all indicators by {by}, {size}"))
    for indicator in ("smes_reached", "participants"):
        print(_median(lambda indicator=indicator: drill_down(store, indicator, period), 1).line(
            f"kpi drill-down {indicator}, {size}"))
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"(load average {load:.1f} on {os.cpu_count()} CPUs: wall times far above cpu mean a busy machine)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("bench-data"), help="cache directory for the store")
    parser.add_argument("--rebuild", action="store_true", help="build the store again")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    path = ensure_store(args.data, args.rebuild)
    with open_store(path, keep_backup=False) as store:  # no daily automatic backup of 800 MB per run
        run(store, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
