"""A record's timeline: notes, tasks, participations, meetings, agreements, documents and audit entries in one
date-ordered list (newest first), and the record links that tasks, notes and documents share.

Titles and details are Messages where they are MAGIA Desk's words ("Created", "Meeting with {name}"): the GUI
shows them with `i18n.translate_message`; names, titles and texts people wrote stay plain strings.

Times are the user's wall clock (naive local datetimes): change-log instants are converted from UTC, meeting
times are already wall-clock times at the destination, and date-only entries (notes, due dates, stage changes,
participations) carry `all_day=True`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, NamedTuple

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from magia_desk.domain.errors import N_, Message, NotFoundError, Term, ValidationError
from magia_desk.services.i18n import english_field_label
from magia_desk.storage.base import Record
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
    Change,
    Contact,
    Document,
    Meeting,
    MeetingAttendee,
    Mission,
    Note,
    Officer,
    Organization,
    Participation,
    Task,
)
from magia_desk.storage.store import Store


class RecordRef(NamedTuple):
    """A record by type and id: what a task, note or document is about, and what a timeline entry opens."""

    record_type: str
    record_id: str


# The records that have a timeline and can carry tasks and documents (a mission shares its action's id).
RECORD_MODELS_BY_TYPE: dict[str, type[Record]] = {
    "organization": Organization,
    "contact": Contact,
    "action": Action,
    "mission": Mission,
    "agreement": Agreement,
    "meeting": Meeting,
}
TASK_RECORD_TYPES = frozenset(RECORD_MODELS_BY_TYPE)
DOCUMENT_RECORD_TYPES = frozenset(RECORD_MODELS_BY_TYPE)
NOTE_RECORD_TYPES = frozenset(RECORD_MODELS_BY_TYPE) - {"meeting"}


def same_record_types(record_type: str) -> tuple[str, ...]:
    """A mission is its action seen with more detail: things linked to either show on both."""
    return ("action", "mission") if record_type in ("action", "mission") else (record_type,)


def check_record(session: Session, record_type: str | None, record_id: str | None, allowed: frozenset[str]) -> str:
    """The normalised record type when (type, id) names a live record of an allowed type; else ValidationError."""
    kind = (record_type or "").strip().lower()
    if kind not in allowed:
        raise ValidationError("record_type", N_("'{text}' is not one of: {allowed}"), text=record_type,
                              allowed=", ".join(sorted(allowed)))
    if not record_id:
        raise ValidationError("record_id", N_("is required"))
    models: list[type[Record]] = [RECORD_MODELS_BY_TYPE[kind]] + ([Action] if kind == "mission" else [])
    for model in models:
        record = session.get(model, record_id)
        if record is None or record.deleted_at is not None:
            raise ValidationError("record_id", N_("there is no {kind} with id {id}"), record_id, kind=kind,
                                  id=record_id)
    return kind


def record_labels(session: Session, refs: Iterable[RecordRef]) -> dict[RecordRef, str]:
    """What each record is called on screen, one query per record type ("(deleted)" added when it is)."""
    by_type: dict[str, set[str]] = {}
    for ref in refs:
        by_type.setdefault(ref.record_type, set()).add(ref.record_id)
    labels: dict[RecordRef, str] = {}
    for kind, ids in by_type.items():
        rows: Sequence[Any]
        if kind == "organization":
            rows = session.execute(
                select(Organization.id, Organization.name, Organization.deleted_at).where(Organization.id.in_(ids))
            ).all()
        elif kind == "contact":
            rows = [
                (r.id, f"{r.first_name} {r.last_name}", r.deleted_at)
                for r in session.execute(
                    select(Contact.id, Contact.first_name, Contact.last_name, Contact.deleted_at)
                    .where(Contact.id.in_(ids))
                )
            ]
        elif kind in ("action", "mission"):
            rows = session.execute(select(Action.id, Action.title, Action.deleted_at).where(Action.id.in_(ids))).all()
        elif kind == "agreement":
            rows = session.execute(
                select(Agreement.id, Agreement.title, Agreement.deleted_at).where(Agreement.id.in_(ids))
            ).all()
        elif kind == "meeting":
            rows = [
                (r.id, Message(N_("Meeting with {name}"), name=r.name) if r.name
                 else (r.topic or Message(N_("Meeting"))), r.deleted_at)
                for r in session.execute(
                    select(Meeting.id, Meeting.topic, Meeting.deleted_at, Organization.name)
                    .outerjoin(Organization, Organization.id == Meeting.organization_id)
                    .where(Meeting.id.in_(ids))
                )
            ]
        else:
            continue
        for record_id, label, deleted_at in rows:
            labels[RecordRef(kind, record_id)] = (Message(N_("{label} (deleted)"), label=label)
                                                  if deleted_at is not None else label)
    return labels


def officer_names(session: Session, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Officer id -> name (deleted officers included: their past work still names them)."""
    statement = select(Officer.id, Officer.name)
    if ids is not None:
        statement = statement.where(Officer.id.in_(list(ids)))
    return {officer_id: name for officer_id, name in session.execute(statement)}


