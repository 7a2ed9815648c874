"""The four languages of the partnership outside Qt: words from gettext catalogs, numbers and dates by babel.

    set_language("fr")                      # the GUI sets it once at start-up (it applies after a restart)
    translate("Missions")                   # 'Missions' in the current language
    label("large_company", "de")            # 'Großunternehmen': a vocabulary value as people say it
    format_number(1234.5, 1, "fr")          # '1 234,5' (narrow no-break space)
    format_date(date(2018, 5, 15), "de")    # '15.05.2018'

Reports take their own `language`, independent of the GUI's. English is the source language: its catalog
is the text in the code. Catalogs are gettext .po files in resources/translations/ (messages_fr.po, ...),
read with babel on first use and cached; no compile step, so a packaged build only needs the .po files.
"""

from __future__ import annotations

import gettext
import io
import locale as system_locale
import logging
import os
import re
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_time as babel_format_time
from babel.dates import get_date_format
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_currency, format_decimal
from babel.numbers import format_percent as babel_format_percent

from magia_desk.domain import enums
from magia_desk.domain.actions import AUDIENCE_LABELS, PORTAL_ACTIVITY_LABELS
from magia_desk.domain.countries import country_name as english_country_name
from magia_desk.domain.enums import (
    INDICATOR_LABELS,
    ActionType,
    AgreementType,
    ConsentStatus,
    Gender,
    Indicator,
    MarketNeed,
    OrgKind,
)

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "it": "Italiano", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"
# English numbers and dates as written in Europe ("15 May 2018", not "May 15, 2018").
BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "de": "de_DE"}

TRANSLATIONS_DIR = Path(__file__).resolve().parents[2] / "resources" / "translations"
# MAGIA_DESK_TRANSLATIONS_DIR lets a packager or a test point at other catalogs without touching the code.
_ENV_DIR = "MAGIA_DESK_TRANSLATIONS_DIR"
# Names Windows gives languages in locale strings ("French_France.1252").
_LANGUAGE_NAMES = {"english": "en", "french": "fr", "italian": "it", "german": "de"}

_current = DEFAULT_LANGUAGE


def N_(text: str) -> str:  # the gettext convention translators and tools know
    """Marks a string for translation where it is defined; `translate` it where it is shown."""
    return text


# ---------------------------------------------------------------------------------------------- language


def language_of(code: str | None) -> str | None:
    """'fr_FR.UTF-8', 'de-CH', 'French_France.1252' -> 'fr', 'de', 'fr'; None for 'C' or an unknown one."""
    if not code:
        return None
    head = re.split(r"[_.@\-]", code.strip(), maxsplit=1)[0].lower()
    if head in LANGUAGES:
        return head
    return _LANGUAGE_NAMES.get(head)


def _checked(code: str) -> str:
    found = language_of(code)
    if found is None:
        raise ValueError(f"'{code}' is not one of the languages: {', '.join(LANGUAGES)}")
    return found


def set_language(code: str) -> None:
    """The language of labels and messages from now on; ValueError for a language MAGIA Desk lacks."""
    global _current
    _current = _checked(code)


def current_language() -> str:
    return _current


def system_language() -> str:
    """The user's language from the environment or the OS locale, if it is one of ours; else English."""
    candidates: list[str] = []
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        candidates += [part for part in os.environ.get(variable, "").split(":") if part]
    try:
        found = system_locale.getlocale()[0]
    except ValueError:  # an unparsable locale setting must not stop the app
        found = None
    if found:
        candidates.append(found)
    for candidate in candidates:
        if candidate.upper() in ("C", "POSIX") or candidate.upper().startswith(("C.", "POSIX.")):
            continue
        code = language_of(candidate)
        if code:
            return code
    return DEFAULT_LANGUAGE


def _resolve(language: str | None) -> str:
    return _current if language is None else _checked(language)


def babel_locale(language: str | None = None) -> str:
    return BABEL_LOCALES[_resolve(language)]


# ---------------------------------------------------------------------------------------------- catalogs


def translations_dir() -> Path:
    override = os.environ.get(_ENV_DIR)
    return Path(override) if override else TRANSLATIONS_DIR


def catalog_path(language: str) -> Path:
    return translations_dir() / f"messages_{language}.po"


@lru_cache(maxsize=8)
def _translations(language: str) -> gettext.NullTranslations:
    if language == DEFAULT_LANGUAGE:
        return gettext.NullTranslations()
    path = catalog_path(language)
    try:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
    except OSError:
        # A missing catalog shows English rather than failing an export or the start of the app.
        log.warning("No translations for %s at %s: English is shown", language, path)
        return gettext.NullTranslations()
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as gettext would
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def reload_catalogs() -> None:
    """Forget the cached catalogs (after a test or a translator changed a .po file)."""
    _translations.cache_clear()


def translate(text: str, language: str | None = None) -> str:
    """`text` (English, as in the code) in `language` (default: the current one); itself when untranslated."""
    if not text:
        return text
    return _translations(_resolve(language)).gettext(text)


def translate_plural(singular: str, plural: str, count: int, language: str | None = None) -> str:
    """The form of 'row'/'rows' that `count` takes in `language` ('0 ligne' in French, '0 rows' in English)."""
    return _translations(_resolve(language)).ngettext(singular, plural, count)


# -------------------------------------------------------------------------------------------- vocabulary

