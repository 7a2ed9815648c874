"""Messages of the domain and the services in the user's language: ValidationError keeps its English text and its
template, translate_error / translate_message fill the translated template, field labels, and the English that
the CLI and logs print is unchanged."""

from __future__ import annotations

import copy
import pickle
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from magia_desk.domain.actions import clean_meeting
from magia_desk.domain.agreements import check_stage_date, consistency_errors, render_letter_title
from magia_desk.domain.contact_rules import normalise_email, normalise_phone, require_text
from magia_desk.domain.errors import N_, Message, NotFoundError, RecordInvalid, Term, ValidationError
from magia_desk.domain.records import clean_organization, parse_int
from magia_desk.services import i18n


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    i18n.set_language("en")
    i18n.reload_catalogs()


def _refusal(call: object, *args: object, **kwargs: object) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)  # type: ignore[operator]
    return caught.value


def test_a_validation_error_keeps_its_english_text_and_its_template() -> None:
    error = _refusal(require_text, "x" * 301, "name")
    assert error.message == "is longer than 300 characters"
    assert str(error) == "name: is longer than 300 characters"
    assert error.template == "is longer than {max_length} characters"
    assert error.params == {"max_length": 300}
    plain = ValidationError("path", "C:/x is not a file")  # a service's finished English text
    assert (plain.message, plain.template, plain.params) == ("C:/x is not a file", "C:/x is not a file", {})
    braces = ValidationError("title", "use {organization}")  # braces in a finished text are not a template
    assert braces.message == "use {organization}"


def test_english_wording_is_unchanged() -> None:
    """The CLI, logs and workbook reports print these; the move to templates must not change a word."""
    assert _refusal(normalise_phone, "123").message == "'123' is not a phone number (add the country code, e.g. +39)"
    assert _refusal(normalise_phone, "+39 12").message.startswith("'+39 12' is not a ")
    assert _refusal(parse_int, "2.5", "employees").message == "'2.5' is not a whole number"
    assert _refusal(check_stage_date, date(2024, 1, 1), date(2024, 6, 1), date(2024, 2, 1), None).message == (
        "2024-01-01 is before the previous stage change (2024-02-01); correct that one first")
    assert consistency_errors({"stage": "signed", "signed_on": None})[0].message == (
        "is required when the agreement is signed")
    assert _refusal(render_letter_title, "LoI {nope}", "Acme", "IT").message == (
        "unknown placeholder {nope}; use {organization}, {country}")
    assert _refusal(render_letter_title, "LoI {", "Acme", "IT").message.endswith("write braces as {{ and }}")
    with pytest.raises(RecordInvalid) as caught:
        clean_meeting({"starts_at": "2024-05-14 10:00", "ends_at": "2024-05-14 09:30"})
    assert caught.value.errors[0].message == "ends (2024-05-14 09:30) before it starts"


def test_translate_error_in_each_language() -> None:
    email = _refusal(normalise_email, "not-an-email")
    assert i18n.translate_error(email, "fr").startswith("« not-an-email » n'est pas une adresse e-mail valide (")
    assert i18n.translate_error(email, "it").startswith("«not-an-email» non è un indirizzo e-mail valido (")
    assert i18n.translate_error(email, "de").startswith("„not-an-email“ ist keine gültige E-Mail-Adresse (")
    assert i18n.translate_error(email, "en") == email.message
    # the validator's own English explanation is replaced by words the catalogues hold
    assert i18n.translate_error(email, "fr").endswith("(il n'y a pas de @)")
    assert i18n.translate_error(email, "de").endswith("(es fehlt das @)")
    spaced = _refusal(normalise_email, "ana maria@x.it")
    assert i18n.translate_error(spaced, "it").endswith("(caratteri non ammessi prima della @: SPACE)")
    required = ValidationError("name", N_("is required"))
    assert [i18n.translate_error(required, lang) for lang in ("en", "fr", "it", "de")] == [
        "is required", "obligatoire", "obbligatorio", "erforderlich"]
    longer = _refusal(require_text, "x" * 301, "name")
    assert i18n.translate_error(longer, "fr") == "dépasse 300 caractères"


def test_the_current_language_is_the_default_and_an_explicit_one_wins() -> None:
    error = ValidationError("country", N_("'{text}' is not a known country (use an ISO code such as IT or a name)"),
                            "Atlantis", text="Atlantis")
    i18n.set_language("de")
    assert i18n.translate_error(error).startswith("„Atlantis“ ist kein bekanntes Land")
    assert i18n.translate_error(error, "it").startswith("«Atlantis» non è un paese noto")


