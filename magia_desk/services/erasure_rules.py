"""What erasing a person leaves behind: the rules that a local erasure and sync's replay of it share.

A GDPR erasure (services/gdpr.py, `erase_contact`) and a store that learns of one through sync
(services/sync/erasure.py) must leave the same bytes, so both take their rules from here:
- which contact fields are personal, and the values an erased contact holds instead (ERASED_CONTACT);
- the records attached to a person (notes and documents on the contact, import refs) and the one personal field
  each holds (ATTACHED_FIELD), and the journals of merges that kept the person (exchange.merge.redact_journal);
- how a logged value of an erased record loses its personal data (`scrub_field`, `rewrite_log`);
- how mentions of the person elsewhere are redacted: in free text (`redact_free_text`), in every change-log
  value (`redact_history`) and in the sync engine's conflicts (`erase_sync_copies`).

This module imports neither services.gdpr nor services.sync: both import it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import column as sql_column
from sqlalchemy import func, inspect, or_, select, table, update
from sqlalchemy.orm import InstrumentedAttribute, Session

from magia_desk.services.exchange.merge import redact_journal
from magia_desk.storage.changelog import encode_value
from magia_desk.storage.lists import CHUNK, among
from magia_desk.storage.models import (
    Action,
    Agreement,
    Change,
    Contact,
    ItineraryItem,
    Meeting,
    Note,
    Organization,
    Task,
)

# Contact fields that identify or describe the person. Kept on erasure: organization (a participation of a
# contact counts for its organization), gender (EU gender statistics of an anonymous row), consent status.
PERSONAL_FIELDS = frozenset({
    "first_name", "last_name", "job_title", "email", "phone", "languages", "country", "city", "consent_date",
    "consent_source", "notes",
})
ERASED_FIRST_NAME = "Erased"
ERASED_LAST_NAME = "person"
REDACTED = "[erased]"
# What an erased contact holds, whatever changes of these fields say.
ERASED_CONTACT: dict[str, Any] = {
    **dict.fromkeys(PERSONAL_FIELDS), "first_name": ERASED_FIRST_NAME, "last_name": ERASED_LAST_NAME,
    "languages": [], "consent_status": "withdrawn",
}
# Records attached to a person: their one personal field, REDACTED once the person is erased.
ATTACHED_FIELD = {"note": "text", "document": "original_name", "external_ref": "ref"}
DELETED_WITH_PERSON = frozenset({"document", "external_ref"})

PERSON, ATTACHED, JOURNAL = "person", "attached", "journal"

# Free text anywhere that may mention a person by name: redacted on erasure, listed in subject access.
FREE_TEXT: tuple[InstrumentedAttribute[Any], ...] = (
    Note.text, Task.title, Meeting.topic, Meeting.outcome, Organization.notes, Contact.notes, Agreement.notes,
    Action.description, ItineraryItem.notes, ItineraryItem.title,
)


@dataclass(frozen=True)
class Erased:
    """Why a record's personal values are gone: it is the person, attached to them, or a journal keeping them."""

    role: str  # person, attached, journal
    person: str  # the erased contact's id
    erased_at: str | None = None  # the tombstone's value (JSON text), for the fields it sets


# ---- values of an erased record ------------------------------------------------------------------------------

def _personal(table_name: str, erased: Erased) -> frozenset[str]:
    if erased.role == PERSON:
        return PERSONAL_FIELDS
    if erased.role == ATTACHED:
        return frozenset({ATTACHED_FIELD[table_name]})
    return frozenset({"text"})


def _erased_value(erased: Erased, name: str) -> Any:
    return ERASED_CONTACT[name] if erased.role == PERSON else REDACTED


def scrub_field(table_name: str, erased: Erased, name: str | None, value: str | None) -> str | None:
    """A logged value (JSON text) of an erased record without personal data: a create's snapshot loses the
    personal fields, a personal field's value is emptied (unless it already is the erased value)."""
    fields = _personal(table_name, erased)
    if value is None:
        return None
    if erased.role == JOURNAL:
        if name is None:
            snapshot = json.loads(value)
            if isinstance(snapshot, dict) and isinstance(snapshot.get("text"), str):
                snapshot["text"] = redact_journal(snapshot["text"], {erased.person}, PERSONAL_FIELDS)
                return json.dumps(snapshot, ensure_ascii=False, sort_keys=True)
            return value
        if name == "text":
            text = json.loads(value)
            return encode_value(redact_journal(text, {erased.person}, PERSONAL_FIELDS)) if isinstance(text, str) \
                else value
        return value
    if name is None:
        snapshot = json.loads(value)
        if not isinstance(snapshot, dict):
            return encode_value({})
        return json.dumps({k: v for k, v in snapshot.items() if k not in fields}, ensure_ascii=False, sort_keys=True)
    if name in fields:
        return value if value == encode_value(_erased_value(erased, name)) else None
    return value


