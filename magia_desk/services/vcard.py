"""vCard import: business cards exchanged at a stand (phones, card scanners, mail programs) into the store.

Reads one or many .vcf files, each with one or many cards, vCard 2.1, 3.0 or 4.0, UTF-8 or legacy 8-bit,
with vCard 2.1 quoted-printable values (which vobject cannot unfold on its own: done here first).
Each card goes through the same matching as the capture form (services.capture): a known email or the
same name at the same company is the same person, a known company name is the same company. The whole
import is one transaction: all cards or none.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import vobject

from magia_desk.domain.actions import has_cjk
from magia_desk.domain.contact_rules import normalise_email, normalise_phone, normalise_website
from magia_desk.domain.countries import normalise_country
from magia_desk.domain.errors import N_, MagiaError, Message, RecordInvalid, ValidationError
from magia_desk.services.capture import LeadInput, capture_in
from magia_desk.storage.store import Store

Source = str | Path | bytes


class VCardError(MagiaError):
    """A file could not be read as vCards; the message names the file."""


@dataclass
class Card:
    """The fields of one card that MAGIA Desk keeps."""

    source: str  # file name and position, for messages: "leads.vcf, card 3"
    first_name: str = ""
    last_name: str = ""
    full_name: str = ""
    organization: str = ""
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    city: str = ""
    country: str = ""  # as written on the card
    website: str = ""
    note: str = ""

    @property
    def label(self) -> str:
        named = self.full_name or f"{self.first_name} {self.last_name}".strip() or self.organization
        return named or Message(N_("(no name)"))


# ---- reading --------------------------------------------------------------------------------------------

_QP_PARAM = re.compile(r"(?i)(;ENCODING=QUOTED-PRINTABLE|;QUOTED-PRINTABLE)(?=[;:])")
_CHARSET_PARAM = re.compile(r"(?i);CHARSET=([\w-]+)(?=[;:])")


def _decode_bytes(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Old phones write 8-bit Windows-1252 / Latin-1 cards.
        return data.decode("cp1252", errors="replace")


def _decode_qp_line(line: str) -> str:
    """'N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;...' -> 'N:Müller;...'."""
    head, _, value = line.partition(":")
    charset_match = _CHARSET_PARAM.search(head)
    charset = charset_match.group(1) if charset_match else "utf-8"
    raw = quopri.decodestring(value.encode("utf-8", errors="replace"))
    try:
        text = raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        text = raw.decode("cp1252", errors="replace")
    head = _CHARSET_PARAM.sub("", _QP_PARAM.sub("", head))
    # A decoded line break inside a value must stay inside it: vCard escapes it as \n.
    return f"{head}:" + text.replace("\r\n", "\\n").replace("\n", "\\n")


def _prepare(text: str) -> str:
    """Unfold and decode quoted-printable properties, which vobject reads wrong (soft line breaks)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        head = line.partition(":")[0]
        if ":" in line and _QP_PARAM.search(head + ":"):
            # A value ending in '=' continues on the next line (quoted-printable soft line break).
            while line.endswith("=") and index < len(lines):
                line = line[:-1] + lines[index].lstrip(" \t")
                index += 1
            line = _decode_qp_line(line)
        out.append(line)
    return "\r\n".join(out) + "\r\n"


def _text(value: Any) -> str:
    if isinstance(value, list | tuple):
        return " ".join(_text(v) for v in value if v).strip()
    return " ".join(str(value or "").split())


def _ranked(card: Any, name: str) -> list[str]:
    """Values of a repeated property, preferred ones first (TYPE=pref / PREF=1), then work ones."""
    entries = []
    for prop in card.contents.get(name, []):
        params = {k.upper(): [str(v).lower() for v in vs] for k, vs in prop.params.items()}
        types = set(params.get("TYPE", [])) | {str(s).lower() for s in getattr(prop, "singletonparams", [])}
        preferred = "pref" in types or params.get("PREF") == ["1"]
        value = _text(prop.value)
        if name == "tel":
            value = re.sub(r"(?i)^tel:", "", value)
        if value:
            entries.append((not preferred, "work" not in types and "cell" not in types, value))
    return [v for *_, v in sorted(entries, key=lambda e: (e[0], e[1]))]


def _split_full_name(full: str) -> tuple[str, str]:
    """(first, last) from a formatted name: '张伟' -> ('伟', '张'); 'Anna Maria Rossi' -> ('Anna Maria', 'Rossi')."""
    full = full.strip()
    if has_cjk(full) and " " not in full and len(full) >= 2:
        return full[1:], full[:1]
    first, _, last = full.rpartition(" ")
    return (first, last) if first else ("", last)


def _card(component: Any, source: str) -> Card:
    card = Card(source=source)
    if "n" in component.contents:
        n = component.n.value
        card.first_name = _text([n.given, n.additional]) if getattr(n, "given", None) else ""
        card.last_name = _text(getattr(n, "family", ""))
    if "fn" in component.contents:
        card.full_name = _text(component.fn.value)
    if not (card.first_name and card.last_name) and card.full_name:
        first, last = _split_full_name(card.full_name)
        card.first_name, card.last_name = card.first_name or first, card.last_name or last
    if "org" in component.contents:
        org = component.org.value
        card.organization = _text(org[0] if isinstance(org, list | tuple) and org else org)
    if "title" in component.contents:
        card.job_title = _text(component.title.value)
    card.emails = _ranked(component, "email")
    card.phones = _ranked(component, "tel")
    for adr in component.contents.get("adr", []):
        value = adr.value
        card.city = card.city or _text(getattr(value, "city", ""))
        card.country = card.country or _text(getattr(value, "country", ""))
    if "url" in component.contents:
        card.website = _text(component.url.value)
    if "note" in component.contents:
        card.note = str(component.note.value or "").strip()
    return card


