"""Property: replicas that edit at random and exchange bundles in any order end up holding identical rows.

A hypothesis state machine runs 3-5 replicas (real SQLite stores). Officers create, edit, delete, restore and
merge companies and contacts, and add or end memberships, through the services or the ORM as the app does.
Bundles are exported (for one peer, or everything) into a mailbox and delivered to any replica in any order;
some are delivered several times, some are lost (later exports carry their changes again, since nobody
acknowledged them). With a hub, replicas also sync with a PostgreSQL hub at random moments.
At the end (teardown) every replica exports everything and imports everyone else's bundle; then all replicas
hold the same change log and identical rows (organization, contact, membership; compared row by row, see
helpers.assert_same_rows), nothing is left waiting, and the hub, once everyone synced, holds the same rows.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule, run_state_machine_as_test
from sqlalchemy import select

from magia_desk.services import contacts, organizations
from magia_desk.services.sync import export_bundle, import_bundle, list_pending, sync_with_hub
from magia_desk.services.sync.hub import open_team_hub
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import Change, Contact, Membership, Organization
from magia_desk.storage.store import Store, open_store
from tests.services.sync.conftest import copy_replica
from tests.services.sync.helpers import assert_same_rows, live_ids, merge_organizations

NAMES = ("BioWin", "Rossi Medical", "Lyonbiopole", "MedTech Nord", "Kiel Bio")
CITIES = st.sampled_from(("Torino", "Wavre", "Lyon", "Kiel", "Gent")) | st.none()
COUNTRIES = st.sampled_from(("IT", "BE", "FR", "DE", "ES"))
ORG_EDITS: dict[str, st.SearchStrategy[object]] = {
    "name": st.sampled_from(NAMES).map(lambda n: n + " srl"),
    "city": CITIES,
    "country": COUNTRIES,
    "notes": st.sampled_from(("met at Medica", "call back", "")),
    "sectors": st.lists(st.sampled_from(("medtech", "pharma", "diagnostics")), max_size=2, unique=True),
    "employees": st.integers(1, 400) | st.none(),
}
CONTACT_EDITS: dict[str, st.SearchStrategy[object]] = {
    "job_title": st.sampled_from(("CEO", "Export manager", "CTO")) | st.none(),
    "city": CITIES,
    "country": COUNTRIES,
    "languages": st.lists(st.sampled_from(("it", "en", "fr", "de")), max_size=2, unique=True),
    "email": st.sampled_from(("anna@rossi.it", "jan@peeters.be")) | st.none(),
}


class Replicas(RuleBasedStateMachine):
    template: Path
    hub_factory: Callable[[], str] | None = None

    def __init__(self) -> None:
        super().__init__()
        self.dir = Path(tempfile.mkdtemp(prefix="magia-replicas-"))
        self.stores: list[Store] = []
        self.mailbox: list[Path] = []
        self.hub_url: str | None = None
        self.exports = 0

    @initialize(count=st.integers(3, 5))
    def open_replicas(self, count: int) -> None:
        for number in range(count):
            path = self.dir / f"replica-{number}.sqlite"
            copy_replica(self.template, path)
            store = open_store(path)
            store.officer_id = f"officer-{number}"
            self.stores.append(store)
        if self.hub_factory is not None:
            self.hub_url = self.hub_factory()
        # A shared start, as a partnership has: the first replica's companies and people reach everyone, so
        # that later edits on different replicas meet on the same records.
        first = self.stores[0]
        cluster = organizations.create_organization(first, {"kind": "cluster", "name": "BioWin", "country": "BE"})
        for name in NAMES[1:4]:
            member = organizations.create_organization(first, {"kind": "sme", "name": name, "country": "IT"},
                                                       member_of=[cluster])
            contacts.create_contact(first, {"first_name": "Anna", "last_name": name, "organization_id": member})
        seed = self.dir / "seed.magiasync"
        export_bundle(first, seed)
        for store in self.stores[1:]:
            import_bundle(store, seed)

    def pick(self, data: st.DataObject) -> Store:
        return self.stores[data.draw(st.integers(0, len(self.stores) - 1), label="replica")]

    # ---- officers at work ----------------------------------------------------------------------------

    @rule(data=st.data(), name=st.sampled_from(NAMES), kind=st.sampled_from(("sme", "cluster")), country=COUNTRIES)
    def create_organization(self, data: st.DataObject, name: str, kind: str, country: str) -> None:
        organizations.create_organization(self.pick(data), {"kind": kind, "name": name, "country": country})

    @rule(data=st.data(), first=st.sampled_from(("Anna", "Jan", "Marie")))
    def create_contact(self, data: st.DataObject, first: str) -> None:
        store = self.pick(data)
        employers = live_ids(store, Organization)
        employer = data.draw(st.sampled_from(employers) | st.none(), label="employer") if employers else None
        contacts.create_contact(store, {"first_name": first, "last_name": "Rossi", "organization_id": employer})

    @rule(data=st.data(), field=st.sampled_from(sorted(ORG_EDITS)))
    def edit_organization(self, data: st.DataObject, field: str) -> None:
        store = self.pick(data)
        ids = live_ids(store, Organization)
        if ids:
            value = data.draw(ORG_EDITS[field], label=field)
            organizations.update_organization(store, data.draw(st.sampled_from(ids), label="org"), {field: value})

    @rule(data=st.data(), field=st.sampled_from(sorted(CONTACT_EDITS)))
    def edit_contact(self, data: st.DataObject, field: str) -> None:
        store = self.pick(data)
        ids = live_ids(store, Contact)
        if ids:
            value = data.draw(CONTACT_EDITS[field], label=field)
            contacts.update_contact(store, data.draw(st.sampled_from(ids), label="contact"), {field: value})

    @rule(data=st.data(), field=st.sampled_from(sorted(ORG_EDITS)))
    def concurrent_edits(self, data: st.DataObject, field: str) -> None:
        """Two officers change the same field of the same company before they meet."""
        one, two = data.draw(st.lists(st.integers(0, len(self.stores) - 1), min_size=2, max_size=2, unique=True))
        shared = sorted(set(live_ids(self.stores[one], Organization)) & set(live_ids(self.stores[two], Organization)))
        if shared:
            chosen = data.draw(st.sampled_from(shared), label="org")
            for index in (one, two):
                value = data.draw(ORG_EDITS[field], label=field)
                organizations.update_organization(self.stores[index], chosen, {field: value})

    @rule(data=st.data(), people=st.booleans())
    def delete(self, data: st.DataObject, people: bool) -> None:
        store = self.pick(data)
        ids = live_ids(store, Contact if people else Organization)
        if ids:
            chosen = data.draw(st.sampled_from(ids), label="deleted")
            (contacts.delete_contact if people else organizations.delete_organization)(store, chosen)

    @rule(data=st.data(), people=st.booleans())
    def restore(self, data: st.DataObject, people: bool) -> None:
        store = self.pick(data)
        ids = live_ids(store, Contact if people else Organization, deleted=True)
        if ids:
            chosen = data.draw(st.sampled_from(ids), label="restored")
            (contacts.restore_contact if people else organizations.restore_organization)(store, chosen)

    @rule(data=st.data())
    def merge_duplicates(self, data: st.DataObject) -> None:
        store = self.pick(data)
        ids = live_ids(store, Organization)
        if len(ids) >= 2:
            loser, winner = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            merge_organizations(store, loser, winner)

    @rule(data=st.data())
    def add_membership(self, data: st.DataObject) -> None:
        store = self.pick(data)
        ids = live_ids(store, Organization)
        if len(ids) >= 2:
            member, cluster = data.draw(st.lists(st.sampled_from(ids), min_size=2, max_size=2, unique=True))
            with store.session() as session:
                session.add(Membership(organization_id=member, cluster_id=cluster))

    @rule(data=st.data())
    def end_membership(self, data: st.DataObject) -> None:
        store = self.pick(data)
        ids = live_ids(store, Membership)
        if ids:
            with store.session() as session:
                session.get(Membership, data.draw(st.sampled_from(ids))).deleted_at = utcnow()  # type: ignore[union-attr]

    # ---- exchanges ----------------------------------------------------------------------------------

    @rule(data=st.data(), for_peer=st.booleans())
    def export(self, data: st.DataObject, for_peer: bool) -> None:
        source, target = self.pick(data), self.pick(data)
        self.exports += 1
        path = self.dir / f"bundle-{self.exports}.magiasync"
        export_bundle(source, path, for_site=target.site_id if for_peer and target is not source else None)
        self.mailbox.append(path)

    @rule(data=st.data())
    def hand_over(self, data: st.DataObject) -> None:
        """The usual case: a bundle made for a colleague and imported by them right away."""
        source, target = self.pick(data), self.pick(data)
        if source is not target:
            self.exports += 1
            path = self.dir / f"bundle-{self.exports}.magiasync"
            export_bundle(source, path, for_site=target.site_id)
            import_bundle(target, path)

    @precondition(lambda self: bool(self.mailbox))
    @rule(data=st.data())
    def deliver(self, data: st.DataObject) -> None:
        """Any bundle to any replica, in any order, as often as the draw says (duplicates included)."""
        import_bundle(self.pick(data), data.draw(st.sampled_from(self.mailbox), label="bundle"))

    @precondition(lambda self: bool(self.mailbox))
    @rule(data=st.data())
    def lose(self, data: st.DataObject) -> None:
        self.mailbox.remove(data.draw(st.sampled_from(self.mailbox), label="lost"))

    @precondition(lambda self: self.hub_url is not None)
    @rule(data=st.data())
    def sync_hub(self, data: st.DataObject) -> None:
        assert self.hub_url is not None
        sync_with_hub(self.pick(data), self.hub_url)

    # ---- the property -------------------------------------------------------------------------------

    def teardown(self) -> None:
        try:
            if self.stores:
                self._exchange_everything_and_compare()
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.dir, ignore_errors=True)

    def _exchange_everything_and_compare(self) -> None:
        finals = []
        for number, store in enumerate(self.stores):
            finals.append(self.dir / f"final-{number}.magiasync")
            export_bundle(store, finals[-1])
        for number, store in enumerate(self.stores):
            for other, path in enumerate(finals):
                if other != number:
                    import_bundle(store, path)
        logs = [_log_ids(store) for store in self.stores]
        assert all(log == logs[0] for log in logs), "replicas hold different change logs"
        assert all(list_pending(store) == [] for store in self.stores)
        assert_same_rows(self.stores)
        if self.hub_url is not None:
            for store in self.stores:
                sync_with_hub(store, self.hub_url)
            hub = open_team_hub(self.hub_url)
            try:
                assert _log_ids(hub) == logs[0]
                assert list_pending(hub) == []
                assert_same_rows([*self.stores, hub])
            finally:
                hub.close()


def _log_ids(store: Store) -> set[tuple[str, str]]:
    with store.read() as session:
        return {(site, hlc) for site, hlc in session.execute(select(Change.site_id, Change.hlc))}


# Deterministic (derandomize), nothing saved between runs, sized to keep the sync tests around a minute.
BASE = settings(derandomize=True, database=None, deadline=None, print_blob=False,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much, HealthCheck.data_too_large])


def test_replicas_exchanging_bundles_in_any_order_converge(replica_template: Path) -> None:
    machine = type("BundleReplicas", (Replicas,), {"template": replica_template})
    run_state_machine_as_test(machine, settings=settings(BASE, max_examples=10, stateful_step_count=40))


def test_replicas_and_a_hub_converge(replica_template: Path, make_hub_url: Callable[[], str]) -> None:
    attributes = {"template": replica_template, "hub_factory": staticmethod(make_hub_url)}
    machine = type("HubReplicas", (Replicas,), attributes)
    run_state_machine_as_test(machine, settings=settings(BASE, max_examples=3, stateful_step_count=25))
