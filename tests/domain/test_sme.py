"""The EU SME definition at every boundary (Recommendation 2003/361/EC)."""

from __future__ import annotations

import pytest

from magia_desk.domain.enums import SizeClass
from magia_desk.domain.sme import Holding, classify


@pytest.mark.parametrize(
    ("staff", "turnover", "balance", "expected"),
    [
        (0, 0.0, 0.0, SizeClass.MICRO),
        (9, 2.0, 2.0, SizeClass.MICRO),  # ceilings are inclusive for money...
        (10, 2.0, 2.0, SizeClass.SMALL),  # ...and exclusive for staff
        (9, 2.01, 2.01, SizeClass.SMALL),  # both money figures over: not micro
        (9, 2.01, 2.0, SizeClass.MICRO),  # turnover OR balance sheet within the ceiling is enough
        (9, 2.0, 99.0, SizeClass.MICRO),
        (49, 10.0, 10.0, SizeClass.SMALL),
        (50, 10.0, 10.0, SizeClass.MEDIUM),
        (49, 10.01, 10.01, SizeClass.MEDIUM),
        (249, 50.0, 43.0, SizeClass.MEDIUM),
        (249, 50.01, 43.0, SizeClass.MEDIUM),
        (249, 50.0, 43.01, SizeClass.MEDIUM),
        (249, 50.01, 43.01, SizeClass.LARGE),
        (250, 1.0, 1.0, SizeClass.LARGE),
        (5, None, 1.5, SizeClass.MICRO),  # one financial figure known is enough to be firm
        (5, 30.0, None, SizeClass.MEDIUM),
    ],
)
def test_class_boundaries(staff: int, turnover: float | None, balance: float | None, expected: SizeClass) -> None:
    result = classify(staff, turnover, balance)
    assert result.size_class is expected
    assert result.provisional is False


@pytest.mark.parametrize(
    ("staff", "expected"),
    [(0, SizeClass.MICRO), (9, SizeClass.MICRO), (10, SizeClass.SMALL), (49, SizeClass.SMALL),
     (50, SizeClass.MEDIUM), (249, SizeClass.MEDIUM), (250, SizeClass.LARGE)],
)
def test_staff_alone_gives_a_provisional_class(staff: int, expected: SizeClass) -> None:
    result = classify(staff, None, None)
    assert result.size_class is expected
    assert result.provisional is True
    assert result.label.endswith("(provisional)")


def test_staff_is_required() -> None:
    result = classify(None, 1.0, 1.0)
    assert result.size_class is None
    assert result.label == ""


def test_without_holdings_the_company_is_assumed_autonomous() -> None:
    assert classify(5, 1.0, 1.0).autonomous_assumed is True


def test_a_linked_holder_adds_its_figures_in_full() -> None:
    parent = Holding(share_pct=60, employees=45, turnover_meur=9.0, balance_sheet_meur=9.0)
    result = classify(8, 1.0, 1.0, [parent])
    assert result.size_class is SizeClass.MEDIUM  # 53 staff, 10 m turnover
    assert result.autonomous_assumed is False


def test_a_partner_holder_adds_its_figures_pro_rata() -> None:
    partner = Holding(share_pct=40, employees=20, turnover_meur=5.0, balance_sheet_meur=5.0)
    assert classify(5, 1.0, 1.0, [partner]).size_class is SizeClass.SMALL  # 13 staff
    small_stake = Holding(share_pct=24.9, employees=1000, turnover_meur=500.0, balance_sheet_meur=500.0)
    assert classify(5, 1.0, 1.0, [small_stake]).size_class is SizeClass.MICRO


def test_a_quarter_held_by_public_bodies_is_not_an_sme() -> None:
    public = Holding(share_pct=25, employees=0, turnover_meur=0, balance_sheet_meur=0, holder_is_public_body=True)
    assert classify(5, 1.0, 1.0, [public]).size_class is SizeClass.LARGE
