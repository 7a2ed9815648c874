"""The KPI engine: each rule of domain.md (Indicators) on its own small store, breakdowns, targets,
cumulative figures, drill-down lists that equal the figures, and random stores against a plain reference."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from magia_desk.domain.enums import Indicator
from magia_desk.domain.errors import NotFoundError, ValidationError
from magia_desk.services import contacts, organizations
from magia_desk.services.kpi import (
    AGREEMENT_ROUTE,
    APPLICABLE,
    DIMENSIONS,
    Period,
    compute_kpis,
    drill_down,
    drill_ids,
    resolve_period,
)
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Meeting,
    Mission,
    Participation,
    ReportingPeriod,
)
from magia_desk.storage.store import Store
from tests.services.kpi_fixtures import build, delete, random_store, reference

P = Period(date(2019, 1, 1), date(2019, 12, 31))
IN = date(2019, 5, 1)
OUT = date(2020, 5, 1)


def values(store: Store, period: Period = P, partner_cluster_id: str | None = None) -> dict[str, int]:
    result = compute_kpis(store, period, partner_cluster_id)
    return {indicator.value: figure.value for indicator, figure in result.figures.items()}


def listed(store: Store, indicator: str, period: Period = P) -> set[str]:
    return set(drill_ids(store, indicator, period))


# ---- deleted records never count --------------------------------------------------------------------------


def test_a_deleted_organization_never_counts(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        cluster = b.org("Foreign cluster", kind="cluster", country="US")
        webinar = b.action("Webinar", IN)
        b.take_part(webinar, org=sme)
        b.take_part(webinar, org=cluster)
        b.meeting(b.mission("Mission", IN), sme, datetime(2019, 5, 2, 10))
    before = values(store)
    assert (before["smes_reached"], before["clusters_engaged"], before["participants"], before["b2b_meetings"]) == (
        1, 1, 2, 1)
    organizations.delete_organization(store, sme)
    organizations.delete_organization(store, cluster)
    after = values(store)
    assert (after["smes_reached"], after["clusters_engaged"], after["participants"], after["b2b_meetings"]) == (
        0, 0, 0, 0)
    assert after["audience_reached"] == 0
    assert listed(store, "participants") == set()


def test_a_deleted_contact_never_counts(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        person = b.contact("Ann", sme)
        webinar = b.action("Webinar", IN)
        b.take_part(webinar, contact=person)
    assert values(store)["smes_reached"] == 1
    contacts.delete_contact(store, person)
    after = values(store)
    assert (after["smes_reached"], after["participants"], after["audience_reached"]) == (0, 0, 0)


def test_a_deleted_action_never_counts(store: Store) -> None:
    with build(store) as b:
        sme, beta = b.org("Acme"), b.org("Beta")
        kept = b.action("Kept", IN, declared=3)
        dropped = b.action("Dropped", IN, type="trade_show", declared=50)
        b.take_part(dropped, org=sme)
        b.take_part(kept, org=beta)
    delete(store, Action, dropped)
    figures = values(store)
    assert (figures["actions_held"], figures["missions"], figures["smes_reached"]) == (1, 0, 1)
    assert (figures["participants"], figures["audience_reached"]) == (1, 3)
    assert listed(store, "smes_reached") == {beta}


def test_a_deleted_participation_never_counts(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        webinar = b.action("Webinar", IN)
        b.take_part(webinar, org=sme, deleted=True)
    figures = values(store)
    assert (figures["smes_reached"], figures["participants"], figures["audience_reached"]) == (0, 0, 0)


def test_a_deleted_agreement_never_counts(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        deal = b.agreement("Deal", signed_on=IN, parties=[sme])
        b.agreement("LoI", type="letter_of_intent", signed_on=IN, parties=[sme], deleted=True)
    assert values(store)["agreements_signed"] == 1
    delete(store, Agreement, deal)
    figures = values(store)
    assert (figures["agreements_signed"], figures["letters_of_intent"], figures["smes_reached"]) == (0, 0, 0)


def test_a_deleted_party_never_counts(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        deal = b.agreement("Deal", signed_on=IN)
        party = b.party(deal, sme)
    assert values(store)["smes_reached"] == 1
    delete(store, AgreementParty, party)
    figures = values(store)
    assert (figures["smes_reached"], figures["agreements_signed"]) == (0, 1)  # the agreement itself still counts


def test_a_deleted_meeting_or_mission_never_counts(store: Store) -> None:
    with build(store) as b:
        company = b.org("Boston Devices", country="US")
        first, second = b.mission("First", IN), b.mission("Second", IN)
        meeting = b.meeting(first, company, datetime(2019, 5, 1, 9))
        b.meeting(second, company, datetime(2019, 5, 1, 9))
    assert values(store)["b2b_meetings"] == 2
    delete(store, Meeting, meeting)
    delete(store, Mission, second)
    assert values(store)["b2b_meetings"] == 0


# ---- who counts ------------------------------------------------------------------------------------------


def test_an_organization_that_takes_part_several_times_counts_once(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        cluster = b.org("Cluster", kind="cluster", country="ES")
        person = b.contact("Ann", sme)
        first, second = b.action("First", IN), b.action("Second", IN)
        for action in (first, second):
            b.take_part(action, org=sme)
            b.take_part(action, org=sme, contact=person, role="speaker")
            b.take_part(action, contact=person)
            b.take_part(action, org=cluster)
        b.agreement("Deal", signed_on=IN, parties=[sme])
    figures = values(store)
    assert (figures["smes_reached"], figures["clusters_engaged"]) == (1, 1)
    assert figures["participants"] == 8  # participation records, each once
    assert listed(store, "smes_reached") == {sme}


def test_a_participation_for_a_contact_alone_counts_for_the_contacts_organization(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        cluster = b.org("Cluster", kind="cluster", country="ES")
        freelancer = b.contact("Free", None)
        webinar = b.action("Webinar", IN)
        b.take_part(webinar, contact=b.contact("Ann", sme))
        b.take_part(webinar, contact=b.contact("Bob", cluster))
        b.take_part(webinar, contact=freelancer)
    figures = values(store)
    assert (figures["smes_reached"], figures["clusters_engaged"], figures["participants"]) == (1, 1, 3)
    assert listed(store, "smes_reached") == {sme}


def test_organisers_do_not_make_an_sme_reached(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        person = b.contact("Ann", sme)
        cluster = b.org("Cluster", kind="cluster", country="ES")
        webinar = b.action("Webinar", IN, organiser=sme)
        b.take_part(webinar, org=sme, role="organiser")
        b.take_part(webinar, contact=person, role="organiser")
        b.take_part(webinar, org=cluster, role="organiser")
    figures = values(store)
    assert figures["smes_reached"] == 0
    assert figures["clusters_engaged"] == 1  # any role engages a cluster
    assert figures["participants"] == 3  # whatever its role


def test_consortium_partners_are_not_clusters_engaged(store: Store) -> None:
    with build(store) as b:
        partner = b.org("BioPmed", kind="cluster", partner=True)
        other = b.org("Swiss cluster", kind="cluster", country="CH")
        far = b.org("Boston cluster", kind="cluster", country="US")
        webinar = b.action("Webinar", IN, organiser=partner)
        for org in (partner, other, far):
            b.take_part(webinar, org=org)
    assert values(store)["clusters_engaged"] == 2
    assert listed(store, "clusters_engaged") == {other, far}  # of any country


def test_non_european_smes_are_not_smes_reached(store: Store) -> None:
    with build(store) as b:
        webinar = b.action("Webinar", IN)
        counted = {b.org(f"SME {code}", country=code) for code in ("IT", "GB", "CH", "NO", "IS", "LI")}
        for code in ("US", "TR", "RS", "UA", None):
            b.take_part(webinar, org=b.org(f"SME {code}", country=code))
        for org in counted:
            b.take_part(webinar, org=org)
        b.take_part(webinar, org=b.org("Large", kind="large_company"))
    assert values(store)["smes_reached"] == 6
    assert listed(store, "smes_reached") == counted


def test_an_action_is_in_the_period_when_its_start_date_is(store: Store) -> None:
    with build(store) as b:
        b.action("Starts before, ends inside", date(2018, 12, 30), end=date(2019, 1, 2))
        inside = b.action("Starts inside, ends after", date(2019, 12, 30), end=date(2020, 1, 3))
    assert values(store)["actions_held"] == 1
    assert listed(store, "actions_held") == {inside}


def test_period_bounds_are_inclusive(store: Store) -> None:
    with build(store) as b:
        first = b.action("First day", date(2019, 1, 1))
        last = b.action("Last day", date(2019, 12, 31), type="trade_show")
        b.action("Day before", date(2018, 12, 31))
        b.action("Day after", date(2020, 1, 1))
        company = b.org("Boston Devices", country="US")
        mission = b.mission("Mission", date(2019, 12, 30))
        b.meeting(mission, company, datetime(2019, 1, 1, 0, 0))
        b.meeting(mission, company, datetime(2019, 12, 31, 23, 59))
        b.meeting(mission, company, datetime(2020, 1, 1, 0, 0))
        b.meeting(mission, company, datetime(2018, 12, 31, 23, 59))
        b.agreement("First day", signed_on=date(2019, 1, 1))
        b.agreement("Last day", signed_on=date(2019, 12, 31))
        b.agreement("Day after", signed_on=date(2020, 1, 1))
    figures = values(store)
    assert listed(store, "actions_held") == {first, last, mission}
    assert (figures["actions_held"], figures["missions"], figures["b2b_meetings"], figures["agreements_signed"]) == (
        3, 2, 2, 2)


def test_an_agreement_is_signed_in_the_period_by_its_date_and_stage(store: Store) -> None:
    with build(store) as b:
        counted = {b.agreement(stage, stage=stage, signed_on=IN) for stage in ("signed", "active", "expired")}
        for stage in ("identified", "contacted", "negotiating", "draft", "dropped"):
            b.agreement(stage, stage=stage, signed_on=IN)
        b.agreement("signed later", signed_on=OUT)
        b.agreement("no date", signed_on=None)
    assert values(store)["agreements_signed"] == 3
    assert listed(store, "agreements_signed") == counted


def test_letters_of_intent_are_not_agreements_signed(store: Store) -> None:
    with build(store) as b:
        loi = b.agreement("LoI", type="letter_of_intent", signed_on=IN)
        others = {b.agreement(kind, type=kind, signed_on=IN) for kind in ("mou", "distribution", "other")}
    figures = values(store)
    assert (figures["agreements_signed"], figures["letters_of_intent"]) == (3, 1)
    assert listed(store, "letters_of_intent") == {loi}
    assert listed(store, "agreements_signed") == others


def test_expired_agreements_signed_in_the_period_count(store: Store) -> None:
    with build(store) as b:
        expired = b.agreement("Old deal", stage="expired", signed_on=IN)
        b.agreement("Older deal", stage="expired", signed_on=date(2018, 6, 1))
    assert listed(store, "agreements_signed") == {expired}


def test_smes_party_to_an_agreement_signed_in_the_period_are_reached(store: Store) -> None:
    with build(store) as b:
        loi_party, deal_party = b.org("LoI SME"), b.org("Deal SME")
        draft_party, later_party = b.org("Draft SME"), b.org("Later SME")
        b.agreement("LoI", type="letter_of_intent", signed_on=IN, parties=[loi_party])
        b.agreement("Deal", type="distribution", stage="active", signed_on=IN, parties=[deal_party])
        b.agreement("Draft", stage="draft", signed_on=IN, parties=[draft_party])
        b.agreement("Later", signed_on=OUT, parties=[later_party])
        b.agreement("US", signed_on=IN, parties=[b.org("US SME", country="US")])
    assert listed(store, "smes_reached") == {loi_party, deal_party}


def test_audience_reached_is_the_larger_of_participations_and_declared_audience(store: Store) -> None:
    with build(store) as b:
        small = b.action("Declared 40, 2 attendees", IN, declared=40)
        big = b.action("Declared 1, 3 attendees", IN, declared=1)
        b.action("Nothing declared, nobody", IN)
        b.action("Outside", OUT, declared=1000)
        for action, count in ((small, 2), (big, 3)):
            for i in range(count):
                b.take_part(action, org=b.org(f"Org {action[:4]} {i}"))
        b.take_part(big, org=b.org("Gone", deleted=True))  # does not raise the count
    assert values(store)["audience_reached"] == 40 + 3
    rows = drill_down(store, "audience_reached", P)
    assert sorted((row.label, row.amount) for row in rows) == [
        ("Declared 1, 3 attendees", 3), ("Declared 40, 2 attendees", 40), ("Nothing declared, nobody", 0)
    ]


def test_b2b_meetings_are_with_companies_and_cluster_meetings_with_non_partner_clusters(store: Store) -> None:
    with build(store) as b:
        mission = b.mission("Boston", IN, type="trade_show")
        at = datetime(2019, 5, 2, 15)
        b2b = {b.meeting(mission, b.org(kind, kind=kind, country="US"), at)
               for kind in ("sme", "large_company", "distributor", "investor")}
        for kind in ("research", "hospital", "public_body", "association", "other"):
            b.meeting(mission, b.org(kind, kind=kind, country="US"), at)
        cluster = b.meeting(mission, b.org("MassBio", kind="cluster", country="US"), at)
        b.meeting(mission, b.org("BioWin", kind="cluster", partner=True), at)
        b.meeting(mission, None, at)
        b.meeting(mission, b.org("Undated", country="US"), None)
    figures = values(store)
    assert (figures["b2b_meetings"], figures["cluster_meetings"]) == (4, 1)
    assert listed(store, "b2b_meetings") == b2b
    assert listed(store, "cluster_meetings") == {cluster}


def test_missions_are_fact_finding_missions_and_trade_shows(store: Store) -> None:
    with build(store) as b:
        for kind in ("fact_finding_mission", "trade_show", "webinar", "b2b_meetings", "study_visit"):
            b.action(kind, IN, type=kind)
    result = compute_kpis(store, P)
    assert (result.value("missions"), result.value("actions_held")) == (2, 5)
    assert result["actions_held"].breakdowns["type"] == {
        "b2b_meetings": 1, "fact_finding_mission": 1, "study_visit": 1, "trade_show": 1, "webinar": 1
    }


# ---- breakdowns, partner clusters, targets, cumulative --------------------------------------------------------


@pytest.fixture
def partnership(store: Store) -> dict[str, str]:
    """Two partner clusters, their members, actions each organises, agreements, a mission."""
    with build(store) as b:
        ids = {"biopmed": b.org("BioPmed", kind="cluster", partner=True),
               "biowin": b.org("BioWin", kind="cluster", country="BE", partner=True)}
        ids["acme"] = b.org("Acme", member_of=[ids["biopmed"]])
        ids["both"] = b.org("Both", country="BE", member_of=[ids["biopmed"], ids["biowin"]])
        ids["free"] = b.org("Free", country="FR")
        ids["massbio"] = b.org("MassBio", kind="cluster", country="US")
        ids["webinar"] = b.action("Webinar", IN, organiser=ids["biopmed"], country="IT", declared=10)
        ids["show"] = b.mission("Medica", IN, type="trade_show", organiser=ids["biowin"], country="DE")
        for org in ("acme", "both", "massbio"):
            b.take_part(ids["webinar"], org=ids[org])
        b.take_part(ids["show"], org=ids["both"], role="delegate")
        b.take_part(ids["show"], org=ids["massbio"])
        ids["deal"] = b.agreement("Deal", partner_cluster=ids["biowin"], parties=[ids["free"], ids["massbio"]],
                                  signed_on=IN)
        ids["loi"] = b.agreement("LoI", type="letter_of_intent", parties=[ids["biopmed"], ids["acme"]], signed_on=IN)
        b.meeting(ids["show"], b.org("Distributor", kind="distributor", country="DE"), datetime(2019, 5, 2, 10))
        b.meeting(ids["show"], ids["massbio"], datetime(2019, 5, 2, 11))
    return ids


def test_breakdown_by_partner_cluster(store: Store, partnership: dict[str, str]) -> None:
    ids = partnership
    result = compute_kpis(store, P, by="cluster")
    cells = {indicator.value: figure.breakdowns["cluster"] for indicator, figure in result.figures.items()
             if "cluster" in figure.breakdowns}
    biopmed, biowin = ids["biopmed"], ids["biowin"]
    assert result.value("smes_reached") == 3
    assert cells["smes_reached"] == {biopmed: 2, biowin: 1, None: 1}  # memberships; Free is a member of none
    assert cells["clusters_engaged"] == {biopmed: 1, biowin: 1}  # by organiser
    assert cells["actions_held"] == {biopmed: 1, biowin: 1}
    assert cells["participants"] == {biopmed: 3, biowin: 2}
    assert cells["audience_reached"] == {biopmed: 10, biowin: 2}
    assert cells["agreements_signed"] == {biowin: 1}  # its partner_cluster_id
    assert cells["letters_of_intent"] == {biopmed: 1}  # a partner cluster party
    assert cells["b2b_meetings"] == {biowin: 1}
    assert result.cluster_names == {biopmed: "BioPmed", biowin: "BioWin"}


def test_breakdown_by_country_and_by_type(store: Store, partnership: dict[str, str]) -> None:
    by_country = compute_kpis(store, P, by="country")
    assert by_country["smes_reached"].breakdowns["country"] == {"BE": 1, "FR": 1, "IT": 1}
    assert by_country["clusters_engaged"].breakdowns["country"] == {"US": 1}
    assert by_country["actions_held"].breakdowns["country"] == {"DE": 1, "IT": 1}
    assert by_country["participants"].breakdowns["country"] == {"BE": 2, "IT": 1, "US": 2}
    assert by_country["agreements_signed"].breakdowns["country"] == {"FR": 1, "US": 1}  # the other parties
    assert by_country["letters_of_intent"].breakdowns["country"] == {"IT": 1}
    by_type = compute_kpis(store, P, by="type")
    assert by_type["smes_reached"].breakdowns["type"] == {
        "trade_show": 1, "webinar": 2, AGREEMENT_ROUTE: 2
    }
    assert by_type["participants"].breakdowns["type"] == {"trade_show": 2, "webinar": 3}
    assert "type" not in by_type["agreements_signed"].breakdowns  # agreements are not actions
    with pytest.raises(ValidationError):
        drill_down(store, "agreements_signed", P, by="type", key="webinar")


def test_a_partner_cluster_sees_its_own_cell_of_every_breakdown(store: Store, partnership: dict[str, str]) -> None:
    whole = compute_kpis(store, P, by="cluster")
    for cluster in (partnership["biopmed"], partnership["biowin"]):
        mine = compute_kpis(store, P, partner_cluster_id=cluster, by="country")
        for indicator, figure in mine.figures.items():
            assert figure.value == whole[indicator].breakdowns["cluster"].get(cluster, 0), indicator
            rows = drill_down(store, indicator, P, partner_cluster_id=cluster)
            assert sum(row.amount for row in rows) == figure.value, indicator
    assert compute_kpis(store, P, partner_cluster_id=partnership["biowin"]).value("smes_reached") == 1


def test_targets_and_percent_of_target(store: Store, partnership: dict[str, str]) -> None:
    with build(store) as b:
        rp1 = b.period("RP1", P.start, P.end)
        gone = b.period("Old RP", P.start, P.end, deleted=True)
        b.target("smes_reached", 4, period=rp1)
        b.target("smes_reached", 10)  # whole project
        b.target("smes_reached", 2, period=rp1, cluster=partnership["biopmed"])
        b.target("actions_held", 0, period=rp1)
        b.target("participants", 99, period=rp1, deleted=True)
        b.target("missions", 7, period=gone)
    result = compute_kpis(store, resolve_period(store, name="RP1"))
    smes = result["smes_reached"]
    assert (smes.value, smes.target, smes.pct_of_target, smes.project_target) == (3, 4, 75.0, 10)
    assert smes.cluster_targets == {partnership["biopmed"]: 2}
    assert (result["actions_held"].target, result["actions_held"].pct_of_target) == (0, None)
    assert result["participants"].target is None and result["missions"].target is None
    custom = compute_kpis(store, Period(date(2019, 1, 1), date(2019, 6, 30)))  # not a stored period
    assert (custom["smes_reached"].target, custom["smes_reached"].pct_of_target) == (10, 30.0)
    biopmed = compute_kpis(store, resolve_period(store, name="rp1"), partner_cluster_id=partnership["biopmed"])
    assert (biopmed["smes_reached"].value, biopmed["smes_reached"].target) == (2, 2)


def test_cumulative_runs_from_the_project_start_to_the_period_end(store: Store) -> None:
    with build(store) as b:
        b.action("Before the project", date(2017, 6, 1))
        b.action("RP1", date(2018, 3, 1))
        b.action("RP2", date(2019, 3, 1))
        b.action("RP3", date(2020, 3, 1))
    result = compute_kpis(store, P, cumulative=True)
    # No reporting periods: the project starts with its first action.
    assert (result.value("actions_held"), result["actions_held"].cumulative) == (1, 3)
    assert result.cumulative_period is not None and result.cumulative_period.start == date(2017, 6, 1)
    with build(store) as b:
        b.period("RP1", date(2018, 1, 1), date(2018, 12, 31))
        b.period("RP2", P.start, P.end)
    rp2 = compute_kpis(store, resolve_period(store, name="RP2"), cumulative=True)
    assert rp2["actions_held"].cumulative == 2  # from the first period's start
    assert len(drill_down(store, "actions_held", resolve_period(store, name="RP2"), cumulative=True)) == 2


# ---- periods -----------------------------------------------------------------------------------------------


def test_resolve_period(store: Store) -> None:
    with build(store) as b:
        rp1 = b.period("RP1", date(2018, 1, 1), date(2019, 12, 31))
        b.period("RP0", date(2017, 1, 1), date(2017, 12, 31), deleted=True)
    assert resolve_period(store, name="rp1") == Period(date(2018, 1, 1), date(2019, 12, 31), "RP1", rp1)
    assert resolve_period(store, start="2018-01-01", end=date(2019, 12, 31)).name == "RP1"
    assert resolve_period(store, start="2018-01-01", end="2018-12-31") == Period(date(2018, 1, 1), date(2018, 12, 31))
    with pytest.raises(NotFoundError, match=r"RP0.*known periods: RP1"):
        resolve_period(store, name="RP0")
    with pytest.raises(ValidationError) as caught:
        resolve_period(store, start="2019-01-02", end="2019-01-01")
    assert caught.value.field == "end"
    with pytest.raises(ValidationError):
        resolve_period(store, name="RP1", start="2018-01-01")
    with pytest.raises(ValidationError) as missing:
        resolve_period(store, start="2018-01-01")
    assert missing.value.field == "end"


def test_deleted_reporting_periods_do_not_start_the_project(store: Store) -> None:
    with build(store) as b:
        b.action("Early", date(2016, 1, 1))
        b.period("RP0", date(2015, 1, 1), date(2015, 12, 31))
        b.period("RP1", date(2016, 1, 1), date(2016, 12, 31))
    with store.session() as s:
        for period in s.query(ReportingPeriod).filter(ReportingPeriod.name == "RP0"):
            period.deleted_at = datetime(2024, 1, 1)
    result = compute_kpis(store, Period(date(2016, 6, 1), date(2016, 12, 31)), cumulative=True)
    assert result.cumulative_period is not None and result.cumulative_period.start == date(2016, 1, 1)


# ---- drill-down lists are the figures, everywhere --------------------------------------------------------------


def _check_against_reference(store: Store, period: Period) -> None:
    ref = reference(store, period.start, period.end)
    totals = compute_kpis(store, period)
    for indicator, figure in totals.figures.items():
        name = indicator.value
        assert figure.value == ref.values[name], name
        rows = drill_down(store, indicator, period)
        assert {row.id for row in rows} == ref.records[name] and len(rows) == len({row.id for row in rows}), name
        assert sum(row.amount for row in rows) == figure.value, name  # amount 1 each, but for audience_reached
        if indicator == Indicator.AUDIENCE_REACHED:
            assert {row.id: row.amount for row in rows} == ref.amounts
    for by in DIMENSIONS:
        result = compute_kpis(store, period, by=by)
        for indicator, figure in result.figures.items():
            name = indicator.value
            assert figure.value == ref.values[name], (name, by)
            if by not in APPLICABLE[indicator]:
                continue
            expected = ref.cells[name][by]
            if indicator == Indicator.AUDIENCE_REACHED:
                sums = {key: sum(ref.amounts[i] for i in members) for key, members in expected.items()}
                assert figure.breakdowns[by] == {key: value for key, value in sums.items() if value}, (name, by)
            else:
                assert figure.breakdowns[by] == {key: len(members) for key, members in expected.items()}, (name, by)
            for key, members in expected.items():
                assert set(drill_ids(store, indicator, period, by=by, key=key)) == members, (name, by, key)


def test_every_figure_equals_its_list_and_the_reference_on_a_partnership(
    store: Store, partnership: dict[str, str]
) -> None:
    _check_against_reference(store, P)


@pytest.mark.parametrize("seed", range(10))
def test_random_stores_agree_with_the_plain_reference(store: Store, seed: int) -> None:
    # Random stores one after the other in the same file: what earlier ones left (much of it deleted, dated
    # around the bounds) must not change what the later ones count.
    for step in range(3):
        random_store(store, seed * 10 + step, P.start, P.end)
        _check_against_reference(store, P)


def test_drill_down_rows_say_what_each_record_is(store: Store, partnership: dict[str, str]) -> None:
    ids = partnership
    smes = drill_down(store, "smes_reached", P)
    assert [(r.label, r.country, r.record_type) for r in smes] == [
        ("Acme", "IT", "organization"), ("Both", "BE", "organization"), ("Free", "FR", "organization")
    ]
    webinar_rows = drill_down(store, "participants", P, by="type", key="webinar")
    assert sorted(r.label for r in webinar_rows) == ["Acme", "Both", "MassBio"]
    assert {r.detail for r in webinar_rows} == {"attendee at Webinar"}
    deals = drill_down(store, "agreements_signed", P)
    assert [(r.id, r.label, r.date) for r in deals] == [(ids["deal"], "Deal", IN)]
    none_cell = drill_down(store, "smes_reached", P, by="cluster", key=None)
    assert [r.label for r in none_cell] == ["Free"]


def test_participations_of_people_without_an_organization(store: Store) -> None:
    with build(store) as b:
        webinar = b.action("Webinar", IN)
        b.take_part(webinar, contact=b.contact("Solo", None, country="PT"))
        b.take_part(webinar)  # naming nobody: not a participant
    result = compute_kpis(store, P, by="country")
    assert (result.value("participants"), result["participants"].breakdowns["country"]) == (1, {"PT": 1})
    rows = drill_down(store, "participants", P)
    assert [r.label for r in rows] == ["Solo Tester"]


def test_participation_rows_are_not_read_from_deleted_actions(store: Store) -> None:
    with build(store) as b:
        sme = b.org("Acme")
        action = b.action("Webinar", IN)
        b.take_part(action, org=sme)
    with store.session() as s:
        s.get(Action, action).deleted_at = datetime(2024, 1, 1)
        assert s.query(Participation).count() == 1
    assert drill_down(store, "participants", P) == []
