"""Reporting periods and KPI targets: validation naming the field, uniqueness among live periods, soft
delete and restore, targets set once per (indicator, period, partner cluster)."""

from __future__ import annotations

from datetime import date

import pytest

from magia_desk.domain.enums import Indicator
from magia_desk.domain.errors import NotFoundError, ValidationError
from magia_desk.services import periods
from magia_desk.storage.store import Store
from tests.services.kpi_fixtures import build


def _field(caught: pytest.ExceptionInfo[ValidationError]) -> str:
    return caught.value.field


def test_create_list_update_delete_and_restore(store: Store) -> None:
    rp2 = periods.create_period(store, "RP2", "2020-01-01", "2021-12-31")
    rp1 = periods.create_period(store, " RP1 ", date(2018, 1, 1), date(2019, 12, 31))
    assert [(p.name, p.start, p.end) for p in periods.list_periods(store)] == [
        ("RP1", date(2018, 1, 1), date(2019, 12, 31)),
        ("RP2", date(2020, 1, 1), date(2021, 12, 31)),
    ]
    periods.update_period(store, rp1, end="2019-06-30")
    periods.update_period(store, rp1, name="RP1a")
    assert (periods.get_period(store, rp1).name, periods.get_period(store, rp1).end) == ("RP1a", date(2019, 6, 30))
    periods.delete_period(store, rp2)
    assert [p.id for p in periods.list_periods(store)] == [rp1]
    with pytest.raises(NotFoundError):
        periods.get_period(store, rp2)
    periods.restore_period(store, rp2)
    assert [p.id for p in periods.list_periods(store)] == [rp1, rp2]


@pytest.mark.parametrize(
    ("name", "start", "end", "field"),
    [
        ("", "2018-01-01", "2018-12-31", "name"),
        ("   ", "2018-01-01", "2018-12-31", "name"),
        (None, "2018-01-01", "2018-12-31", "name"),
        ("X" * 51, "2018-01-01", "2018-12-31", "name"),
        ("RP1", "", "2018-12-31", "start"),
        ("RP1", "31 Feb", "2018-12-31", "start"),
        ("RP1", "2018-01-01", None, "end"),
        ("RP1", "2018-01-02", "2018-01-01", "end"),
    ],
)
def test_invalid_periods_are_refused_naming_the_field(
    store: Store, name: object, start: str, end: str | None, field: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        periods.create_period(store, name, start, end)  # type: ignore[arg-type]
    assert _field(caught) == field
    assert periods.list_periods(store) == []


def test_a_one_day_period_is_fine(store: Store) -> None:
    periods.create_period(store, "Launch day", "2019-03-31", "2019-03-31")
    assert len(periods.list_periods(store)) == 1


def test_names_are_unique_among_live_periods(store: Store) -> None:
    rp1 = periods.create_period(store, "RP1", "2018-01-01", "2018-12-31")
    with pytest.raises(ValidationError) as caught:
        periods.create_period(store, "rp1", "2019-01-01", "2019-12-31")
    assert _field(caught) == "name"
    rp2 = periods.create_period(store, "RP2", "2019-01-01", "2019-12-31")
    with pytest.raises(ValidationError):
        periods.update_period(store, rp2, name="RP1")
    periods.update_period(store, rp1, name="RP1")  # its own name is not a clash
    periods.delete_period(store, rp1)
    replacement = periods.create_period(store, "RP1", "2018-01-01", "2018-12-31")  # a deleted name is free
    with pytest.raises(ValidationError):
        periods.restore_period(store, rp1)  # ...and cannot come back while taken
    assert {p.id for p in periods.list_periods(store)} == {replacement, rp2}


def test_an_update_must_leave_a_valid_period(store: Store) -> None:
    rp1 = periods.create_period(store, "RP1", "2018-01-01", "2018-12-31")
    with pytest.raises(ValidationError) as caught:
        periods.update_period(store, rp1, start="2019-01-01")
    assert _field(caught) == "end"
    with pytest.raises(ValidationError) as blank:
        periods.update_period(store, rp1, name=" ")
    assert _field(blank) == "name"
    assert periods.get_period(store, rp1).start == date(2018, 1, 1)


# ---- targets ------------------------------------------------------------------------------------------------


@pytest.fixture
def setting(store: Store) -> dict[str, str]:
    with build(store) as b:
        return {
            "rp1": b.period("RP1", date(2018, 1, 1), date(2018, 12, 31)),
            "biopmed": b.org("BioPmed", kind="cluster", partner=True),
            "massbio": b.org("MassBio", kind="cluster", country="US"),
            "acme": b.org("Acme"),
        }


def test_set_list_replace_and_delete_targets(store: Store, setting: dict[str, str]) -> None:
    whole = periods.set_target(store, "smes_reached", 500)
    rp1 = periods.set_target(store, Indicator.SMES_REACHED, "120", period_id=setting["rp1"])
    mine = periods.set_target(store, "SMEs reached", 40.5, period_id=setting["rp1"],
                              partner_cluster_id=setting["biopmed"])
    periods.set_target(store, "actions-held", 0)
    assert periods.set_target(store, "smes_reached", 600) == whole  # replaced, not added
    rows = periods.list_targets(store)
    assert [(r.indicator, r.target, r.period_name, r.partner_cluster_name) for r in rows] == [
        (Indicator.SMES_REACHED, 600, None, None),
        (Indicator.ACTIONS_HELD, 0, None, None),
        (Indicator.SMES_REACHED, 120, "RP1", None),
        (Indicator.SMES_REACHED, 40.5, "RP1", "BioPmed"),
    ]
    periods.delete_target(store, mine)
    assert {r.id for r in periods.list_targets(store)} == {whole, rp1, rows[1].id}
    periods.delete_period(store, setting["rp1"])
    assert rp1 not in {r.id for r in periods.list_targets(store)}  # targets of a deleted period stop applying
    periods.restore_period(store, setting["rp1"])
    assert rp1 in {r.id for r in periods.list_targets(store)}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"indicator": "happiness"}, "indicator"),
        ({"target": -1}, "target"),
        ({"target": "lots"}, "target"),
        ({"target": None}, "target"),
        ({"target": True}, "target"),
        ({"period_id": "no-such-period"}, "period_id"),
        ({"partner_cluster": "massbio"}, "partner_cluster_id"),  # a cluster, but not a partner
        ({"partner_cluster": "acme"}, "partner_cluster_id"),
        ({"partner_cluster_id": "no-such-org"}, "partner_cluster_id"),
    ],
)
def test_invalid_targets_are_refused_naming_the_field(
    store: Store, setting: dict[str, str], changes: dict[str, object], field: str
) -> None:
    arguments: dict[str, object] = {"indicator": "smes_reached", "target": 10}
    arguments |= changes
    if "partner_cluster" in arguments:
        arguments["partner_cluster_id"] = setting[str(arguments.pop("partner_cluster"))]
    with pytest.raises(ValidationError) as caught:
        periods.set_target(store, **arguments)  # type: ignore[arg-type]
    assert _field(caught) == field
    assert periods.list_targets(store) == []


def test_a_deleted_period_takes_no_targets(store: Store, setting: dict[str, str]) -> None:
    periods.delete_period(store, setting["rp1"])
    with pytest.raises(ValidationError) as caught:
        periods.set_target(store, "missions", 4, period_id=setting["rp1"])
    assert _field(caught) == "period_id"
