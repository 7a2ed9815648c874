"""What the generator's steps share: seeded randomness and ids, the writer, and the references later steps need.

Every random choice comes from `Context.rng(stream)`, a `random.Random` seeded from the seed and a stream
name, so that one step drawing more numbers does not shift the data of the others; ids come from their own
seeded stream. Nothing here reads the clock: the same seed and scale give the same rows, ids and creation
times (only `updated_at` and the change log, stamped by storage.bulk, carry the time of writing).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from magia_desk.services.common import Progress, report
from magia_desk.storage.base import Record
from magia_desk.storage.bulk import bulk_create

# RFC 4122 version 4: version nibble 0100, variant bits 10 (what uuid.UUID(..., version=4) sets).
_UUID_CLEAR = ~((0xF000 << 64) | (0xC000 << 48)) & ((1 << 128) - 1)
_UUID_SET = (0x4000 << 64) | (0x8000 << 48)


@dataclass(slots=True)
class OrgRef:
    """What later steps need to know of an organisation (kept only for those that take part in something)."""

    id: str
    name: str
    kind: str
    country: str
    city: str
    partner: str | None = None  # key of the partner cluster it belongs to
    contacts: list[str] = field(default_factory=list)
    weight: float = 1.0  # how keen it is to take part (SMEs: a few attend much, most a little)
    theme: str = ""


class Writer:
    """Bulk inserts inside the one transaction, stamped with the officer who 'made' them, with progress."""

    def __init__(self, session: Session, progress: Progress | None, total: int) -> None:
        self.session = session
        self.progress = progress
        self.total = max(total, 1)
        self.done = 0
        self.counts: Counter[str] = Counter()

    def write(self, model: type[Record], rows: Iterable[dict[str, Any]], officer: str | None = None) -> int:
        # bulk_create stamps changed_by (and the change log) from the session's officer: switch it per batch so
        # that each partner's officer appears as the author of that partner's records.
        info = self.session.info
        saved = info.get("officer_id")
        info["officer_id"] = officer
        try:
            written = len(bulk_create(self.session, model, _same_columns(rows)))
        finally:
            info["officer_id"] = saved
        self.counts[model.__tablename__] += written
        self.done += written
        if self.done >= self.total:  # the estimate was low: keep the bar short of full until the end
            self.total = self.done + 1
        report(self.progress, self.done, self.total)
        return written

    def write_by_officer(self, model: type[Record], pairs: Iterable[tuple[str | None, dict[str, Any]]]) -> None:
        groups: dict[str | None, list[dict[str, Any]]] = {}
        for officer, row in pairs:
            groups.setdefault(officer, []).append(row)
        for officer, rows in groups.items():
            self.write(model, rows, officer)

    def finish(self) -> None:
        report(self.progress, self.total, self.total)


def _same_columns(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """executemany takes its columns from the first row and would silently drop a column only later rows have."""
    columns = None
    for row in rows:
        if columns is None:
            columns = row.keys()
        elif row.keys() != columns:
            raise ValueError(f"demo rows differ in columns: {sorted(columns ^ row.keys())}")
        yield row


class Context:
    def __init__(self, seed: int, scale: int, writer: Writer) -> None:
        self.seed = seed
        self.scale = scale
        self.writer = writer
        self._ids = random.Random(f"magia-demo/{seed}/ids")
        self.partners: dict[str, OrgRef] = {}
        self.officers: dict[str, str] = {}  # partner key -> officer id
        self.officer_contacts: dict[str, str] = {}  # partner key -> the officer's own contact record
        self.refs: dict[str, OrgRef] = {}  # catalogue key -> organisation
        self.clusters: list[OrgRef] = []  # European clusters that are not partners
        self.reached: dict[str, list[OrgRef]] = {}  # partner key -> member SMEs chosen to take part in actions
        self.hosts: dict[str, list[OrgRef]] = {}  # partner key -> a few member SMEs that only host (organiser)
        self.foreign_smes: list[OrgRef] = []
        self.names: set[str] = set()
        self.domains: set[str] = set()

    def rng(self, stream: str) -> random.Random:
        return random.Random(f"magia-demo/{self.seed}/{stream}")

    def new_id(self) -> str:
        """A version-4 UUID from the seeded stream: the same text as str(uuid.UUID(int=bits, version=4)),
        built directly because it runs for every one of the ~700k rows of scale 100."""
        bits = (self._ids.getrandbits(128) & _UUID_CLEAR) | _UUID_SET
        text = f"{bits:032x}"
        return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"

    def officer_of(self, partner: str | None) -> str | None:
        return self.officers.get(partner or "")

    @property
    def growth(self) -> float:
        """How much participation grows with the scale: moderately (x10 at scale 100), not like the companies."""
        return float(self.scale) ** 0.5


def stamp(rng: random.Random, day: date) -> datetime:
    """A working-hours UTC time on that day: the fixed created_at of a demo record."""
    return datetime(day.year, day.month, day.day, tzinfo=UTC) + timedelta(seconds=rng.randrange(7 * 3600, 18 * 3600))


def day_between(rng: random.Random, first: date, last: date) -> date:
    return date.fromordinal(rng.randint(first.toordinal(), last.toordinal()))
