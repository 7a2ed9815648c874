"""Merging two records that are one (organizations or people), and undoing a merge.

Every link to the dropped record moves to the kept one; a link the kept record already has (both were
members of the same cluster) is ended instead of doubled. The dropped record stays as a tombstone
(deleted_at, merged_into_id), so sync replays the merge on every laptop (sync.md) and refs remembered for
it lead to the survivor. The change rows of the merge carry op "merge".

Undo must work after a restart and on another laptop, so the merge writes its own journal: a Note
(record_type "merge", on the kept record; timelines never show that type) whose text is the JSON list of
every value the merge changed, old and new. `undo_merge` puts back each value the merge set, unless it was
changed again since (it then reports that field instead of overwriting later work).

A journal of a merge of people holds their personal values, so GDPR reaches it: `journal_changes` reads one (the
subject access file lists it) and `redact_journal` empties the values of an erased person's fields in it (erasure
and sync's erasure tombstones apply it; an undo then finds nothing personal to put back).
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import Date, DateTime, TypeDecorator, select
from sqlalchemy.orm import Session

from magia_desk.domain.errors import N_, Message, NotFoundError, RecordInvalid, ValidationError
from magia_desk.domain.records import (
    CONTACT_FIELDS,
    ORGANIZATION_FIELDS,
    clean_contact,
    clean_organization,
    derive_size,
)
from magia_desk.services.common import load
from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.changelog import encode_value
from magia_desk.storage.models import (
    MODEL_BY_TABLE,
    Action,
    Agreement,
    AgreementParty,
    Contact,
    Document,
    ExternalRef,
    Holding,
    KpiTarget,
    MarketInterest,
    Meeting,
    MeetingAttendee,
    Membership,
    Note,
    Officer,
    Organization,
    Participation,
    Task,
)
from magia_desk.storage.store import Store

MERGE_NOTE_TYPE = "merge"
KINDS: dict[str, tuple[type[Record], tuple[str, ...]]] = {
    "organization": (Organization, ORGANIZATION_FIELDS),
    "contact": (Contact, CONTACT_FIELDS),
}
# (model, column) pairs that point at an organization or a contact, and the columns that make two links
# "the same link" once they point at one record (None: never a duplicate).
LINKS: dict[str, list[tuple[type[Record], str, tuple[str, ...] | None]]] = {
    "organization": [
        (Contact, "organization_id", None),
        (Participation, "organization_id", ("action_id", "contact_id", "organization_id")),
        (Membership, "organization_id", ("organization_id", "cluster_id")),
        (Membership, "cluster_id", ("organization_id", "cluster_id")),
        (MarketInterest, "organization_id", ("organization_id", "country")),
        (AgreementParty, "organization_id", ("agreement_id", "organization_id")),
        (Agreement, "partner_cluster_id", None),
        (Action, "organiser_id", None),
        (Meeting, "organization_id", None),
        (Officer, "partner_cluster_id", None),
        (KpiTarget, "partner_cluster_id", None),
        (Holding, "organization_id", ("organization_id", "holder_id")),
        (Holding, "holder_id", ("organization_id", "holder_id")),
    ],
    "contact": [
        (Participation, "contact_id", ("action_id", "contact_id")),
        (MeetingAttendee, "contact_id", ("meeting_id", "side", "contact_id")),
    ],
}
# Links stored as (record_type, record_id) rather than a foreign key.
TYPED_LINKS: tuple[type[Record], ...] = (Note, Task, Document)


@dataclass(frozen=True)
class FieldChange:
    table: str
    record_id: str
    field: str
    old: Any
    new: Any


@dataclass
class MergeResult:
    merge_id: str  # the journal note's id: what undo_merge takes
    kind: str
    keep_id: str
    drop_id: str
    changes: list[FieldChange] = field(default_factory=list)  # every value the merge set, in order

    @property
    def moved_links(self) -> list[FieldChange]:
        return [c for c in self.changes if c.record_id not in (self.keep_id, self.drop_id) and c.field != "deleted_at"]

    @property
    def ended_duplicates(self) -> list[FieldChange]:
        return [c for c in self.changes if c.record_id not in (self.keep_id, self.drop_id) and c.field == "deleted_at"]


@dataclass
class UndoResult:
    restored: int
    kept_later_changes: list[str]  # "table.field of id": changed after the merge, left as it is now


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _chosen_values(kind: str, keep: Record, drop: Record, choices: dict[str, Any]) -> dict[str, Any]:
    _, fields = KINDS[kind]
    unknown = sorted(set(choices) - set(fields))
    if unknown:
        raise RecordInvalid([ValidationError(name, N_("is not a field that can be merged")) for name in unknown])
    values: dict[str, Any] = {}
    explicit: dict[str, Any] = {}
    for name in fields:
        choice = choices.get(name)
        if choice == "drop" or (choice is None and _empty(getattr(keep, name)) and not _empty(getattr(drop, name))):
            values[name] = getattr(drop, name)  # by default a blank of the kept record is filled from the other
        elif choice not in (None, "keep"):
            explicit[name] = choice
    if explicit:  # values typed in the merge dialog follow the same rules as the editors
        values |= (clean_organization if kind == "organization" else clean_contact)(explicit, partial=True)
    return {k: v for k, v in values.items() if encode_value(v) != encode_value(getattr(keep, k))}


def merge_records(store: Store, kind: str, keep_id: str, drop_id: str,
                  field_choices: dict[str, Any] | None = None) -> MergeResult:
    """Merge `drop_id` into `keep_id`. `field_choices` maps a field to "keep", "drop" or a new value; a field
    not named keeps the kept record's value, or takes the dropped one's when the kept record has none."""
    if kind not in KINDS:
        raise ValidationError("kind", N_("'{text}' is not organization or contact"), kind, text=kind)
    if keep_id == drop_id:
        raise ValidationError("drop_id", N_("a record cannot be merged with itself"), drop_id)
    model, _ = KINDS[kind]
    with store.session() as session:
        keep, drop = load(session, model, keep_id), load(session, model, drop_id)
        changes: list[FieldChange] = []

        def change(record: Record, name: str, value: Any) -> None:
            changes.append(FieldChange(record.__tablename__, record.id, name, getattr(record, name), value))

        with session.no_autoflush:
            for name, value in _chosen_values(kind, keep, drop, field_choices or {}).items():
                change(keep, name, value)
            if kind == "organization" and any(c.field in ("employees", "turnover_meur", "balance_sheet_meur")
                                              for c in changes):
                figures = {c.field: c.new for c in changes}
                size = derive_size(*(figures.get(f, getattr(keep, f))
                                     for f in ("employees", "turnover_meur", "balance_sheet_meur")))
                for name, value in size.items():
                    if value != getattr(keep, name):
                        change(keep, name, value)
            changes += _moves(session, kind, keep_id, drop_id)
            now = utcnow()
            change(drop, "merged_into_id", keep_id)
            change(drop, "deleted_at", now)
            for item in changes:
                record = session.get(MODEL_BY_TABLE[item.table], item.record_id)
                assert record is not None
                setattr(record, item.field, item.new)
                session.info[("op", record.id)] = "merge"
            journal = Note(record_type=MERGE_NOTE_TYPE, record_id=keep_id, date=date.today(), kind="remark",
                           text=_journal(kind, keep_id, drop_id, changes))
            session.add(journal)
        session.flush()
        return MergeResult(journal.id, kind, keep_id, drop_id, changes)


def _moves(session: Session, kind: str, keep_id: str, drop_id: str) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for model, column, unique in LINKS[kind]:
        col = getattr(model, column)
        moving = list(session.scalars(select(model).where(col == drop_id, model.deleted_at.is_(None))))
        if not moving:
            continue
        taken: set[tuple[Any, ...]] = set()
        if unique is not None:
            existing = session.scalars(select(model).where(col == keep_id, model.deleted_at.is_(None)))
            taken = {tuple(getattr(r, c) for c in unique) for r in existing}
        for record in moving:
            key = tuple(keep_id if c == column else getattr(record, c) for c in unique or ())
            # A link that would double one the kept record has (or point the record at itself) is ended.
            self_link = unique is not None and record.__tablename__ in ("membership", "holding") and (
                len(set(key)) < len(key))
            if unique is not None and (key in taken or self_link):
                changes.append(FieldChange(record.__tablename__, record.id, "deleted_at", None, utcnow()))
                continue
            taken.add(key)
            changes.append(FieldChange(record.__tablename__, record.id, column, drop_id, keep_id))
    for model in TYPED_LINKS:
        for record in session.scalars(select(model).where(
                model.record_id == drop_id, model.record_type == kind, model.deleted_at.is_(None))):  # type: ignore[attr-defined]
            changes.append(FieldChange(record.__tablename__, record.id, "record_id", drop_id, keep_id))
    for ref in session.scalars(select(ExternalRef).where(ExternalRef.record_id == drop_id,
                                                         ExternalRef.deleted_at.is_(None))):
        changes.append(FieldChange("external_ref", ref.id, "record_id", drop_id, keep_id))
    return changes


def _journal(kind: str, keep_id: str, drop_id: str, changes: list[FieldChange]) -> str:
    return json.dumps({
        "merge": kind, "keep": keep_id, "drop": drop_id,
        "changes": [[c.table, c.record_id, c.field, encode_value(c.old), encode_value(c.new)] for c in changes],
    }, ensure_ascii=False)


def journal_changes(text: str) -> list[FieldChange]:
    """The values a merge journal records (old and new decoded from JSON); [] for a text that is not a journal."""
    try:
        entries = json.loads(text).get("changes", [])
        return [FieldChange(t, r, f, _loads(old), _loads(new)) for t, r, f, old, new in entries]
    except (AttributeError, TypeError, ValueError):
        return []


def journal_records(text: str) -> tuple[str | None, str | None]:
    """(kept id, dropped id) of a merge journal; (None, None) for a text that is not one."""
    try:
        data = json.loads(text)
        return data.get("keep"), data.get("drop")
    except (AttributeError, TypeError, ValueError):
        return None, None


def redact_journal(text: str, record_ids: Collection[str], fields: Collection[str]) -> str:
    """The journal with the old and new values of `fields` of the records `record_ids` emptied.

    Deterministic and idempotent (the same text in gives the same text out), so that every store applying it to
    its own copy of the journal, and to the change-log values holding it, ends up with the same bytes.
    """
    try:
        data = json.loads(text)
        entries = data["changes"]
    except (KeyError, TypeError, ValueError):
        return text
    changed = False
    for entry in entries:
        if (isinstance(entry, list) and len(entry) == 5 and entry[1] in record_ids and entry[2] in fields
                and (entry[3] is not None or entry[4] is not None)):
            entry[3] = entry[4] = None
            changed = True
    return json.dumps(data, ensure_ascii=False) if changed else text


def _loads(encoded: str | None) -> Any:
    return None if encoded is None else json.loads(encoded)


def _decode(model: type[Record], name: str, encoded: str | None) -> Any:
    """A value of the journal back to its Python type (dates and times travel as ISO text)."""
    if encoded is None:
        return None
    value = json.loads(encoded)
    column_type: Any = model.__table__.columns[name].type  # type: ignore[attr-defined]
    if isinstance(column_type, TypeDecorator):
        column_type = column_type.impl
    if isinstance(value, str) and isinstance(column_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(value, str) and isinstance(column_type, Date):
        return date.fromisoformat(value)
    return value


def undo_merge(store: Store, merge: MergeResult | str) -> UndoResult:
    """Put back what a merge changed (by its result or its id, also after a restart)."""
    merge_id = merge.merge_id if isinstance(merge, MergeResult) else merge
    with store.session() as session:
        journal = session.get(Note, merge_id)
        if journal is None or journal.record_type != MERGE_NOTE_TYPE:
            raise NotFoundError(Message(N_("No merge with id {id}"), id=merge_id))
        if journal.deleted_at is not None:
            raise ValidationError("merge", N_("this merge was already undone"), merge_id)
        entries = json.loads(journal.text)["changes"]
        restored, later = 0, []
        with session.no_autoflush:
            for table, record_id, name, old, new in reversed(entries):
                model = MODEL_BY_TABLE[table]
                record = session.get(model, record_id)
                if record is None:
                    continue
                if encode_value(getattr(record, name)) != new and not _same_moment(getattr(record, name), new):
                    later.append(f"{table}.{name} of {record_id}")
                    continue
                setattr(record, name, _decode(model, name, old))
                restored += 1
            journal.deleted_at = utcnow()
        session.flush()
        return UndoResult(restored, later)


def _same_moment(value: Any, encoded: str | None) -> bool:
    """Timestamps come back from the store in UTC; compare them as instants, not as text."""
    if not isinstance(value, datetime) or encoded is None:
        return False
    try:
        other = datetime.fromisoformat(json.loads(encoded))
    except (TypeError, ValueError):
        return False
    if (value.tzinfo is None) != (other.tzinfo is None):
        return value.replace(tzinfo=None) == other.replace(tzinfo=None)
    return value == other


__all__ = [
    "MERGE_NOTE_TYPE", "FieldChange", "MergeResult", "UndoResult", "journal_changes", "journal_records",
    "merge_records", "redact_journal", "undo_merge",
]