def rewrite_log(session: Session, scope: Mapping[tuple[str, str], Erased]) -> int:
    """Drop the personal values from every logged change of these records (old values too); op "erase"."""
    by_id = {record_id: (table_name, erased) for (table_name, record_id), erased in scope.items()}
    ids = sorted(by_id)
    count = 0
    for start in range(0, len(ids), CHUNK):
        rows = session.execute(
            select(Change.seq, Change.table_name, Change.record_id, Change.field, Change.old_value, Change.new_value)
            .where(among(session, Change.record_id, ids[start:start + CHUNK]))
        ).all()
        for seq, table_name, record_id, name, old, new in rows:
            table_of_scope, erased = by_id[record_id]
            if table_name != table_of_scope:
                continue
            if name is not None and name not in _personal(table_name, erased):
                continue
            values = {"new_value": scrub_field(table_name, erased, name, new)}
            values["old_value"] = None if name is None or erased.role != JOURNAL else \
                scrub_field(table_name, erased, name, old)
            if values != {"new_value": new, "old_value": old}:
                session.execute(update(Change).where(Change.seq == seq).values(op="erase", **values))
                count += 1
    return count


# ---- mentions of the person elsewhere --------------------------------------------------------------------------

def mentions(column: InstrumentedAttribute[Any], needles: Sequence[str]) -> Any:
    """The clause: this column holds one of the needles (a name, email or phone), ignoring ASCII case."""
    return or_(*(column.icontains(needle, autoescape=True) for needle in needles))


def _redact(text: str, needles: Sequence[str]) -> str:
    for needle in needles:  # longest first, so "Lefèvre, Zoë" goes before any shorter needle inside it
        text = re.sub(re.escape(needle), REDACTED, text, flags=re.IGNORECASE)
    return text


def redact_free_text(session: Session, needles: Sequence[str], exclude: set[str]) -> int:
    if not needles:
        return 0
    touched: set[str] = set()
    for column in FREE_TEXT:
        model = column.class_
        for record in session.scalars(select(model).where(mentions(column, needles))):
            if record.id in exclude:
                continue
            text = getattr(record, column.key)
            cleaned = _redact(text, needles)
            if cleaned != text:
                session.info[("op", record.id)] = "erase"
                setattr(record, column.key, cleaned)
                touched.add(record.id)
    return len(touched)


def redact_history(session: Session, needles: Sequence[str]) -> int:
    """Redact the person's name, email and phone in every other change-log value that holds them."""
    if not needles:
        return 0
    rows = session.execute(
        select(Change.seq, Change.old_value, Change.new_value)
        .where(or_(mentions(Change.old_value, needles), mentions(Change.new_value, needles)))
    ).all()
    count = 0
    for seq, old, new in rows:
        values = {k: _redact(v, needles) for k, v in (("old_value", old), ("new_value", new)) if v is not None}
        if values != {k: v for k, v in (("old_value", old), ("new_value", new)) if v is not None}:
            session.execute(update(Change).where(Change.seq == seq).values(**values))
            count += 1
    return count


def erase_sync_copies(session: Session, ids: list[str], needles: Sequence[str], now: datetime) -> int:
    """The sync engine's conflicts keep the losing value of a field (storage/sync_models.py, when present): those
    of the erased records are settled as superseded and lose both values; others naming the person are redacted.
    By table name, not by model: the bookkeeping is the sync engine's, and this only needs its three columns."""
    if not inspect(session.connection()).has_table("sync_conflict"):
        return 0
    conflict = table("sync_conflict", *(sql_column(name) for name in (
        "id", "record_id", "local_value", "remote_value", "note", "resolved_at", "resolution")))
    count = 0
    for start in range(0, len(ids), CHUNK):
        result = session.execute(
            update(conflict).where(conflict.c.record_id.in_(ids[start:start + CHUNK]))
            .values(local_value=None, remote_value=None, note=None, resolution="superseded",
                    resolved_at=func.coalesce(conflict.c.resolved_at, now))
        )
        count += result.rowcount or 0  # type: ignore[attr-defined]
    if needles:
        texts = (conflict.c.local_value, conflict.c.remote_value, conflict.c.note)
        rows = session.execute(select(conflict.c.id, *texts).where(
            or_(*(c.icontains(n, autoescape=True) for c in texts for n in needles))
        )).all()
        for row_id, *values in rows:
            cleaned = {c.name: _redact(v, needles) for c, v in zip(texts, values, strict=True) if v is not None}
            session.execute(update(conflict).where(conflict.c.id == row_id).values(**cleaned))
            count += 1
    return count