def test_vocabulary_values_read_as_labels_and_nested_messages_are_translated() -> None:
    signed = consistency_errors({"stage": "signed", "signed_on": None})[0]
    assert i18n.translate_error(signed, "fr") == "obligatoire quand l'accord est à l'étape « Signé »"
    nested = Message(N_("{why}; skipped"), why=Message(N_("same participation as row {row}"), row=7))
    assert str(nested) == "same participation as row 7; skipped"
    assert i18n.translate_message(nested, "de") == "gleiche Teilnahme wie Zeile 7; übersprungen"
    assert i18n.translate_message(Term("letter_of_intent", "letter of intent"), "it") == "Lettera d'intenti"
    assert i18n.translate_message(Term("letter_of_intent", "letter of intent"), "en") == "letter of intent"


def test_plain_text_is_never_looked_up() -> None:
    """A title or a name someone wrote may be a catalog word ('Total'): only Messages are translated."""
    assert i18n.translate_message("Total", "de") == "Total"
    assert i18n.translate_message(i18n.as_message("Total"), "de") == "Summe"


def test_numbers_and_moments_with_a_format_follow_the_language() -> None:
    label = Message(N_("{what} ({when:%a %d %b %H:%M})"), what="Acme", when=datetime(2024, 5, 14, 10, 0))
    assert label == "Acme (Tue 14 May 10:00)"
    assert i18n.translate_message(label, "fr") == "Acme (mar. 14 mai 10:00)"
    assert i18n.translate_message(label, "de") == "Acme (Di. 14 Mai 10:00)"
    size = Message(N_("{kind}, {size:,} bytes"), kind=Message(N_("file")), size=1234567)
    assert size == "file, 1,234,567 bytes"
    assert i18n.translate_message(size, "de") == "Datei, 1.234.567 Byte"
    assert i18n.translate_message(size, "fr").replace("\u202f", " ") == "fichier, 1 234 567 octets"


def test_record_invalid_reads_one_line_per_field_with_its_label() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_organization({"kind": "sme", "name": "", "vat_number": "x" * 51})
    assert i18n.translate_error(caught.value, "it") == "Nome: obbligatorio\nPartita IVA: supera i 50 caratteri"
    assert i18n.error_line(caught.value.errors[0], "fr", {"name": "&Raison sociale"}) == "Raison sociale : obligatoire"


def test_other_errors_are_translated_when_they_are_messages() -> None:
    assert i18n.translate_error(NotFoundError(Message(N_("No mission with id {id}"), id="m1")), "fr") == (
        "Aucune mission avec l'identifiant m1")
    assert i18n.translate_error(NotFoundError("No such thing"), "fr") == "No such thing"
    assert i18n.translate_error(ValueError("boom"), "fr") == "boom"


def test_a_broken_translation_shows_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "translate", lambda text, language=None: "« {texte} » inconnu")
    error = ValidationError("country", N_("'{text}' is not a known country"), "X", text="X")
    assert i18n.translate_error(error, "fr") == "'X' is not a known country"


def test_field_labels() -> None:
    assert i18n.field_label("vat_number", "en") == "VAT number"
    assert i18n.field_label("vat_number", "it") == "Partita IVA"
    assert i18n.field_label("turnover_meur", "de") == "Umsatz (Mio. EUR)"
    assert i18n.field_label("organization_id", "fr") == "Organisation"
    assert i18n.field_label("some_new_field_id", "fr") == "Some new field"
    assert i18n.field_label(None) == ""


def test_messages_survive_copy_and_pickle() -> None:
    """Plans and errors cross threads and may be copied: the template must travel with the text."""
    message = Message(N_("{role}, {name}"), role=Term("attendee"), name="Anna Rossi")
    for twin in (copy.deepcopy(message), pickle.loads(pickle.dumps(message))):
        assert twin == "attendee, Anna Rossi" and isinstance(twin, Message)
        assert twin.template == "{role}, {name}" and twin.params["role"].value == "attendee"
        assert i18n.translate_message(twin, "fr") == i18n.translate_message(message, "fr")


def test_a_store_refusal_and_the_backup_it_offers_read_in_the_users_language(tmp_path: Path) -> None:
    from magia_desk.storage.store import StoreDamagedError, StoreError, open_store

    foreign = tmp_path / "notes.sqlite"
    foreign.write_text("hello")
    with pytest.raises(StoreError) as refused:
        open_store(foreign)
    assert i18n.translate_error(refused.value, "fr") == (
        f"{foreign} n'est pas une base MAGIA Desk (ce n'est pas une base SQLite).")
    damaged = StoreDamagedError(Message(N_("{path} is damaged: {problem}"), path="s.sqlite", problem="page 3"))
    offered = damaged.offering(tmp_path / "b.magiabackup")
    assert i18n.translate_error(offered, "de") == (
        f"s.sqlite ist beschädigt: page 3 Die letzte intakte Sicherung ist {tmp_path / 'b.magiabackup'}: Stellen Sie "
        f"sie mit `magia-desk restore {tmp_path / 'b.magiabackup'}` oder im Dialog „Sicherungen“ wieder her.")
    assert str(offered).startswith("s.sqlite is damaged: page 3 The latest good backup is ")
