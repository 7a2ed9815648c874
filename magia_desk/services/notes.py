"""Dated notes (call, email, meeting, remark) on an organization, contact, action, mission or agreement."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import select

from magia_desk.domain.enums import NoteKind, parse_enum
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.records import _Collector, parse_date
from magia_desk.services.common import apply_fields, load, restore, soft_delete
from magia_desk.services.timeline import NOTE_RECORD_TYPES, check_record, same_record_types
from magia_desk.storage.models import Note
from magia_desk.storage.store import Store


def _text(value: object) -> str:
    # A note keeps its line breaks and inner spacing (a pasted email); only the ends are trimmed.
    text = str(value or "").strip()
    if not text:
        raise ValidationError("text", N_("is required"), value)
    return text


def _date(value: object) -> date:
    day = parse_date(value, "date")
    if day is None:
        raise ValidationError("date", N_("is required"), value)
    return day


def clean_note(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Typed note fields (text, kind, date), or RecordInvalid naming every bad field."""
    c = _Collector(data)
    if not partial and "text" not in data:
        c.errors.append(ValidationError("text", N_("is required")))
    c.take("text", _text)
    c.take("kind", lambda v: parse_enum(NoteKind, v or NoteKind.REMARK, "kind").value)
    c.take("date", _date)
    return c.finish()


def add_note(
    store: Store, record_type: str, record_id: str, text: str, kind: str = "remark", on: date | None = None
) -> str:
    """A note on the record, dated `on` (default today). Returns its id."""
    values = clean_note({"text": text, "kind": kind, "date": on or date.today()})
    with store.session() as session:
        try:
            values["record_type"] = check_record(session, record_type, record_id, NOTE_RECORD_TYPES)
        except ValidationError as exc:
            raise RecordInvalid([exc]) from None
        note = Note(record_id=record_id)
        apply_fields(note, values)
        session.add(note)
        session.flush()
        return note.id


def edit_note(store: Store, note_id: str, changes: Mapping[str, Any]) -> None:
    """Change a note's text, kind or date (keys of `changes`); the record it belongs to stays."""
    values = clean_note(changes, partial=True)
    with store.session() as session:
        apply_fields(load(session, Note, note_id), values)


def delete_note(store: Store, note_id: str) -> None:
    soft_delete(store, Note, note_id)


def restore_note(store: Store, note_id: str) -> None:
    restore(store, Note, note_id)


def get_note(store: Store, note_id: str) -> Note:
    with store.read() as session:
        return load(session, Note, note_id, include_deleted=True)


def notes_for(store: Store, record_type: str, record_id: str) -> list[Note]:
    """The record's live notes, newest first (the timeline mixes them with everything else)."""
    with store.read() as session:
        return list(
            session.scalars(
                select(Note)
                .where(Note.record_id == record_id, Note.record_type.in_(same_record_types(record_type)),
                       Note.deleted_at.is_(None))
                .order_by(Note.date.desc(), Note.created_at.desc())
            )
        )
