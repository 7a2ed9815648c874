"""Duplicates already in the store: pairs of organizations or people that are probably one.

Records are compared only within blocks: the same VAT number, web or email domain, email or phone; and for
names, neighbours in alphabetical order (words sorted, then reversed) within one country or one organization
(`matching.similar_pairs`). 60k organizations take a second or two, not the hours all pairs would. The older
record of a pair comes first: it is usually the one to keep.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rapidfuzz import fuzz
from sqlalchemy import select

from magia_desk.domain.errors import N_, ValidationError
from magia_desk.services.exchange.matching import (
    email_key,
    mail_domain_key,
    organization_key,
    person_key,
    similar_pairs,
    vat_key,
    web_key,
)
from magia_desk.services.exchange.plan import CANDIDATE_SCORE
from magia_desk.storage.models import Contact, Organization
from magia_desk.storage.store import Store

# A domain shared by more records than this is a host or a big institution, not a sign of one record.
MAX_DOMAIN_GROUP = 20
DOMAIN_SCORE = 92.0  # a shared domain alone: listed, but not as sure as a VAT number or an email
NAME_WINDOW = 8  # neighbours compared in each alphabetical order (a run of near-identical names stays found)


@dataclass(frozen=True)
class DuplicatePair:
    a_id: str  # the older record
    b_id: str
    score: float  # 100 for an exact key, else the name similarity
    reasons: tuple[str, ...]  # "same VAT number", "same web domain", "same email", "same phone", "similar name"
    a_label: str = ""
    b_label: str = ""


class _Pairs:
    def __init__(self) -> None:
        self.found: dict[tuple[str, str], tuple[float, list[str]]] = {}

    def add(self, a: str, b: str, score: float, reason: str) -> None:
        if a == b:
            return
        held = self.found.get((a, b))
        if held is None:
            self.found[(a, b)] = (score, [reason])
        else:
            self.found[(a, b)] = (max(held[0], score), held[1] + ([reason] if reason not in held[1] else []))


def find_duplicates(store: Store, kind: str = "organization", limit: int = 500,
                    threshold: float = CANDIDATE_SCORE) -> list[DuplicatePair]:
    """The `limit` likeliest duplicate pairs among live organizations or contacts, best first."""
    if kind == "organization":
        pairs, labels = _organization_pairs(store, threshold)
    elif kind == "contact":
        pairs, labels = _contact_pairs(store, threshold)
    else:
        raise ValidationError("kind", N_("'{text}' is not organization or contact"), kind, text=kind)
    ranked = sorted(pairs.found.items(), key=lambda item: (-item[1][0], labels[item[0][0]], labels[item[0][1]]))
    return [DuplicatePair(a, b, score, tuple(reasons), labels[a], labels[b])
            for (a, b), (score, reasons) in ranked[:limit]]


def _group_pairs(pairs: _Pairs, ids: list[str], keys: list[str | None], score: float, reason: str,
                 scorer: Callable[[int, int], float] | None = None) -> None:
    """Pair the records that share a key (groups larger than MAX_DOMAIN_GROUP say nothing and are skipped)."""
    groups: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            groups.setdefault(key, []).append(index)
    for members in groups.values():
        if len(members) > MAX_DOMAIN_GROUP:
            continue
        for position, a in enumerate(members):
            for b in members[position + 1:]:
                pairs.add(ids[a], ids[b], scorer(a, b) if scorer else score, reason)


def _organization_pairs(store: Store, threshold: float) -> tuple[_Pairs, dict[str, str]]:
    with store.read() as session:
        rows = session.execute(
            select(Organization.id, Organization.name, Organization.country, Organization.website,
                   Organization.email, Organization.vat_number)
            .where(Organization.deleted_at.is_(None)).order_by(Organization.created_at, Organization.id)
        ).all()
    ids = [r.id for r in rows]
    names = [organization_key(r.name) for r in rows]
    pairs = _Pairs()
    _group_pairs(pairs, ids, [vat_key(r.vat_number) for r in rows], 100.0, "same VAT number")
    # A shared domain alone is listed below the exact keys, higher when the names agree too.
    for domains in ([web_key(r.website) for r in rows], [mail_domain_key(r.email) for r in rows]):
        _group_pairs(pairs, ids, domains, DOMAIN_SCORE, "same web domain",
                     lambda a, b: max(DOMAIN_SCORE, float(fuzz.ratio(names[a], names[b]))))
    for a, b, score in similar_pairs([(r.country or "", key) for r, key in zip(rows, names, strict=True)],
                                     threshold, window=NAME_WINDOW):
        pairs.add(ids[a], ids[b], score, "similar name")
    labels = {r.id: f"{r.name} ({r.country})" if r.country else r.name for r in rows}
    return pairs, labels


def _contact_pairs(store: Store, threshold: float) -> tuple[_Pairs, dict[str, str]]:
    with store.read() as session:
        rows = session.execute(
            select(Contact.id, Contact.first_name, Contact.last_name, Contact.email, Contact.organization_id,
                   Contact.phone)
            .where(Contact.deleted_at.is_(None)).order_by(Contact.created_at, Contact.id)
        ).all()
    ids = [r.id for r in rows]
    pairs = _Pairs()
    _group_pairs(pairs, ids, [email_key(r.email) for r in rows], 100.0, "same email")
    _group_pairs(pairs, ids, [r.phone for r in rows], 95.0, "same phone")
    entries = [(r.organization_id or "", person_key(r.first_name, r.last_name)) for r in rows]
    for a, b, score in similar_pairs(entries, threshold, window=NAME_WINDOW):
        pairs.add(ids[a], ids[b], score, "similar name")
    labels = {r.id: f"{r.first_name} {r.last_name}" + (f" <{r.email}>" if r.email else "") for r in rows}
    return pairs, labels
