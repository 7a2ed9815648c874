"""People: validation, the organization link, consent, lists."""

from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import contacts, organizations
from magia_desk.services.contacts import ContactFilter
from magia_desk.storage.store import Store


def test_create_with_link_consent_and_normalised_values(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "cluster", "name": "Lyonbiopole", "country": "FR"})
    contact_id = contacts.create_contact(
        store,
        {"first_name": "Émile", "last_name": "Lefèvre", "organization_id": org_id, "email": "Emile@LYONBIOPOLE.org",
         "phone": "04 72 00 00 00", "country": "France", "languages": "FR; en", "consent_status": "given",
         "consent_date": "2019-03-01", "consent_source": "CEBR 2019 registration"},
    )
    [row] = contacts.contact_rows(store, [contact_id])
    assert row.organization == "Lyonbiopole"
    assert row.email == "Emile@lyonbiopole.org"
    assert row.phone == "+33472000000"
    assert (row.consent_status, row.consent_date) == ("given", date(2019, 3, 1))
    assert contacts.get_contact(store, contact_id).languages == ["fr", "en"]


def test_unknown_organization_and_bad_values_are_refused(store: Store) -> None:
    with pytest.raises(RecordInvalid) as caught:
        contacts.create_contact(store, {"first_name": "A", "last_name": "B", "organization_id": "nope"})
    assert caught.value.fields == ["organization_id"]
    with pytest.raises(RecordInvalid) as caught:
        contacts.create_contact(store, {"first_name": "A", "last_name": "B", "email": "a@", "phone": "1"})
    assert set(caught.value.fields) == {"email", "phone"}
    assert contacts.count_contacts(store) == 0


def test_filters_sorting_by_organization_and_consent(store: Store) -> None:
    a = organizations.create_organization(store, {"kind": "sme", "name": "Aachen Medical", "country": "DE"})
    z = organizations.create_organization(store, {"kind": "sme", "name": "Zürich Implants", "country": "CH"})
    anna = contacts.create_contact(store, {"first_name": "Anna", "last_name": "Zimmer", "organization_id": a})
    bruno = contacts.create_contact(
        store, {"first_name": "Bruno", "last_name": "Amsler", "organization_id": z, "consent_status": "refused"}
    )
    assert contacts.contact_ids(store, ContactFilter()) == [bruno, anna]  # by last name
    assert contacts.contact_ids(store, ContactFilter(), sort="organization") == [anna, bruno]
    assert contacts.contact_ids(store, ContactFilter(consent_status="refused")) == [bruno]
    assert contacts.contact_ids(store, ContactFilter(organization_id=a)) == [anna]
    assert contacts.count_contacts(store, ContactFilter(text="zimm")) == 1
