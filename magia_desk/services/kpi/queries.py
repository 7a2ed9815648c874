"""The SELECT of the records behind every indicator (domain.md, Indicators), and nothing else.

Each indicator has one builder, `facts(indicator, dimension)`, returning a SELECT of `rid` (the id of a
record that counts), `key` (its breakdown key; NULL without a dimension, or when the record has none) and
`amount`. The engine counts, breaks down and lists from that very SELECT, so a figure and its list cannot
disagree. One exception, for speed: participants are counted per action (per_action: live participations
minus those whose participant is deleted, both read from indexes alone) and listed as participation records
(`participations`, the same rule written row by row); tests/services/test_kpi.py checks both against a
plain-Python reference on random stores.

Who counts, in SQL terms:
- an action is in the period when it is live and its start date is in [start, end];
- a participation counts when it is live, its action is in the period, and its participant is live: the
  organization when the participation names one, else the contact (a contact alone counts for the
  contact's organization);
- a partner cluster is a live organization of kind cluster flagged is_consortium_partner.

Breakdown keys:
| indicator                        | cluster                                | country                 | type           |
|----------------------------------|----------------------------------------|-------------------------|----------------|
| smes_reached                     | the SME's partner-cluster memberships  | the SME's               | of the action* |
| clusters_engaged                 | the action's organiser                 | the cluster's           | of the action  |
| actions_held, missions, audience | the action's organiser                 | the action's            | the action's   |
| participants                     | the action's organiser                 | the organization's**    | the action's   |
| agreements, letters of intent    | partner_cluster_id and partner parties | the other parties'      | -              |
| b2b_meetings, cluster_meetings   | the mission's organiser                | the met organization's  | the mission's  |
*  "agreement" for SMEs reached as parties to an agreement.
** the organization reached (the contact's, for a contact alone), else the contact's own country.

Query shapes are chosen for SQLite without ANALYZE statistics (stores are never analysed): its planner then
guesses, and a guess that scans participations through the near-useless deleted_at index costs seconds.
So the big table is only ever reached through an equality on the leading column of an index
(`EXISTS ... WHERE p.organization_id = o.id`, `p.action_id IN (<actions in the period>)`, a correlated
COUNT per action), never left to the join planner. Migration 0003_kpi_indexes gives those lookups covering
indexes. PostgreSQL plans the same SQL well on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from typing import Any, Literal

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Select,
    and_,
    bindparam,
    case,
    func,
    literal,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import aliased

from magia_desk.domain.countries import EUROPEAN
from magia_desk.domain.enums import (
    MISSION_TYPES,
    SIGNED_STAGES,
    AgreementType,
    Indicator,
    OrgKind,
    Role,
)
from magia_desk.services.kpi.types import AGREEMENT_ROUTE, APPLICABLE, Dimension
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    Contact,
    Meeting,
    Membership,
    Mission,
    Organization,
    Participation,
)

# Any real deletion time is after this; `deleted_at >= EPOCH` is the index-friendly "is deleted".
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
EUROPEAN_CODES = sorted(EUROPEAN)
MISSION_TYPE_VALUES = sorted(t.value for t in MISSION_TYPES)
SIGNED_STAGE_VALUES = sorted(s.value for s in SIGNED_STAGES)
B2B_KINDS = sorted(k.value for k in (OrgKind.SME, OrgKind.LARGE_COMPANY, OrgKind.DISTRIBUTOR, OrgKind.INVESTOR))
LOI = AgreementType.LETTER_OF_INTENT.value
ORGANISER = Role.ORGANISER.value

Measure = Literal["count", "sum"]


# The statements are built once per (indicator, dimension) and cached; the dates are parameters, so that
# SQLAlchemy compiles each shape once too (building and compiling them costs more than small stores' SQL).
START = bindparam("kpi_start", type_=Date)
END = bindparam("kpi_end", type_=Date)
# Meetings' starts_at is a wall-clock time: a meeting is in the period when its date is: [start 00:00, end+1).
AFTER = bindparam("kpi_after", type_=DateTime)
BEFORE = bindparam("kpi_before", type_=DateTime)


@dataclass(frozen=True)
class Scope:
    """The closed date range the records must fall in; `params()` binds it to the statements."""

    start: date
    end: date

    def params(self) -> dict[str, Any]:
        return {
            START.key: self.start,
            END.key: self.end,
            AFTER.key: datetime.combine(self.start, time.min),
            BEFORE.key: datetime.combine(self.end + timedelta(days=1), time.min),
        }


@dataclass(frozen=True)
class Facts:
    """The records behind a figure. `measure` says how the figure is made of them: the number of distinct
    `rid`s, or the sum of `amount`. `unique` promises one row per (rid, key), so COUNT(*) needs no DISTINCT."""

    select: Select[Any]
    measure: Measure = "count"
    unique: bool = False


def live(model: Any) -> ColumnElement[bool]:
    return model.deleted_at.is_(None)


def deleted_ids(model: Any) -> Select[Any]:
    return select(model.id).where(model.deleted_at >= EPOCH)


def partner_cluster_ids() -> Select[Any]:
    o = aliased(Organization, name="partner")
    return select(o.id).where(o.kind == OrgKind.CLUSTER.value, live(o), o.is_consortium_partner.is_(True))


def partner_key(organization_id: Any) -> ColumnElement[Any]:
    """The organization id when it names a live partner cluster, else NULL."""
    return case((organization_id.in_(partner_cluster_ids()), organization_id), else_=null())


def actions_in() -> Select[Any]:
    a = aliased(Action, name="pa")
    return select(a.id).where(live(a), a.start_date.between(START, END))


def _action_key(dim: Dimension, action_id: Any) -> ColumnElement[Any]:
    """The action's key, as a scalar subquery on its primary key (one cheap lookup per row)."""
    a = aliased(Action, name="ka")
    column = {"type": a.type, "country": a.country, "cluster": partner_key(a.organiser_id)}[dim]
    return select(column).where(a.id == action_id).scalar_subquery()


