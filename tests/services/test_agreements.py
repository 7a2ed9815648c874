from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from magia_desk.domain.errors import RecordInvalid, ValidationError
from magia_desk.services import agreements as ag
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization, delete_organization
from magia_desk.storage.models import Action, AgreementStageChange, Change
from magia_desk.storage.store import Store

TODAY = date.today()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@dataclass
class World:
    officer: str
    colleague: str
    cluster: str  # BioPmed, the officer's partner cluster
    other_cluster: str  # BioWin
    italian: str
    chinese: str
    american: str


@pytest.fixture
def world(store: Store) -> World:
    cluster = create_organization(store, {"kind": "cluster", "name": "BioPmed", "country": "IT",
                                          "is_consortium_partner": True})
    other = create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                        "is_consortium_partner": True})
    officer = create_officer(store, "Giulia Rossi", partner_cluster_id=cluster)
    colleague = create_officer(store, "Marc Dupont", partner_cluster_id=other)
    store.officer_id = officer
    return World(
        officer, colleague, cluster, other,
        create_organization(store, {"kind": "sme", "name": "Torino Devices", "country": "IT"}),
        create_organization(store, {"kind": "distributor", "name": "Shanghai MedTrade", "country": "CN"}),
        create_organization(store, {"kind": "large_company", "name": "Boston Scientific Partners",
                                    "country": "US"}),
    )


def new(store: Store, world: World, **fields: object) -> str:
    data: dict[str, object] = {"type": "collaboration_agreement", "title": "Torino-Shanghai distribution",
                               "party_ids": [world.italian, world.chinese]}
    data.update(fields)
    return ag.create_agreement(store, data)


# ---- create, edit, delete -----------------------------------------------------------------------------------


def test_create_with_parties_of_any_country_and_defaults(store: Store, world: World) -> None:
    agreement_id = new(store, world, party_ids=[world.italian, world.chinese, world.american])
    detail = ag.get_agreement(store, agreement_id)
    assert [p.name for p in detail.parties] == ["Boston Scientific Partners", "Shanghai MedTrade", "Torino Devices"]
    assert sorted(p.country or "" for p in detail.parties) == ["CN", "IT", "US"]
    assert detail.record.stage == "identified"
    assert detail.record.owner_id == world.officer
    assert detail.owner_name == "Giulia Rossi"
    assert detail.partner_cluster_name == "BioPmed"  # the officer's cluster
    assert [(h.stage, h.changed_on, h.officer_name) for h in detail.history] == [("identified", TODAY, "Giulia Rossi")]


def test_create_refuses_every_bad_link_at_once(store: Store, world: World) -> None:
    with pytest.raises(RecordInvalid) as caught:
        new(store, world, owner_id="nobody", partner_cluster_id=world.italian, action_id="nothing",
            party_ids=[world.italian, "ghost"])
    assert set(caught.value.fields) == {"owner_id", "partner_cluster_id", "action_id", "party_ids"}
    assert ag.count_agreements(store) == 0


def test_create_linked_to_an_action_and_dated_in_the_past(store: Store, world: World) -> None:
    with store.session() as session:
        action = Action(type="trade_show", title="MEDICA 2023", start_date=ago(200))
        session.add(action)
        session.flush()
        action_id = action.id
    agreement_id = ag.create_agreement(
        store, {"type": "mou", "title": "MoU", "stage": "negotiating", "action_id": action_id},
        stage_on=ago(100),
    )
    detail = ag.get_agreement(store, agreement_id)
    assert detail.action_title == "MEDICA 2023"
    assert [(h.stage, h.changed_on) for h in detail.history] == [("negotiating", ago(100))]


def test_update_records_a_new_stage_and_replaces_parties(store: Store, world: World) -> None:
    agreement_id = new(store, world)
    ag.update_agreement(store, agreement_id, {"stage": "contacted", "title": "Renamed",
                                              "party_ids": [world.american]})
    detail = ag.get_agreement(store, agreement_id)
    assert detail.record.title == "Renamed"
    assert [h.stage for h in detail.history] == ["identified", "contacted"]
    assert [p.name for p in detail.parties] == ["Boston Scientific Partners"]