# Only where the plain English of the value is not how people say it (or how the EU portal names it).
_SPECIAL: dict[StrEnum, str] = {
    OrgKind.SME: "SME",
    OrgKind.RESEARCH: "Research body",
    MarketNeed.FIND_DISTRIBUTOR: "Find a distributor",
    MarketNeed.FIND_TECHNOLOGY_PARTNER: "Find a technology partner",
    ConsentStatus.UNKNOWN: "Not asked",
    Gender.UNDISCLOSED: "Prefers not to say",
    ActionType.FACT_FINDING_MISSION: "Fact-finding mission",
    ActionType.B2B_MEETINGS: "B2B meetings",
    AgreementType.MOU: "MoU",
    AgreementType.LETTER_OF_INTENT: "Letter of intent",
    **AUDIENCE_LABELS,
    **PORTAL_ACTIVITY_LABELS,
    **INDICATOR_LABELS,
}

SIZE_HELP: dict[str, str] = {
    "micro": N_("Micro enterprise: under 10 staff, turnover or balance sheet up to EUR 2 m"),
    "small": N_("Small enterprise: under 50 staff, turnover or balance sheet up to EUR 10 m"),
    "medium": N_("Medium-sized enterprise: under 250 staff, turnover up to EUR 50 m or balance sheet up to "
                 "EUR 43 m"),
    "large": N_("Large enterprise: above the EU SME ceilings"),
}


def vocabularies() -> list[type[StrEnum]]:
    """Every vocabulary of domain/enums.py, the enumerations whose values users see."""
    return [item for item in vars(enums).values()
            if isinstance(item, type) and issubclass(item, StrEnum) and item is not StrEnum]


def _plain(value: str) -> str:
    text = value.replace("_", " ")
    return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def english_labels() -> dict[str, str]:
    """value -> English label of every vocabulary value. A value shared by two vocabularies ('other',
    'training') has one label: the special labels are written so that they agree (a test checks it)."""
    labels: dict[str, str] = {}
    for vocabulary in vocabularies():
        for member in vocabulary:
            labels.setdefault(member.value, _SPECIAL.get(member, _plain(member.value)))
    return labels


def english_label(value: str | StrEnum | None) -> str:
    """'large_company' -> 'Large company', 'sme' -> 'SME', an unknown value as plain words."""
    if value is None or value == "":
        return ""
    text = str(value.value if isinstance(value, StrEnum) else value)
    return english_labels().get(text) or _plain(text)


def label(value: str | StrEnum | None, language: str | None = None) -> str:
    """A vocabulary value as people say it in `language`: label('sme', 'fr') -> 'PME'."""
    return translate(english_label(value), language)


def indicator_label(key: str | Indicator, language: str | None = None) -> str:
    """'smes_reached' -> 'SMEs reached' / 'PME touchées' / 'PMI raggiunte' / 'Erreichte KMU'."""
    return translate(INDICATOR_LABELS[Indicator(key)], language)


def size_help(value: str | None, language: str | None = None) -> str:
    """The EU definition behind a size class, for a tooltip; '' for no or an unknown class."""
    return translate(SIZE_HELP[value], language) if value in SIZE_HELP else ""


def country_label(code: str | None, language: str | None = None) -> str:
    """'DE' -> 'Germany' / 'Allemagne' / 'Germania' / 'Deutschland' (babel's names; English as domain has)."""
    if not code:
        return ""
    resolved = _resolve(language)
    english = english_country_name(code)
    if resolved == DEFAULT_LANGUAGE:
        return english
    return Locale.parse(BABEL_LOCALES[resolved]).territories.get(code.upper(), english)


# ---------------------------------------------------------------------------------------------- formats


def format_number(value: int | float | None, decimals: int = 0, language: str | None = None) -> str:
    """1234.5 -> '1,234.5' / '1 234,5' / '1.234,5' with exactly `decimals` decimals; '' for None."""
    if value is None:
        return ""
    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "")
    return format_decimal(value, format=pattern, locale=babel_locale(language))


def format_percent(value: float | None, decimals: int = 1, language: str | None = None) -> str:
    """A percentage given as 0-100 (12.5 -> '12.5%', '12,5 %' in French); '–' for None."""
    if value is None:
        return "–"
    where = babel_locale(language)
    pattern = Locale.parse(where).percent_formats[None].pattern
    if decimals > 0:
        pattern = pattern.replace("#,##0", "#,##0." + "0" * decimals, 1)
    return babel_format_percent(value / 100.0, format=pattern, locale=where)


def format_date(value: date | None, language: str | None = None, style: str = "medium") -> str:
    """15 May 2018 / 15 mai 2018 / 15 mag 2018 / 15.05.2018 (babel's 'medium', unambiguous everywhere)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return babel_format_date(value, format=style, locale=babel_locale(language))


def format_datetime(value: datetime | None, language: str | None = None) -> str:
    """The date as `format_date` writes it and the time as the language writes it ('15.05.2018 14:03')."""
    if value is None:
        return ""
    return f"{format_date(value, language)} {babel_format_time(value, format='short', locale=babel_locale(language))}"


def format_money(amount: float | None, currency: str = "EUR", language: str | None = None) -> str:
    """1234.5 -> '€1,234.50' / '1 234,50 €' / '1.234,50 €'; '' for None."""
    if amount is None:
        return ""
    return format_currency(amount, currency, locale=babel_locale(language))


def short_date_pattern(language: str | None = None) -> str:
    """babel's short numeric date pattern with a four-digit year: 'dd/MM/yyyy', 'dd.MM.yyyy'."""
    pattern = get_date_format("short", locale=babel_locale(language)).pattern
    return re.sub(r"y+", "yyyy", pattern)
