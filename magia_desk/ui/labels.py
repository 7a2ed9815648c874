"""Words and numbers as officers say and read them (ui.md): never column names, always the user's locale."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from functools import lru_cache

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontDatabase

from magia_desk.domain.countries import country_name, flag
from magia_desk.domain.enums import ConsentStatus, Gender, MarketNeed, MarketStatus, OrgKind

# Only where the plain English of the value is not how people say it.
_SPECIAL = {
    OrgKind.SME: "SME",
    OrgKind.RESEARCH: "Research body",
    MarketNeed.FIND_DISTRIBUTOR: "Find a distributor",
    MarketNeed.FIND_TECHNOLOGY_PARTNER: "Find a technology partner",
    ConsentStatus.UNKNOWN: "Not asked",
    Gender.UNDISCLOSED: "Prefers not to say",
}

SIZE_HELP = {
    "micro": "Micro enterprise: under 10 staff, turnover or balance sheet up to EUR 2 m",
    "small": "Small enterprise: under 50 staff, turnover or balance sheet up to EUR 10 m",
    "medium": "Medium-sized enterprise: under 250 staff, turnover up to EUR 50 m or balance sheet up to EUR 43 m",
    "large": "Large enterprise: above the EU SME ceilings",
}


def label(value: str | StrEnum | None) -> str:
    """'large_company' -> 'Large company', 'sme' -> 'SME'."""
    if value is None or value == "":
        return ""
    for special, text in _SPECIAL.items():
        if special.value == value:
            return text
    text = str(value).replace("_", " ")
    return text[:1].upper() + text[1:]


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) of every member, in the order the vocabulary lists them."""
    return [(member.value, label(member)) for member in enum]


KIND_CHOICES = choices(OrgKind)
CONSENT_CHOICES = choices(ConsentStatus)
MARKET_STATUS_CHOICES = choices(MarketStatus)
NEED_CHOICES = choices(MarketNeed)
GENDER_CHOICES = choices(Gender)


@lru_cache(maxsize=1)
def has_emoji_font() -> bool:
    """Flag emoji only render with a colour emoji font; without one show the country code instead."""
    return any("emoji" in family.lower() for family in QFontDatabase.families())


def country_label(code: str | None) -> str:
    """'IT' -> '🇮🇹 Italy' (or 'IT  Italy' where no emoji font is installed)."""
    if not code:
        return ""
    prefix = flag(code) if has_emoji_font() else code
    return f"{prefix}  {country_name(code)}"


def number(value: int | float | None, decimals: int = 0) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if decimals == 0 and float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", decimals)


def day(value: date | None) -> str:
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): Qt's "1 11 2017" reads badly
        return value.isoformat()
    return locale.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def counted(count: int, singular: str, plural: str) -> str:
    return f"{number(count)} {singular if count == 1 else plural}"


def plain_amount(value: float | None) -> str:
    """An amount as typed back into an editor: no grouping, so that it parses again ('12.5', '3')."""
    if value is None:
        return ""
    return format(value, "f").rstrip("0").rstrip(".") if "." in format(value, "f") else format(value, "f")
