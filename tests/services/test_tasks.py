from __future__ import annotations

from datetime import date, timedelta

import pytest

from magia_desk.domain.errors import RecordInvalid
from magia_desk.services import tasks
from magia_desk.services.contacts import create_contact
from magia_desk.services.officers import create_officer
from magia_desk.services.organizations import create_organization, delete_organization
from magia_desk.storage.models import Action, Mission
from magia_desk.storage.store import Store

WEDNESDAY = date(2024, 5, 15)  # ISO week 20: Monday 13 .. Sunday 19 May 2024


@pytest.fixture
def officer(store: Store) -> str:
    store.officer_id = create_officer(store, "Giulia Rossi")
    return store.officer_id


@pytest.fixture
def company(store: Store) -> str:
    return create_organization(store, {"kind": "sme", "name": "Torino Devices", "country": "IT"})


def due(store: Store, title: str, on: date | None, **extra: object) -> str:
    return tasks.create_task(store, {"title": title, "due_date": on, **extra})


def titles(rows: list[tasks.TaskRow]) -> list[str]:
    return [r.title for r in rows]


def test_create_on_a_record_with_the_current_officer_as_owner(store: Store, officer: str, company: str) -> None:
    task_id = tasks.create_task(store, {"title": "Send the NDA", "due_date": "2024-05-20",
                                        "record_type": "Organization", "record_id": company})
    row = tasks.get_task(store, task_id)
    assert (row.owner_id, row.owner_name, row.due_date, row.done) == (officer, "Giulia Rossi", date(2024, 5, 20), False)
    assert (row.record_type, row.record_label) == ("organization", "Torino Devices")
    assert row.ref == ("organization", company)
    assert titles(tasks.tasks_for_record(store, "organization", company)) == ["Send the NDA"]
    unlinked = tasks.get_task(store, tasks.create_task(store, {"title": "Book flights"}))
    assert (unlinked.record_type, unlinked.record_id, unlinked.ref) == (None, None, None)


@pytest.mark.parametrize("kind", ["contact", "action", "mission", "agreement", "meeting"])
def test_tasks_on_every_kind_of_record(store: Store, officer: str, company: str, kind: str) -> None:
    from magia_desk.services.agreements import create_agreement
    from magia_desk.storage.models import Meeting

    with store.session() as session:
        action = Action(type="trade_show", title="MEDICA", start_date=date(2024, 11, 11))
        session.add(action)
        session.flush()
        session.add(Mission(id=action.id, destination_country="DE"))
        session.flush()  # no relationship orders the inserts: the mission must exist before its meeting
        meeting = Meeting(mission_id=action.id, organization_id=company, topic="Distribution")
        session.add(meeting)
        session.flush()
        ids = {"action": action.id, "mission": action.id, "meeting": meeting.id}
    ids["contact"] = create_contact(store, {"first_name": "Anna", "last_name": "Bianchi", "organization_id": company})
    ids["agreement"] = create_agreement(store, {"type": "mou", "title": "MoU Torino"})
    task_id = tasks.create_task(store, {"title": "Follow up", "record_type": kind, "record_id": ids[kind]})
    label = tasks.get_task(store, task_id).record_label
    assert label == {"contact": "Anna Bianchi", "action": "MEDICA", "mission": "MEDICA", "agreement": "MoU Torino",
                     "meeting": "Meeting with Torino Devices"}[kind]


def test_bad_fields_and_links_are_refused(store: Store, officer: str, company: str) -> None:
    with pytest.raises(RecordInvalid) as caught:
        tasks.create_task(store, {"title": " ", "due_date": "soon", "done": "maybe"})
    assert set(caught.value.fields) == {"title", "due_date", "done"}
    with pytest.raises(RecordInvalid) as caught:
        tasks.create_task(store, {"title": "x", "record_type": "organization", "record_id": "ghost",
                                  "owner_id": "nobody"})
    assert set(caught.value.fields) == {"record_id", "owner_id"}
    with pytest.raises(RecordInvalid) as caught:
        tasks.create_task(store, {"title": "x", "record_type": "invoice", "record_id": company})
    assert caught.value.fields == ["record_type"]
    with pytest.raises(RecordInvalid) as caught:
        tasks.create_task(store, {"title": "x", "record_type": "organization"})
    assert caught.value.fields == ["record_id"]
    delete_organization(store, company)
    with pytest.raises(RecordInvalid):
        tasks.create_task(store, {"title": "x", "record_type": "organization", "record_id": company})


