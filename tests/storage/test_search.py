"""The full-text index stays in step with every create, edit, delete and restore."""

from __future__ import annotations

from magia_desk.services import contacts, organizations
from magia_desk.services.organizations import OrganizationFilter
from magia_desk.storage.search import fts_query
from magia_desk.storage.store import Store


def find(store: Store, text: str) -> list[str]:
    return organizations.organization_ids(store, OrganizationFilter(text=text))


def test_query_building() -> None:
    assert fts_query("bio  win") == '"bio"* AND "win"*'
    assert fts_query('"; DROP TABLE') == '"DROP"* AND "TABLE"*'
    assert fts_query("  ") is None


def test_search_by_name_prefix_city_email_sector_and_notes_with_diacritics_folded(store: Store) -> None:
    org_id = organizations.create_organization(
        store,
        {"kind": "sme", "name": "Müller Medizintechnik GmbH", "country": "DE", "city": "Lübeck",
         "email": "info@mueller-mt.de", "sectors": "orthopaedics; imaging", "notes": "met at MEDICA"},
    )
    for text in ("mül", "muller", "MEDIZIN", "lubeck", "mueller", "orthop", "medica", "müller lüb"):
        assert find(store, text) == [org_id], text
    assert find(store, "müller zürich") == []


def test_index_follows_edits_deletes_and_restores(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Old Name", "country": "BE"})
    organizations.update_organization(store, org_id, {"name": "Nouveau Nom"})
    assert find(store, "old") == []
    assert find(store, "nouveau") == [org_id]
    organizations.delete_organization(store, org_id)
    assert find(store, "nouveau") == []
    organizations.restore_organization(store, org_id)
    assert find(store, "nouveau") == [org_id]


def test_contacts_are_searchable_by_name_email_and_job(store: Store) -> None:
    contact_id = contacts.create_contact(
        store, {"first_name": "Zoë", "last_name": "Lefèvre", "email": "zoe.lefevre@lyonbiopole.org",
                "job_title": "Internationalisation officer"}
    )
    for text in ("zoe", "lefevre", "lyonbiopole", "internationali"):
        assert contacts.contact_ids(store, contacts.ContactFilter(text=text)) == [contact_id], text
    contacts.update_contact(store, contact_id, {"email": "zoe@biowin.be"})
    assert contacts.contact_ids(store, contacts.ContactFilter(text="lyonbiopole")) == []
    contacts.delete_contact(store, contact_id)
    assert contacts.contact_ids(store, contacts.ContactFilter(text="zoe")) == []


def test_dense_searches_walk_the_name_index_and_page_exactly_like_the_ordinary_query(store: Store, monkeypatch) -> None:
    from magia_desk.storage import search

    for i in range(30):
        contacts.create_contact(store, {"first_name": f"Anna{i % 7}", "last_name": f"Rossi{(i * 7) % 30:02d}"})
    flt = contacts.ContactFilter(text="ross")
    expected = contacts.contact_ids(store, flt)  # no limit: the ordinary plan
    monkeypatch.setattr(search, "DENSE_MATCHES", 5)
    pages = [contacts.contact_ids(store, flt, offset=offset, limit=8) for offset in range(0, 32, 8)]
    assert [i for page in pages for i in page] == expected
    assert contacts.count_contacts(store, flt) == 30


def test_the_remembered_match_count_follows_every_write(store: Store) -> None:
    """The count is remembered per connection until the store changes: a create, an edit or a delete shows."""
    flt = contacts.ContactFilter(text="bianchi")
    assert contacts.count_contacts(store, flt) == 0
    first = contacts.create_contact(store, {"first_name": "Anna", "last_name": "Bianchi"})
    assert contacts.count_contacts(store, flt) == 1
    second = contacts.create_contact(store, {"first_name": "Luca", "last_name": "Verdi"})
    assert contacts.count_contacts(store, flt) == 1
    contacts.update_contact(store, second, {"last_name": "Bianchi"})
    assert contacts.count_contacts(store, flt) == 2
    contacts.delete_contact(store, first)
    assert contacts.count_contacts(store, flt) == 1
