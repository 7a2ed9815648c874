"""A KpiResult in the JSON shape of cli.md (`kpi --json`), shared by the CLI and anything that exports it."""

from __future__ import annotations

from typing import Any

from magia_desk.domain.enums import Indicator
from magia_desk.services.kpi.types import Dimension, Key, KpiResult

NO_KEY = "(none)"


def key_label(result: KpiResult, dim: Dimension, key: Key) -> str:
    """Partner clusters by name, countries by ISO code, action types as stored; "(none)" for no key."""
    if key is None:
        return NO_KEY
    if dim == "cluster":
        return result.cluster_names.get(key, key)
    return key


def _labelled(result: KpiResult, dim: Dimension, counts: dict[Key, int]) -> dict[str, int]:
    labelled: dict[str, int] = {}
    for key, value in counts.items():
        label = key_label(result, dim, key)
        if label in labelled:  # two partner clusters with one name: keep both apart
            label = f"{label} ({key})"
        labelled[label] = value
    return labelled


def number(value: float) -> int | float:
    """500.0 -> 500: targets are stored as floats but are mostly whole numbers."""
    return int(value) if float(value).is_integer() else value


def as_json(result: KpiResult) -> dict[str, Any]:
    """{"from", "to", "indicators", "targets"}: every indicator a number, or {"total": N, "by_<dim>": {...}}
    when broken down (actions_held always is, by type); targets as compared with (see Figure.target)."""
    indicators: dict[str, Any] = {}
    for indicator, figure in result.figures.items():
        if not figure.breakdowns:
            indicators[indicator.value] = figure.value
            continue
        entry: dict[str, Any] = {"total": figure.value}
        dims = list(figure.breakdowns)
        if indicator == Indicator.ACTIONS_HELD and "type" in dims:  # by_type first, as in cli.md
            dims.sort(key=lambda d: d != "type")
        for dim in dims:
            entry[f"by_{dim}"] = _labelled(result, dim, figure.breakdowns[dim])
        indicators[indicator.value] = entry
    targets = {
        indicator.value: number(figure.target)
        for indicator, figure in result.figures.items()
        if figure.target is not None
    }
    return {
        "from": result.period.start.isoformat(),
        "to": result.period.end.isoformat(),
        "indicators": indicators,
        "targets": targets,
    }
