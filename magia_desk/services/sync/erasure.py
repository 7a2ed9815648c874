"""Erasure through sync: a tombstone that beats every change of the erased person, whatever its clock.

A GDPR erasure (services/gdpr.py) logs, for each erased contact, a change of `erased_at` with op "erase": the
*erasure tombstone*. It holds the record's id and a timestamp, nothing personal. The merge does not treat it as
one more last-writer-wins value:
- a contact with a tombstone in the log is erased for good. Its personal fields hold the erased values
  (ERASED_CONTACT) whatever the clock of other changes of them: an edit made offline on a laptop that had not
  heard of the erasure yet, an old bundle imported again. The same holds for the records attached to the
  person (notes and documents on the contact, import refs: REDACTED; documents and refs deleted) and for the
  journals of merges that kept the person (their values of the person's fields emptied,
  exchange.merge.redact_journal). The materializer applies `erase_fold` to the rows it rebuilds;
- received changes of an erased record lose their personal values before they enter the log (`scrub_change`),
  so that the log, which every store passes on, never carries them again;
- a store that receives a tombstone for a person it still holds erases its own copy in the same transaction
  (`erase_local_copies`, then `redact_mentions` once the rows are rebuilt): its log is rewritten in place, the
  person's name, email and phone are redacted in other records' free text and in the log, the sync conflicts
  about the person are forgotten; after the commit `finish_erasure` removes the documents' files and scrubs the
  file. Every change keeps its (site, clock) identity, so nothing is sent again and nothing converges apart.

What cannot be recognised: a mention of the person *by name* in another record's free text, written by a peer
that had not heard of the erasure and received by a store that no longer knows the name (recognising it would
mean keeping the name). A laptop learns of erasures before it sends anything to a hub (hub.py pulls first), so
this only happens with bundles exported before the erasure was imported; the erased person's own records are
covered either way.

The rules themselves (what an erased record keeps, how a logged value and a mention are redacted) are shared with
services/gdpr.py through services/erasure_rules.py, so that both ways of erasing leave the same bytes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from magia_desk.services.erasure_rules import (
    ATTACHED,
    ATTACHED_FIELD,
    DELETED_WITH_PERSON,
    ERASED_CONTACT,
    ERASED_FIRST_NAME,
    ERASED_LAST_NAME,
    JOURNAL,
    PERSON,
    PERSONAL_FIELDS,
    REDACTED,
    Erased,
    erase_sync_copies,
    redact_free_text,
    redact_history,
    rewrite_log,
    scrub_field,
)
from magia_desk.services.exchange.merge import MERGE_NOTE_TYPE, redact_journal
from magia_desk.services.sync.log import ChangeRecord
from magia_desk.storage.base import utcnow
from magia_desk.storage.changelog import encode_value
from magia_desk.storage.lists import CHUNK, among
from magia_desk.storage.models import Change, Contact, Document, ExternalRef, Note
from magia_desk.storage.store import Store

NEEDLE_FIELDS = ("first_name", "last_name", "email", "phone")


def is_tombstone(table_name: str, op: str, field: str | None, value: str | None) -> bool:
    return table_name == "contact" and op == "erase" and field == "erased_at" and value is not None


def tombstones(session: Session, contact_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """The latest tombstone (hlc, value) in the log of each of these contacts that has one."""
    ids = sorted(set(contact_ids))
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(ids), CHUNK):
        statement = select(Change.record_id, Change.hlc, Change.new_value).where(
            among(session, Change.record_id, ids[start:start + CHUNK]), Change.table_name == "contact",
            Change.field == "erased_at", Change.op == "erase", Change.new_value.is_not(None),
        )
        for record_id, hlc, value in session.execute(statement):
            if value is not None and (record_id not in found or hlc > found[record_id][0]):
                found[record_id] = (hlc, value)
    return found


def role_of(table_name: str, record_type: str | None) -> str | None:
    """The role a record linked to an erased contact plays, None when the link does not make it personal."""
    if table_name == "external_ref":
        return ATTACHED
    if table_name in ("note", "document") and record_type == "contact":
        return ATTACHED
    if table_name == "note" and record_type == MERGE_NOTE_TYPE:
        return JOURNAL
    return None


def erased_by(table_name: str, record_id: str, link: tuple[str | None, str | None] | None,
              stones: Mapping[str, tuple[str, str]]) -> Erased | None:
    """The erasure that reaches a record, from its table, its (record_type, record_id) link and the tombstones."""
    if table_name == "contact":
        stone = stones.get(record_id)
        return Erased(PERSON, record_id, stone[1]) if stone else None
    if table_name not in ATTACHED_FIELD or link is None or link[1] is None or link[1] not in stones:
        return None
    role = role_of(table_name, link[0])
    return Erased(role, link[1], stones[link[1]][1]) if role else None


# ---- values -----------------------------------------------------------------------------------------------

def scrub_change(change: ChangeRecord, erased: Erased) -> ChangeRecord:
    """A received change of an erased record, as it may enter the log (op "erase" when it lost something)."""
    value = scrub_field(change.table_name, erased, change.field, change.new_value)
    if value == change.new_value:
        return change
    return replace(change, new_value=value, op="erase")


def erase_fold(table_name: str, erased: Erased, desired: dict[str, Any], converters: Mapping[str, Any]) -> None:
    """The values the materializer writes for an erased record, over whatever the fold picked."""
    erased_at = datetime.fromisoformat(json.loads(erased.erased_at)) if erased.erased_at else utcnow()
    if erased.role == PERSON:
        desired.update(ERASED_CONTACT)
        desired["erased_at"] = erased_at
    elif erased.role == ATTACHED:
        desired[ATTACHED_FIELD[table_name]] = REDACTED
        if table_name in DELETED_WITH_PERSON and desired.get("deleted_at") is None:
            desired["deleted_at"] = erased_at
    elif isinstance(desired.get("text"), str):
        desired["text"] = redact_journal(desired["text"], {erased.person}, PERSONAL_FIELDS)


# ---- a batch of received changes -------------------------------------------------------------------------

def _snapshot_link(change: ChangeRecord) -> tuple[str | None, str | None] | None:
    if change.field is not None or change.new_value is None:
        return None
    try:
        snapshot = json.loads(change.new_value)
    except ValueError:
        return None
    return (snapshot.get("record_type"), snapshot.get("record_id")) if isinstance(snapshot, dict) else None


def links(session: Session, table_name: str, ids: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """(record_type, record_id) of these notes, documents or refs, from their rows (refs have no type)."""
    wanted = sorted(set(ids))
    found: dict[str, tuple[str | None, str | None]] = {}
    for start in range(0, len(wanted), CHUNK):
        part = wanted[start:start + CHUNK]
        if table_name == "external_ref":
            refs = select(ExternalRef.id, ExternalRef.record_id).where(among(session, ExternalRef.id, part))
            found.update({row[0]: (None, row[1]) for row in session.execute(refs)})
            continue
        model = Note if table_name == "note" else Document
        typed = select(model.id, model.record_type, model.record_id).where(among(session, model.id, part))
        found.update({row[0]: (row[1], row[2]) for row in session.execute(typed)})
    return found


@dataclass
class IncomingErasure:
    """What a batch of received changes meets of erasures: the records they reach and the persons newly erased."""

    reached: dict[tuple[str, str], Erased]
    newly_erased: list[str]  # contacts whose first tombstone here arrives in this batch
    needles: list[str]  # how they are named (taken before anything is scrubbed), for mentions elsewhere

    def scrub(self, change: ChangeRecord) -> ChangeRecord:
        erased = self.reached.get((change.table_name, change.record_id))
        return change if erased is None else scrub_change(change, erased)


def incoming(session: Session, changes: list[ChangeRecord]) -> IncomingErasure:
    batch_stones: dict[str, tuple[str, str]] = {}
    dependents: dict[str, dict[str, tuple[str | None, str | None] | None]] = defaultdict(dict)
    contacts: set[str] = set()
    for change in changes:
        if change.table_name == "contact":
            contacts.add(change.record_id)
            if is_tombstone(change.table_name, change.op, change.field, change.new_value):
                held = batch_stones.get(change.record_id)
                if held is None or change.hlc > held[0]:
                    batch_stones[change.record_id] = (change.hlc, change.new_value or "")
        elif change.table_name in ATTACHED_FIELD:
            link = _snapshot_link(change)
            if link is not None or change.record_id not in dependents[change.table_name]:
                dependents[change.table_name][change.record_id] = link
    resolved: dict[tuple[str, str], tuple[str | None, str | None]] = {}
    for table_name, items in dependents.items():
        stored = links(session, table_name, items)
        for record_id, link in items.items():
            if record_id in stored or link is not None:
                resolved[(table_name, record_id)] = stored.get(record_id) or link  # type: ignore[assignment]
    parents = {link[1] for link in resolved.values() if link[1]}
    if not batch_stones and not parents and not contacts:
        return IncomingErasure({}, [], [])
    local = tombstones(session, contacts | parents | set(batch_stones))
    stones = dict(local)
    for record_id, stone in batch_stones.items():
        if record_id not in stones or stone[0] > stones[record_id][0]:
            stones[record_id] = stone
    if not stones:
        return IncomingErasure({}, [], [])
    reached: dict[tuple[str, str], Erased] = {}
    for record_id in contacts:
        erased = erased_by("contact", record_id, None, stones)
        if erased is not None:
            reached[("contact", record_id)] = erased
    for (table_name, record_id), link in resolved.items():
        erased = erased_by(table_name, record_id, link, stones)
        if erased is not None:
            reached[(table_name, record_id)] = erased
    newly = sorted(set(batch_stones) - set(local))
    return IncomingErasure(reached, newly, needles_of(session, newly, changes) if newly else [])


def needles_of(session: Session, contact_ids: list[str], changes: Iterable[ChangeRecord] = ()) -> list[str]:
    """How these people may be named in free text: every name, email and phone their rows and logs held."""
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))

    def seen(record_id: str, name: str | None, raw: str | None) -> None:
        if raw is None:
            return
        try:
            decoded = json.loads(raw)
        except ValueError:
            return
        items = decoded.items() if name is None and isinstance(decoded, dict) else [(name, decoded)]
        for key, value in items:
            if key in NEEDLE_FIELDS and isinstance(value, str) and value not in (ERASED_FIRST_NAME, ERASED_LAST_NAME):
                values[record_id][key].add(" ".join(value.split()))

    wanted = set(contact_ids)
    for start in range(0, len(contact_ids), CHUNK):
        part = contact_ids[start:start + CHUNK]
        for row in session.execute(select(Contact.id, *(getattr(Contact, f) for f in NEEDLE_FIELDS))
                                   .where(among(session, Contact.id, part))):
            for key, value in zip(NEEDLE_FIELDS, row[1:], strict=True):
                seen(row[0], key, encode_value(value))
        for record_id, name, raw in session.execute(
                select(Change.record_id, Change.field, Change.new_value)
                .where(among(session, Change.record_id, part), Change.table_name == "contact")):
            seen(record_id, name, raw)
    for change in changes:
        if change.table_name == "contact" and change.record_id in wanted:
            seen(change.record_id, change.field, change.new_value)
    found: set[str] = set()
    for person in values.values():
        for first in person["first_name"]:
            for last in person["last_name"]:
                if first and last:
                    found |= {f"{first} {last}", f"{last} {first}", f"{last}, {first}"}
        found |= person["email"] | person["phone"]
    return sorted((n for n in found if len(n) >= 4), key=len, reverse=True)


# ---- the receiving store's own copy ----------------------------------------------------------------------

def local_scope(session: Session, contact_ids: list[str],
                stones: Mapping[str, tuple[str, str]] | None = None) -> dict[tuple[str, str], Erased]:
    """The records of this store that the erasure of these contacts reaches (from their rows)."""
    stones = stones if stones is not None else {i: ("", encode_value(utcnow()) or "") for i in contact_ids}
    scope: dict[tuple[str, str], Erased] = {}
    for record_id in contact_ids:
        erased = erased_by("contact", record_id, None, stones)
        if erased is not None:
            scope[("contact", record_id)] = erased
    for start in range(0, len(contact_ids), CHUNK):
        part = contact_ids[start:start + CHUNK]
        for model in (Note, Document):
            rows = session.execute(select(model.id, model.record_type, model.record_id)
                                   .where(among(session, model.record_id, part)))
            for record_id, record_type, parent in rows:
                erased = erased_by(model.__tablename__, record_id, (record_type, parent), stones)
                if erased is not None:
                    scope[(model.__tablename__, record_id)] = erased
        refs = session.execute(select(ExternalRef.id, ExternalRef.record_id)
                               .where(among(session, ExternalRef.record_id, part)))
        for record_id, parent in refs:
            erased = erased_by("external_ref", record_id, (None, parent), stones)
            if erased is not None:
                scope[("external_ref", record_id)] = erased
    return scope


def erase_local_copies(session: Session, erasure: IncomingErasure) -> tuple[list[str], list[tuple[str, str]]]:
    """This store's own copy of the persons newly erased by a merge: log rewritten, conflicts forgotten.
    Returns the sha256 of the documents attached to them (their files go after the commit) and the records the
    erasure reaches (to rebuild whole: an offline edit here that no received change touches is erased too)."""
    stones = tombstones(session, erasure.newly_erased)
    scope = local_scope(session, erasure.newly_erased, stones)
    rewrite_log(session, scope)
    erase_sync_copies(session, sorted({i for _, i in scope}), erasure.needles, utcnow())
    documents = [i for t, i in scope if t == "document"]
    shas: set[str] = set()
    for start in range(0, len(documents), CHUNK):
        shas.update(session.scalars(select(Document.sha256).where(
            among(session, Document.id, documents[start:start + CHUNK]))))
    return sorted(shas), sorted(scope)


def redact_mentions(session: Session, erasure: IncomingErasure) -> None:
    """After the rows are rebuilt: the persons' names redacted in other records' text and in the whole log."""
    if not erasure.needles:
        return
    exclude = {record_id for (_, record_id) in local_scope(session, erasure.newly_erased)}
    redact_free_text(session, erasure.needles, exclude=exclude)
    session.flush()
    redact_history(session, erasure.needles)


def unused_files(session: Session, shas: list[str]) -> list[str]:
    """The documents' files that no live document uses any more."""
    if not shas:
        return []
    used = set(session.scalars(select(Document.sha256).where(among(session, Document.sha256, shas),
                                                             Document.deleted_at.is_(None))))
    return [sha for sha in shas if sha not in used]


def finish_erasure(store: Store, erased: list[str], files: list[str]) -> None:
    """After a merge that erased people here has committed: their files removed, the store file scrubbed."""
    if not erased or store.engine.dialect.name != "sqlite":
        return
    from magia_desk.storage.scrub import scrub

    for sha in files:
        (store.attachments_dir / sha[:2] / sha).unlink(missing_ok=True)
    scrub(store)
