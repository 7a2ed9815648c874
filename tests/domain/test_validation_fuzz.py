"""Fuzzing the editors' validation: random field values given to the organization and contact services are either
stored exactly as the cleaning rules say (read back equal) or refused with RecordInvalid naming the fields; never
another exception, and a refusal writes nothing.

Strings exclude lone surrogates (category Cs): no editor, workbook or vCard can produce them.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from magia_desk.domain.errors import RecordInvalid
from magia_desk.domain.records import CONTACT_FIELDS, ORGANIZATION_FIELDS, clean_contact, clean_organization
from magia_desk.services import contacts, organizations
from magia_desk.storage.store import Store, open_store

FUZZ = settings(derandomize=True, max_examples=120, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)
long_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=190, max_size=320)
anything = st.one_of(
    st.none(), text, long_text, st.integers(-10**12, 10**12), st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.lists(text, max_size=4), st.dates(), st.datetimes(), st.just(""), st.just("   "),
)
# Values the rules accept, in the many forms people type them.
valid: dict[str, st.SearchStrategy[Any]] = {
    "kind": st.sampled_from(["sme", "SME", "large company", "cluster", "Research", "public-body"]),
    "name": st.one_of(st.sampled_from(["Rossi Medical", "  Müller   GmbH ", "北京生物"]), text.filter(str.strip)),
    "first_name": st.one_of(st.sampled_from(["Zoë", " Anna ", "Jean-Luc", "李"]), text.filter(str.strip)),
    "last_name": st.one_of(st.sampled_from(["Lefèvre", "O'Brien", "van der Berg"]), text.filter(str.strip)),
    "country": st.sampled_from(["IT", "fr", "Germany", "UK", "USA", "el", "", None]),
    "email": st.sampled_from(["info@biowin.be", "Zoe@LYON.org", "", None]),
    "phone": st.sampled_from(["+39 011 123 4567", "0049 40 1234567", "", None]),
    "website": st.sampled_from(["biowin.be", "https://www.lyonbiopole.com/en", None]),
    "employees": st.sampled_from([0, 9, 49, "250", "1 200", 12.0, None]),
    "turnover_meur": st.sampled_from([0, 1.5, "2,5", "10", None, 9_999_999]),
    "balance_sheet_meur": st.sampled_from([0.2, "43", None]),
    "sectors": st.sampled_from(["medtech; pharma", ["diagnostics", "Diagnostics"], "", None]),
    "certifications": st.sampled_from(["ISO 13485; CE/MDR", [], None]),
    "is_consortium_partner": st.sampled_from([True, False, "yes", "nein", "", None]),
    "languages": st.sampled_from(["fr; EN", ["it", "de"], "", None]),
    "gender": st.sampled_from(["female", "Male", "undisclosed", "", None]),
    "consent_status": st.sampled_from(["given", "refused", "Withdrawn", "unknown", "", None]),
    "consent_date": st.sampled_from(["2024-05-01", "01/05/2024", date(2020, 1, 1), datetime(2021, 2, 3, 4, 5)]),
}
# Values the rules refuse, or that sit at their edges.
hostile: dict[str, st.SearchStrategy[Any]] = {
    "kind": st.sampled_from(["spaceship", "", None]),
    "name": st.sampled_from(["", "   ", "x" * 301, None]),
    "first_name": st.sampled_from(["", "y" * 201]),
    "last_name": st.sampled_from(["", "y" * 201]),
    "country": st.sampled_from(["Atlantis", "XX", "123"]),
    "email": st.sampled_from(["not-an-email", "a@b", "@@"]),
    "phone": st.sampled_from(["123", "phone", "04 72 00 00 00", "+1"]),
    "website": st.sampled_from(["not a site", "http://x", "https://-bad-.com"]),
    "employees": st.sampled_from([-3, "many", "12.5", float("inf")]),
    "turnover_meur": st.sampled_from([-1, "lots", float("nan"), 1e8]),
    "is_consortium_partner": st.sampled_from(["maybe", 2]),
    "gender": st.sampled_from(["robot"]),
    "consent_status": st.sampled_from(["perhaps"]),
    "consent_date": st.sampled_from(["yesterday", "2024-13-45", ""]),
}


def values_for(fields: tuple[str, ...], required: tuple[str, ...] = ()) -> st.SearchStrategy[dict[str, Any]]:
    """A record whose given fields are all valid (the `required` ones always given), with up to two fields then
    overwritten by hostile or random values: about half the examples are stored, half refused."""
    fields = tuple(f for f in fields if f != "organization_id")

    def good(field: str) -> st.SearchStrategy[Any]:
        return valid.get(field, st.one_of(st.none(), text))

    def bad(field: str) -> st.SearchStrategy[Any]:
        return st.one_of(hostile[field], anything) if field in hostile else anything

    record = st.fixed_dictionaries({f: good(f) for f in required},
                                   optional={f: good(f) for f in fields if f not in required})
    spoilers = st.lists(st.sampled_from(fields), max_size=2, unique=True).flatmap(
        lambda names: st.fixed_dictionaries({name: bad(name) for name in names})
    )
    return st.builds(lambda base, spoiled: base | spoiled, record, spoilers)


@pytest.fixture(scope="module")
def fuzz_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(Path(tmp_path_factory.mktemp("fuzz")) / "fuzz.sqlite", keep_backup=False) as store:
        yield store


def expected(clean: Any, data: Mapping[str, Any], **kw: Any) -> dict[str, Any] | RecordInvalid:
    try:
        return clean(data, **kw)
    except RecordInvalid as refused:
        return refused


def assert_refusal_names_fields(refused: RecordInvalid, data: Mapping[str, Any], required: set[str]) -> None:
    assert refused.fields, "a refusal names at least one field"
    assert set(refused.fields) <= set(data) | required, (refused.fields, sorted(data))


def read_back(record: Any, cleaned: Mapping[str, Any]) -> None:
    for field, value in cleaned.items():
        stored = getattr(record, field)
        if isinstance(value, datetime):
            value = value.date()
        assert stored == value, (field, stored, value)


@FUZZ
@given(data=values_for(ORGANIZATION_FIELDS, ("kind", "name")))
def test_create_organization_stores_what_the_rules_say_or_names_the_fields(fuzz_store: Store,
                                                                           data: dict[str, Any]) -> None:
    rules = expected(clean_organization, data)
    before = organizations.count_organizations(fuzz_store)
    try:
        org_id = organizations.create_organization(fuzz_store, data)
    except RecordInvalid as refused:
        assert isinstance(rules, RecordInvalid) and refused.fields == rules.fields
        assert_refusal_names_fields(refused, data, {"kind", "name"})
        assert organizations.count_organizations(fuzz_store) == before
        return
    assert isinstance(rules, dict), rules
    record = organizations.get_organization(fuzz_store, org_id).record
    read_back(record, rules)


@FUZZ
@given(changes=values_for(ORGANIZATION_FIELDS))
def test_update_organization_stores_what_the_rules_say_or_names_the_fields(fuzz_store: Store,
                                                                           changes: dict[str, Any]) -> None:
    org_id = organizations.create_organization(fuzz_store, {"kind": "sme", "name": "Before", "city": "Torino"})
    original = organizations.get_organization(fuzz_store, org_id).record
    rules = expected(clean_organization, changes, partial=True)
    try:
        organizations.update_organization(fuzz_store, org_id, changes)
    except RecordInvalid as refused:
        assert isinstance(rules, RecordInvalid) and refused.fields == rules.fields
        assert_refusal_names_fields(refused, changes, set())
        after = organizations.get_organization(fuzz_store, org_id).record
        assert (after.name, after.city, after.updated_at) == (original.name, original.city, original.updated_at)
        return
    assert isinstance(rules, dict), rules
    record = organizations.get_organization(fuzz_store, org_id).record
    read_back(record, rules)
    untouched = {"name": "Before", "city": "Torino", "kind": "sme"}
    for field, value in untouched.items():
        if field not in rules:
            assert getattr(record, field) == value


@FUZZ
@given(data=values_for(CONTACT_FIELDS, ("first_name", "last_name")),
       link=st.sampled_from(["none", "valid", "unknown", "empty"]))
def test_create_contact_stores_what_the_rules_say_or_names_the_fields(fuzz_store: Store, data: dict[str, Any],
                                                                      link: str) -> None:
    if link != "none":
        if link == "valid":
            data["organization_id"] = organizations.create_organization(fuzz_store, {"kind": "sme", "name": "Employer"})
        else:
            data["organization_id"] = "no-such-organization" if link == "unknown" else ""
    rules = expected(clean_contact, data)
    before = contacts.count_contacts(fuzz_store)
    try:
        contact_id = contacts.create_contact(fuzz_store, data)
    except RecordInvalid as refused:
        assert_refusal_names_fields(refused, data, {"first_name", "last_name"})
        if not isinstance(rules, RecordInvalid):  # the rules passed: only the link can be refused
            assert refused.fields == ["organization_id"] and link == "unknown"
        assert contacts.count_contacts(fuzz_store) == before
        return
    assert isinstance(rules, dict), rules
    read_back(contacts.get_contact(fuzz_store, contact_id), rules)
