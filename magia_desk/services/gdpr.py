"""GDPR duties towards the people in the store: consent flags, subject access, erasure, retention review.

- `contacts_without_consent(store, ids)`: the ones an export would include although they did not give consent.
- `subject_access_export(store, contact_id, out)`: everything held about one person, as JSON (complete, for
  machines) and as plain UTF-8 text (for the person): `<out>.json` and `<out>.txt` (out's suffix replaced),
  merge journals that kept, dropped or moved their records included.
- `erase_contact(store, contact_id)`: no personal data of the person remains in the store file, while every
  count stays right (the contact row stays, anonymised, so participations and meetings still count). The erasure
  travels with sync as a tombstone that beats every later or replayed change (services/sync/erasure.py), and it
  empties the person's values in the journals of merges that kept them (exchange/merge.py).
- `stale_contacts(store, years, today)`: contacts with no activity for `years` years, for review.

"The person" is the contact and the contact records merged into it (tombstones pointing at it).
Mentions elsewhere are found by the person's full name (either order), email and phone, case-insensitively for
ASCII letters (SQL LIKE); a mention by surname alone is not recognised (the officer sees the notes listed in the
subject access file and can edit them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from magia_desk.domain.errors import MagiaError, NotFoundError
from magia_desk.domain.retention import retention_cutoff
from magia_desk.services.common import load
from magia_desk.services.erasure_rules import (
    ATTACHED,
    ERASED_FIRST_NAME,
    ERASED_LAST_NAME,
    JOURNAL,
    PERSON,
    PERSONAL_FIELDS,
    REDACTED,
    Erased,
    erase_sync_copies,
    mentions,
    redact_free_text,
    redact_history,
    rewrite_log,
)
from magia_desk.services.exchange.merge import MERGE_NOTE_TYPE, journal_changes, journal_records, redact_journal
from magia_desk.settings import Settings
from magia_desk.storage.base import Record, utcnow
from magia_desk.storage.models import (
    Action,
    Change,
    Contact,
    Document,
    ExternalRef,
    Meeting,
    MeetingAttendee,
    Note,
    Officer,
    Organization,
    Participation,
    Task,
)
from magia_desk.storage.scrub import scrub, secure_delete
from magia_desk.storage.snapshots import list_backups
from magia_desk.storage.store import Store

_CHUNK = 500  # ids per IN (...) list: SQLite allows 32766 parameters, PostgreSQL many more; stay modest


# ---- consent ------------------------------------------------------------------------------------------------

def contacts_without_consent(store: Store, ids: Sequence[str]) -> list[str]:
    """The ids (in the order given) of contacts whose consent is not "given": refused, withdrawn or unknown.

    For exports and mailings: the screen flags them before the file is written.
    """
    flagged: set[str] = set()
    with store.read() as session:
        for start in range(0, len(ids), _CHUNK):
            chunk = list(ids[start:start + _CHUNK])
            flagged.update(session.scalars(
                select(Contact.id).where(Contact.id.in_(chunk), Contact.consent_status != "given")
            ))
    return [i for i in ids if i in flagged]


# ---- who is the person --------------------------------------------------------------------------------------

def resolve_contact(store: Store, query: str) -> str:
    """The id of the one contact `query` names: its id, its email, or words of its name (search, unique)."""
    from magia_desk.services.contacts import ContactFilter, contact_ids  # services of the same layer

    query = query.strip()
    with store.read() as session:
        if query and session.get(Contact, query) is not None:
            return query
        found = list(session.scalars(select(Contact.id).where(func.lower(Contact.email) == query.lower())))
    found = found or contact_ids(store, ContactFilter(text=query), limit=11)
    if not found:
        raise NotFoundError(f"No contact matches '{query}'.")
    if len(found) > 1:
        with store.read() as session:
            names = [f"{c.first_name} {c.last_name} ({c.id})" for c in
                     session.scalars(select(Contact).where(Contact.id.in_(found[:10])))]
        raise MagiaError(f"'{query}' matches several contacts; give the id of one: " + "; ".join(names))
    return found[0]


def _same_person(session: Session, contact: Contact) -> list[Contact]:
    """The contact and every contact record merged into it, directly or through other merges."""
    people = [contact]
    frontier = [contact.id]
    while frontier:
        merged = list(session.scalars(select(Contact).where(Contact.merged_into_id.in_(frontier))))
        merged = [m for m in merged if m not in people]
        people.extend(merged)
        frontier = [m.id for m in merged]
    return people


def _needles(people: Iterable[Contact]) -> list[str]:
    """The strings that name the person in free text: full name both ways, email, phone."""
    found: set[str] = set()
    for person in people:
        if person.erased_at is not None:
            continue  # "Erased person" names nobody
        first, last = " ".join(person.first_name.split()), " ".join(person.last_name.split())
        if first and last:
            found |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}
        found |= {value for value in (person.email, person.phone) if value}
    return sorted((n for n in found if len(n) >= 4), key=len, reverse=True)


# ---- subject access -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class SubjectAccessFiles:
    json_path: Path
    text_path: Path


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(record: Record, fields: Iterable[str]) -> dict[str, Any]:
    return {name: _plain(getattr(record, name)) for name in fields}


def _decoded(raw: str | None) -> Any:
    if raw is None:
        return None
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def subject_access_data(store: Store, contact_id: str) -> dict[str, Any]:
    """Everything the store holds about one person, as plain JSON-ready data (see the module doc)."""
    with store.read() as session:
        contact = load(session, Contact, contact_id, include_deleted=True)
        people = _same_person(session, contact)
        ids = [p.id for p in people]
        needles = _needles(people)
        officers = dict(session.execute(select(Officer.id, Officer.name)).all())
        organization = session.get(Organization, contact.organization_id) if contact.organization_id else None
        participations = session.execute(
            select(Participation, Action).join(Action, Action.id == Participation.action_id)
            .where(Participation.contact_id.in_(ids)).order_by(Action.start_date)
        ).all()
        meetings = session.execute(
            select(MeetingAttendee, Meeting, Action.title, Organization.name)
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .join(Action, Action.id == Meeting.mission_id)
            .outerjoin(Organization, Organization.id == Meeting.organization_id)
            .where(MeetingAttendee.contact_id.in_(ids)).order_by(Meeting.starts_at)
        ).all()
        own = (Note.record_type == "contact") & Note.record_id.in_(ids)
        about = or_(own, (Note.record_type != MERGE_NOTE_TYPE) & mentions(Note.text, needles)) if needles else own
        notes = session.scalars(select(Note).where(about).order_by(Note.date)).all()
        # Merge journals (exchange/merge.py) that kept, dropped or moved one of the person's records.
        journals = session.scalars(select(Note).where(
            Note.record_type == MERGE_NOTE_TYPE, or_(Note.record_id.in_(ids), *(Note.text.contains(i) for i in ids))
        ).order_by(Note.date, Note.created_at)).all()
        documents = session.scalars(
            select(Document).where(Document.record_type == "contact", Document.record_id.in_(ids))
        ).all()
        linked = (Task.record_type == "contact") & Task.record_id.in_(ids)
        tasks = session.scalars(
            select(Task).where(or_(linked, mentions(Task.title, needles)) if needles else linked)
        ).all()
        history = session.scalars(select(Change).where(Change.record_id.in_(ids)).order_by(Change.seq)).all()
        return {
            "generated_at": utcnow().isoformat(timespec="seconds"),
            "generated_by": officers.get(store.officer_id or ""),
            "person": _row(contact, [c.key for c in Contact.__table__.columns]),
            "merged_records": [_row(p, ("id", "first_name", "last_name", "email", "created_at")) for p in people[1:]],
            "organization": _row(organization, ("id", "name", "kind", "country", "city", "website"))
            if organization else None,
            "participations": [
                {"action": a.title, "type": a.type, "start_date": _plain(a.start_date), "end_date": _plain(a.end_date),
                 "city": a.city, "country": a.country, "role": p.role, "date": _plain(p.date),
                 "deleted": p.deleted_at is not None}
                for p, a in participations
            ],
            "meetings": [
                {"mission": title, "organization": org_name, "starts_at": _plain(m.starts_at), "place": m.place,
                 "topic": m.topic, "outcome": m.outcome, "side": attendee.side}
                for attendee, m, title, org_name in meetings
            ],
            "notes": [
                {"date": _plain(n.date), "kind": n.kind, "text": n.text,
                 "about": "this person" if n.record_type == "contact" and n.record_id in ids
                 else f"{n.record_type} {n.record_id} (mentions this person)",
                 "deleted": n.deleted_at is not None}
                for n in notes
            ],
            "documents": [
                {"name": d.original_name, "type": d.mime_type, "size_bytes": d.size_bytes,
                 "added": _plain(d.created_at), "deleted": d.deleted_at is not None}
                for d in documents
            ],
            "tasks": [
                {"title": t.title, "due_date": _plain(t.due_date), "done": t.done,
                 "owner": officers.get(t.owner_id or "")}
                for t in tasks
            ],
            "merges": [_journal_summary(j, ids) for j in journals],
            "history": [
                {"at": _plain(c.at), "officer": officers.get(c.officer_id or "", c.officer_id), "op": c.op,
                 "field": c.field, "old": _decoded(c.old_value), "new": _decoded(c.new_value)}
                for c in history
            ],
        }


def _journal_summary(journal: Note, ids: Sequence[str]) -> dict[str, Any]:
    kept, dropped = journal_records(journal.text)
    return {
        "date": _plain(journal.date), "kept": kept, "dropped": dropped, "undone": journal.deleted_at is not None,
        "changes": [{"table": c.table, "record": c.record_id, "field": c.field, "old": c.old, "new": c.new}
                    for c in journal_changes(journal.text) if c.record_id in ids],
    }


def _text_report(data: dict[str, Any]) -> str:
    person = data["person"]
    lines = [
        f"Personal data held about {person['first_name']} {person['last_name']}",
        f"Made on {data['generated_at']}" + (f" by {data['generated_by']}" if data["generated_by"] else ""),
        "",
        "RECORD",
    ]
    lines += [f"  {k.replace('_', ' ')}: {v}" for k, v in person.items() if v not in (None, [], "")]
    if data["organization"]:
        org = data["organization"]
        lines += ["", "ORGANIZATION", f"  {org['name']} ({org['kind']}, {org['country'] or 'no country'})"]
    sections: list[tuple[str, list[str]]] = [
        ("PARTICIPATIONS", [f"  {p['start_date']}  {p['action']} ({p['type']}), {p['role']}"
                            for p in data["participations"]]),
        ("MEETINGS", [f"  {m['starts_at'] or 'undated'}  {m['mission']}: {m['organization'] or ''} {m['topic'] or ''}"
                      for m in data["meetings"]]),
        ("NOTES", [f"  {n['date']} {n['kind']} ({n['about']}): {n['text']}" for n in data["notes"]]),
        ("DOCUMENTS", [f"  {d['name']} ({d['type'] or 'file'}, {d['size_bytes']} bytes, added {d['added']})"
                       for d in data["documents"]]),
        ("TASKS", [f"  {t['title']} (due {t['due_date'] or '-'}, {'done' if t['done'] else 'open'})"
                   for t in data["tasks"]]),
        ("MERGES OF DUPLICATE RECORDS", [
            f"  {m['date']}  {m['dropped']} merged into {m['kept']}" + (" (undone)" if m["undone"] else "")
            + "".join(f"; {c['field']}: {c['old']!r} -> {c['new']!r}" for c in m["changes"])
            for m in data["merges"]
        ]),
        ("HISTORY OF THE RECORD", [
            f"  {h['at']}  {h['op']}" + (f" {h['field']}: {h['old']!r} -> {h['new']!r}" if h["field"] else "")
            + (f" by {h['officer']}" if h["officer"] else "")
            for h in data["history"]
        ]),
    ]
    for title, items in sections:
        lines += ["", title] + (items or ["  none"])
    return "\n".join(lines) + "\n"


def subject_access_export(store: Store, contact_id: str, out_path: Path) -> SubjectAccessFiles:
    """Write `<out>.json` (complete data) and `<out>.txt` (the same, readable); returns both paths."""
    data = subject_access_data(store, contact_id)
    out_path = Path(out_path)
    base = out_path.with_suffix("") if out_path.suffix.lower() in (".json", ".txt") else out_path
    files = SubjectAccessFiles(base.with_name(base.name + ".json"), base.with_name(base.name + ".txt"))
    files.json_path.parent.mkdir(parents=True, exist_ok=True)
    files.json_path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    files.text_path.write_text(_text_report(data), encoding="utf-8")
    return files


# ---- erasure ------------------------------------------------------------------------------------------------

@dataclass
class ErasureReport:
    contact_ids: list[str]  # the person's records (the contact and the ones merged into it)
    records_redacted: int  # other records whose free text named the person
    history_rows_rewritten: int
    documents_removed: int
    files_removed: int
    wal_emptied: bool
    # Backups made before the erasure still hold the person: they leave with the rotation (auto) or by hand.
    backups_holding_old_data: list[Path] = field(default_factory=list)


def _blob_path(store: Store, sha256: str) -> Path:
    # The documents service's layout (services/documents.py): attachments/<first two hex digits>/<sha256>.
    return store.attachments_dir / sha256[:2] / sha256


def erase_contact(store: Store, contact_id: str) -> ErasureReport:
    """Erase one person (GDPR art. 17) so that no personal data of theirs remains in the store file.

    One transaction with secure_delete on: the contact rows are anonymised ("Erased person", personal fields
    emptied, erased_at set; organization, gender and the links stay, so KPI counts do not move), their notes'
    text, documents (rows and unshared files) and import references are erased, other free text naming them is
    redacted, and the change log is rewritten: the person's own entries lose their personal values and become
    op "erase" (the erase entries keep their new, anonymous values so that sync replays the erasure), other
    entries naming them are redacted. Then the file is scrubbed (FTS indexes refilled, VACUUM, -wal truncated).
    """
    now = utcnow()
    with store.session() as session, secure_delete(session):
        people = _same_person(session, load(session, Contact, contact_id, include_deleted=True))
        ids = [p.id for p in people]
        needles = _needles(people)
        # What the erasure reaches, and why (services/erasure_rules.py): the history values are dropped by the same
        # rules that sync applies to the changes it receives, so every store ends up with the same bytes.
        scope: dict[tuple[str, str], Erased] = {}
        for person in people:
            _erase(session, person, Erased(PERSON, person.id), scope, erased_at=now, first_name=ERASED_FIRST_NAME,
                   last_name=ERASED_LAST_NAME, consent_status="withdrawn", languages=[],
                   **dict.fromkeys(PERSONAL_FIELDS - {"first_name", "last_name", "languages"}))
        for note in session.scalars(select(Note).where(Note.record_type == "contact", Note.record_id.in_(ids))):
            _erase(session, note, Erased(ATTACHED, note.record_id), scope, text=REDACTED)
        for journal in session.scalars(select(Note).where(Note.record_type == MERGE_NOTE_TYPE,
                                                          Note.record_id.in_(ids))):
            # A merge journal holds the values the merge changed: the person's are emptied, the rest stays.
            _erase(session, journal, Erased(JOURNAL, journal.record_id), scope,
                   text=redact_journal(journal.text, {journal.record_id}, PERSONAL_FIELDS))
        documents = list(session.scalars(
            select(Document).where(Document.record_type == "contact", Document.record_id.in_(ids))
        ))
        for document in documents:
            _erase(session, document, Erased(ATTACHED, document.record_id), scope, original_name=REDACTED,
                   deleted_at=document.deleted_at or now)
        for ref in session.scalars(select(ExternalRef).where(ExternalRef.record_id.in_(ids))):
            _erase(session, ref, Erased(ATTACHED, ref.record_id), scope, ref=REDACTED,
                   deleted_at=ref.deleted_at or now)
        erased_ids = {record_id for _, record_id in scope}
        redacted = redact_free_text(session, needles, exclude=erased_ids)
        session.flush()
        rewritten = rewrite_log(session, scope) + redact_history(session, needles)
        rewritten += erase_sync_copies(session, sorted(erased_ids), needles, now)
        shas = {d.sha256 for d in documents}
        still_used = set(session.scalars(
            select(Document.sha256).where(Document.sha256.in_(shas), Document.deleted_at.is_(None))
        )) if shas else set()
    files_removed = 0
    for sha in shas - still_used:
        blob = _blob_path(store, sha)
        if blob.exists():
            blob.unlink()
            files_removed += 1
    scrubbed = scrub(store)
    return ErasureReport(
        contact_ids=ids, records_redacted=redacted, history_rows_rewritten=rewritten,
        documents_removed=len(documents), files_removed=files_removed, wal_emptied=scrubbed.wal_emptied,
        backups_holding_old_data=[b.path for b in list_backups(store.path)] if store.engine.dialect.name == "sqlite"
        else [],
    )


def _erase(session: Session, record: Record, erased: Erased, scope: dict[tuple[str, str], Erased],
           **values: Any) -> None:
    session.info[("op", record.id)] = "erase"  # the change log names the operation (storage/changelog.py)
    for name, value in values.items():
        if getattr(record, name) != value:
            setattr(record, name, value)
    scope[(record.__tablename__, record.id)] = erased


# ---- retention ----------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class StaleContact:
    id: str
    name: str
    organization: str | None
    last_activity: date  # the last participation, meeting, note, task or change of the contact


def _day(value: date | datetime | None) -> date | None:
    if value is None:
        return None
    return value.date() if isinstance(value, datetime) else value


def stale_contacts(store: Store, years: int | None = None, today: date | None = None) -> list[StaleContact]:
    """Live contacts with no activity for `years` years (default: the retention_years setting), oldest first.

    Activity: a participation (its date, else the action's start), a meeting attended, a note on the contact, a
    task linked to it (due date or last edit), a change of the contact record. For review: the officer then
    refreshes consent, deletes or erases.
    """
    years = Settings.load().retention_years if years is None else years
    cutoff = retention_cutoff(today or date.today(), years)
    last: dict[str, date] = {}

    def seen(rows: Iterable[tuple[str | None, date | datetime | None]]) -> None:
        for contact_id, moment in rows:
            day = _day(moment)
            if contact_id and day and (contact_id not in last or day > last[contact_id]):
                last[contact_id] = day

    with store.read() as session:
        people = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Organization.name)
            .outerjoin(Organization, Organization.id == Contact.organization_id)
            .where(Contact.deleted_at.is_(None), Contact.erased_at.is_(None))
        ).all()
        seen(session.execute(
            select(Participation.contact_id, func.max(func.coalesce(Participation.date, Action.start_date)))
            .join(Action, Action.id == Participation.action_id)
            .where(Participation.deleted_at.is_(None)).group_by(Participation.contact_id)
        ).all())
        seen(session.execute(
            select(MeetingAttendee.contact_id, func.max(Meeting.starts_at))
            .join(Meeting, Meeting.id == MeetingAttendee.meeting_id)
            .where(MeetingAttendee.deleted_at.is_(None)).group_by(MeetingAttendee.contact_id)
        ).all())
        seen(session.execute(
            select(MeetingAttendee.contact_id, func.max(MeetingAttendee.created_at))
            .group_by(MeetingAttendee.contact_id)
        ).all())
        seen(session.execute(
            select(Note.record_id, func.max(Note.date))
            .where(Note.record_type == "contact", Note.deleted_at.is_(None)).group_by(Note.record_id)
        ).all())
        for column in (Task.due_date, Task.updated_at):
            seen(session.execute(
                select(Task.record_id, func.max(column)).where(Task.record_type == "contact").group_by(Task.record_id)
            ).all())
        seen(session.execute(
            select(Change.record_id, func.max(Change.at)).where(Change.table_name == "contact")
            .group_by(Change.record_id)
        ).all())
    stale = [
        StaleContact(cid, f"{first} {last_name}", org, last[cid])
        for cid, first, last_name, org in people
        if cid in last and last[cid] < cutoff
    ]
    return sorted(stale, key=lambda s: (s.last_activity, s.name))
