"""The agreement pipeline: agreements and their parties, stage changes with history, letters of intent in bulk,
the kanban board, the paged list and expiry warnings.

The agreement's `stage` column is always the stage of the last entry of its history: every way of changing
the stage (change_stage, update_agreement, creation) goes through `_move`, which appends the dated history row.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from magia_desk.domain.agreements import (
    STAGE_ORDER,
    check_stage_date,
    clean_agreement,
    consistency_errors,
    days_to_expiry,
    expiry_warning,
    needs_signed_on,
    raise_if_any,
    render_letter_title,
)
from magia_desk.domain.countries import country_name
from magia_desk.domain.enums import AgreementStage, AgreementType, OrgKind, parse_enum
from magia_desk.domain.errors import N_, Term, ValidationError
from magia_desk.services.common import apply_fields, load, restore, soft_delete
from magia_desk.services.timeline import officer_names
from magia_desk.storage.base import utcnow
from magia_desk.storage.models import (
    Action,
    Agreement,
    AgreementParty,
    AgreementStageChange,
    Officer,
    Organization,
)
from magia_desk.storage.store import Store

# ---- checks against the store -------------------------------------------------------------------------------


def _live(session: Session, model: type[Any], record_id: str) -> Any | None:
    record = session.get(model, record_id)
    return record if record is not None and record.deleted_at is None else None


def _link_errors(session: Session, values: Mapping[str, Any]) -> list[ValidationError]:
    """Every link that points at nothing, so that the editor can mark all the bad fields at once."""
    errors: list[ValidationError] = []
    if values.get("owner_id") and _live(session, Officer, values["owner_id"]) is None:
        errors.append(ValidationError("owner_id", N_("the officer does not exist")))
    cluster_id = values.get("partner_cluster_id")
    if cluster_id:
        cluster = _live(session, Organization, cluster_id)
        if cluster is None or cluster.kind != OrgKind.CLUSTER:
            errors.append(ValidationError("partner_cluster_id", N_("is not a cluster")))
    if values.get("action_id") and _live(session, Action, values["action_id"]) is None:
        errors.append(ValidationError("action_id", N_("the action or mission does not exist")))
    missing = [pid for pid in values.get("party_ids", []) if _live(session, Organization, pid) is None]
    if missing:
        errors.append(ValidationError("party_ids", N_("{count} of the parties do not exist"), missing,
                                      count=len(missing)))
    return errors


def _default_cluster(session: Session, officer_id: str | None) -> str | None:
    """A new agreement belongs to the officer's partner cluster unless another one is chosen."""
    officer = _live(session, Officer, officer_id) if officer_id else None
    return officer.partner_cluster_id if officer is not None else None


def _set_parties(session: Session, agreement_id: str, party_ids: Sequence[str]) -> None:
    current = session.scalars(
        select(AgreementParty).where(AgreementParty.agreement_id == agreement_id, AgreementParty.deleted_at.is_(None))
    ).all()
    for party in current:
        if party.organization_id not in party_ids:
            party.deleted_at = utcnow()
    have = {p.organization_id for p in current}
    for organization_id in party_ids:
        if organization_id not in have:
            session.add(AgreementParty(agreement_id=agreement_id, organization_id=organization_id))


def _history(session: Session, agreement_id: str) -> list[AgreementStageChange]:
    # Dates never go backwards along the history (check_stage_date), so date order is the order the stages
    # were reached; created_at breaks ties between changes of the same day.
    return list(
        session.scalars(
            select(AgreementStageChange)
            .where(AgreementStageChange.agreement_id == agreement_id, AgreementStageChange.deleted_at.is_(None))
            .order_by(AgreementStageChange.changed_on, AgreementStageChange.created_at, AgreementStageChange.id)
        )
    )


def _move(
    session: Session, record: Agreement, stage: str, on: date, officer_id: str | None, field: str = "on"
) -> AgreementStageChange:
    """Set the stage and append its dated history entry (never dated before the stage it leaves)."""
    history = _history(session, record.id)
    try:
        check_stage_date(on, date.today(), history[-1].changed_on if history else None, None)
    except ValidationError as exc:
        raise ValidationError(field, exc.message, on) from None
    record.stage = stage
    change = AgreementStageChange(agreement_id=record.id, stage=stage, changed_on=on, officer_id=officer_id)
    session.add(change)
    return change


