"""The values the KPI engine hands out: periods, figures, breakdowns, drill-down rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal, get_args

from magia_desk.domain.enums import Indicator

# How a figure can be broken down (domain.md, Indicators): by partner cluster, by country, by action type.
Dimension = Literal["cluster", "country", "type"]
DIMENSIONS: tuple[Dimension, ...] = get_args(Dimension)

# A breakdown key: a partner cluster id, an ISO country code or an action type; None when the record has
# none (an SME member of no partner cluster, an online action without a country...).
Key = str | None

# In smes_reached by type, the SMEs reached as parties to an agreement rather than through an action.
AGREEMENT_ROUTE = "agreement"

# Which dimension applies to which indicator. Agreements are not actions, so they have no action type.
APPLICABLE: dict[Indicator, frozenset[Dimension]] = {
    indicator: frozenset(DIMENSIONS) for indicator in Indicator
} | {
    Indicator.AGREEMENTS_SIGNED: frozenset({"cluster", "country"}),
    Indicator.LETTERS_OF_INTENT: frozenset({"cluster", "country"}),
}


@dataclass(frozen=True)
class Period:
    """A closed date range [start, end]; `name` and `id` when it is a stored reporting period."""

    start: date
    end: date
    name: str | None = None
    id: str | None = None

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")

    @property
    def label(self) -> str:
        return self.name or f"{self.start.isoformat()} to {self.end.isoformat()}"


@dataclass(frozen=True)
class Figure:
    """One indicator for one period.

    `target` is what this figure is compared with: the target of the reporting period when the period is a
    stored one, else the whole-project target. `breakdowns[dimension][key]` counts each record under every
    key it has (an SME member of two partner clusters counts under both), so a breakdown can add up to more
    than `value`, never to less unless records have no key (they are under None).
    """

    indicator: Indicator
    value: int
    target: float | None = None
    project_target: float | None = None
    breakdowns: dict[Dimension, dict[Key, int]] = field(default_factory=dict)
    # Targets per partner cluster id (KpiTarget rows naming a partner cluster), for "per partner cluster".
    cluster_targets: dict[str, float] = field(default_factory=dict)
    # From the project start to the period end; None unless asked for (it doubles the work).
    cumulative: int | None = None

    @property
    def pct_of_target(self) -> float | None:
        return percent(self.value, self.target)

    @property
    def cumulative_pct_of_project_target(self) -> float | None:
        return None if self.cumulative is None else percent(self.cumulative, self.project_target)


def percent(value: int, target: float | None) -> float | None:
    """value as a % of target; None when there is no target, or a target of 0 (nothing was promised)."""
    if target is None or target <= 0:
        return None
    return round(value * 100.0 / target, 1)


@dataclass(frozen=True)
class KpiResult:
    period: Period
    figures: dict[Indicator, Figure]
    partner_cluster_id: str | None = None
    by: Dimension | None = None
    # [project start, period end] when cumulative figures were asked for.
    cumulative_period: Period | None = None
    # Partner cluster id -> name, for every cluster a breakdown or a target names.
    cluster_names: dict[str, str] = field(default_factory=dict)

    def __getitem__(self, indicator: Indicator | str) -> Figure:
        return self.figures[Indicator(indicator)]

    def value(self, indicator: Indicator | str) -> int:
        return self[indicator].value


RecordType = Literal["organization", "action", "participation", "agreement", "meeting"]


@dataclass(frozen=True)
class DrillRow:
    """One record behind a figure. `amount` is what it adds to the figure (1, except for audience_reached,
    where a row is an action and its amount is max(participations, declared audience))."""

    id: str
    record_type: RecordType
    label: str
    country: str | None = None
    date: date | None = None
    detail: str | None = None
    amount: int = 1