# ---- the timeline -------------------------------------------------------------------------------------------


class EntryKind(StrEnum):
    NOTE = "note"
    TASK = "task"
    PARTICIPATION = "participation"
    MEETING = "meeting"
    AGREEMENT = "agreement"
    STAGE_CHANGE = "stage_change"
    PARTY = "party"
    DOCUMENT = "document"
    CHANGE = "change"


@dataclass(frozen=True)
class TimelineEntry:
    when: datetime  # local wall-clock time, naive
    kind: str  # an EntryKind
    title: str
    detail: str = ""
    ref: RecordRef | None = None  # what a click opens: the note, the action, the meeting, the stage change...
    officer: str | None = None  # who made it, when known
    all_day: bool = False  # only the date is meaningful
    sub_kind: str | None = None  # the note kind, the task state ("open", "done"), the change op


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _on_day(day: date, created_at: datetime | None) -> datetime:
    # A dated entry written on its own day takes its writing time, so that "call at 15:00, then edit" reads in
    # the order it happened; one dated another day sits at the start of that day.
    if created_at is not None:
        written = _local(created_at)
        if written.date() == day:
            return written
    return datetime.combine(day, time.min)


# Link fields whose values are ids: shown by name in audit entries.
_LINK_MODELS: dict[str, tuple[type[Record], ...]] = {
    "organization_id": (Organization,), "cluster_id": (Organization,), "partner_cluster_id": (Organization,),
    "organiser_id": (Organization,), "holder_id": (Organization,), "merged_into_id": (Organization, Contact),
    "owner_id": (Officer,), "officer_id": (Officer,), "action_id": (Action,), "contact_id": (Contact,),
    "mission_id": (Action,), "agreement_id": (Agreement,),
}
_MAX_VALUE = 300


def _field_label(field: str) -> Message:
    return Message(english_field_label(field))


def _agreement_type(value: str) -> Term:
    return Term(value, value.replace("_", " "))


