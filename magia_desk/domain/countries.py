"""Countries as ISO 3166-1 alpha-2 codes, and what counts as 'European' for the indicators."""

from __future__ import annotations

from functools import lru_cache

import pycountry

from magia_desk.domain.errors import N_, ValidationError

EU27 = frozenset("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split())
# domain.md: EU-27, Iceland, Liechtenstein, Norway, Switzerland or the United Kingdom; no other country.
EUROPEAN = EU27 | frozenset({"IS", "LI", "NO", "CH", "GB"})

# Names people type that pycountry does not know by that exact spelling.
_ALIASES = {
    "uk": "GB",
    "england": "GB",
    "scotland": "GB",
    "wales": "GB",
    "great britain": "GB",
    "usa": "US",
    "us": "US",
    "united states of america": "US",
    "america": "US",
    "el": "GR",  # the EU's own code for Greece
    "holland": "NL",
    "the netherlands": "NL",
    "south korea": "KR",
    "korea": "KR",
    "russia": "RU",
    "czech republic": "CZ",
    "turkey": "TR",
    "deutschland": "DE",
    "italia": "IT",
    "belgique": "BE",
    "belgië": "BE",
    "schweiz": "CH",
    "suisse": "CH",
    "españa": "ES",
    "österreich": "AT",
    "china (mainland)": "CN",
    "prc": "CN",
}


def is_european(code: str | None) -> bool:
    return bool(code) and code in EUROPEAN


@lru_cache(maxsize=4096)
def _lookup(text: str) -> str | None:
    key = text.strip().lower()
    if not key:
        return None
    if key in _ALIASES:
        return _ALIASES[key]
    if len(key) == 2:
        found = pycountry.countries.get(alpha_2=key.upper())
        return found.alpha_2 if found else None
    if len(key) == 3:
        found = pycountry.countries.get(alpha_3=key.upper())
        if found:
            return found.alpha_2
    try:
        return pycountry.countries.lookup(text.strip()).alpha_2
    except LookupError:
        pass
    try:
        matches = pycountry.countries.search_fuzzy(text.strip())
    except LookupError:
        return None
    return matches[0].alpha_2 if len(matches) == 1 else None


def normalise_country(value: object, field: str = "country") -> str | None:
    """An alpha-2 code from a code or an English name; None for empty; ValidationError otherwise."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    code = _lookup(text)
    if code is None:
        raise ValidationError(
            field, N_("'{text}' is not a known country (use an ISO code such as IT or a name)"), value, text=text
        )
    return code


def country_name(code: str | None) -> str:
    if not code:
        return ""
    found = pycountry.countries.get(alpha_2=code)
    if found is None:
        return code
    return getattr(found, "common_name", None) or found.name


def flag(code: str | None) -> str:
    """The flag emoji of a country code (regional indicator symbols)."""
    if not code or len(code) != 2:
        return ""
    return "".join(chr(0x1F1E6 + ord(ch) - ord("A")) for ch in code.upper())


def all_countries() -> list[tuple[str, str]]:
    """(code, name) for every country, sorted by name."""
    return sorted(((c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries), key=lambda item: item[1])
