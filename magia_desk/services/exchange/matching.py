"""Finding the stored record a row may be, fast enough for 60k organizations.

Exact keys first (VAT number, web or email domain, email), then similar names within a block: the same
country (organizations) or the same organization (people), and a shared name prefix. Names are compared on a
folded key (accents and case folded, legal forms such as 'S.r.l.' or 'GmbH' dropped, words sorted), so
'BioWin SA' and 'biowin' or 'Müller Hans' and 'Hans Muller' meet. Names that differ only by a number
('Studio 1', 'Studio 2') are never taken for each other. Used by the importer and by dedup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import partial
from itertools import compress

from rapidfuzz import fuzz, process

from magia_desk.domain.contact_rules import email_domain, website_domain

# Free mail and generic hosts say nothing about the organization behind an address.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "hotmail.it", "hotmail.fr", "live.com",
    "msn.com", "yahoo.com", "yahoo.it", "yahoo.fr", "yahoo.de", "icloud.com", "me.com", "aol.com", "gmx.de",
    "gmx.net", "web.de", "t-online.de", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "orange.fr",
    "free.fr", "wanadoo.fr", "laposte.net", "skynet.be", "telenet.be", "proton.me", "protonmail.com",
    "mail.ru", "yandex.ru", "qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "naver.com",
})
GENERIC_HOSTS = frozenset({
    "linkedin.com", "facebook.com", "twitter.com", "x.com", "instagram.com", "google.com", "sites.google.com",
    "youtube.com", "wixsite.com", "wordpress.com", "blogspot.com", "github.io",
})
LEGAL_FORMS = frozenset({
    "srl", "srls", "spa", "sapa", "snc", "sas", "sa", "sarl", "sasu", "eurl", "sprl", "scrl", "asbl", "bvba",
    "gmbh", "ag", "kg", "ug", "ev", "bv", "nv", "vzw", "ltd", "limited", "inc", "llc", "llp", "plc", "corp",
    "co", "sl", "slu", "oy", "ab", "as", "aps", "the", "di", "de", "del", "della", "des", "du", "la", "le",
    "und", "and", "et", "of", "e",
})
CJK_LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "有限公司", "株式会社")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_DIGITS = re.compile(r"\d+")
_NOT_VAT = re.compile(r"[^0-9A-Z]")
# ASCII text to words in one pass of bytes.translate ('.' deleted, letters lowered, digits kept, anything else a
# space): the words `fold`, dropping '.' and splitting on `_NON_WORD` give, in less than half the time.
_ASCII_WORDS = bytes(ch if chr(ch).isalnum() and ch < 128 else 32 for ch in range(256)).lower()


def fold(text: str) -> str:
    """Accents and case folded: 'Müller' -> 'muller', 'ÉCOLE' -> 'ecole' (CJK untouched)."""
    if text.isascii():  # most names: skip the Unicode decomposition (a third of the import's matching time)
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _tokens(text: str) -> list[str]:
    if text.isascii():
        return text.encode().translate(_ASCII_WORDS, b".").decode().split()
    return _NON_WORD.sub(" ", fold(text).replace(".", "")).split()


def organization_key(name: str) -> str:
    """The comparable form of an organization name ('S.r.l.' and other legal forms dropped, words sorted)."""
    tokens = _tokens(name)
    if not name.isascii():
        for index, token in enumerate(tokens):
            for suffix in CJK_LEGAL_SUFFIXES:
                if token.endswith(suffix) and len(token) > len(suffix):
                    tokens[index] = token[: -len(suffix)]
    kept = [t for t in tokens if t not in LEGAL_FORMS]
    return " ".join(sorted(kept or tokens))


def person_key(first_name: str, last_name: str) -> str:
    """First and last name in either order compare equal ('Müller Hans' ~ 'Hans Muller')."""
    return " ".join(sorted(_tokens(f"{first_name} {last_name}")))


def exact_name(text: str) -> str:
    """The form in which 'named by its exact name' is compared: spaces collapsed, case ignored."""
    return " ".join(str(text).split()).casefold()


def vat_key(vat: str | None) -> str | None:
    """'IT 01234567890', 'it01234567890', '01234567890' -> '01234567890'."""
    if not vat:
        return None
    # Mostly letters and digits already: then upper() alone leaves only what _NOT_VAT keeps.
    key = vat.upper() if vat.isascii() and vat.isalnum() else _NOT_VAT.sub("", vat.upper())
    if len(key) > 2 and key[:2].isalpha() and key[2:].isdigit():
        key = key[2:]
    return key if len(key) >= 5 else None


def web_key(website: str | None) -> str | None:
    domain = website_domain(website)
    return domain if domain and domain not in GENERIC_HOSTS and "." in domain else None


def mail_domain_key(email: str | None) -> str | None:
    domain = email_domain(email)
    return domain if domain and domain not in FREE_MAIL else None


def email_key(email: str | None) -> str | None:
    return email.strip().lower() if email and "@" in email else None


def same_numbers(a: str, b: str) -> bool:
    """'Studio 1' and 'Studio 2' are different organizations, however similar the rest of the name."""
    return _DIGITS.findall(a) == _DIGITS.findall(b)


def block_keys(key: str) -> tuple[str, ...]:
    """Blocks a name falls in: the start of the whole key and the start of its longest word.

    Two names are only compared when they share a block (and a country or organization), which keeps the
    comparisons near-linear on 60k names while catching typos anywhere but in both prefixes at once.
    """
    if not key:
        return ()
    squashed = key.replace(" ", "")
    longest = max(key.split(), key=len)
    return ("s" + squashed[:3], "w" + longest[:4])


def similar_pairs(entries: Sequence[tuple[str, str]], cutoff: float, window: int = 5) -> list[tuple[int, int, float]]:
    """Pairs of similar entries among (scope, key), as (earlier index, later index, score).

    Sorted neighbourhood: each key is compared with the next `window` keys in alphabetical order, and again
    with the keys reversed, so a typo at the start or at the end of a name is caught. Linear in the number of
    rows (comparing every pair of a 50k-row file would take hours); each offset is one `map` of rapidfuzz over
    the whole file: only the rare hits are looked at in Python.
    """
    found: dict[tuple[int, int], float] = {}
    # Mapped in C over whole lists, without a cutoff: a keyword through `partial` costs a third of each call.
    # A cutoff changes no score, only which are returned; the few scores at the cutoff or above (less a margin
    # for rounding) are scored again with it, so a pair is kept exactly when ratio(score_cutoff=cutoff) keeps it.
    ratio = partial(fuzz.ratio, score_cutoff=cutoff)
    near = (float(cutoff) - 1e-6).__le__
    scopes = [scope for scope, _ in entries]
    keys_of = [key for _, key in entries]
    groups: dict[str, list[int]] = {}
    for index, key in enumerate(keys_of):
        if key:
            groups.setdefault(scopes[index], []).append(index)
    for reverse in (False, True):
        text = [key[::-1] for key in keys_of] if reverse else keys_of
        # By scope, then key, then index (a stable sort of ascending indices): the order of (scope, key, index)
        # tuples, without building and comparing them.
        order: list[int] = []
        for scope in sorted(groups):
            order += sorted(groups[scope], key=text.__getitem__)
        keys = [keys_of[index] for index in order]
        for offset in range(1, min(window, len(order) - 1) + 1):
            scores = list(map(fuzz.ratio, keys[:-offset], keys[offset:]))
            for position in compress(range(len(scores)), map(near, scores)):  # the few pairs near the cutoff
                a, b = order[position], order[position + offset]
                first, second = keys[position], keys[position + offset]
                if scopes[a] == scopes[b] and same_numbers(first, second):
                    score = ratio(first, second)
                    if score:
                        found[(a, b) if a < b else (b, a)] = float(score)
    return sorted((a, b, score) for (a, b), score in found.items())


@dataclass
class NameIndex:
    """Name keys grouped by (scope, block); `similar` gives the entries scoring at least `cutoff`."""

    def __post_init__(self) -> None:
        self._keys: dict[tuple[str, str], list[str]] = {}
        self._ids: dict[tuple[str, str], list[str]] = {}

    def add(self, scope: str, key: str, record_id: str) -> None:
        for block in block_keys(key):
            self._keys.setdefault((scope, block), []).append(key)
            self._ids.setdefault((scope, block), []).append(record_id)

    def similar(self, scope: str, key: str, cutoff: float, limit: int = 5) -> list[tuple[str, float]]:
        """(record id, score) best first, at most `limit`, each record once."""
        best: dict[str, float] = {}
        for block in block_keys(key):
            keys = self._keys.get((scope, block))
            if not keys:
                continue
            ids = self._ids[(scope, block)]
            for _, score, index in process.extract(key, keys, scorer=fuzz.ratio, processor=None,
                                                   score_cutoff=cutoff, limit=limit + 5):
                if same_numbers(key, keys[index]) and score > best.get(ids[index], -1):
                    best[ids[index]] = float(score)
        return sorted(best.items(), key=lambda item: -item[1])[:limit]


@dataclass(frozen=True)
class OrgInfo:
    id: str
    name: str
    country: str | None
    kind: str
    is_partner: bool
    website: str | None = None
    email: str | None = None
    vat_number: str | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.country})" if self.country else self.name


@dataclass(frozen=True)
class ContactInfo:
    id: str
    first_name: str
    last_name: str
    email: str | None
    organization_id: str | None
    country: str | None = None
    phone: str | None = None

    @property
    def label(self) -> str:
        return f"{self.first_name} {self.last_name}" + (f" <{self.email}>" if self.email else "")


class OrganizationIndex:
    """Stored organizations by VAT key, web/email domain, exact name and similar name within a country."""

    def __init__(self, organizations: Iterable[OrgInfo]) -> None:
        self.by_id: dict[str, OrgInfo] = {}
        self.by_vat: dict[str, list[str]] = {}
        self.by_domain: dict[str, list[str]] = {}
        self.by_name: dict[str, list[str]] = {}
        self.keys: dict[str, str] = {}
        self.names = NameIndex()
        for org in organizations:
            self.add(org)

    def add(self, org: OrgInfo) -> None:
        self.by_id[org.id] = org
        vat = vat_key(org.vat_number)
        if vat:
            self.by_vat.setdefault(vat, []).append(org.id)
        for domain in {web_key(org.website), mail_domain_key(org.email)}:
            if domain:
                self.by_domain.setdefault(domain, []).append(org.id)
        self.by_name.setdefault(exact_name(org.name), []).append(org.id)
        key = organization_key(org.name)
        self.keys[org.id] = key
        self.names.add(org.country or "", key, org.id)

    def similar_names(self, name: str, country: str | None, cutoff: float, limit: int = 5,
                      key: str | None = None) -> list[tuple[str, float]]:
        if not self.by_id:
            return []
        return self.names.similar(country or "", key if key is not None else organization_key(name), cutoff, limit)


class ContactIndex:
    """Stored people by email and by similar name within their organization."""

    def __init__(self, contacts: Iterable[ContactInfo]) -> None:
        self.by_id: dict[str, ContactInfo] = {}
        self.by_email: dict[str, list[str]] = {}
        self.names = NameIndex()
        for contact in contacts:
            self.add(contact)

    def add(self, contact: ContactInfo) -> None:
        self.by_id[contact.id] = contact
        key = email_key(contact.email)
        if key:
            self.by_email.setdefault(key, []).append(contact.id)
        self.names.add(contact.organization_id or "", person_key(contact.first_name, contact.last_name), contact.id)

    def similar_names(
        self, first_name: str, last_name: str, organization_id: str | None, cutoff: float, limit: int = 5
    ) -> list[tuple[str, float]]:
        return self.names.similar(organization_id or "", person_key(first_name, last_name), cutoff, limit)