def test_update_keeps_the_rules_between_fields(store: Store, world: World) -> None:
    agreement_id = new(store, world, stage="signed", signed_on=ago(10))
    with pytest.raises(RecordInvalid) as caught:
        ag.update_agreement(store, agreement_id, {"signed_on": None})
    assert caught.value.fields == ["signed_on"]
    with pytest.raises(RecordInvalid) as caught:
        ag.update_agreement(store, agreement_id, {"expires_on": ago(20)})
    assert caught.value.fields == ["expires_on"]


def test_delete_and_restore(store: Store, world: World) -> None:
    agreement_id = new(store, world)
    ag.change_stage(store, agreement_id, "contacted")
    ag.delete_agreement(store, agreement_id)
    assert ag.count_agreements(store) == 0
    assert ag.board(store)["contacted"] == []
    ag.restore_agreement(store, agreement_id)
    detail = ag.get_agreement(store, agreement_id)
    assert len(detail.parties) == 2
    assert [h.stage for h in detail.history] == ["identified", "contacted"]


# ---- stage changes ------------------------------------------------------------------------------------------


def test_stage_changes_are_stored_with_date_and_officer(store: Store, world: World) -> None:
    agreement_id = ag.create_agreement(store, {"type": "mou", "title": "MoU"}, stage_on=ago(90))
    ag.change_stage(store, agreement_id, "contacted", on=ago(60))
    store.officer_id = world.colleague
    ag.change_stage(store, agreement_id, "negotiating", on=ago(30))
    ag.change_stage(store, agreement_id, "draft")  # today
    history = ag.stage_history(store, agreement_id)
    assert [(h.stage, h.changed_on, h.officer_name) for h in history] == [
        ("identified", ago(90), "Giulia Rossi"),
        ("contacted", ago(60), "Giulia Rossi"),
        ("negotiating", ago(30), "Marc Dupont"),
        ("draft", TODAY, "Marc Dupont"),
    ]
    assert ag.get_agreement(store, agreement_id).record.stage == "draft"
    assert ag.change_stage(store, agreement_id, "draft") is None  # dropped on its own column
    assert len(ag.stage_history(store, agreement_id)) == 4


def test_a_stage_change_cannot_be_dated_before_the_last_one_or_in_the_future(store: Store, world: World) -> None:
    agreement_id = ag.create_agreement(store, {"type": "mou", "title": "MoU"}, stage_on=ago(10))
    with pytest.raises(ValidationError) as caught:
        ag.change_stage(store, agreement_id, "contacted", on=ago(11))
    assert caught.value.field == "on"
    with pytest.raises(ValidationError):
        ag.change_stage(store, agreement_id, "contacted", on=TODAY + timedelta(days=1))
    assert [h.stage for h in ag.stage_history(store, agreement_id)] == ["identified"]
    assert ag.get_agreement(store, agreement_id).record.stage == "identified"


def test_reaching_signed_asks_for_signed_on(store: Store, world: World) -> None:
    agreement_id = new(store, world)
    with pytest.raises(ValidationError) as caught:
        ag.change_stage(store, agreement_id, "signed")
    assert caught.value.field == "signed_on"
    assert ag.get_agreement(store, agreement_id).record.stage == "identified"  # nothing written
    assert len(ag.stage_history(store, agreement_id)) == 1

    ag.change_stage(store, agreement_id, "signed", signed_on=ago(2))
    record = ag.get_agreement(store, agreement_id).record
    assert (record.stage, record.signed_on) == ("signed", ago(2))
    # Recorded today (the agreement was identified today), so the signing day cannot date it.
    assert ag.stage_history(store, agreement_id)[-1].changed_on == TODAY
    ag.change_stage(store, agreement_id, "active")  # signed_on already set: not asked again
    assert ag.get_agreement(store, agreement_id).record.stage == "active"