def _first_stage_date(values: Mapping[str, Any], stage_on: date | None) -> date:
    if stage_on is not None:
        return stage_on
    signed_on = values.get("signed_on")
    # An agreement entered at a signed stage reached it on its signing day (when that is not in the future).
    if signed_on is not None and needs_signed_on(values["stage"]) and signed_on <= date.today():
        return signed_on
    return date.today()


# ---- create, edit, delete -----------------------------------------------------------------------------------


def _create(session: Session, store: Store, values: dict[str, Any], stage_on: date | None) -> Agreement:
    party_ids = values.pop("party_ids", [])
    values.setdefault("owner_id", store.officer_id)
    if "partner_cluster_id" not in values:
        values["partner_cluster_id"] = _default_cluster(session, store.officer_id)
    raise_if_any(_link_errors(session, values | {"party_ids": party_ids}))
    stage = values.pop("stage")
    record = Agreement(stage=stage)
    apply_fields(record, values)
    session.add(record)
    session.flush()  # the id, for the parties and the history
    first = _first_stage_date(values | {"stage": stage}, stage_on)
    _move(session, record, stage, first, store.officer_id, "stage_on")
    _set_parties(session, record.id, party_ids)
    return record


def create_agreement(store: Store, data: Mapping[str, Any], *, stage_on: date | None = None) -> str:
    """A new agreement (fields of domain.agreements.AGREEMENT_FIELDS, parties as `party_ids`).

    The owner defaults to the current officer and the partner cluster to the officer's. `stage_on` dates the
    first entry of the history (default: the signed-on date for a signed agreement, else today).
    """
    values = clean_agreement(data)
    with store.session() as session:
        return _create(session, store, values, stage_on).id


def update_agreement(store: Store, agreement_id: str, changes: Mapping[str, Any]) -> None:
    """Edit fields; a new `stage` is recorded in the history as reached today (use change_stage to date it)."""
    values = clean_agreement(changes, partial=True)
    with store.session() as session:
        record = load(session, Agreement, agreement_id)
        merged = {k: getattr(record, k) for k in ("stage", "signed_on", "expires_on")} | values
        raise_if_any(consistency_errors(merged) + _link_errors(session, values))
        stage = values.pop("stage", record.stage)
        party_ids = values.pop("party_ids", None)
        apply_fields(record, values)
        if stage != record.stage:
            _move(session, record, stage, date.today(), store.officer_id)
        if party_ids is not None:
            _set_parties(session, agreement_id, party_ids)


def delete_agreement(store: Store, agreement_id: str) -> None:
    """Soft delete: parties and history stay attached, so restore brings the agreement back whole."""
    soft_delete(store, Agreement, agreement_id)


def restore_agreement(store: Store, agreement_id: str) -> None:
    restore(store, Agreement, agreement_id)


# ---- stages -------------------------------------------------------------------------------------------------


def change_stage(
    store: Store, agreement_id: str, stage: str, on: date | None = None, signed_on: date | None = None
) -> str | None:
    """Move the agreement to `stage`, reached `on` (default today), by the current officer.

    Reaching signed, active or expired needs a signed-on date: pass `signed_on` unless the agreement has one
    (else ValidationError("signed_on")). Reaching signed without `on` is dated on the signed-on date when that
    fits the history (the stage was reached the day it was signed), else today.
    Returns the id of the history entry, None when the stage is unchanged.
    """
    target = parse_enum(AgreementStage, stage, "stage").value
    with store.session() as session:
        record = load(session, Agreement, agreement_id)
        if signed_on is not None:
            raise_if_any(consistency_errors({"signed_on": signed_on, "expires_on": record.expires_on}))
            record.signed_on = signed_on
        if target == record.stage:  # dropped on its own column
            return None
        if needs_signed_on(target) and record.signed_on is None:
            raise ValidationError("signed_on", N_("is required when the agreement becomes {stage}"),
                                  stage=Term(target))
        if on is None:
            on = _signing_day(session, record) if target == AgreementStage.SIGNED else None
        change = _move(session, record, target, on or date.today(), store.officer_id)
        session.flush()
        return change.id


def _signing_day(session: Session, record: Agreement) -> date | None:
    """The signed-on date when it can date the move to signed: not in the future, not before the last change."""
    history = _history(session, record.id)
    signed = record.signed_on
    if signed is None or signed > date.today() or (history and signed < history[-1].changed_on):
        return None
    return signed


