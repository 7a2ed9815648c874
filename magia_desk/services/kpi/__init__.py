"""The KPI engine: the indicators of domain.md for a period, broken down, cumulated, against targets, each
with the records behind it.

    period = resolve_period(store, name="RP1")              # or start=..., end=...
    result = compute_kpis(store, period, by="cluster", cumulative=True)
    result[Indicator.SMES_REACHED].value, .target, .pct_of_target, .breakdowns["cluster"], .cumulative
    drill_down(store, "smes_reached", period)               # the SMEs behind the number
    drill_down(store, "smes_reached", period, by="cluster", key=cluster_id)   # behind one cell

Layout: `types` (values handed out), `queries` (the SELECT of the records behind each indicator: the only
place that decides what counts), `engine` (figures as aggregates over those SELECTs), `drill` (display
rows), `report` (the JSON form of cli.md).
"""

from magia_desk.services.kpi.engine import (
    compute_kpis,
    cumulative_period,
    drill_down,
    drill_ids,
    parse_dimension,
    project_start,
    resolve_period,
)
from magia_desk.services.kpi.report import as_json, key_label
from magia_desk.services.kpi.types import (
    AGREEMENT_ROUTE,
    APPLICABLE,
    DIMENSIONS,
    Dimension,
    DrillRow,
    Figure,
    Key,
    KpiResult,
    Period,
    percent,
)

__all__ = [
    "AGREEMENT_ROUTE",
    "APPLICABLE",
    "DIMENSIONS",
    "Dimension",
    "DrillRow",
    "Figure",
    "Key",
    "KpiResult",
    "Period",
    "as_json",
    "compute_kpis",
    "cumulative_period",
    "drill_down",
    "drill_ids",
    "key_label",
    "parse_dimension",
    "percent",
    "project_start",
    "resolve_period",
]
