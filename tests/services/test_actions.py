"""Actions: validation against the store, lists, bulk participants, pasted lists, history of a company."""

from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.errors import NotFoundError, RecordInvalid
from magia_desk.services import actions, meetings, missions, participations
from magia_desk.services.contacts import create_contact
from magia_desk.services.organizations import create_organization
from magia_desk.storage.models import Mission
from magia_desk.storage.store import Store


@pytest.fixture
def world(store: Store) -> dict[str, str]:
    ids = {
        "biopmed": create_organization(store, {"kind": "cluster", "name": "BioPmed", "country": "IT",
                                               "is_consortium_partner": True}),
        "biowin": create_organization(store, {"kind": "cluster", "name": "BioWin", "country": "BE",
                                              "is_consortium_partner": True}),
        "other_cluster": create_organization(store, {"kind": "cluster", "name": "Medicon Valley", "country": "DK"}),
        "medtech": create_organization(store, {"kind": "sme", "name": "Medtech S.r.l.", "country": "IT",
                                               "website": "https://www.medtech.it"}),
        "imaging": create_organization(store, {"kind": "sme", "name": "Imaging Lab GmbH", "country": "DE"}),
    }
    ids["hans"] = create_contact(store, {"first_name": "Hans", "last_name": "Müller", "email": "Hans@Medtech.it",
                                         "organization_id": ids["medtech"]})
    ids["giulia"] = create_contact(store, {"first_name": "Giulia", "last_name": "Bianchi",
                                           "organization_id": ids["medtech"]})
    ids["zhang"] = create_contact(store, {"first_name": "伟", "last_name": "张", "email": "zhang.wei@shmed.cn"})
    ids["hannes"] = create_contact(store, {"first_name": "Hannes", "last_name": "Mueller",
                                           "organization_id": ids["imaging"]})
    return ids


def _webinar(store: Store, world: dict[str, str], **extra: object) -> str:
    data = {"type": "webinar", "title": "MDR for beginners", "start_date": "2019-03-05", "online": True,
            "organiser_id": world["biopmed"]} | extra
    return actions.create_action(store, data)


def test_create_update_delete_restore(store: Store, world: dict[str, str]) -> None:
    action_id = _webinar(store, world, declared_audience=40, audience_types=["industry"])
    record = actions.get_action(store, action_id)
    assert (record.type, record.online, record.declared_audience) == ("webinar", True, 40)
    actions.update_action(store, action_id, {"portal_activity_type": "meetings", "end_date": "2019-03-06"})
    assert actions.action_rows(store, [action_id])[0].portal_activity_type == "meetings"
    assert actions.action_rows(store, [action_id])[0].portal_activity_overridden
    actions.delete_action(store, action_id)
    assert actions.count_actions(store) == 0
    actions.restore_action(store, action_id)
    assert actions.count_actions(store) == 1


def test_organiser_must_be_a_consortium_partner_cluster(store: Store, world: dict[str, str]) -> None:
    for not_partner in (world["other_cluster"], world["medtech"], "no-such-id"):
        with pytest.raises(RecordInvalid) as caught:
            _webinar(store, world, organiser_id=not_partner)
        assert caught.value.fields == ["organiser_id"]
    action_id = _webinar(store, world)
    with pytest.raises(RecordInvalid):
        actions.update_action(store, action_id, {"organiser_id": world["other_cluster"]})
    with pytest.raises(RecordInvalid) as caught:
        actions.update_action(store, action_id, {"end_date": "2019-01-01", "declared_audience": "-1"})
    assert set(caught.value.fields) == {"end_date", "declared_audience"}
    with pytest.raises(NotFoundError):
        actions.update_action(store, "missing", {"title": "x"})


def test_mission_types_always_have_their_mission_row(store: Store, world: dict[str, str]) -> None:
    action_id = actions.create_action(store, {"type": "trade_show", "title": "MEDICA", "start_date": "2019-11-18",
                                              "country": "DE", "city": "Düsseldorf"})
    with store.read() as session:
        mission = session.get(Mission, action_id)
        assert mission is not None and mission.destination_country == "DE"
    meetings.create_meeting(store, action_id, {"topic": "Stand visit"})
    with pytest.raises(RecordInvalid) as caught:
        actions.update_action(store, action_id, {"type": "conference"})
    assert caught.value.fields == ["type"]
    empty = actions.create_action(store, {"type": "fact_finding_mission", "title": "Boston",
                                          "start_date": "2019-06-01"})
    actions.update_action(store, empty, {"type": "conference"})
    assert [m.id for m in missions.list_missions(store)] == [action_id]


def test_list_filters_sorting_and_paging(store: Store, world: dict[str, str]) -> None:
    webinar = _webinar(store, world, declared_audience=25)
    show = actions.create_action(store, {"type": "trade_show", "title": "Arab Health", "start_date": "2020-01-27",
                                         "city": "Dubai", "country": "AE", "organiser_id": world["biowin"]})
    training = actions.create_action(store, {"type": "training", "title": "Regulatory bootcamp",
                                             "start_date": "2019-09-10", "city": "Torino", "country": "IT"})
    flt = actions.ActionFilter
    assert actions.action_ids(store, flt()) == [show, training, webinar]  # newest first
    assert actions.action_ids(store, flt(), sort="title", descending=False) == [show, webinar, training]
    assert actions.action_ids(store, flt(), offset=1, limit=1) == [training]
    assert actions.action_ids(store, flt(text="torino")) == [training]  # the city
    assert actions.action_ids(store, flt(text="MDR begin")) == [webinar]  # every word, in the title
    assert actions.action_ids(store, flt(type="trade_show")) == [show]
    assert actions.action_ids(store, flt(year=2019)) == [training, webinar]
    assert actions.action_ids(store, flt(organiser_id=world["biowin"])) == [show]
    assert actions.action_ids(store, flt(country="IT")) == [training]
    assert actions.action_ids(store, flt(online=True)) == [webinar]
    assert actions.action_ids(store, flt(missions_only=True)) == [show]
    assert actions.count_actions(store, flt(year=2019)) == 2
    assert actions.action_years(store) == [2020, 2019]
    participations.add_participants(store, webinar, [(world["medtech"], None, "attendee")])
    row = actions.action_rows(store, [webinar])[0]
    assert (row.participants, row.declared_audience, row.audience) == (1, 25, 25)
    assert row.organiser == "BioPmed" and row.portal_activity_type == "education_and_training_events"
    assert actions.action_ids(store, flt(), sort="participants")[0] == webinar