@dataclass(frozen=True)
class StageChangeRow:
    id: str
    stage: str
    changed_on: date
    officer_id: str | None
    officer_name: str | None


def stage_history(store: Store, agreement_id: str) -> list[StageChangeRow]:
    """The stages the agreement went through, oldest first, with their dates and officers."""
    with store.read() as session:
        load(session, Agreement, agreement_id, include_deleted=True)
        history = _history(session, agreement_id)
        names = officer_names(session, {c.officer_id for c in history if c.officer_id})
    return [StageChangeRow(c.id, c.stage, c.changed_on, c.officer_id, names.get(c.officer_id or "")) for c in history]


def correct_stage_change(store: Store, change_id: str, changed_on: date) -> None:
    """Re-date a history entry (a stage reached last month recorded with last month's date).

    Refused (ValidationError("changed_on")) in the future or out of order with its neighbours.
    """
    with store.session() as session:
        change = load(session, AgreementStageChange, change_id)
        history = _history(session, change.agreement_id)
        at = next(i for i, c in enumerate(history) if c.id == change_id)
        previous = history[at - 1].changed_on if at > 0 else None
        following = history[at + 1].changed_on if at + 1 < len(history) else None
        check_stage_date(changed_on, date.today(), previous, following)
        change.changed_on = changed_on


# ---- letters of intent in bulk ------------------------------------------------------------------------------


def create_letters_of_intent(
    store: Store,
    sme_ids: Sequence[str],
    title_template: str,
    signed_on: date,
    partner_cluster_id: str,
    action_id: str | None = None,
    *,
    expires_on: date | None = None,
) -> list[str]:
    """One signed letter of intent per SME (each SME its only party), all in one transaction.

    `title_template` may hold {organization} and {country}. Any unknown organization refuses the whole batch:
    nothing is written. Returns the new ids in the order of `sme_ids` (duplicates dropped).
    """
    wanted = list(dict.fromkeys(sme_ids))
    if not wanted:
        raise ValidationError("sme_ids", N_("choose at least one SME"))
    common = clean_agreement(
        {"type": AgreementType.LETTER_OF_INTENT, "title": "-", "stage": AgreementStage.SIGNED,
         "signed_on": signed_on, "expires_on": expires_on, "partner_cluster_id": partner_cluster_id,
         "action_id": action_id}
    )
    with store.session() as session:
        errors = _link_errors(session, common)
        try:
            render_letter_title(title_template, "X", "X")  # refuse a bad template before writing anything
        except ValidationError as exc:
            errors.append(exc)
        organizations = {o.id: o for o in session.scalars(select(Organization).where(Organization.id.in_(wanted)))}
        unknown = [i for i in wanted if i not in organizations or organizations[i].deleted_at is not None]
        if unknown:
            errors.append(ValidationError("sme_ids", N_("{count} of the chosen SMEs do not exist"), unknown,
                                          count=len(unknown)))
        raise_if_any(errors)
        ids = []
        for sme_id in wanted:
            sme = organizations[sme_id]
            title = render_letter_title(title_template, sme.name, country_name(sme.country))
            values = common | {"title": title, "party_ids": [sme_id]}
            ids.append(_create(session, store, values, None).id)
        return ids


# ---- detail -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartyRef:
    id: str
    name: str
    country: str | None


@dataclass
class AgreementDetail:
    record: Agreement
    parties: list[PartyRef] = field(default_factory=list)
    history: list[StageChangeRow] = field(default_factory=list)
    owner_name: str | None = None
    partner_cluster_name: str | None = None
    action_title: str | None = None


def get_agreement(store: Store, agreement_id: str) -> AgreementDetail:
    with store.read() as session:
        record = load(session, Agreement, agreement_id, include_deleted=True)
        parties = _parties(session, [agreement_id]).get(agreement_id, [])
        cluster = session.get(Organization, record.partner_cluster_id) if record.partner_cluster_id else None
        action = session.get(Action, record.action_id) if record.action_id else None
        owner = officer_names(session, {record.owner_id} if record.owner_id else set()).get(record.owner_id or "")
    return AgreementDetail(
        record, parties, stage_history(store, agreement_id), owner, cluster.name if cluster else None,
        action.title if action else None,
    )