def test_reaching_signed_is_dated_on_the_signing_day_when_it_fits(store: Store, world: World) -> None:
    agreement_id = ag.create_agreement(store, {"type": "mou", "title": "MoU", "stage": "draft"}, stage_on=ago(20))
    ag.change_stage(store, agreement_id, "signed", signed_on=ago(6))
    assert [(h.stage, h.changed_on) for h in ag.stage_history(store, agreement_id)] == [
        ("draft", ago(20)), ("signed", ago(6))]
    ag.change_stage(store, agreement_id, "active")  # only "signed" takes the signing day
    assert ag.stage_history(store, agreement_id)[-1].changed_on == TODAY


def test_active_and_expired_need_signed_on_too(store: Store, world: World) -> None:
    agreement_id = new(store, world)
    for stage in ("active", "expired"):
        with pytest.raises(ValidationError) as caught:
            ag.change_stage(store, agreement_id, stage)
        assert caught.value.field == "signed_on"


def test_a_stage_reached_last_month_is_corrected_and_history_stays_in_date_order(store: Store, world: World) -> None:
    agreement_id = ag.create_agreement(store, {"type": "mou", "title": "MoU"}, stage_on=ago(120))
    ag.change_stage(store, agreement_id, "contacted", on=ago(50))
    negotiating = ag.change_stage(store, agreement_id, "negotiating")  # recorded today, reached last month
    assert negotiating is not None
    ag.correct_stage_change(store, negotiating, ago(35))
    history = ag.stage_history(store, agreement_id)
    assert [(h.stage, h.changed_on) for h in history] == [
        ("identified", ago(120)), ("contacted", ago(50)), ("negotiating", ago(35))
    ]
    assert [h.changed_on for h in history] == sorted(h.changed_on for h in history)
    assert ag.agreement_rows(store, [agreement_id])[0].stage_since == ago(35)

    # Out of order with a neighbour, or in the future: refused, nothing changed.
    contacted = history[1].id
    for bad in (ago(121), ago(34), TODAY + timedelta(days=1)):
        with pytest.raises(ValidationError) as caught:
            ag.correct_stage_change(store, contacted, bad)
        assert caught.value.field == "changed_on"
    ag.correct_stage_change(store, contacted, ago(120))  # same day as its predecessor: allowed
    assert [h.changed_on for h in ag.stage_history(store, agreement_id)] == [ago(120), ago(120), ago(35)]
    assert [h.stage for h in ag.stage_history(store, agreement_id)] == ["identified", "contacted", "negotiating"]


# ---- letters of intent --------------------------------------------------------------------------------------


def _smes(store: Store, count: int) -> list[str]:
    return [
        create_organization(store, {"kind": "sme", "name": f"SME {n:02d}", "country": ("IT", "BE", "DE", "FR")[n % 4]})
        for n in range(count)
    ]


def _changes(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(Change)) or 0


def test_57_letters_of_intent_in_one_call(store: Store, world: World) -> None:
    smes = _smes(store, 57)
    signed = ago(30)
    ids = ag.create_letters_of_intent(store, [*smes, smes[0]], "LoI {organization} ({country})", signed, world.cluster)
    assert len(ids) == 57
    assert ag.count_agreements(store, ag.AgreementFilter(type="letter_of_intent")) == 57
    rows = ag.agreement_rows(store, ids)
    assert [r.title for r in rows[:2]] == ["LoI SME 00 (Italy)", "LoI SME 01 (Belgium)"]
    assert {(r.stage, r.signed_on, r.partner_cluster_id, r.owner_id) for r in rows} == {
        ("signed", signed, world.cluster, world.officer)
    }
    assert [[p.id for p in r.parties] for r in rows] == [[sme] for sme in smes]
    with store.read() as session:
        stages = session.execute(select(AgreementStageChange.stage, AgreementStageChange.changed_on)).all()
    assert len(stages) == 57 and set(stages) == {("signed", signed)}
    assert ag.count_agreements(store, ag.AgreementFilter(signed_year=signed.year, partner_cluster_id=world.cluster)) \
        == 57