def test_bulk_participants_skip_those_already_there(store: Store, world: dict[str, str]) -> None:
    action_id = _webinar(store, world, declared_audience=1)
    first = participations.add_participants(store, action_id, [
        (world["medtech"], None, "attendee"),
        (None, world["hans"], "speaker"),
        (None, world["zhang"], "Attendee"),
    ])
    assert len(first.added) == 3 and first.skipped == []
    again = participations.add_participants(store, action_id, [
        (None, world["hans"], "attendee"),  # already there as speaker
        (world["medtech"], None, "attendee"),  # the company on its own, already there
        (None, world["giulia"], "attendee"),
        (None, world["giulia"], "attendee"),  # twice in the same batch
    ])
    assert len(again.added) == 1 and len(again.skipped) == 3
    rows = participations.participant_rows(store, action_id)
    hans = next(r for r in rows if r.contact_id == world["hans"])
    assert (hans.organization_id, hans.role, hans.date) == (world["medtech"], "speaker", date(2019, 3, 5))
    assert {r.contact for r in rows} == {None, "Hans Müller", "Giulia Bianchi", "张伟"}
    assert actions.action_rows(store, [action_id])[0].audience == 4
    with pytest.raises(RecordInvalid) as caught:
        participations.add_participants(store, action_id, [(None, None, "attendee"), (None, "ghost", "attendee"),
                                                           (world["imaging"], None, "dancer")])
    assert set(caught.value.fields) == {"participant", "contact_id", "role"}
    assert len(participations.participant_rows(store, action_id)) == 4  # nothing of the refused batch was written
    participations.remove_participants(store, [hans.id])
    assert len(participations.participant_rows(store, action_id)) == 3
    participations.restore_participants(store, [hans.id])
    participations.update_participation(store, hans.id, role="organiser")
    assert next(r for r in participations.participant_rows(store, action_id) if r.id == hans.id).role == "organiser"


def test_pasted_list_matches_emails_then_names_then_organizations(store: Store, world: dict[str, str]) -> None:
    matches = participations.match_pasted_participants(
        store,
        "HANS@medtech.it; Bianchi Giulia\n张伟, Imaging Lab, newcomer@medtech.it, Nobody Known\nnew@gmail.com",
    )
    by_text = {m.text: m for m in matches}
    assert len(matches) == 7
    hans = by_text["hans@medtech.it"]
    assert (hans.best.contact_id, hans.best.how, hans.ambiguous) == (world["hans"], "email", False)
    assert by_text["Bianchi Giulia"].best.contact_id == world["giulia"]
    assert by_text["张伟"].best.contact_id == world["zhang"]
    imaging = by_text["Imaging Lab"].best
    assert (imaging.organization_id, imaging.contact_id, imaging.how) == (world["imaging"], None, "organization")
    domain = by_text["newcomer@medtech.it"].best
    assert (domain.organization_id, domain.how) == (world["medtech"], "email domain")
    assert not by_text["Nobody Known"].matched
    assert not by_text["new@gmail.com"].matched  # a free mail domain says nothing about the employer
    # Close names come with the alternatives a picker shows.
    fuzzy = participations.match_pasted_participants(store, "Hans Muller")[0]
    assert (fuzzy.best.contact_id, fuzzy.best.score) == (world["hans"], 100.0)
    assert [c.contact_id for c in fuzzy.alternatives] == [world["hannes"]]
    assert not fuzzy.ambiguous  # 88 against 100: the best is clear
    # Matches feed add_participants directly.
    action_id = _webinar(store, world)
    chosen = [(m.best.organization_id, m.best.contact_id, "attendee") for m in matches if m.matched]
    assert len(participations.add_participants(store, action_id, chosen).added) == 5


def test_actions_of_an_organization_include_those_of_its_people(store: Store, world: dict[str, str]) -> None:
    webinar = _webinar(store, world)
    show = actions.create_action(store, {"type": "trade_show", "title": "MEDICA", "start_date": "2019-11-18"})
    deleted = actions.create_action(store, {"type": "survey", "title": "Needs survey", "start_date": "2019-01-10"})
    participations.add_participants(store, webinar, [(world["medtech"], None, "attendee")])
    participations.add_participants(store, show, [(None, world["hans"], "exhibitor"),
                                                  (None, world["giulia"], "attendee")])
    participations.add_participants(store, deleted, [(world["medtech"], None, "respondent")])
    actions.delete_action(store, deleted)
    history = participations.actions_of_organization(store, world["medtech"])
    assert [h.title for h in history] == ["MEDICA", "MDR for beginners"]
    assert history[0].via == ["Giulia Bianchi", "Hans Müller"] and not history[0].direct
    assert sorted(history[0].roles) == ["attendee", "exhibitor"]
    assert history[1].direct and history[1].via == []
    assert [h.title for h in participations.actions_of_contact(store, world["hans"])] == ["MEDICA"]
    assert participations.actions_of_contact(store, world["zhang"]) == []