def _parties(session: Session, agreement_ids: Sequence[str]) -> dict[str, list[PartyRef]]:
    rows = session.execute(
        select(AgreementParty.agreement_id, Organization.id, Organization.name, Organization.country)
        .join(Organization, Organization.id == AgreementParty.organization_id)
        .where(AgreementParty.agreement_id.in_(list(agreement_ids)), AgreementParty.deleted_at.is_(None))
        # Parties added in one save share their created_at: by name within it.
        .order_by(AgreementParty.created_at, Organization.name)
    ).all()
    out: dict[str, list[PartyRef]] = {}
    for agreement_id, org_id, name, country in rows:
        out.setdefault(agreement_id, []).append(PartyRef(org_id, name, country))
    return out


# ---- lists and the board ------------------------------------------------------------------------------------


@dataclass
class AgreementFilter:
    text: str = ""
    type: str | None = None
    stage: str | None = None
    partner_cluster_id: str | None = None
    country: str | None = None  # of any party
    owner_id: str | None = None
    signed_year: int | None = None
    party_id: str | None = None  # an organization's agreements (its record pane)
    action_id: str | None = None  # the agreements resulting from an action or mission


Owner = aliased(Officer)
PartnerCluster = aliased(Organization)

# Pipeline order, not alphabetical: "active" must not sort before "identified".
_STAGE_RANK = case({stage.value: index for index, stage in enumerate(STAGE_ORDER)}, value=Agreement.stage)

AGREEMENT_SORT: dict[str, Any] = {
    "title": Agreement.title,
    "type": Agreement.type,
    "stage": _STAGE_RANK,
    "signed_on": Agreement.signed_on,
    "expires_on": Agreement.expires_on,
    "owner": Owner.name,
    "partner_cluster": PartnerCluster.name,
    "updated_at": Agreement.updated_at,
}


def _party_where(*clauses: Any) -> Any:
    return exists().where(
        AgreementParty.agreement_id == Agreement.id, AgreementParty.deleted_at.is_(None), *clauses
    )


def _filtered(statement: Select, flt: AgreementFilter) -> Select:
    statement = statement.where(Agreement.deleted_at.is_(None))
    for column, value in (
        (Agreement.type, flt.type), (Agreement.stage, flt.stage), (Agreement.owner_id, flt.owner_id),
        (Agreement.partner_cluster_id, flt.partner_cluster_id), (Agreement.action_id, flt.action_id),
    ):
        if value:
            statement = statement.where(column == value)
    if flt.signed_year:
        # A range rather than a year function: portable, and it uses the index on signed_on.
        statement = statement.where(Agreement.signed_on.between(date(flt.signed_year, 1, 1),
                                                                date(flt.signed_year, 12, 31)))
    if flt.party_id:
        statement = statement.where(_party_where(AgreementParty.organization_id == flt.party_id))
    if flt.country:
        statement = statement.where(_party_where(
            Organization.id == AgreementParty.organization_id, Organization.country == flt.country.upper()
        ))
    for word in flt.text.split():
        # Few agreements (hundreds), so a LIKE per word is fast enough without a full-text index.
        needle = word.lower()
        statement = statement.where(or_(
            func.lower(Agreement.title).contains(needle, autoescape=True),
            func.lower(Agreement.notes).contains(needle, autoescape=True),
            _party_where(Organization.id == AgreementParty.organization_id,
                         func.lower(Organization.name).contains(needle, autoescape=True)),
        ))
    return statement


def agreement_ids(
    store: Store,
    flt: AgreementFilter,
    sort: str = "title",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = None,
) -> list[str]:
    """Ids of the agreements shown, in order, a page at a time (sort keys: AGREEMENT_SORT)."""
    column = AGREEMENT_SORT.get(sort, Agreement.title)
    order = column.desc() if descending else column.asc()
    statement = select(Agreement.id)
    if sort == "owner":
        statement = statement.outerjoin(Owner, Owner.id == Agreement.owner_id)
    if sort == "partner_cluster":
        statement = statement.outerjoin(PartnerCluster, PartnerCluster.id == Agreement.partner_cluster_id)
    statement = _filtered(statement, flt).order_by(order.nulls_last(), Agreement.title, Agreement.id)
    with store.read() as session:
        return list(session.scalars(statement.offset(offset).limit(limit)))


def count_agreements(store: Store, flt: AgreementFilter | None = None) -> int:
    statement = _filtered(select(func.count()).select_from(Agreement), flt or AgreementFilter())
    with store.read() as session:
        return session.scalar(statement) or 0


