"""`report xlsx|pdf (--period NAME | --from DATE --to DATE) [--partner NAME] --out FILE` (cli.md)."""

from __future__ import annotations

import argparse

from magia_desk.cli.common import opened_store
from magia_desk.cli.kpi import iso_date
from magia_desk.domain.errors import NotFoundError
from magia_desk.services.kpi import resolve_period
from magia_desk.services.reports import FORMATS, export_report, partners
from magia_desk.storage.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="the periodic report of a reporting period or a date range, as xlsx or PDF",
        description="KPI summary, dissemination activities, missions, agreements and the beneficiary SMEs "
        "annex for a reporting period (--period) or a closed date range (--from and --to).",
    )
    parser.add_argument("format", choices=FORMATS, help="xlsx (Excel) or pdf")
    parser.add_argument("--period", metavar="NAME", help="a reporting period by name (e.g. RP1)")
    parser.add_argument("--from", dest="start", metavar="DATE", type=iso_date, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="DATE", type=iso_date, help="last day (included), YYYY-MM-DD")
    parser.add_argument("--partner", metavar="NAME", help="only this partner cluster (default: all)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.set_defaults(func=run, report_parser=parser)


def _check_usage(args: argparse.Namespace) -> None:
    parser: argparse.ArgumentParser = args.report_parser
    dates = args.start is not None or args.end is not None
    if args.period is not None and dates:
        parser.error("give either --period or --from and --to, not both")
    if args.period is None and not dates:
        parser.error("give --period NAME, or --from DATE and --to DATE")
    if dates and (args.start is None or args.end is None):
        parser.error("--from and --to go together")
    if dates and args.start > args.end:
        parser.error(f"--to {args.end} is before --from {args.start}")


def partner_id(store: Store, name: str) -> str:
    """A partner cluster by name (case ignored); NotFoundError listing the partners otherwise."""
    known = partners(store)
    wanted = name.strip().casefold()
    for cluster_id, cluster_name in known:
        if cluster_name.strip().casefold() == wanted:
            return cluster_id
    listed = ", ".join(n for _, n in known) or "none is defined"
    raise NotFoundError(f"No partner cluster named '{name}' (partner clusters: {listed})")


def run(args: argparse.Namespace) -> int:
    _check_usage(args)
    with opened_store(args.db) as store:
        if args.period is not None:
            period = resolve_period(store, name=args.period)
        else:
            period = resolve_period(store, start=args.start, end=args.end)
        cluster = partner_id(store, args.partner) if args.partner else None
        written = export_report(store, args.format, args.out, period, partner_cluster_id=cluster)
    print(f"Wrote {written}")
    return 0