def test_update_complete_reopen_delete_restore(store: Store, officer: str, company: str) -> None:
    task_id = due(store, "Call back", WEDNESDAY, record_type="organization", record_id=company)
    tasks.update_task(store, task_id, {"title": "Call back Anna", "due_date": "2024-05-21"})
    assert (tasks.get_task(store, task_id).title, tasks.get_task(store, task_id).due_date) == (
        "Call back Anna", date(2024, 5, 21))
    tasks.complete_task(store, task_id)
    assert tasks.get_task(store, task_id).done
    assert tasks.my_tasks(store, officer, WEDNESDAY).total == 0
    assert tasks.tasks_for_record(store, "organization", company, include_done=False) == []
    tasks.reopen_task(store, task_id)
    assert titles(tasks.my_tasks(store, officer, WEDNESDAY).later) == ["Call back Anna"]
    tasks.delete_task(store, task_id)
    assert tasks.tasks_for_record(store, "organization", company) == []
    tasks.restore_task(store, task_id)
    assert titles(tasks.tasks_for_record(store, "organization", company)) == ["Call back Anna"]


def test_my_tasks_groups_around_a_wednesday(store: Store, officer: str) -> None:
    due(store, "Monday, two days ago", date(2024, 5, 13))
    due(store, "Last month", date(2024, 4, 15))
    due(store, "Yesterday", date(2024, 5, 14))
    due(store, "Today", WEDNESDAY)
    due(store, "Sunday", date(2024, 5, 19))
    due(store, "Next Monday", date(2024, 5, 20))
    due(store, "Someday", None)
    tasks.complete_task(store, due(store, "Done long ago", date(2024, 5, 1)))
    tasks.delete_task(store, due(store, "Deleted", date(2024, 5, 1)))
    colleague = create_officer(store, "Marc Dupont")
    due(store, "Marc's", date(2024, 5, 1), owner_id=colleague)

    mine = tasks.my_tasks(store, officer, WEDNESDAY)
    assert titles(mine.overdue) == ["Last month", "Monday, two days ago", "Yesterday"]
    assert titles(mine.due_this_week) == ["Today", "Sunday"]
    assert titles(mine.later) == ["Next Monday"]
    assert titles(mine.no_date) == ["Someday"]
    assert mine.total == 7
    assert tasks.count_overdue(store, officer, WEDNESDAY) == 3
    assert titles(tasks.my_tasks(store, colleague, WEDNESDAY).overdue) == ["Marc's"]
    assert tasks.count_overdue(store, colleague, WEDNESDAY) == 1


def test_week_boundaries_on_monday_and_sunday(store: Store, officer: str) -> None:
    monday, sunday = date(2024, 5, 13), date(2024, 5, 19)
    assert tasks.week_bounds(WEDNESDAY) == (monday, sunday)
    assert tasks.week_bounds(monday) == (monday, sunday)
    assert tasks.week_bounds(sunday) == (monday, sunday)
    due(store, "Sunday before", monday - timedelta(days=1))
    due(store, "Monday", monday)
    due(store, "Sunday", sunday)
    due(store, "Monday after", sunday + timedelta(days=1))

    on_monday = tasks.my_tasks(store, officer, monday)
    assert titles(on_monday.overdue) == ["Sunday before"]
    assert titles(on_monday.due_this_week) == ["Monday", "Sunday"]
    assert titles(on_monday.later) == ["Monday after"]

    on_sunday = tasks.my_tasks(store, officer, sunday)
    assert titles(on_sunday.overdue) == ["Sunday before", "Monday"]
    assert titles(on_sunday.due_this_week) == ["Sunday"]
    assert titles(on_sunday.later) == ["Monday after"]
    assert tasks.count_overdue(store, officer, sunday) == 2


def test_tasks_of_a_deleted_record_say_so(store: Store, officer: str, company: str) -> None:
    due(store, "Call", WEDNESDAY, record_type="organization", record_id=company)
    delete_organization(store, company)
    assert tasks.my_tasks(store, officer, WEDNESDAY).due_this_week[0].record_label == "Torino Devices (deleted)"