@dataclass(frozen=True)
class AgreementRow:
    """One agreement as a list row or a board card (they show the same facts)."""

    id: str
    title: str
    type: str
    stage: str
    stage_since: date | None  # when the current stage was reached
    signed_on: date | None
    expires_on: date | None
    owner_id: str | None
    owner_name: str | None
    partner_cluster_id: str | None
    partner_cluster_name: str | None
    action_id: str | None
    parties: tuple[PartyRef, ...]
    expiry_warning: bool

    @property
    def party_names(self) -> str:
        return ", ".join(p.name for p in self.parties)

    @property
    def countries(self) -> list[str]:
        return sorted({p.country for p in self.parties if p.country})


AgreementCard = AgreementRow


def agreement_rows(store: Store, ids: Sequence[str], today: date | None = None) -> list[AgreementRow]:
    """Rows for these ids in the same order; `today` decides the expiry warning flag."""
    if not ids:
        return []
    today = today or date.today()
    since = (
        select(func.max(AgreementStageChange.changed_on))
        .where(AgreementStageChange.agreement_id == Agreement.id, AgreementStageChange.deleted_at.is_(None))
        .correlate(Agreement)
        .scalar_subquery()
    )
    with store.read() as session:
        found = {
            r.id: r
            for r in session.execute(
                select(
                    Agreement.id, Agreement.title, Agreement.type, Agreement.stage, since.label("since"),
                    Agreement.signed_on, Agreement.expires_on, Agreement.owner_id, Owner.name.label("owner_name"),
                    Agreement.partner_cluster_id, PartnerCluster.name.label("cluster_name"), Agreement.action_id,
                )
                .outerjoin(Owner, Owner.id == Agreement.owner_id)
                .outerjoin(PartnerCluster, PartnerCluster.id == Agreement.partner_cluster_id)
                .where(Agreement.id.in_(list(ids)))
            )
        }
        parties = _parties(session, list(found))
    return [
        AgreementRow(
            id=r.id, title=r.title, type=r.type, stage=r.stage, stage_since=r.since, signed_on=r.signed_on,
            expires_on=r.expires_on, owner_id=r.owner_id, owner_name=r.owner_name,
            partner_cluster_id=r.partner_cluster_id, partner_cluster_name=r.cluster_name, action_id=r.action_id,
            parties=tuple(parties.get(r.id, [])), expiry_warning=expiry_warning(r.stage, r.expires_on, today),
        )
        for r in (found.get(i) for i in ids)
        if r is not None
    ]


def board(
    store: Store, flt: AgreementFilter | None = None, today: date | None = None
) -> dict[str, list[AgreementCard]]:
    """The kanban: every stage in board order (empty columns included), cards most recently moved first."""
    cards = agreement_rows(store, agreement_ids(store, flt or AgreementFilter()), today)
    columns: dict[str, list[AgreementCard]] = {stage.value: [] for stage in STAGE_ORDER}
    for card in sorted(cards, key=lambda c: (-(c.stage_since or date.min).toordinal(), c.title.lower())):
        columns.setdefault(card.stage, []).append(card)
    return columns


# ---- expiry -------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExpiryWarning:
    agreement_id: str
    title: str
    expires_on: date
    days_left: int  # negative when the date has passed and the agreement is still active
    owner_id: str | None
    party_names: str

    @property
    def message(self) -> str:
        if self.days_left < 0:
            return f"{self.title} expired {-self.days_left} days ago and is still active"
        if self.days_left == 0:
            return f"{self.title} expires today"
        return f"{self.title} expires in {self.days_left} days ({self.expires_on.isoformat()})"


def expiring_agreements(store: Store, today: date, within_days: int = 60) -> list[ExpiryWarning]:
    """Active agreements expiring within `within_days` days (or already past their date), soonest first."""
    with store.read() as session:
        ids = list(session.scalars(
            select(Agreement.id)
            .where(
                Agreement.deleted_at.is_(None),
                Agreement.stage == AgreementStage.ACTIVE.value,
                Agreement.expires_on.is_not(None),
                Agreement.expires_on <= today + timedelta(days=within_days),
            )
            .order_by(Agreement.expires_on, Agreement.title)
        ))
    return [
        ExpiryWarning(r.id, r.title, r.expires_on, days_to_expiry(r.expires_on, today), r.owner_id, r.party_names)
        for r in agreement_rows(store, ids, today)
        if r.expires_on is not None and expiry_warning(r.stage, r.expires_on, today, within_days)
    ]

