"""Conflicts: concurrent edits of one field and deletes against edits are listed on both sides and resolvable."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from magia_desk.domain.errors import NotFoundError, ValidationError
from magia_desk.services import contacts, organizations
from magia_desk.services.officers import create_officer
from magia_desk.services.sync import export_bundle, import_bundle, list_conflicts, resolve_conflict
from magia_desk.storage.store import Store
from tests.services.sync.helpers import assert_same_rows, merge_organizations, table_rows

MakeReplica = Callable[[str], Store]


@pytest.fixture
def pair(make_replica: MakeReplica, tmp_path: Path) -> tuple[Store, Store, Callable[[Store, Store], None]]:
    a, b = make_replica("a"), make_replica("b")
    shipped = [0]

    def ship(source: Store, target: Store) -> None:
        shipped[0] += 1
        path = tmp_path / f"bundle-{shipped[0]}.magiasync"
        export_bundle(source, path, for_site=target.site_id)
        import_bundle(target, path)

    return a, b, ship


def test_concurrent_edits_of_one_field_are_listed_on_both_sides(pair) -> None:
    a, b, ship = pair
    officer = create_officer(a, "Giulia Bianchi")
    a.officer_id = officer
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi", "city": "Torino"})
    ship(a, b)
    organizations.update_organization(a, org, {"city": "Milano"})
    organizations.update_organization(b, org, {"city": "Genova"})  # later clock: wins everywhere
    ship(a, b)
    ship(b, a)

    assert_same_rows([a, b])
    assert table_rows(a, "organization")[org]["city"] == "Genova"
    [on_a] = list_conflicts(a)
    [on_b] = list_conflicts(b)
    assert (on_a.record_label, on_a.field, on_a.kind, on_a.winner) == ("Rossi", "city", "field", "remote")
    assert (on_a.local.value, on_a.remote.value) == ("Milano", "Genova")
    assert on_a.local.officer_name == "Giulia Bianchi" and on_a.remote.officer_id == "officer-b"
    assert on_a.local.at is not None and on_a.remote.at is not None and on_a.local.at < on_a.remote.at
    assert (on_b.winner, on_b.local.value, on_b.remote.value) == ("local", "Genova", "Milano")
    assert on_b.remote.officer_name == "Giulia Bianchi"  # officers travel like any record


def test_an_edit_made_after_seeing_the_other_is_not_a_conflict(pair) -> None:
    a, b, ship = pair
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi", "city": "Torino"})
    ship(a, b)
    organizations.update_organization(a, org, {"city": "Milano"})
    ship(a, b)
    organizations.update_organization(b, org, {"city": "Monza"})  # a correction of a's edit
    ship(b, a)
    ship(a, b)
    assert list_conflicts(a) == [] and list_conflicts(b) == []
    assert table_rows(a, "organization")[org]["city"] == "Monza"


def test_the_same_value_written_on_both_sides_is_not_a_conflict(pair) -> None:
    a, b, ship = pair
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi"})
    ship(a, b)
    organizations.update_organization(a, org, {"city": "Bari"})
    organizations.update_organization(b, org, {"city": "Bari"})
    ship(a, b)
    ship(b, a)
    assert list_conflicts(a) == [] and list_conflicts(b) == []


def test_picking_the_losing_value_becomes_a_new_change_that_wins_everywhere(pair) -> None:
    a, b, ship = pair
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi", "employees": 10})
    ship(a, b)
    organizations.update_organization(a, org, {"employees": 12})
    organizations.update_organization(b, org, {"employees": 15})
    ship(a, b)
    ship(b, a)
    [conflict] = list_conflicts(a)
    [on_b] = list_conflicts(b)
    assert (conflict.winner, conflict.local.value, on_b.winner, on_b.local.value) == ("remote", 12, "local", 15)

    # Keeping the winner closes the conflict and writes nothing.
    resolve_conflict(b, on_b.id, "local")
    assert table_rows(b, "organization")[org]["employees"] == 15 and list_conflicts(b) == []
    with pytest.raises(NotFoundError):
        resolve_conflict(b, on_b.id, "remote")
    with pytest.raises(ValidationError):
        resolve_conflict(a, conflict.id, "theirs")

    # Picking the loser writes it as a new change.
    resolve_conflict(a, conflict.id, "local")
    assert table_rows(a, "organization")[org]["employees"] == 12
    assert list_conflicts(a) == []
    assert [c.resolution for c in list_conflicts(a, include_resolved=True)] == ["local"]
    ship(a, b)
    assert table_rows(b, "organization")[org]["employees"] == 12
    assert_same_rows([a, b])


def test_an_open_conflict_is_closed_when_the_other_side_resolves_it(pair) -> None:
    a, b, ship = pair
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi"})
    ship(a, b)
    organizations.update_organization(a, org, {"city": "Asti"})
    organizations.update_organization(b, org, {"city": "Alba"})
    ship(a, b)
    ship(b, a)
    [on_a] = list_conflicts(a)
    [on_b] = list_conflicts(b)
    resolve_conflict(a, on_a.id, "local")  # a brings back Asti
    ship(a, b)
    assert table_rows(b, "organization")[org]["city"] == "Asti"
    assert list_conflicts(b) == []  # b's conflict said "Alba kept": out of date now
    assert [c.resolution for c in list_conflicts(b, include_resolved=True)] == ["superseded"]
    assert on_b.id != on_a.id


def test_deleted_there_while_edited_here_is_listed_and_can_be_kept(pair) -> None:
    a, b, ship = pair
    org = organizations.create_organization(a, {"kind": "sme", "name": "Rossi"})
    ship(a, b)
    organizations.update_organization(a, org, {"notes": "met at Medica"})
    organizations.delete_organization(b, org)
    ship(b, a)
    ship(a, b)

    [here] = list_conflicts(a)
    assert (here.kind, here.field, here.winner, here.local.value) == ("delete", "deleted_at", "remote", None)
    assert here.remote.value is not None and here.note == "edited here: notes"
    [there] = list_conflicts(b)
    assert (there.kind, there.winner, there.remote.value) == ("delete", "local", None)
    assert there.note == "edited there: notes"
    assert table_rows(a, "organization")[org]["deleted_at"] is not None
    assert table_rows(a, "organization")[org]["notes"] == "met at Medica"  # the edit is kept, hidden

    resolve_conflict(a, here.id, "local")  # keep the record
    ship(a, b)
    assert table_rows(b, "organization")[org]["deleted_at"] is None
    assert_same_rows([a, b])


def test_a_merge_there_against_an_edit_here_is_listed(pair) -> None:
    a, b, ship = pair
    keep = organizations.create_organization(a, {"kind": "sme", "name": "Rossi Medical"})
    dup = organizations.create_organization(a, {"kind": "sme", "name": "Rossi Medical srl"})
    person = contacts.create_contact(a, {"first_name": "Anna", "last_name": "Rossi", "organization_id": dup})
    ship(a, b)
    merge_organizations(b, dup, keep)
    organizations.update_organization(a, dup, {"city": "Pisa"})
    ship(b, a)
    [conflict] = list_conflicts(a)
    assert (conflict.record_id, conflict.kind, conflict.winner) == (dup, "delete", "remote")
    resolve_conflict(a, conflict.id, "local")
    row = table_rows(a, "organization")[dup]
    assert row["deleted_at"] is None and row["merged_into_id"] is None and row["city"] == "Pisa"
    assert table_rows(a, "contact")[person]["organization_id"] == keep  # moved links stay moved