def _action_row_key(a: Any, dim: Dimension | None) -> ColumnElement[Any]:
    if dim is None:
        return null()
    return {"type": a.type, "country": a.country, "cluster": partner_key(a.organiser_id)}[dim]


def _rows(rid: Any, key: Any, *froms: Any) -> Select[Any]:
    statement = select(rid.label("rid"), key.label("key"), literal(1).label("amount"))
    return statement.select_from(*froms) if froms else statement


def _exists(model: Any, *conditions: ColumnElement[bool]) -> ColumnElement[bool]:
    """EXISTS (SELECT 1 FROM model WHERE ...): SQLite reads a covering index only when the subquery selects
    no column (SQLAlchemy's exists() selects *)."""
    return select(literal(1)).select_from(model).where(*conditions).exists()


def _union(*parts: Select[Any]) -> Select[Any]:
    rows = union_all(*parts).subquery("routes")
    return select(rows.c.rid, rows.c.key, rows.c.amount)


# ---- organizations reached through participations -------------------------------------------------------


def _took_part(o: Any, actions: Select[Any], *, exclude_organisers: bool) -> ColumnElement[bool]:
    """The organization took part in one of `actions`: named by a participation, or through a live contact of
    its own named alone. Correlated on `o`, so the planner walks the index from this organization."""
    p = aliased(Participation, name="pd")
    c = aliased(Contact, name="pc")
    pc = aliased(Participation, name="pcp")
    direct = [p.organization_id == o.id, live(p), p.action_id.in_(actions)]
    via_contact = [pc.contact_id == c.id, pc.organization_id.is_(None), live(pc), pc.action_id.in_(actions)]
    if exclude_organisers:
        direct.append(p.role != ORGANISER)
        via_contact.append(pc.role != ORGANISER)
    return or_(
        _exists(p, *direct),
        _exists(c, c.organization_id == o.id, live(c), _exists(pc, *via_contact)),
    )


def _participating_orgs(
    dim: Dimension, org_filter: Select[Any], *, exclude_organisers: bool
) -> Select[Any]:
    """(organization, action key) for every counted participation, for breakdowns by an action's key."""
    p = aliased(Participation, name="pd")
    c = aliased(Contact, name="pc")
    pc = aliased(Participation, name="pcp")
    direct = [live(p), p.action_id.in_(actions_in()), p.organization_id.in_(org_filter)]
    via_contact = [live(pc), pc.organization_id.is_(None), live(c), pc.action_id.in_(actions_in()),
                   c.organization_id.in_(org_filter)]
    if exclude_organisers:
        direct.append(p.role != ORGANISER)
        via_contact.append(pc.role != ORGANISER)
    return _union(
        _rows(p.organization_id, _action_key(dim, p.action_id)).where(*direct),
        _rows(c.organization_id, _action_key(dim, pc.action_id), pc).join(c, c.id == pc.contact_id).where(
            *via_contact
        ),
    )


def signed_agreements(*, letters_of_intent: bool | None = None) -> Select[Any]:
    """Agreements signed in the period: live, signed on a day of the period, stage signed/active/expired."""
    g = aliased(Agreement, name="sg")
    conditions = [live(g), g.stage.in_(SIGNED_STAGE_VALUES), g.signed_on.between(START, END)]
    if letters_of_intent is True:
        conditions.append(g.type == LOI)
    elif letters_of_intent is False:
        conditions.append(g.type != LOI)
    return select(g.id).where(*conditions)


