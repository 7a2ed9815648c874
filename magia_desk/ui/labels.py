"""Words and numbers as officers say and read them (ui.md): never column names, always the user's locale."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from enum import StrEnum
from functools import lru_cache
from typing import overload

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QFontDatabase

from magia_desk.domain.countries import flag
from magia_desk.domain.enums import ConsentStatus, Gender, Indicator, MarketNeed, MarketStatus, OrgKind
from magia_desk.services import i18n


def label(value: str | StrEnum | None) -> str:
    """A vocabulary value in the GUI's language: 'large_company' -> 'Large company', 'sme' -> 'SME' / 'PME'."""
    return i18n.label(value, i18n.current_language())


def indicator_label(key: str | Indicator) -> str:
    """An indicator as officers and the EU reports name it, in the GUI's language ('SMEs reached')."""
    return i18n.indicator_label(key, i18n.current_language())


def choices(enum: Iterable[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) of every member, in the order the vocabulary lists them."""
    return [(member.value, label(member)) for member in enum]


class _Choices(Sequence[tuple[str, str]]):
    """`choices(enum)` worked out when read, so that a module imported before the language is set at
    start-up still shows the chosen language."""

    def __init__(self, enum: Iterable[StrEnum]) -> None:
        self._enum = list(enum)

    @overload
    def __getitem__(self, index: int) -> tuple[str, str]: ...
    @overload
    def __getitem__(self, index: slice) -> list[tuple[str, str]]: ...

    def __getitem__(self, index: int | slice) -> tuple[str, str] | list[tuple[str, str]]:
        return choices(self._enum)[index]

    def __len__(self) -> int:
        return len(self._enum)

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(choices(self._enum))


def live_choices(members: Iterable[StrEnum]) -> Sequence[tuple[str, str]]:
    """(value, label) pairs for a module-level table: worked out each time they are read."""
    return _Choices(members)


class _SizeHelp(Mapping[str, str]):
    """The EU definition of each size class, in the GUI's language when read."""

    def __getitem__(self, key: str) -> str:
        if key not in i18n.SIZE_HELP:
            raise KeyError(key)
        return i18n.size_help(key, i18n.current_language())

    def __len__(self) -> int:
        return len(i18n.SIZE_HELP)

    def __iter__(self) -> Iterator[str]:
        return iter(i18n.SIZE_HELP)


SIZE_HELP: Mapping[str, str] = _SizeHelp()
KIND_CHOICES: Sequence[tuple[str, str]] = _Choices(OrgKind)
CONSENT_CHOICES: Sequence[tuple[str, str]] = _Choices(ConsentStatus)
MARKET_STATUS_CHOICES: Sequence[tuple[str, str]] = _Choices(MarketStatus)
NEED_CHOICES: Sequence[tuple[str, str]] = _Choices(MarketNeed)
GENDER_CHOICES: Sequence[tuple[str, str]] = _Choices(Gender)


@lru_cache(maxsize=1)
def has_emoji_font() -> bool:
    """Flag emoji only render with a colour emoji font; without one show the country code instead."""
    return any("emoji" in family.lower() for family in QFontDatabase.families())


def country_label(code: str | None) -> str:
    """'IT' -> '🇮🇹 Italy' (or 'IT  Italy' where no emoji font is installed)."""
    if not code:
        return ""
    prefix = flag(code) if has_emoji_font() else code
    return f"{prefix}  {i18n.country_label(code)}"


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
