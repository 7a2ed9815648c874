"""Companies: validation, derived SME class, memberships, market interests, lists with filters and paging."""

from __future__ import annotations

import pytest

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import contacts, organizations
from magia_desk.services.organizations import OrganizationFilter
from magia_desk.storage.store import Store


@pytest.fixture
def biowin(store: Store) -> str:
    return organizations.create_organization(
        store, {"kind": "cluster", "name": "BioWin", "country": "BE", "is_consortium_partner": True}
    )


def test_create_derives_the_size_class_and_update_recomputes_it(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Acme", "employees": 8})
    detail = organizations.get_organization(store, org_id)
    assert (detail.record.size_class, detail.record.size_provisional) == ("micro", True)
    organizations.update_organization(store, org_id, {"turnover_meur": 12.5, "balance_sheet_meur": 11})
    detail = organizations.get_organization(store, org_id)
    assert (detail.record.size_class, detail.record.size_provisional) == ("medium", False)


def test_invalid_input_is_refused_with_fields_named_and_nothing_written(store: Store) -> None:
    with pytest.raises(RecordInvalid) as caught:
        organizations.create_organization(store, {"kind": "sme", "name": "X", "country": "Narnia", "website": "??"})
    assert set(caught.value.fields) == {"country", "website"}
    assert organizations.count_organizations(store) == 0


def test_memberships_and_market_interests(store: Store, biowin: str) -> None:
    sme = organizations.create_organization(store, {"kind": "sme", "name": "Wallonia Devices", "country": "BE"})
    organizations.set_memberships(store, sme, [biowin])
    organizations.set_market_interests(
        store, sme, [{"country": "China", "status": "exploring", "needs": "regulatory approval; find distributor"}]
    )
    detail = organizations.get_organization(store, sme)
    assert detail.member_of == [(biowin, "BioWin")]
    assert [(m.country, m.status, m.needs) for m in detail.market_interests] == [
        ("CN", "exploring", ["regulatory_approval", "find_distributor"])
    ]
    assert organizations.get_organization(store, biowin).members == 1
    organizations.set_memberships(store, sme, [])
    assert organizations.get_organization(store, sme).member_of == []
    with pytest.raises(RecordInvalid):
        organizations.set_memberships(store, sme, [sme])  # an SME is not a cluster


def test_filters_sort_paging_and_counts(store: Store, biowin: str) -> None:
    names = ["Zeta Imaging", "Alpha Ortho", "Beta Diagnostics", "Gamma Plastics"]
    ids = {
        name: organizations.create_organization(
            store, {"kind": "sme", "name": name, "country": "IT" if i % 2 else "FR", "employees": 10 * i + 5,
                    "sectors": "imaging" if "Imaging" in name else "other"}
        )
        for i, name in enumerate(names)
    }
    organizations.set_memberships(store, ids["Alpha Ortho"], [biowin])

    def names_for(flt: OrganizationFilter, **kw: object) -> list[str]:
        rows = organizations.organization_rows(store, organizations.organization_ids(store, flt, **kw))
        return [r.name for r in rows]

    assert names_for(OrganizationFilter(kind="sme")) == sorted(names)
    assert names_for(OrganizationFilter(kind="sme"), sort="name", descending=True) == sorted(names, reverse=True)
    assert names_for(OrganizationFilter(kind="sme"), offset=1, limit=2) == sorted(names)[1:3]
    assert names_for(OrganizationFilter(country="IT")) == ["Alpha Ortho", "Gamma Plastics"]
    assert names_for(OrganizationFilter(member_of=biowin)) == ["Alpha Ortho"]
    assert names_for(OrganizationFilter(sector="IMAGING")) == ["Zeta Imaging"]
    assert names_for(OrganizationFilter(size_class="small")) == ["Alpha Ortho", "Beta Diagnostics", "Gamma Plastics"]
    assert names_for(OrganizationFilter(size_class="micro")) == ["Zeta Imaging"]
    assert names_for(OrganizationFilter(consortium_partner=True)) == ["BioWin"]
    assert organizations.count_organizations(store) == 5
    assert organizations.count_organizations(store, OrganizationFilter(country="IT")) == 2
    assert names_for(OrganizationFilter(), sort="employees")[:2] == ["Zeta Imaging", "Alpha Ortho"]


def test_rows_count_live_contacts(store: Store) -> None:
    org_id = organizations.create_organization(store, {"kind": "sme", "name": "Peeters NV", "country": "BE"})
    first = contacts.create_contact(store, {"first_name": "Jan", "last_name": "Peeters", "organization_id": org_id})
    contacts.create_contact(store, {"first_name": "An", "last_name": "Janssens", "organization_id": org_id})
    contacts.delete_contact(store, first)
    [row] = organizations.organization_rows(store, [org_id])
    assert row.contacts == 1 and row.country_name == "Belgium"
