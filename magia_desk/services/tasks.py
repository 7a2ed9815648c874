"""Follow-up tasks on any record (or on none), and the "My tasks" view with its overdue badge."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from magia_desk.domain.contact_rules import require_text
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.records import _Collector, parse_bool, parse_date
from magia_desk.services.common import apply_fields, load, restore, soft_delete
from magia_desk.services.timeline import (
    TASK_RECORD_TYPES,
    RecordRef,
    check_record,
    officer_names,
    record_labels,
    same_record_types,
)
from magia_desk.storage.models import Officer, Task
from magia_desk.storage.store import Store

TASK_FIELDS = ("title", "due_date", "done", "owner_id", "record_type", "record_id")


def _optional(value: object) -> str | None:
    return (str(value).strip() or None) if value is not None else None


def clean_task(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Typed task fields, or RecordInvalid naming every bad field (title is required on create)."""
    c = _Collector(data)
    if not partial and "title" not in data:
        c.errors.append(ValidationError("title", N_("is required")))
    c.take("title", lambda v: require_text(v, "title", 300))
    c.take("due_date", lambda v: parse_date(v, "due_date"))
    c.take("done", lambda v: parse_bool(v, "done"))
    c.take("owner_id", _optional)
    c.take("record_type", lambda v: (_optional(v) or "").lower() or None)
    c.take("record_id", _optional)
    return c.finish()


def _check_links(session: Session, values: dict[str, Any], current: Task | None = None) -> None:
    errors: list[ValidationError] = []
    owner_id = values.get("owner_id")
    if owner_id:
        owner = session.get(Officer, owner_id)
        if owner is None or owner.deleted_at is not None:
            errors.append(ValidationError("owner_id", N_("the officer does not exist")))
    if "record_type" in values or "record_id" in values:
        record_type = values.get("record_type", current.record_type if current else None)
        record_id = values.get("record_id", current.record_id if current else None)
        if record_type or record_id:
            try:
                values["record_type"] = check_record(session, record_type, record_id, TASK_RECORD_TYPES)
            except ValidationError as exc:
                errors.append(exc)
    if errors:
        raise RecordInvalid(errors)


def create_task(store: Store, data: Mapping[str, Any]) -> str:
    """A new task; the owner defaults to the current officer; `record_type`/`record_id` link it (optional)."""
    values = clean_task(data)
    values.setdefault("owner_id", store.officer_id)
    with store.session() as session:
        _check_links(session, values)
        task = Task(done=False)
        apply_fields(task, values)
        session.add(task)
        session.flush()
        return task.id


def update_task(store: Store, task_id: str, changes: Mapping[str, Any]) -> None:
    values = clean_task(changes, partial=True)
    with store.session() as session:
        task = load(session, Task, task_id)
        _check_links(session, values, task)
        apply_fields(task, values)


def complete_task(store: Store, task_id: str) -> None:
    update_task(store, task_id, {"done": True})


def reopen_task(store: Store, task_id: str) -> None:
    update_task(store, task_id, {"done": False})


def delete_task(store: Store, task_id: str) -> None:
    soft_delete(store, Task, task_id)


def restore_task(store: Store, task_id: str) -> None:
    restore(store, Task, task_id)


@dataclass(frozen=True)
class TaskRow:
    id: str
    title: str
    due_date: date | None
    done: bool
    owner_id: str | None
    owner_name: str | None
    record_type: str | None
    record_id: str | None
    record_label: str | None  # "BioWin", "Jane Doe"... what the task is about, for the My tasks list

    @property
    def ref(self) -> RecordRef | None:
        return RecordRef(self.record_type, self.record_id) if self.record_type and self.record_id else None


def _rows(session: Session, statement: Select) -> list[TaskRow]:
    tasks = list(session.scalars(statement))
    owners = {t.owner_id for t in tasks if t.owner_id}
    names = officer_names(session, owners)
    refs = [RecordRef(t.record_type, t.record_id) for t in tasks if t.record_type and t.record_id]
    labels = record_labels(session, refs)
    return [
        TaskRow(
            id=t.id, title=t.title, due_date=t.due_date, done=bool(t.done), owner_id=t.owner_id,
            owner_name=names.get(t.owner_id) if t.owner_id else None, record_type=t.record_type,
            record_id=t.record_id,
            record_label=labels.get(RecordRef(t.record_type, t.record_id)) if t.record_type and t.record_id else None,
        )
        for t in tasks
    ]


def _by_due_date(statement: Select) -> Select:
    return statement.order_by(Task.due_date.asc().nulls_last(), Task.title, Task.id)


def get_task(store: Store, task_id: str) -> TaskRow:
    with store.read() as session:
        load(session, Task, task_id, include_deleted=True)
        return _rows(session, select(Task).where(Task.id == task_id))[0]


def tasks_for_record(store: Store, record_type: str, record_id: str, *, include_done: bool = True) -> list[TaskRow]:
    """The tasks linked to one record (its record pane), open ones first, by due date."""
    statement = select(Task).where(
        Task.deleted_at.is_(None), Task.record_id == record_id, Task.record_type.in_(same_record_types(record_type))
    )
    if not include_done:
        statement = statement.where(Task.done.is_(False))
    with store.read() as session:
        return _rows(session, _by_due_date(statement.order_by(Task.done)))


def week_bounds(today: date) -> tuple[date, date]:
    """Monday and Sunday of the ISO week holding `today`."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)


@dataclass
class MyTasks:
    """An officer's open tasks in the groups of the My tasks view, each sorted by due date."""

    overdue: list[TaskRow] = field(default_factory=list)  # due before today
    due_this_week: list[TaskRow] = field(default_factory=list)  # due today .. Sunday of this week
    later: list[TaskRow] = field(default_factory=list)  # due after this week
    no_date: list[TaskRow] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.due_this_week) + len(self.later) + len(self.no_date)


def _open_tasks_of(officer_id: str) -> Select:
    return select(Task).where(Task.deleted_at.is_(None), Task.done.is_(False), Task.owner_id == officer_id)


def my_tasks(store: Store, officer_id: str, today: date) -> MyTasks:
    """The officer's open tasks: overdue, due this week (ISO week, Monday..Sunday), later, without a date."""
    _, sunday = week_bounds(today)
    with store.read() as session:
        rows = _rows(session, _by_due_date(_open_tasks_of(officer_id)))
    groups = MyTasks()
    for row in rows:
        if row.due_date is None:
            groups.no_date.append(row)
        elif row.due_date < today:
            groups.overdue.append(row)
        elif row.due_date <= sunday:
            groups.due_this_week.append(row)
        else:
            groups.later.append(row)
    return groups


def count_overdue(store: Store, officer_id: str, today: date) -> int:
    """The number on the navigation rail's Tasks entry."""
    statement = _open_tasks_of(officer_id).where(Task.due_date < today).with_only_columns(func.count())
    with store.read() as session:
        return session.scalar(statement) or 0