def _is_sme(o: Any) -> ColumnElement[bool]:
    return and_(o.kind == OrgKind.SME.value, live(o), o.country.in_(EUROPEAN_CODES))


def _is_engaged_cluster(o: Any) -> ColumnElement[bool]:
    return and_(o.kind == OrgKind.CLUSTER.value, live(o), o.is_consortium_partner.is_(False))


def smes_reached(dim: Dimension | None) -> Facts:
    o = aliased(Organization, name="o")
    ap = aliased(AgreementParty, name="ap")
    party = _exists(ap, ap.organization_id == o.id, live(ap), ap.agreement_id.in_(signed_agreements()))
    reached = or_(_took_part(o, actions_in(), exclude_organisers=True), party)
    if dim is None:
        return Facts(_rows(o.id, null()).where(_is_sme(o), reached), unique=True)
    if dim == "country":
        return Facts(_rows(o.id, o.country).where(_is_sme(o), reached), unique=True)
    if dim == "cluster":
        m = aliased(Membership, name="m")
        on = and_(m.organization_id == o.id, live(m), m.cluster_id.in_(partner_cluster_ids()))
        # One row per partner cluster the SME is a member of (one NULL row for members of none).
        rows = _rows(o.id, m.cluster_id, o).outerjoin(m, on).where(_is_sme(o), reached)
        return Facts(rows.distinct(), unique=True)
    smes = select(o.id).where(_is_sme(o))
    ap2 = aliased(AgreementParty, name="ap2")
    by_agreement = _rows(ap2.organization_id, literal(AGREEMENT_ROUTE)).where(
        live(ap2), ap2.agreement_id.in_(signed_agreements()), ap2.organization_id.in_(smes)
    )
    return Facts(_union(_participating_orgs(dim, smes, exclude_organisers=True), by_agreement))


def clusters_engaged(dim: Dimension | None) -> Facts:
    o = aliased(Organization, name="o")
    if dim in (None, "country"):
        key = o.country if dim == "country" else null()
        return Facts(_rows(o.id, key).where(_is_engaged_cluster(o), _took_part(o, actions_in(),
                                                                               exclude_organisers=False)),
                     unique=True)
    assert dim is not None
    clusters = select(o.id).where(_is_engaged_cluster(o))
    return Facts(_participating_orgs(dim, clusters, exclude_organisers=False))


# ---- actions, participations, audience ------------------------------------------------------------------


def actions_held(dim: Dimension | None, *, missions_only: bool = False) -> Facts:
    a = aliased(Action, name="a")
    conditions = [live(a), a.start_date.between(START, END)]
    if missions_only:
        conditions.append(a.type.in_(MISSION_TYPE_VALUES))
    return Facts(_rows(a.id, _action_row_key(a, dim)).where(*conditions), unique=True)


def participant_is_live(p: Any) -> ColumnElement[bool]:
    """The organization the participation names is live; or it names none and its contact is live."""
    return or_(
        and_(p.organization_id.is_not(None), p.organization_id.not_in(deleted_ids(Organization))),
        and_(p.organization_id.is_(None), p.contact_id.is_not(None), p.contact_id.not_in(deleted_ids(Contact))),
    )


def _dead_participations_by_action() -> Any:
    """How many live participations of each action have no live participant: the complement of
    participant_is_live within live participations, walked from the few deleted organizations and contacts
    (and the odd participation naming nobody) instead of testing all live participations one by one."""
    p1 = aliased(Participation, name="dp1")
    p2 = aliased(Participation, name="dp2")
    p3 = aliased(Participation, name="dp3")
    dead = union_all(
        select(p1.action_id).where(p1.organization_id.in_(deleted_ids(Organization)), live(p1)),
        select(p2.action_id).where(
            p2.contact_id.in_(deleted_ids(Contact)), live(p2), p2.organization_id.is_(None)
        ),
        select(p3.action_id).where(p3.contact_id.is_(None), live(p3), p3.organization_id.is_(None)),
    ).subquery("dead")
    return select(dead.c.action_id, func.count().label("n")).group_by(dead.c.action_id).subquery("dead_n")


