"""Catalogs complete in French, Italian and German; vocabulary labels; numbers and dates as each language
writes them; the language setting."""

from __future__ import annotations

import ast
import re
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from magia_desk.domain.enums import INDICATOR_LABELS, Indicator, OrgKind
from magia_desk.services import i18n

PACKAGE = Path(i18n.__file__).resolve().parents[1]
# The modules whose strings the .po catalogs hold: reports, and the messages that the domain and the services
# hand to the GUI (validation errors, timeline entries, meeting clashes, import problems).
SOURCES = [
    PACKAGE / "services" / "i18n.py", *sorted((PACKAGE / "services" / "reports").glob("*.py")),
    *sorted((PACKAGE / "domain").glob("*.py")),
    PACKAGE / "services" / "timeline.py", PACKAGE / "services" / "missions.py",
    *(PACKAGE / "services" / name for name in (
        "meetings.py", "agreements.py", "actions.py", "participations.py", "periods.py", "tasks.py", "notes.py",
        "capture.py", "documents.py", "organizations.py", "contacts.py", "vcard.py", "backup.py", "briefing.py",
        "ics.py")),
    PACKAGE / "services" / "kpi" / "engine.py", PACKAGE / "storage" / "store.py",
    *(PACKAGE / "services" / "exchange" / name for name in (
        "cleaning.py", "importer.py", "reader.py", "plan.py", "merge.py", "dedup.py", "links.py", "schema.py")),
]
TRANSLATED = ("fr", "it", "de")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%")


