"""`kpi (--period NAME | --from DATE --to DATE) [--by cluster|country|type] [--json]` (cli.md)."""

from __future__ import annotations

import argparse

from magia_desk.cli.common import add_period_arguments, check_period_usage, chosen_period, opened_store, print_json
from magia_desk.domain.enums import Indicator
from magia_desk.services.kpi import DIMENSIONS, KpiResult, as_json, compute_kpis, key_label


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "kpi",
        help="indicators of a reporting period or a date range, against their targets",
        description="Indicators of domain.md for a reporting period (--period) or a closed date range "
        "(--from and --to), compared with their targets.",
    )
    add_period_arguments(parser)
    parser.add_argument("--by", choices=DIMENSIONS, help="break every indicator down where it applies")
    parser.add_argument("--json", action="store_true", help="print one JSON object (cli.md)")
    parser.set_defaults(func=run)



def run(args: argparse.Namespace) -> int:
    check_period_usage(args)
    with opened_store(args.db) as store:
        period = chosen_period(store, args)
        result = compute_kpis(store, period, by=args.by)
    if args.json:
        print_json(as_json(result))
    else:
        print(render_table(result))
    return 0


def _percent(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def _target(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def render_table(result: KpiResult) -> str:
    """Indicator, achieved, target, % of target, aligned; breakdowns as indented rows under their figure."""
    period = result.period
    title = f"{period.name} ({period.start} to {period.end})" if period.name else f"{period.start} to {period.end}"
    compared = "period targets" if period.id else "whole-project targets"
    rows: list[tuple[str, str, str, str]] = [("indicator", "achieved", "target", "% of target")]
    for indicator, figure in result.figures.items():
        rows.append((indicator.value, f"{figure.value:,}", _target(figure.target), _percent(figure.pct_of_target)))
        dims = [result.by] if result.by in figure.breakdowns else []
        if indicator == Indicator.ACTIONS_HELD and "type" not in dims:
            dims.insert(0, "type")
        for dim in dims:
            if dim is None:
                continue
            for key, value in figure.breakdowns[dim].items():
                rows.append((f"  {dim}: {key_label(result, dim, key)}", f"{value:,}", "", ""))
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    lines = [f"KPIs {title}, compared with {compared}", ""]
    for row in rows:
        lines.append(
            f"{row[0]:<{widths[0]}}  {row[1]:>{widths[1]}}  {row[2]:>{widths[2]}}  {row[3]:>{widths[3]}}".rstrip()
        )
    return "\n".join(lines)