@cache
def per_action(dim: Dimension | None) -> Select[Any]:
    """One row per action in the period: `rid` the action, `key`, `net` its counted participations,
    `amount` its audience reached = max(net, declared audience).

    net = live participations - those without a live participant. The live participations of an action are
    counted by a correlated COUNT on the (action_id, deleted_at) index, without reading a participation row.
    DISTINCT (a no-op: one row per action) keeps SQLite from flattening this subquery into the outer one,
    which would copy the correlated COUNT into each of the three places `net` is used, and run it 3 times.
    """
    a = aliased(Action, name="a")
    p = aliased(Participation, name="p")
    gross = (
        select(
            a.id.label("action_id"),
            _action_row_key(a, dim).label("key"),
            a.declared_audience.label("declared"),
            select(func.count()).select_from(p).where(p.action_id == a.id, live(p)).scalar_subquery().label("gross"),
        )
        .where(live(a), a.start_date.between(START, END))
        .distinct()
        .subquery("gross")
    )
    dead = _dead_participations_by_action()
    net = gross.c.gross - func.coalesce(dead.c.n, 0)
    declared = func.coalesce(gross.c.declared, 0)
    return (
        select(gross.c.action_id.label("rid"), gross.c.key.label("key"), net.label("net"),
               case((net > declared, net), else_=declared).label("amount"))
        .select_from(gross)
        .outerjoin(dead, dead.c.action_id == gross.c.action_id)
    )


def _participant_country(p: Any) -> ColumnElement[Any]:
    """The country of the organization reached (the contact's organization for a contact alone), else the
    contact's own country."""
    c = aliased(Contact, name="kc")
    o = aliased(Organization, name="ko")
    c2 = aliased(Contact, name="kc2")
    # Two levels down, SQLAlchemy would not correlate `p` on its own (it would add a FROM participation).
    employer = select(c.organization_id).where(c.id == p.contact_id).correlate(p).scalar_subquery()
    organization_id = func.coalesce(p.organization_id, employer)
    return func.coalesce(
        select(o.country).where(o.id == organization_id).scalar_subquery(),
        select(c2.country).where(c2.id == p.contact_id).scalar_subquery(),
    )


def participations(dim: Dimension | None) -> Facts:
    """The participation records themselves (for the drill-down and the breakdown by country)."""
    p = aliased(Participation, name="p")
    if dim is None:
        key: ColumnElement[Any] = null()
    elif dim == "country":
        key = _participant_country(p)
    else:
        key = _action_key(dim, p.action_id)
    rows = _rows(p.id, key).where(p.action_id.in_(actions_in()), live(p), participant_is_live(p))
    return Facts(rows, unique=True)


def participants(dim: Dimension | None) -> Facts:
    if dim == "country":
        return participations(dim)
    rows = per_action(dim).subquery("pa_rows")
    return Facts(select(rows.c.rid, rows.c.key, rows.c.net.label("amount")), measure="sum", unique=True)


def audience_reached(dim: Dimension | None) -> Facts:
    rows = per_action(dim).subquery("pa_rows")
    return Facts(select(rows.c.rid, rows.c.key, rows.c.amount), measure="sum", unique=True)


# ---- agreements and meetings ------------------------------------------------------------------------------


def agreements(dim: Dimension | None, *, letters_of_intent: bool) -> Facts:
    """Agreements signed in the period. Keyed by each side that is a partner cluster (partner_cluster_id, or
    a live party), or by the country of each live party that is not one; NULL when there is none.

    Each key comes from its own small SELECT over the signed agreements (UNION ALL), not from a LEFT JOIN to
    a derived table, which SQLite without statistics scans once per agreement."""
    signed = signed_agreements(letters_of_intent=letters_of_intent)
    g = aliased(Agreement, name="g")
    if dim is None:
        return Facts(_rows(g.id, null()).where(g.id.in_(signed)), unique=True)
    ap = aliased(AgreementParty, name="ap")
    o = aliased(Organization, name="po")
    if dim == "cluster":
        partner_sides = [
            _rows(g.id, g.partner_cluster_id).where(g.id.in_(signed), g.partner_cluster_id.in_(partner_cluster_ids())),
            _rows(ap.agreement_id, ap.organization_id).where(
                ap.agreement_id.in_(signed), live(ap), ap.organization_id.in_(partner_cluster_ids())
            ),
        ]
        g2, ap2 = aliased(Agreement, name="g2"), aliased(AgreementParty, name="ap2")
        none = _rows(g2.id, null()).where(
            g2.id.in_(signed),
            or_(g2.partner_cluster_id.is_(None), g2.partner_cluster_id.not_in(partner_cluster_ids())),
            ~_exists(ap2, ap2.agreement_id == g2.id, live(ap2), ap2.organization_id.in_(partner_cluster_ids())),
        )
        return Facts(_union(*partner_sides, none).distinct(), unique=True)
    if dim == "country":
        other = and_(live(o), o.is_consortium_partner.is_(False))
        sides = _rows(ap.agreement_id, o.country, ap).join(o, o.id == ap.organization_id).where(
            ap.agreement_id.in_(signed), live(ap), other
        )
        g2, ap2, o2 = aliased(Agreement, name="g2"), aliased(AgreementParty, name="ap2"), aliased(Organization)
        none = _rows(g2.id, null()).where(
            g2.id.in_(signed),
            ~_exists(ap2, ap2.agreement_id == g2.id, live(ap2),
                     _exists(o2, o2.id == ap2.organization_id, live(o2), o2.is_consortium_partner.is_(False))),
        )
        return Facts(_union(sides, none).distinct(), unique=True)
    raise ValueError(f"agreements have no breakdown by {dim}")