def _spaces(text: str) -> str:
    """babel separates French thousands with a narrow no-break space: compare with a plain one."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def extracted() -> tuple[set[str], set[tuple[str, str]]]:
    """The literal messages of translate/tr/N_ and translate_plural calls, plus every vocabulary label."""
    singles: set[str] = set(i18n.english_labels().values())
    plurals: set[tuple[str, str]] = set()
    for source in SOURCES:
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            texts = [a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else None for a in node.args]
            if name in ("translate", "tr", "N_") and texts and texts[0]:
                singles.add(texts[0])
            elif name == "translate_plural" and len(texts) > 1 and texts[0] and texts[1]:
                plurals.add((texts[0], texts[1]))
    return singles, plurals


def catalog(language: str) -> dict[str | tuple[str, ...], object]:
    with i18n.catalog_path(language).open("rb") as handle:
        read = read_po(handle, locale=language)
    return {message.id: message for message in read if message.id}


@pytest.fixture(autouse=True)
def _english_afterwards():
    yield
    i18n.set_language("en")


def test_extraction_finds_the_report_strings() -> None:
    singles, plurals = extracted()
    assert {"KPI summary", "All partner clusters", "Page {page} of {total}", "SMEs reached", "SME"} <= singles
    assert ("{count} row", "{count} rows") in plurals


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language: str) -> None:
    singles, plurals = extracted()
    messages = catalog(language)
    missing = sorted(text for text in singles if text not in messages)
    assert not missing, f"{language}: not in messages_{language}.po: {missing}"
    for text in singles:
        message = messages[text]
        assert isinstance(message.string, str) and message.string.strip(), f"{language}: empty for {text!r}"
        assert not message.fuzzy, f"{language}: fuzzy {text!r}"
    for pair in plurals:
        forms = messages[pair].string
        assert len(forms) == 2 and all(form.strip() for form in forms), f"{language}: {pair}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_survive(language: str) -> None:
    for key, message in catalog(language).items():
        sources = list(key) if isinstance(key, tuple) else [key]
        targets = list(message.string) if isinstance(message.string, tuple) else [message.string]
        wanted = sorted(PLACEHOLDER.findall(sources[0]))
        for target in targets:
            # '%' may gain a space before it (French and German write '100 %'), but never go missing.
            assert sorted(PLACEHOLDER.findall(target)) == wanted, f"{language}: {key!r} -> {target!r}"


def test_vocabulary_values_have_one_english_label() -> None:
    """A value two vocabularies share ('other', 'training', 'b2b_meetings') must read the same in both."""
    seen: dict[str, set[str]] = defaultdict(set)
    for vocabulary in i18n.vocabularies():
        for member in vocabulary:
            seen[member.value].add(i18n._SPECIAL.get(member, i18n._plain(member.value)))
    assert {value: labels for value, labels in seen.items() if len(labels) > 1} == {}


@pytest.mark.parametrize("language", [*TRANSLATED, "en"])
def test_every_enum_value_has_a_label(language: str) -> None:
    for vocabulary in i18n.vocabularies():
        for member in vocabulary:
            text = i18n.label(member, language)
            assert text and "_" not in text, (vocabulary.__name__, member.value, language)
            assert i18n.label(member.value, language) == text


def test_labels_in_each_language() -> None:
    assert [i18n.label("sme", lang) for lang in ("en", "fr", "it", "de")] == ["SME", "PME", "PMI", "KMU"]
    assert i18n.label(OrgKind.LARGE_COMPANY, "de") == "Großunternehmen"
    assert i18n.label("letter_of_intent", "it") == "Lettera d'intenti"
    assert i18n.label("industry", "fr") == "Industrie / partenaires commerciaux"  # the EU portal's wording
    assert i18n.label("no_such_value", "fr") == "No such value"
    assert i18n.label(None) == "" and i18n.label("") == ""
    assert i18n.indicator_label("smes_reached", "fr") == "PME touchées"
    assert i18n.indicator_label(Indicator.SMES_REACHED, "it") == "PMI raggiunte"
    assert i18n.indicator_label("smes_reached", "de") == "Erreichte KMU"
    assert all(i18n.indicator_label(i, "en") == INDICATOR_LABELS[i] for i in Indicator)
    assert i18n.size_help("micro", "de").startswith("Kleinstunternehmen")
    assert i18n.country_label("DE", "fr") == "Allemagne" and i18n.country_label("DE", "en") == "Germany"


def test_plurals_follow_the_language() -> None:
    rows = ("{count} row", "{count} rows")
    assert i18n.translate_plural(*rows, 1, "en") == "{count} row"
    assert i18n.translate_plural(*rows, 0, "en") == "{count} rows"
    assert i18n.translate_plural(*rows, 0, "fr") == "{count} ligne"  # French: 0 takes the singular
    assert i18n.translate_plural(*rows, 2, "fr") == "{count} lignes"
    assert i18n.translate_plural(*rows, 0, "de") == "{count} Zeilen"


@pytest.mark.parametrize(("language", "number", "day", "money", "percent"), [
    ("en", "1,234.5", "15 May 2018", "€1,234.50", "12.5%"),
    ("fr", "1 234,5", "15 mai 2018", "1 234,50 €", "12,5 %"),
    ("it", "1.234,5", "15 mag 2018", "1.234,50 €", "12,5%"),
    ("de", "1.234,5", "15.05.2018", "1.234,50 €", "12,5 %"),
])
def test_formats_follow_the_locale(language: str, number: str, day: str, money: str, percent: str) -> None:
    assert _spaces(i18n.format_number(1234.5, 1, language)) == number
    million = {"en": "1,234,567", "fr": "1 234 567", "it": "1.234.567", "de": "1.234.567"}[language]
    assert _spaces(i18n.format_number(1234567, language=language)) == million
    assert i18n.format_date(date(2018, 5, 15), language) == day
    assert _spaces(i18n.format_money(1234.5, "EUR", language)) == money
    assert _spaces(i18n.format_percent(12.5, 1, language)) == percent
    assert i18n.format_number(None, language=language) == "" and i18n.format_date(None, language) == ""
    assert i18n.format_datetime(datetime(2018, 5, 15, 14, 3), language) == f"{day} 14:03"


def test_french_writes_the_first_of_the_month_as_an_ordinal() -> None:
    first = date(2019, 5, 1)
    assert [i18n.format_date(first, "fr", style) for style in ("medium", "long", "full", "d")] == [
        "1er mai 2019", "1er mai 2019", "mercredi 1er mai 2019", "1er"]
    assert i18n.format_date(first, "fr", "short") == "01/05/2019"  # numbers stay numbers
    assert i18n.format_date(date(2019, 5, 2), "fr", "long") == "2 mai 2019"
    assert i18n.format_date(first, "en", "long") == "1 May 2019" and i18n.format_date(first, "it") == "1 mag 2019"


def test_format_number_rounds_to_the_decimals() -> None:
    assert i18n.format_number(2.0, 0, "en") == "2"
    assert i18n.format_number(2.25, 1, "de") in ("2,2", "2,3")
    assert i18n.format_number(-1234, language="de") == "-1.234"


def test_short_date_pattern_has_four_digit_years() -> None:
    assert i18n.short_date_pattern("de") == "dd.MM.yyyy"
    assert i18n.short_date_pattern("fr") == "dd/MM/yyyy"


def test_language_setting() -> None:
    assert i18n.current_language() == "en"
    assert set(i18n.LANGUAGES) == {"en", "fr", "it", "de"}
    i18n.set_language("de_DE.UTF-8")
    assert i18n.current_language() == "de"
    assert i18n.label("sme") == "KMU" and i18n.translate("Total") == "Summe"
    assert i18n.translate("Total", "it") == "Totale"  # an explicit language wins over the current one
    with pytest.raises(ValueError, match="languages"):
        i18n.set_language("es")
    assert i18n.current_language() == "de"


@pytest.mark.parametrize(("environment", "expected"), [
    ({"LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANGUAGE": "it_IT:en", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "de_DE.UTF-8"}, "it"),
    ({"LANGUAGE": "", "LC_ALL": "de_AT.UTF-8", "LC_MESSAGES": "", "LANG": "fr_FR.UTF-8"}, "de"),
    ({"LANGUAGE": "es_ES:pt", "LC_ALL": "", "LC_MESSAGES": "", "LANG": "es_ES.UTF-8"}, None),
    ({"LANGUAGE": "", "LC_ALL": "C.UTF-8", "LC_MESSAGES": "", "LANG": ""}, None),
])
def test_system_language(monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], expected: str | None) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(i18n.system_locale, "getlocale", lambda: (None, None))
    assert i18n.system_language() == (expected or "en")


def test_system_language_from_the_os_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(i18n.system_locale, "getlocale", lambda: ("Italian_Italy", "1252"))  # as on Windows
    assert i18n.system_language() == "it"


def test_missing_catalogs_show_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("MAGIA_DESK_TRANSLATIONS_DIR", str(tmp_path))
    i18n.reload_catalogs()
    try:
        assert i18n.translate("Total", "fr") == "Total"
        assert i18n.label("sme", "fr") == "SME"
    finally:
        monkeypatch.delenv("MAGIA_DESK_TRANSLATIONS_DIR")
        i18n.reload_catalogs()
    assert i18n.translate("Total", "fr") == "Total"
    assert i18n.label("sme", "fr") == "PME"


def test_catalogs_sit_beside_the_package() -> None:
    """A packaged build keeps resources/ next to magia_desk/, as for resources/fonts (pdf_fonts)."""
    assert PACKAGE.parent / "resources" / "translations" == i18n.translations_dir()
    for language in TRANSLATED:
        assert i18n.catalog_path(language).is_file()
