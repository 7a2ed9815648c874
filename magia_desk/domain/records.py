"""Cleaning of organization and contact fields: every rule of domain.md, each refusal naming its field.

`clean_*` take loosely typed input (from an editor, a workbook or a vCard) and return typed values ready to
store, or raise RecordInvalid with one ValidationError per bad field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from magia_desk.domain.contact_rules import (
    normalise_email,
    normalise_phone,
    normalise_website,
    optional_text,
    require_text,
    split_list,
)
from magia_desk.domain.countries import normalise_country
from magia_desk.domain.enums import ConsentStatus, Gender, MarketNeed, MarketStatus, OrgKind, parse_enum
from magia_desk.domain.errors import N_, RecordInvalid, ValidationError
from magia_desk.domain.sme import classify

ORGANIZATION_FIELDS = (
    "kind", "name", "country", "region", "city", "website", "email", "phone", "vat_number", "employees",
    "turnover_meur", "balance_sheet_meur", "sectors", "certifications", "notes", "is_consortium_partner",
)
CONTACT_FIELDS = (
    "first_name", "last_name", "organization_id", "job_title", "email", "phone", "languages", "country", "city",
    "gender", "consent_status", "consent_date", "consent_source", "notes",
)

_TRUE = {"yes", "y", "true", "1", "x", "oui", "si", "sì", "ja"}
_FALSE = {"no", "n", "false", "0", "", "non", "nein"}


def parse_bool(value: object, field: str) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValidationError(field, N_("'{text}' is not yes or no"), value, text=value)


def parse_int(value: object, field: str, minimum: int = 0) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).replace(" ", "").replace(",", ".")) if not isinstance(value, int | float) else value
    except ValueError:
        raise ValidationError(field, N_("'{text}' is not a whole number"), value, text=value) from None
    if isinstance(number, float) and not number.is_integer():
        raise ValidationError(field, N_("'{text}' is not a whole number"), value, text=value)
    if number < minimum:
        raise ValidationError(field, N_("must be at least {minimum}"), value, minimum=minimum)
    return int(number)


def parse_amount(value: object, field: str) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(value) if isinstance(value, int | float) else float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValidationError(field, N_("'{text}' is not a number"), value, text=value) from None
    if number != number or number < 0 or number > 1e7:  # NaN, negative or absurd
        raise ValidationError(field, N_("'{text}' is not an amount in EUR millions"), value, text=value)
    return number


def parse_date(value: object, field: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d", "%d-%m-%Y"):
        try:
            return datetime.strptime(text[:10] if fmt == "%Y-%m-%d" else text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(field, N_("'{text}' is not a date (use YYYY-MM-DD)"), value, text=text)


class _Collector:
    """Runs each field's rule and gathers every refusal instead of stopping at the first."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.data = data
        self.out: dict[str, Any] = {}
        self.errors: list[ValidationError] = []

    def take(self, field: str, rule: Callable[[Any], Any]) -> None:
        if field not in self.data:
            return
        try:
            self.out[field] = rule(self.data[field])
        except ValidationError as exc:
            self.errors.append(exc)

    def finish(self) -> dict[str, Any]:
        if self.errors:
            raise RecordInvalid(self.errors)
        return self.out


def clean_organization(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Typed organization fields. With partial=False, kind and name are required.

    The size class is derived here (EU definition) whenever a figure is given.
    """
    c = _Collector(data)
    if not partial:
        for required in ("kind", "name"):
            if required not in data:
                c.errors.append(ValidationError(required, N_("is required")))
    c.take("kind", lambda v: parse_enum(OrgKind, v, "kind").value)
    c.take("name", lambda v: require_text(v, "name"))
    c.take("country", normalise_country)
    c.take("region", lambda v: optional_text(v, "region", 200))
    c.take("city", lambda v: optional_text(v, "city", 200))
    c.take("vat_number", lambda v: optional_text(v, "vat_number", 50))
    c.take("website", lambda v: normalise_website(v))
    c.take("email", lambda v: normalise_email(v))
    country = c.out.get("country") or data.get("country_hint")
    c.take("phone", lambda v: normalise_phone(v, country if isinstance(country, str) else None))
    c.take("employees", lambda v: parse_int(v, "employees"))
    c.take("turnover_meur", lambda v: parse_amount(v, "turnover_meur"))
    c.take("balance_sheet_meur", lambda v: parse_amount(v, "balance_sheet_meur"))
    c.take("sectors", split_list)
    c.take("certifications", split_list)
    c.take("notes", lambda v: (str(v).strip() or None) if v is not None else None)
    c.take("is_consortium_partner", lambda v: parse_bool(v, "is_consortium_partner"))
    return c.finish()


def derive_size(employees: int | None, turnover: float | None, balance: float | None) -> dict[str, Any]:
    result = classify(employees, turnover, balance)
    return {
        "size_class": result.size_class.value if result.size_class else None,
        "size_provisional": result.provisional,
    }


def clean_contact(data: Mapping[str, Any], *, partial: bool = False) -> dict[str, Any]:
    c = _Collector(data)
    if not partial:
        for required in ("first_name", "last_name"):
            if required not in data:
                c.errors.append(ValidationError(required, N_("is required")))
    c.take("first_name", lambda v: require_text(v, "first_name", 200))
    c.take("last_name", lambda v: require_text(v, "last_name", 200))
    c.take("organization_id", lambda v: str(v) if v else None)
    c.take("job_title", lambda v: optional_text(v, "job_title", 200))
    c.take("email", lambda v: normalise_email(v))
    c.take("country", lambda v: normalise_country(v))
    c.take("city", lambda v: optional_text(v, "city", 200))
    country = c.out.get("country") or data.get("country_hint")
    c.take("phone", lambda v: normalise_phone(v, country if isinstance(country, str) else None))
    c.take("languages", lambda v: [lang.lower() for lang in split_list(v)])
    c.take("gender", lambda v: parse_enum(Gender, v, "gender").value if v else None)
    c.take("consent_status", lambda v: parse_enum(ConsentStatus, v or "unknown", "consent_status").value)
    c.take("consent_date", lambda v: parse_date(v, "consent_date"))
    c.take("consent_source", lambda v: optional_text(v, "consent_source", 200))
    c.take("notes", lambda v: (str(v).strip() or None) if v is not None else None)
    out = c.finish()
    if out.get("consent_status") == ConsentStatus.GIVEN and "consent_date" in data and out.get("consent_date") is None:
        raise RecordInvalid([ValidationError("consent_date", N_("is required when consent is given"))])
    return out


def clean_market_interest(data: Mapping[str, Any]) -> dict[str, Any]:
    c = _Collector(data)
    c.take("country", lambda v: normalise_country(v) or _missing("country"))
    c.take("status", lambda v: parse_enum(MarketStatus, v, "status").value)
    c.take("needs", lambda v: [parse_enum(MarketNeed, n, "needs").value for n in split_list(v)])
    return c.finish()


def _missing(field: str) -> Any:
    raise ValidationError(field, N_("is required"))