class _Builder:
    """Gathers the entries of one record; each `add_*` method is one source of the timeline."""

    def __init__(self, session: Session, record_type: str, record_id: str) -> None:
        self.session = session
        self.record_type = record_type
        self.record_id = record_id
        self.types = same_record_types(record_type)
        self.entries: list[TimelineEntry] = []
        self.officers = officer_names(session)

    def who(self, officer_id: str | None) -> str | None:
        return self.officers.get(officer_id) if officer_id else None

    def add(self, **values: Any) -> None:
        self.entries.append(TimelineEntry(**values))

    def add_notes(self) -> None:
        for note in self.session.scalars(
            select(Note).where(Note.record_id == self.record_id, Note.record_type.in_(self.types),
                               Note.deleted_at.is_(None))
        ):
            self.add(when=_on_day(note.date, note.created_at), kind=EntryKind.NOTE,
                     title=Term(note.kind, note.kind.capitalize()), detail=note.text, ref=RecordRef("note", note.id),
                     officer=self.who(note.changed_by), all_day=True, sub_kind=note.kind)

    def add_tasks(self) -> None:
        for task in self.session.scalars(
            select(Task).where(Task.record_id == self.record_id, Task.record_type.in_(self.types),
                               Task.deleted_at.is_(None))
        ):
            state = "done" if task.done else "open"
            if task.due_date:
                template = N_("done, due {date}") if task.done else N_("open, due {date}")
                detail = Message(template, date=task.due_date.isoformat())
            else:
                detail = Message(N_("done, no due date") if task.done else N_("open, no due date"))
            when = _on_day(task.due_date, task.created_at) if task.due_date else _local(task.created_at)
            self.add(when=when, kind=EntryKind.TASK, title=task.title, detail=detail,
                     ref=RecordRef("task", task.id), officer=self.who(task.owner_id), all_day=bool(task.due_date),
                     sub_kind=state)

    def add_documents(self) -> None:
        for doc in self.session.scalars(
            select(Document).where(Document.record_id == self.record_id, Document.record_type.in_(self.types),
                                   Document.deleted_at.is_(None))
        ):
            self.add(when=_local(doc.created_at), kind=EntryKind.DOCUMENT, title=doc.original_name,
                     detail=Message(N_("{kind}, {size:,} bytes"), kind=doc.mime_type or Message(N_("file")),
                                    size=doc.size_bytes),
                     ref=RecordRef("document", doc.id),
                     officer=self.who(doc.changed_by))

    def add_participations(self) -> None:
        live = (Participation.deleted_at.is_(None), Action.deleted_at.is_(None))
        base = (
            select(Participation, Action.title, Action.start_date, Organization.name, Contact.first_name,
                   Contact.last_name)
            .join(Action, Action.id == Participation.action_id)
            .outerjoin(Organization, Organization.id == Participation.organization_id)
            .outerjoin(Contact, Contact.id == Participation.contact_id)
            .where(*live)
        )
        if self.record_type in ("action", "mission"):
            participants = self.session.execute(base.where(Participation.action_id == self.record_id))
            for p, _, _, org, first, last in participants:
                who = " — ".join(x for x in (org, f"{first} {last}" if first or last else None) if x)
                ref = RecordRef("organization", p.organization_id) if p.organization_id else (
                    RecordRef("contact", p.contact_id) if p.contact_id else None)
                self.add(when=_local(p.created_at), kind=EntryKind.PARTICIPATION,
                         title=Message(N_("Participant added: {name}"), name=who),
                         detail=Term(p.role), ref=ref, officer=self.who(p.changed_by))
            return
        if self.record_type == "organization":
            # A participation recorded for a contact alone counts for the contact's organization (domain.md).
            staff = select(Contact.id).where(Contact.organization_id == self.record_id)
            mine = or_(Participation.organization_id == self.record_id,
                       Participation.organization_id.is_(None) & Participation.contact_id.in_(staff))
        elif self.record_type == "contact":
            mine = Participation.contact_id == self.record_id
        else:
            return
        for p, title, start, _, first, last in self.session.execute(base.where(mine)):
            day = p.date or start
            detail: str = Term(p.role)
            if self.record_type == "organization" and p.contact_id:
                detail = Message(N_("{role}, {name}"), role=detail, name=f"{first} {last}")
            self.add(when=_on_day(day, p.created_at), kind=EntryKind.PARTICIPATION, title=title, detail=detail,
                     ref=RecordRef("action", p.action_id), officer=self.who(p.changed_by), all_day=True)

    def add_meetings(self) -> None:
        base = (
            select(Meeting, Action.title, Action.start_date, Organization.name)
            .join(Action, Action.id == Meeting.mission_id)
            .outerjoin(Organization, Organization.id == Meeting.organization_id)
            .where(Meeting.deleted_at.is_(None))
        )
        attended = select(MeetingAttendee.meeting_id).where(MeetingAttendee.deleted_at.is_(None))
        if self.record_type == "organization":
            # The organization met, or one of its people at the table (an SME's staff in the delegation).
            staff = select(Contact.id).where(Contact.organization_id == self.record_id)
            rows = self.session.execute(base.where(or_(
                Meeting.organization_id == self.record_id,
                Meeting.id.in_(attended.where(MeetingAttendee.contact_id.in_(staff))),
            )))
        elif self.record_type == "contact":
            rows = self.session.execute(base.where(Meeting.id.in_(
                attended.where(MeetingAttendee.contact_id == self.record_id)
            )))
        elif self.record_type in ("action", "mission"):
            rows = self.session.execute(base.where(Meeting.mission_id == self.record_id))
        else:
            return
        for meeting, mission_title, mission_start, org_name in rows:
            if self.record_type in ("action", "mission"):
                title = (Message(N_("Meeting with {name}"), name=org_name) if org_name
                         else Message(N_("Meeting with an organization")))
            elif meeting.organization_id == self.record_id or not org_name:
                title = Message(N_("Meeting at {mission}"), mission=mission_title)  # this organization was the one met
            else:
                title = Message(N_("Meeting with {name} at {mission}"), name=org_name, mission=mission_title)
            detail = " — ".join(x for x in (meeting.topic, meeting.outcome) if x)
            if meeting.starts_at is not None:
                when, all_day = meeting.starts_at, False
            else:
                when, all_day = datetime.combine(mission_start, time.min), True
            self.add(when=when, kind=EntryKind.MEETING, title=title, detail=detail,
                     ref=RecordRef("meeting", meeting.id), officer=self.who(meeting.changed_by), all_day=all_day)

    def add_agreements(self) -> None:
        if self.record_type == "agreement":
            self._stage_changes([self.record_id], own=True)
            self._parties()
            return
        if self.record_type == "organization":
            ids = list(self.session.scalars(
                select(Agreement.id).join(AgreementParty, AgreementParty.agreement_id == Agreement.id)
                .where(AgreementParty.organization_id == self.record_id, AgreementParty.deleted_at.is_(None),
                       Agreement.deleted_at.is_(None))
            ))
            self._stage_changes(ids, own=False)
        elif self.record_type in ("action", "mission"):
            for agreement in self.session.scalars(
                select(Agreement).where(Agreement.action_id == self.record_id, Agreement.deleted_at.is_(None))
            ):
                self.add(when=_local(agreement.created_at), kind=EntryKind.AGREEMENT, title=agreement.title,
                         detail=Message(N_("{type}, {stage}"), type=_agreement_type(agreement.type),
                                        stage=Term(agreement.stage)),
                         ref=RecordRef("agreement", agreement.id), officer=self.who(agreement.changed_by))

    def _stage_changes(self, agreement_ids: list[str], *, own: bool) -> None:
        if not agreement_ids:
            return
        agreements = {a.id: a for a in self.session.scalars(select(Agreement).where(Agreement.id.in_(agreement_ids)))}
        seen: set[str] = set()
        for change in self.session.scalars(
            select(AgreementStageChange).where(AgreementStageChange.agreement_id.in_(agreement_ids),
                                               AgreementStageChange.deleted_at.is_(None))
        ):
            agreement = agreements[change.agreement_id]
            seen.add(agreement.id)
            stage = Term(change.stage)
            title = (Message(N_("Stage: {stage}"), stage=stage) if own
                     else Message(N_("{title}: {stage}"), title=agreement.title, stage=stage))
            # On the agreement itself a click corrects the entry's date; elsewhere it opens the agreement.
            ref = RecordRef("agreement_stage_change", change.id) if own else RecordRef("agreement", agreement.id)
            self.add(when=_on_day(change.changed_on, change.created_at), kind=EntryKind.STAGE_CHANGE, title=title,
                     detail="" if own else _agreement_type(agreement.type), ref=ref,
                     officer=self.who(change.officer_id), all_day=True, sub_kind=change.stage)
        for agreement in agreements.values():
            if agreement.id not in seen:  # written without a history (bulk imports): still show it once
                self.add(when=_local(agreement.created_at), kind=EntryKind.AGREEMENT, title=agreement.title,
                         detail=Term(agreement.stage), ref=RecordRef("agreement", agreement.id),
                         officer=self.who(agreement.changed_by))

    def _parties(self) -> None:
        for party, name in self.session.execute(
            select(AgreementParty, Organization.name)
            .join(Organization, Organization.id == AgreementParty.organization_id)
            .where(AgreementParty.agreement_id == self.record_id)
        ):
            ref = RecordRef("organization", party.organization_id)
            # changed_by is the last editor: the one who added the party only while it was not removed since.
            adder = self.who(party.changed_by) if party.deleted_at is None else None
            self.add(when=_local(party.created_at), kind=EntryKind.PARTY,
                     title=Message(N_("Party added: {name}"), name=name), ref=ref, officer=adder)
            if party.deleted_at is not None:
                self.add(when=_local(party.deleted_at), kind=EntryKind.PARTY,
                         title=Message(N_("Party removed: {name}"), name=name), ref=ref,
                         officer=self.who(party.changed_by))

    def add_changes(self) -> None:
        # Action and mission rows share the id, so a mission's timeline holds the changes of both.
        for change in self.session.scalars(select(Change).where(Change.record_id == self.record_id)
                                           .order_by(Change.seq)):
            self.add(when=_local(change.at), kind=EntryKind.CHANGE, title=self._change_title(change),
                     detail=self._change_detail(change), ref=RecordRef("change", str(change.seq)),
                     officer=self.who(change.officer_id), sub_kind=change.op)

    @staticmethod
    def _change_title(change: Change) -> str:
        if change.op == "merge" and change.field:
            return Message(N_("Merged: {field}"), field=_field_label(change.field))
        fixed = {"create": N_("Created"), "delete": N_("Deleted"), "restore": N_("Restored"),
                 "erase": N_("Personal data erased"), "merge": N_("Merged")}
        if change.op in fixed:
            return Message(fixed[change.op])
        if change.field:
            return Message(N_("{field} changed"), field=_field_label(change.field))
        return change.op.capitalize()

    def _change_detail(self, change: Change) -> str:
        # Erased values are personal data the erase was meant to remove: never shown again. Creates carry the
        # whole record as JSON: the record pane shows those fields already.
        if change.op in ("erase", "create", "delete", "restore") or not change.field:
            return ""
        old = self._display(change.field, change.old_value)
        new = self._display(change.field, change.new_value)
        return Message(N_("{old} → {new}"), old=old, new=new)

    def _display(self, field: str, raw: str | None) -> str:
        if raw is None:
            return "—"
        try:
            value = json.loads(raw)
        except ValueError:
            value = raw
        if value is None or value == "" or value == []:
            text = "—"
        elif isinstance(value, bool):
            text = Message(N_("yes")) if value else Message(N_("no"))
        elif isinstance(value, list):
            text = ", ".join(str(v) for v in value)
        elif isinstance(value, str) and field in _LINK_MODELS:
            text = self._link_label(field, value)
        else:
            text = str(value)
        return text if len(text) <= _MAX_VALUE else text[: _MAX_VALUE - 1] + "…"  # a Message is never that long

    def _link_label(self, field: str, record_id: str) -> str:
        for model in _LINK_MODELS[field]:
            record = self.session.get(model, record_id)
            if isinstance(record, Contact):
                return f"{record.first_name} {record.last_name}"
            if record is not None:
                return str(getattr(record, "name", None) or getattr(record, "title", None) or record_id)
        return record_id


def timeline(store: Store, record_type: str, record_id: str, *, limit: int | None = None) -> list[TimelineEntry]:
    """Everything that happened to one record, newest first (a deleted record keeps its timeline)."""
    kind = (record_type or "").strip().lower()
    if kind not in RECORD_MODELS_BY_TYPE:
        raise ValidationError("record_type", N_("'{text}' is not one of: {allowed}"), text=record_type,
                              allowed=", ".join(RECORD_MODELS_BY_TYPE))
    with store.read() as session:
        if session.get(RECORD_MODELS_BY_TYPE[kind], record_id) is None:
            raise NotFoundError(f"No {kind} with id {record_id}")
        builder = _Builder(session, kind, record_id)
        builder.add_notes()
        builder.add_tasks()
        builder.add_participations()
        builder.add_meetings()
        builder.add_agreements()
        builder.add_documents()
        builder.add_changes()
    # Newest first; entries at the same moment keep the reverse of the order they were gathered in, so that
    # the change log's rows of one save read last-written first.
    ordered = [e for _, e in sorted(enumerate(builder.entries), key=lambda item: (item[1].when, item[0]),
                                    reverse=True)]
    return ordered[:limit] if limit is not None else ordered
