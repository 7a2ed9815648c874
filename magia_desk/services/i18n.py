"""The four languages of the partnership outside Qt: words from gettext catalogs, numbers and dates by babel.

    set_language("fr")                      # the GUI sets it once at start-up (it applies after a restart)
    translate("Missions")                   # 'Missions' in the current language
    translate_error(exc)                    # a ValidationError's message, "'x' n'est pas une adresse e-mail ..."
    field_label("vat_number", "it")         # 'Partita IVA': a stored field as people call it
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
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, cast

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_datetime as babel_format_datetime
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
from magia_desk.domain.errors import N_, MagiaError, Message, RecordInvalid, Term, ValidationError
from magia_desk.domain.errors import as_message as as_message
from magia_desk.settings import translations_dir

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"en": "English", "fr": "Français", "it": "Italiano", "de": "Deutsch"}
DEFAULT_LANGUAGE = "en"
# English numbers and dates as written in Europe ("15 May 2018", not "May 15, 2018").
BABEL_LOCALES: dict[str, str] = {"en": "en_GB", "fr": "fr_FR", "it": "it_IT", "de": "de_DE"}

# Names Windows gives languages in locale strings ("French_France.1252").
_LANGUAGE_NAMES = {"english": "en", "french": "fr", "italian": "it", "german": "de"}

_current = DEFAULT_LANGUAGE


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


def document_language(language: str | None, what: str) -> str:
    """The language a document (a report, a briefing, a calendar) is written in: `language` when given, else
    the current one; ValueError naming `what` for a language MAGIA Desk lacks."""
    if language is None:
        return _current
    found = language_of(language)
    if found is None:
        *others, last = LANGUAGES
        raise ValueError(f"{what} are written in {', '.join(others)} or {last}, not '{language}'")
    return found


def translator(language: str) -> Callable[[str], str]:
    """`translate` into one language, for a document that translates many texts."""
    return lambda text: translate(text, language)


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
    **cast(dict[StrEnum, str], AUDIENCE_LABELS),
    **cast(dict[StrEnum, str], PORTAL_ACTIVITY_LABELS),
    **cast(dict[StrEnum, str], INDICATOR_LABELS),
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


# ---------------------------------------------------------------------------------------------- messages

# How the stored fields read (audit, timeline, error lines); a field not listed reads as its name in words.
FIELD_LABELS: dict[str, str] = {
    "kind": N_("Kind"), "name": N_("Name"), "country": N_("Country"), "region": N_("Region"), "city": N_("City"),
    "website": N_("Website"), "email": N_("Email"), "phone": N_("Phone"), "vat_number": N_("VAT number"),
    "employees": N_("Employees"), "turnover_meur": N_("Turnover (EUR m)"),
    "balance_sheet_meur": N_("Balance sheet (EUR m)"), "size_class": N_("Size class"),
    "size_provisional": N_("Provisional size class"), "sectors": N_("Sectors"),
    "certifications": N_("Certifications"), "notes": N_("Notes"), "is_consortium_partner": N_("Consortium partner"),
    "first_name": N_("First name"), "last_name": N_("Last name"), "organization_id": N_("Organization"),
    "organization": N_("Organization"), "job_title": N_("Job title"), "languages": N_("Languages"),
    "gender": N_("Gender"), "consent_status": N_("Consent"), "consent_date": N_("Consent date"),
    "consent_source": N_("Consent source"), "type": N_("Type"), "title": N_("Title"),
    "start_date": N_("Start date"), "end_date": N_("End date"), "online": N_("Online"),
    "organiser_id": N_("Organiser"), "work_package": N_("Work package"), "audience_types": N_("Audience types"),
    "declared_audience": N_("Declared audience"), "countries_addressed": N_("Countries addressed"),
    "portal_status": N_("Portal status"), "portal_activity_type": N_("Portal activity type"),
    "description": N_("Description"), "destination_country": N_("Destination country"),
    "destination_cities": N_("Destination cities"), "timezone": N_("Time zone"), "role": N_("Role"),
    "date": N_("Date"), "action_id": N_("Action"), "contact_id": N_("Contact"), "mission_id": N_("Mission"),
    "meeting_id": N_("Meeting"), "agreement_id": N_("Agreement"), "starts_at": N_("Starts"), "ends_at": N_("Ends"),
    "place": N_("Place"), "topic": N_("Topic"), "outcome": N_("Outcome"), "side": N_("Side"),
    "officer_id": N_("Officer"), "owner_id": N_("Owner"), "partner_cluster_id": N_("Partner cluster"),
    "cluster_id": N_("Cluster"), "holder_id": N_("Holder"), "share_pct": N_("Share (%)"), "stage": N_("Stage"),
    "signed_on": N_("Signed on"), "expires_on": N_("Expires on"), "changed_on": N_("Changed on"),
    "party_ids": N_("Parties"), "due_date": N_("Due date"), "done": N_("Done"), "record_type": N_("Record type"),
    "record_id": N_("Record"), "text": N_("Text"), "original_name": N_("File name"), "mime_type": N_("File type"),
    "size_bytes": N_("Size (bytes)"), "start": N_("Start"), "end": N_("End"), "period_id": N_("Reporting period"),
    "indicator": N_("Indicator"), "target": N_("Target"), "status": N_("Status"), "needs": N_("Needs"),
    "since": N_("Since"), "merged_into_id": N_("Merged into"), "erased_at": N_("Erased on"), "ref": N_("Ref"),
    "deleted_at": N_("Deleted on"), "title_template": N_("Title"), "sme_ids": N_("SMEs"),
    "member_of": N_("Member of"), "contacts": N_("Contacts"), "date_time": N_("Date and time"),
    "linked_action": N_("Linked action"),
}


def english_field_label(field: str) -> str:
    """'vat_number' -> 'VAT number'; a field without a label as words ('foo_bar_id' -> 'Foo bar')."""
    return FIELD_LABELS.get(field) or _plain(field.removesuffix("_id"))


def field_label(field: str | None, language: str | None = None) -> str:
    """A stored field as people call it in `language`: field_label('turnover_meur', 'fr') -> 'CA (M EUR)'."""
    return translate(english_field_label(field), language) if field else ""


# strftime directives (as written in English templates: '{when:%a %d %b %H:%M}') -> babel's patterns.
_STRFTIME_TO_BABEL = {"%a": "EEE", "%A": "EEEE", "%d": "dd", "%e": "d", "%b": "MMM", "%B": "MMMM", "%m": "MM",
                      "%Y": "yyyy", "%y": "yy", "%H": "HH", "%I": "hh", "%M": "mm", "%S": "ss", "%p": "a", "%%": "%"}


def _babel_pattern(spec: str) -> str:
    parts: list[str] = []
    for piece in re.split(r"(%.)", spec):
        if piece in _STRFTIME_TO_BABEL:
            parts.append(_STRFTIME_TO_BABEL[piece])
        elif re.search(r"[A-Za-z']", piece):
            parts.append("'" + piece.replace("'", "''") + "'")
        else:
            parts.append(piece)
    return "".join(parts)


class _Localized:
    """A number or a moment in a translated message: '{size:,}' and '{when:%a %d %b}' written the language's way."""

    def __init__(self, value: Any, language: str) -> None:
        self.value, self.language = value, language

    def __format__(self, spec: str) -> str:
        where = babel_locale(self.language)
        if isinstance(self.value, datetime) and spec:
            return babel_format_datetime(self.value, _babel_pattern(spec), locale=where)
        if isinstance(self.value, date) and spec:
            return babel_format_date(self.value, _babel_pattern(spec), locale=where)
        if isinstance(self.value, int | float) and not isinstance(self.value, bool) and "," in spec:
            decimals = int(m.group(1)) if (m := re.search(r"\.(\d+)", spec)) else 0
            return format_number(self.value, decimals, self.language)
        return format(self.value, spec)