def parse_vcards(data: bytes | str, source: str = "vCard") -> list[Card]:
    """Every card in one file's content (a file may hold one card or hundreds)."""
    text = _decode_bytes(data) if isinstance(data, bytes) else data
    if "BEGIN:VCARD" not in text.upper():
        raise VCardError(Message(N_("{source}: no vCard in it (BEGIN:VCARD is missing)"), source=source))
    cards = []
    try:
        for index, component in enumerate(vobject.readComponents(_prepare(text), ignoreUnreadable=True), start=1):
            if component.name.upper() == "VCARD":
                cards.append(_card(component, Message(N_("{source}, card {index}"), source=source, index=index)))
    except Exception as exc:  # vobject raises its own ParseError and, on odd input, plain ValueErrors
        raise VCardError(Message(N_("{source}: not a readable vCard file ({reason})"), source=source,
                                 reason=str(exc))) from exc
    return cards


def read_sources(sources: Source | Sequence[Source]) -> list[Card]:
    items: Iterable[Source] = [sources] if isinstance(sources, str | Path | bytes) else sources
    cards: list[Card] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, bytes):
            cards += parse_vcards(item, Message(N_("vCard data {number}"), number=number))
            continue
        path = Path(item)
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise VCardError(Message(N_("{path}: cannot be read ({reason})"), path=path, reason=exc.strerror)) from exc
        cards += parse_vcards(data, path.name)
    return cards


# ---- importing ------------------------------------------------------------------------------------------


@dataclass
class ImportResult:
    cards: int = 0
    contacts_created: int = 0
    contacts_matched: int = 0
    organizations_created: int = 0
    organizations_matched: int = 0
    participations_added: int = 0
    contact_ids: list[str] = field(default_factory=list)  # in card order, for a screen to show or select
    skipped: list[str] = field(default_factory=list)  # cards with no name, email or company
    warnings: list[str] = field(default_factory=list)  # values dropped because they were not valid


def _lead(card: Card, warnings: list[str], role: str, organization_kind: str) -> LeadInput | None:
    country = None
    if card.country:
        try:
            country = normalise_country(card.country)
        except ValidationError:
            warnings.append(Message(N_("{card} ({name}): country '{text}' not recognised, left out"),
                                    card=card.source, name=card.label, text=card.country))
    email = None
    for candidate in card.emails:
        try:
            email = normalise_email(candidate)
            break
        except ValidationError:
            warnings.append(Message(N_("{card} ({name}): email '{text}' is not valid, left out"),
                                    card=card.source, name=card.label, text=candidate))
    phone = None
    for candidate in card.phones:
        try:
            phone = normalise_phone(candidate, country)
            break
        except ValidationError:
            warnings.append(Message(N_("{card} ({name}): phone '{text}' is not valid, left out"),
                                    card=card.source, name=card.label, text=candidate))
    website = None
    if card.website:
        try:
            website = normalise_website(card.website)
        except ValidationError:
            warnings.append(Message(N_("{card} ({name}): web address '{text}' left out"),
                                    card=card.source, name=card.label, text=card.website))
    first, last = card.first_name, card.last_name
    if (first or last) and not (first and last):
        # A contact needs both names; a card with one keeps it as the last name and says so.
        first, last = "-", last or first
        warnings.append(Message(N_("{card} ({name}): one name only, first name set to '-'"),
                                card=card.source, name=card.label))
    if not (last or email or card.organization):
        return None
    if not last and email:
        first, last = "-", email.split("@")[0]
        warnings.append(Message(N_("{card} ({name}): no name, the email's name part is used"),
                                card=card.source, name=card.label))
    return LeadInput(
        organization_name=card.organization, organization_country=country, organization_kind=organization_kind,
        first_name=first if last else "", last_name=last, email=email, phone=phone,
        job_title=card.job_title[:200] or None, note=card.note, role=role, website=website,
        city=card.city[:200] or None,
    )


def import_vcards(
    store: Store,
    sources: Source | Sequence[Source],
    trade_show_id: str | None = None,
    *,
    role: str = "attendee",
    organization_kind: str = "other",
    today: date | None = None,
) -> ImportResult:
    """Import .vcf files (paths) or their content (bytes), optionally linking every person to a trade show.

    Known people and companies are matched, not duplicated. Invalid emails, phones or countries are left out
    and reported in `warnings`; cards with nothing to identify anyone are reported in `skipped`.
    """
    cards = read_sources(sources)
    result = ImportResult(cards=len(cards))
    on = today or date.today()
    with store.session() as session:
        for card in cards:
            lead = _lead(card, result.warnings, role, organization_kind)
            if lead is None:
                result.skipped.append(Message(N_("{card}: no name, email or company"), card=card.source))
                continue
            try:
                outcome = capture_in(session, trade_show_id, lead, on)
            except RecordInvalid as exc:
                raise RecordInvalid([ValidationError(e.field, N_("{card} ({name}): {reason}"), e.value,
                                                     card=card.source, name=card.label, reason=e.message)
                                     for e in exc.errors]) from exc
            if outcome.contact_id:
                result.contact_ids.append(outcome.contact_id)
                result.contacts_created += outcome.contact_created
                result.contacts_matched += not outcome.contact_created
            if outcome.organization_id:
                result.organizations_created += outcome.organization_created
                result.organizations_matched += not outcome.organization_created
            result.participations_added += outcome.participation_id is not None
    return result
