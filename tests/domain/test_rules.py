"""Countries, phone numbers, emails, enumerations and record cleaning: each refusal names its field."""

from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.contact_rules import (
    normalise_email,
    normalise_phone,
    normalise_website,
    split_list,
    website_domain,
)
from magia_desk.domain.countries import country_name, flag, is_european, normalise_country
from magia_desk.domain.enums import ActionType, OrgKind, parse_enum
from magia_desk.domain.errors import RecordInvalid, ValidationError
from magia_desk.domain.records import clean_contact, clean_organization, parse_date


@pytest.mark.parametrize(
    ("typed", "code"),
    [("IT", "IT"), ("it", "IT"), ("Italy", "IT"), ("DEU", "DE"), ("Germany", "DE"), ("UK", "GB"),
     ("United Kingdom", "GB"), ("USA", "US"), ("China", "CN"), (" belgium ", "BE"), ("Holland", "NL")],
)
def test_countries_from_codes_and_names(typed: str, code: str) -> None:
    assert normalise_country(typed) == code


def test_unknown_country_is_refused_with_the_field_named() -> None:
    with pytest.raises(ValidationError) as caught:
        normalise_country("Atlantis")
    assert caught.value.field == "country"
    assert "Atlantis" in caught.value.message


def test_european_means_eu27_efta_and_uk_only() -> None:
    assert all(is_european(c) for c in ("IT", "BE", "DE", "FR", "NO", "CH", "IS", "LI", "GB"))
    assert not any(is_european(c) for c in ("US", "CN", "TR", "RS", "UA", "IL", None, ""))


def test_country_display() -> None:
    assert country_name("DE") == "Germany"
    assert flag("IT") == "🇮🇹"


def test_phone_numbers_become_e164() -> None:
    assert normalise_phone("+39 011 123 4567") == "+390111234567"
    assert normalise_phone("011 123 4567", "IT") == "+390111234567"
    assert normalise_phone("0049 40 1234567") == "+49401234567"
    assert normalise_phone("") is None
    with pytest.raises(ValidationError) as caught:
        normalise_phone("12", "IT")
    assert caught.value.field == "phone"


def test_emails_are_checked_offline() -> None:
    assert normalise_email(" Anna.Rossi@BioPmed.it ") == "Anna.Rossi@biopmed.it"
    with pytest.raises(ValidationError):
        normalise_email("anna@")


def test_websites() -> None:
    assert normalise_website("www.biowin.org") == "https://www.biowin.org"
    assert website_domain("https://www.BioWin.org/about") == "biowin.org"
    with pytest.raises(ValidationError):
        normalise_website("not a site")


def test_enumerations_ignore_case_spaces_and_separators() -> None:
    assert parse_enum(OrgKind, "Large Company", "kind") is OrgKind.LARGE_COMPANY
    assert parse_enum(ActionType, "fact-finding-mission", "type") is ActionType.FACT_FINDING_MISSION
    with pytest.raises(ValidationError) as caught:
        parse_enum(OrgKind, "startup", "kind")
    assert "sme" in caught.value.message


def test_lists_split_on_semicolons_without_duplicates() -> None:
    assert split_list(" imaging; IVD ;; imaging ;ivd") == ["imaging", "IVD"]


def test_dates_in_the_forms_people_type() -> None:
    assert parse_date("2019-03-31", "d") == date(2019, 3, 31)
    assert parse_date("31/03/2019", "d") == date(2019, 3, 31)
    assert parse_date("31.03.2019", "d") == date(2019, 3, 31)
    with pytest.raises(ValidationError):
        parse_date("March", "d")


def test_clean_organization_reports_every_bad_field() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_organization({"kind": "spaceship", "name": " ", "country": "Mars", "email": "x@", "employees": "-3"})
    assert set(caught.value.fields) == {"kind", "name", "country", "email", "employees"}


def test_clean_organization_types_the_values() -> None:
    values = clean_organization(
        {"kind": "SME", "name": "  Ortopedia  Piemontese ", "country": "Italy", "employees": "12",
         "turnover_meur": "1,5", "sectors": "orthopaedics; implants", "is_consortium_partner": "no"}
    )
    assert values == {
        "kind": "sme", "name": "Ortopedia Piemontese", "country": "IT", "employees": 12, "turnover_meur": 1.5,
        "sectors": ["orthopaedics", "implants"], "is_consortium_partner": False,
    }


def test_clean_contact_requires_names_and_checks_consent() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_contact({"first_name": "Zoë"})
    assert caught.value.fields == ["last_name"]
    with pytest.raises(RecordInvalid) as caught:
        clean_contact({"first_name": "Zoë", "last_name": "Dupont", "consent_status": "given", "consent_date": ""})
    assert caught.value.fields == ["consent_date"]
    ok = clean_contact({"first_name": "王", "last_name": "伟", "consent_status": "Given", "consent_date": "2019-05-02"})
    assert ok["consent_status"] == "given" and ok["consent_date"] == date(2019, 5, 2)