def _localized(value: Any, language: str) -> Any:
    if isinstance(value, Message):
        return translate_message(value, language)
    if isinstance(value, Term):
        return label(value.value, language)
    if isinstance(value, StrEnum):
        return label(value, language)
    if isinstance(value, date | int | float) and not isinstance(value, bool):
        return _Localized(value, language)
    return value  # names, titles, what the user typed: as they are


def translate_message(text: str, language: str | None = None) -> str:
    """A Message (the domain's or a service's words) or a Term (a vocabulary value) in `language`.

    A Message's template is translated, then filled with its values (Messages among them translated too, Terms
    as labels, numbers and dates with a format as the language writes them). Plain text is returned as it is:
    it may be someone's own words (a title, a name); wrap service words with `as_message` to look them up.
    English is the Message's own text."""
    resolved = _resolve(language)
    if resolved == DEFAULT_LANGUAGE or not isinstance(text, Message | Term):
        return str(text)
    if isinstance(text, Term):
        return label(text.value, resolved)
    translated = translate(text.template, resolved)
    if not text.params:
        return translated
    try:
        return translated.format(**{name: _localized(value, resolved) for name, value in text.params.items()})
    except (KeyError, IndexError, ValueError) as exc:  # a translator's slip must not hide the message
        log.warning("Translation of %r into %s cannot be filled (%s): English is shown", text.template, resolved, exc)
        return str(text)


def translate_error(error: BaseException, language: str | None = None) -> str:
    """What a refusal says, in `language` (default: the current one).

    A ValidationError gives its message alone (an editor shows it under the field); a RecordInvalid one line
    per field, each named by its label; any other error its message ('Give the ...'), translated when it is a
    Message or a text the catalogs know.
    """
    if isinstance(error, ValidationError):
        return translate_message(error.message, language)
    if isinstance(error, RecordInvalid):
        return "\n".join(error_line(e, language) for e in error.errors)
    text = error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str) else str(error)
    return translate_message(as_message(text), language) if isinstance(error, MagiaError) else text


def error_line(error: ValidationError, language: str | None = None,
               labels: Mapping[str, str] | None = None) -> str:
    """'Email: 'x' is not a valid email address' with the field's label (from `labels`, else `field_label`)."""
    name = (labels or {}).get(error.field, "").replace("&", "") or field_label(error.field, language)
    return translate(N_("{field}: {message}"), language).format(field=name, message=translate_error(error, language))


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
    where = babel_locale(language)
    if value.day == 1 and where.startswith("fr"):  # French writes the first of the month as an ordinal: 1er mai
        pattern = style
        if style in ("short", "medium", "long", "full"):
            pattern = get_date_format(cast(Literal["full", "long", "medium", "short"], style), where).pattern
        if re.fullmatch(r"(?:EEEE )?d MMMM? y|d", pattern):
            style = pattern.replace("d", "d'er'", 1)
    return babel_format_date(value, format=style, locale=where)


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
