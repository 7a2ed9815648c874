"""Rules of the agreement pipeline: cleaning fields, the order of stages, signed-on, expiry warnings.

Pure functions (no store): the services apply them, screens may ask them (e.g. whether dropping a card on a
column needs a signed-on date) before calling a service.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from magia_desk.domain.contact_rules import require_text
from magia_desk.domain.enums import SIGNED_STAGES, AgreementStage, AgreementType, parse_enum
from magia_desk.domain.errors import N_, RecordInvalid, Term, ValidationError
from magia_desk.domain.records import _Collector, parse_date

AGREEMENT_FIELDS = (
    "type", "title", "stage", "signed_on", "expires_on", "owner_id", "partner_cluster_id", "action_id", "notes",
    "party_ids",
)

# The board's columns, left to right: the pipeline as officers walk it, closed outcomes last.
STAGE_ORDER: tuple[AgreementStage, ...] = (
    AgreementStage.IDENTIFIED,
    AgreementStage.CONTACTED,
    AgreementStage.NEGOTIATING,
    AgreementStage.DRAFT,
    AgreementStage.SIGNED,
    AgreementStage.ACTIVE,
    AgreementStage.EXPIRED,
    AgreementStage.DROPPED,
)

# An active agreement whose expiry date is this close (or already past) is shown as a warning.
EXPIRY_WARNING_DAYS = 60

LETTER_PLACEHOLDERS = ("organization", "country")


def stage_index(stage: str) -> int:
    """Position of a stage on the board (0 = identified); sorts lists in pipeline order, not alphabetically."""
    return STAGE_ORDER.index(parse_enum(AgreementStage, stage, "stage"))


def needs_signed_on(stage: str) -> bool:
    """Signed, active and expired agreements were signed: the KPIs count them by their signed-on date."""
    return parse_enum(AgreementStage, stage, "stage") in SIGNED_STAGES


def _optional_id(value: object) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def _party_ids(value: object) -> list[str]:
    if value is None or value == "":
        return []
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list | tuple | set | frozenset):
        raise ValidationError("party_ids", N_("must be a list of organization ids"), value)
    # Duplicates dropped (a party twice would count twice in party lists and exports).
    return list(dict.fromkeys(str(item).strip() for item in items if str(item).strip()))


def _notes(value: object) -> str | None:
    # Notes keep their line breaks (require_text would fold them), only the ends are trimmed.
    return (str(value).strip() or None) if value is not None else None


def consistency_errors(values: Mapping[str, Any]) -> list[ValidationError]:
    """Rules between fields, checked on the record as it will be stored (merged values on update)."""
    errors: list[ValidationError] = []
    stage = values.get("stage")
    if stage and needs_signed_on(stage) and values.get("signed_on") is None:
        errors.append(ValidationError("signed_on", N_("is required when the agreement is {stage}"), stage=Term(stage)))
    signed_on, expires_on = values.get("signed_on"), values.get("expires_on")
    if signed_on is not None and expires_on is not None and expires_on < signed_on:
        errors.append(ValidationError("expires_on", N_("is before the signed-on date ({date})"),
                                      date=signed_on.isoformat()))
    return errors


def clean_agreement(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Typed agreement fields, or RecordInvalid naming every bad field.

    With partial=False (a new agreement) type and title are required, the stage defaults to identified and
    the rules between fields are checked too; on update the service checks them on the merged record.
    """
    c = _Collector(data)
    if not partial:
        for required in ("type", "title"):
            if required not in data:
                c.errors.append(ValidationError(required, N_("is required")))
    c.take("type", lambda v: parse_enum(AgreementType, v, "type").value)
    c.take("title", lambda v: require_text(v, "title", 300))
    c.take("stage", lambda v: parse_enum(AgreementStage, v, "stage").value)
    c.take("signed_on", lambda v: parse_date(v, "signed_on"))
    c.take("expires_on", lambda v: parse_date(v, "expires_on"))
    for field in ("owner_id", "partner_cluster_id", "action_id"):
        c.take(field, _optional_id)
    c.take("notes", _notes)
    c.take("party_ids", _party_ids)
    if not partial:
        c.out.setdefault("stage", AgreementStage.IDENTIFIED.value)
        # Cross-field rules only make sense once each field is valid on its own.
        failed = {e.field for e in c.errors}
        c.errors.extend(e for e in consistency_errors(c.out) if e.field not in failed)
    return c.finish()


def check_stage_date(on: date, today: date, previous: date | None, following: date | None) -> None:
    """A stage change is dated between its neighbours in the history and never in the future.

    Keeping dates in the order the stages were reached means the history sorted by date is the order of
    the pipeline, and the agreement's stage is always the one reached last.
    """
    if on > today:
        raise ValidationError("changed_on", N_("{date} is in the future"), on, date=on.isoformat())
    if previous is not None and on < previous:
        raise ValidationError(
            "changed_on",
            N_("{date} is before the previous stage change ({previous}); correct that one first"),
            on, date=on.isoformat(), previous=previous.isoformat(),
        )
    if following is not None and on > following:
        raise ValidationError(
            "changed_on",
            N_("{date} is after the next stage change ({following}); correct that one first"),
            on, date=on.isoformat(), following=following.isoformat(),
        )


def days_to_expiry(expires_on: date, today: date) -> int:
    return (expires_on - today).days


def expiry_warning(stage: str, expires_on: date | None, today: date, within_days: int = EXPIRY_WARNING_DAYS) -> bool:
    """True for an active agreement that expires within `within_days` days (day `within_days` included).

    An active agreement already past its expiry date warns too: it should be renewed or moved to expired.
    """
    if expires_on is None or parse_enum(AgreementStage, stage, "stage") is not AgreementStage.ACTIVE:
        return False
    return expires_on <= today + timedelta(days=within_days)


def render_letter_title(template: str, organization: str, country: str) -> str:
    """The title of one letter of intent: '{organization}' and '{country}' are replaced per SME."""
    try:
        fields = [name for _, name, _, _ in string.Formatter().parse(template) if name is not None]
    except ValueError as exc:
        raise ValidationError("title_template", N_("cannot be read ({reason}); write braces as {{{{ and }}}}"),
                              reason=exc) from exc
    unknown = sorted({name for name in fields if name not in LETTER_PLACEHOLDERS})
    if unknown:
        allowed = ", ".join("{" + p + "}" for p in LETTER_PLACEHOLDERS)
        raise ValidationError("title_template", N_("unknown placeholder {{{name}}}; use {allowed}"), template,
                              name=unknown[0], allowed=allowed)
    return require_text(template.format(organization=organization, country=country), "title_template", 300)


def raise_if_any(errors: list[ValidationError]) -> None:
    if errors:
        raise RecordInvalid(errors)