def test_one_invalid_sme_writes_no_letter(store: Store, world: World) -> None:
    smes = _smes(store, 57)
    delete_organization(store, smes[10])
    before = _changes(store)
    with pytest.raises(RecordInvalid) as caught:
        ag.create_letters_of_intent(store, smes, "LoI {organization}", ago(30), world.cluster)
    assert caught.value.fields == ["sme_ids"]
    assert caught.value.errors[0].value == [smes[10]]
    with pytest.raises(RecordInvalid):
        ag.create_letters_of_intent(store, [*smes[:10], "not-an-id"], "LoI {organization}", ago(30), world.cluster)
    assert ag.count_agreements(store) == 0
    assert _changes(store) == before  # not one row written, not even in the change log


def test_letters_refuse_a_bad_template_cluster_or_date(store: Store, world: World) -> None:
    smes = _smes(store, 3)
    with pytest.raises(RecordInvalid) as caught:
        ag.create_letters_of_intent(store, smes, "LoI {company}", ago(1), world.italian, action_id="nothing")
    assert set(caught.value.fields) == {"title_template", "partner_cluster_id", "action_id"}
    with pytest.raises(RecordInvalid) as caught:
        ag.create_letters_of_intent(store, smes, "LoI", None, world.cluster)  # type: ignore[arg-type]
    assert caught.value.fields == ["signed_on"]
    with pytest.raises(ValidationError):
        ag.create_letters_of_intent(store, [], "LoI", ago(1), world.cluster)
    assert ag.count_agreements(store) == 0


# ---- board and list -----------------------------------------------------------------------------------------


@pytest.fixture
def pipeline(store: Store, world: World) -> dict[str, str]:
    ids = {
        "loi": ag.create_agreement(store, {"type": "letter_of_intent", "title": "LoI Torino", "stage": "signed",
                                           "signed_on": date(2023, 6, 1), "party_ids": [world.italian]}),
        "mou": ag.create_agreement(store, {"type": "mou", "title": "MoU Shanghai", "stage": "negotiating",
                                           "party_ids": [world.chinese]}, stage_on=ago(20)),
        "dist": ag.create_agreement(store, {"type": "distribution", "title": "Distribution USA",
                                            "stage": "negotiating", "party_ids": [world.american, world.italian],
                                            "partner_cluster_id": world.other_cluster, "owner_id": world.colleague},
                                    stage_on=ago(5)),
        "active": ag.create_agreement(store, {"type": "partnership_agreement", "title": "Partnership Boston",
                                              "stage": "active", "signed_on": date(2024, 1, 10),
                                              "expires_on": TODAY + timedelta(days=30),
                                              "party_ids": [world.american], "notes": "renewal with MedTech hub"}),
    }
    return ids


def test_board_has_every_column_in_order_and_cards_by_stage(store: Store, pipeline: dict[str, str]) -> None:
    columns = ag.board(store)
    assert list(columns) == ["identified", "contacted", "negotiating", "draft", "signed", "active", "expired",
                             "dropped"]
    assert [c.title for c in columns["negotiating"]] == ["Distribution USA", "MoU Shanghai"]  # last moved first
    assert [c.id for c in columns["signed"]] == [pipeline["loi"]]
    card = columns["active"][0]
    assert card.expiry_warning and card.party_names == "Boston Scientific Partners" and card.countries == ["US"]
    assert columns["identified"] == [] and columns["dropped"] == []

    ag.change_stage(store, pipeline["mou"], "draft")
    columns = ag.board(store)
    assert [c.title for c in columns["draft"]] == ["MoU Shanghai"]
    assert [c.title for c in columns["negotiating"]] == ["Distribution USA"]


def _titles(store: Store, **flt: Any) -> list[str]:
    return [r.title for r in ag.agreement_rows(store, ag.agreement_ids(store, ag.AgreementFilter(**flt)))]