def live_missions() -> Select[Any]:
    mission = aliased(Mission, name="lm")
    a = aliased(Action, name="lma")
    return select(mission.id).where(live(mission), mission.id.in_(select(a.id).where(live(a))))


B2B = "b2b"
CLUSTER = "cluster"


@cache
def classified_meetings(dim: Dimension | None) -> Any:
    """Meetings dated in the period, of a live mission (and action), each with `met`: 'b2b' when the live
    organization met is a company (sme, large_company, distributor, investor), 'cluster' when it is a
    non-partner cluster, else NULL. b2b_meetings and cluster_meetings are the two classes of these rows.

    Walked from ix_meeting_kpi (deleted_at, starts_at, organization_id, mission_id, id): the meetings of the
    period without reading one. The organization met is looked up once per meeting by primary key (a list
    of the ~80% of organizations that are companies would cost more to build than the lookups); the mission
    is tested against the short list of live missions, built once per query. DISTINCT (a no-op: one row per
    meeting) keeps SQLite from flattening the subquery and running the lookup once per use of `met`."""
    m = aliased(Meeting, name="mt")
    o = aliased(Organization, name="mo")
    met = (
        select(case((and_(o.kind.in_(B2B_KINDS), live(o)), literal(B2B)), (_is_engaged_cluster(o), literal(CLUSTER))))
        .where(o.id == m.organization_id)
        .scalar_subquery()
    )
    if dim == "country":
        ko = aliased(Organization, name="mko")
        key: ColumnElement[Any] = select(ko.country).where(ko.id == m.organization_id).scalar_subquery()
    elif dim is None:
        key = null()
    else:
        key = _action_key(dim, m.mission_id)
    return (
        select(m.id.label("rid"), key.label("key"), literal(1).label("amount"), met.label("met"))
        .where(live(m), m.starts_at >= AFTER, m.starts_at < BEFORE, m.mission_id.in_(live_missions()))
        .distinct()
        .subquery("meetings")
    )


def meetings(dim: Dimension | None, *, with_clusters: bool) -> Facts:
    rows = classified_meetings(dim)
    return Facts(
        select(rows.c.rid, rows.c.key, rows.c.amount).where(rows.c.met == (CLUSTER if with_clusters else B2B)),
        unique=True,
    )


@cache
def facts(indicator: Indicator, dim: Dimension | None = None) -> Facts:
    """The records behind `indicator`, keyed by `dim`; execute with Scope.params()."""
    if dim is not None and dim not in APPLICABLE[indicator]:
        raise ValueError(f"{indicator.value} cannot be broken down by {dim}")
    match indicator:
        case Indicator.SMES_REACHED:
            return smes_reached(dim)
        case Indicator.CLUSTERS_ENGAGED:
            return clusters_engaged(dim)
        case Indicator.ACTIONS_HELD:
            return actions_held(dim)
        case Indicator.MISSIONS:
            return actions_held(dim, missions_only=True)
        case Indicator.PARTICIPANTS:
            return participants(dim)
        case Indicator.AUDIENCE_REACHED:
            return audience_reached(dim)
        case Indicator.AGREEMENTS_SIGNED:
            return agreements(dim, letters_of_intent=False)
        case Indicator.LETTERS_OF_INTENT:
            return agreements(dim, letters_of_intent=True)
        case Indicator.B2B_MEETINGS:
            return meetings(dim, with_clusters=False)
        case Indicator.CLUSTER_MEETINGS:
            return meetings(dim, with_clusters=True)
    raise ValueError(f"unknown indicator {indicator}")


@cache
def listing(indicator: Indicator, dim: Dimension | None = None) -> Facts:
    """The records to list behind a figure: the same as `facts`, except that participants are listed as
    participation records (their figure is counted per action, see per_action)."""
    if indicator == Indicator.PARTICIPANTS:
        return participations(dim)
    return facts(indicator, dim)
