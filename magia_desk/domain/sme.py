"""The EU SME definition (Commission Recommendation 2003/361/EC)."""

from __future__ import annotations

from dataclasses import dataclass

from magia_desk.domain.enums import SizeClass

# (class, staff ceiling (exclusive), turnover ceiling EUR m, balance sheet ceiling EUR m), smallest first.
CEILINGS: tuple[tuple[SizeClass, int, float, float], ...] = (
    (SizeClass.MICRO, 10, 2.0, 2.0),
    (SizeClass.SMALL, 50, 10.0, 10.0),
    (SizeClass.MEDIUM, 250, 50.0, 43.0),
)


@dataclass(frozen=True)
class Holding:
    """A holder's stake in a company, used to build its 'partner'/'linked' figures."""

    share_pct: float
    employees: int | None
    turnover_meur: float | None
    balance_sheet_meur: float | None
    holder_is_public_body: bool = False


@dataclass(frozen=True)
class SizeResult:
    size_class: SizeClass | None
    provisional: bool
    autonomous_assumed: bool
    reason: str

    @property
    def label(self) -> str:
        if self.size_class is None:
            return ""
        return f"{self.size_class.value} (provisional)" if self.provisional else self.size_class.value


def classify(
    employees: int | None,
    turnover_meur: float | None,
    balance_sheet_meur: float | None,
    holdings: list[Holding] | None = None,
) -> SizeResult:
    """Classify a company. Staff is required; with staff alone the class is provisional.

    A class is met when staff is under its ceiling and turnover *or* balance sheet is within its ceiling.
    Holdings of 25% or more add the holder's figures (pro rata for partners, in full above 50%);
    25% or more held by public bodies makes the company not an SME.
    """
    if employees is None:
        return SizeResult(None, False, not holdings, "staff headcount unknown")
    holdings = holdings or []
    public_share = sum(h.share_pct for h in holdings if h.holder_is_public_body)
    if public_share >= 25:
        return SizeResult(SizeClass.LARGE, False, False, "25% or more held by public bodies")
    staff = float(employees)
    turnover, balance = turnover_meur, balance_sheet_meur
    for holding in holdings:
        if holding.share_pct < 25 or holding.holder_is_public_body:
            continue
        factor = 1.0 if holding.share_pct > 50 else holding.share_pct / 100
        staff += (holding.employees or 0) * factor
        if turnover is not None and holding.turnover_meur is not None:
            turnover += holding.turnover_meur * factor
        if balance is not None and holding.balance_sheet_meur is not None:
            balance += holding.balance_sheet_meur * factor
    autonomous = not any(h.share_pct >= 25 for h in holdings)
    if turnover is None and balance is None:
        size = next((cls for cls, staff_max, _, _ in CEILINGS if staff < staff_max), SizeClass.LARGE)
        return SizeResult(size, True, autonomous, "classified by staff alone")
    for cls, staff_max, turnover_max, balance_max in CEILINGS:
        money_ok = (turnover is not None and turnover <= turnover_max) or (
            balance is not None and balance <= balance_max
        )
        if staff < staff_max and money_ok:
            return SizeResult(cls, False, autonomous, "staff and financial ceilings")
    return SizeResult(SizeClass.LARGE, False, autonomous, "above the medium-sized ceilings")