def test_filters(store: Store, world: World, pipeline: dict[str, str]) -> None:
    assert _titles(store, type="mou") == ["MoU Shanghai"]
    assert _titles(store, stage="negotiating") == ["Distribution USA", "MoU Shanghai"]
    assert _titles(store, partner_cluster_id=world.other_cluster) == ["Distribution USA"]
    assert _titles(store, country="IT") == ["Distribution USA", "LoI Torino"]  # any party from Italy
    assert _titles(store, country="us") == ["Distribution USA", "Partnership Boston"]
    assert _titles(store, owner_id=world.colleague) == ["Distribution USA"]
    assert _titles(store, signed_year=2024) == ["Partnership Boston"]
    assert _titles(store, text="shanghai") == ["MoU Shanghai"]  # title
    assert _titles(store, text="torino dev") == ["Distribution USA", "LoI Torino"]  # a party's name
    assert _titles(store, text="medtech") == ["Partnership Boston"]  # the notes
    assert _titles(store, text="100%") == []
    assert _titles(store, party_id=world.american, stage="active") == ["Partnership Boston"]
    board = ag.board(store, ag.AgreementFilter(country="CN"))
    assert [c.title for cards in board.values() for c in cards] == ["MoU Shanghai"]


def test_sorting_and_paging(store: Store, world: World, pipeline: dict[str, str]) -> None:
    flt = ag.AgreementFilter()
    by_stage = ag.agreement_rows(store, ag.agreement_ids(store, flt, sort="stage"))
    assert [r.stage for r in by_stage] == ["negotiating", "negotiating", "signed", "active"]  # pipeline order
    by_owner = ag.agreement_rows(store, ag.agreement_ids(store, flt, sort="owner", descending=True))
    assert [r.owner_name for r in by_owner] == ["Marc Dupont", "Giulia Rossi", "Giulia Rossi", "Giulia Rossi"]
    by_cluster = ag.agreement_rows(store, ag.agreement_ids(store, flt, sort="partner_cluster"))
    assert by_cluster[-1].partner_cluster_name == "BioWin"
    signed = ag.agreement_ids(store, flt, sort="signed_on")
    assert signed[:2] == [pipeline["loi"], pipeline["active"]]  # undated last
    page = ag.agreement_ids(store, flt, sort="title", offset=1, limit=2)
    assert ag.agreement_ids(store, flt, sort="title")[1:3] == page
    assert ag.count_agreements(store, flt) == 4
    assert ag.count_agreements(store, ag.AgreementFilter(stage="negotiating")) == 2


# ---- expiry -------------------------------------------------------------------------------------------------


def test_expiring_agreements_at_the_60_day_boundary(store: Store, world: World) -> None:
    def agreement(title: str, stage: str, expires_in: int) -> str:
        return ag.create_agreement(store, {"type": "mou", "title": title, "stage": stage, "signed_on": ago(400),
                                           "expires_on": TODAY + timedelta(days=expires_in),
                                           "party_ids": [world.chinese]})

    agreement("Day 60", "active", 60)
    agreement("Day 61", "active", 61)
    agreement("Today", "active", 0)
    agreement("Past", "active", -5)
    agreement("Signed only", "signed", 10)
    agreement("Expired", "expired", -5)
    deleted = agreement("Deleted", "active", 10)
    ag.delete_agreement(store, deleted)
    ag.create_agreement(store, {"type": "mou", "title": "No date", "stage": "active", "signed_on": ago(5)})

    warnings = ag.expiring_agreements(store, TODAY)
    assert [(w.title, w.days_left) for w in warnings] == [("Past", -5), ("Today", 0), ("Day 60", 60)]
    assert warnings[0].party_names == "Shanghai MedTrade"
    assert "still active" in warnings[0].message and "60 days" in warnings[2].message
    assert [w.title for w in ag.expiring_agreements(store, TODAY - timedelta(days=1))] == ["Past", "Today"]
    assert [w.title for w in ag.expiring_agreements(store, TODAY, within_days=61)][-1] == "Day 61"
