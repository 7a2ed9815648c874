"""`report xlsx|pdf (--period NAME | --from DATE --to DATE) [--partner NAME] [--language en|fr|it|de] --out FILE`
(cli.md)."""

from __future__ import annotations

import argparse

from magia_desk.cli.common import add_period_arguments, check_period_usage, chosen_period, opened_store
from magia_desk.domain.errors import NotFoundError
from magia_desk.services.i18n import system_language
from magia_desk.services.reports import FORMATS, LANGUAGES, export_report, partners
from magia_desk.settings import Settings
from magia_desk.storage.store import Store


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="the periodic report of a reporting period or a date range, as xlsx or PDF",
        description="KPI summary, dissemination activities, missions, agreements and the beneficiary SMEs "
        "annex for a reporting period (--period) or a closed date range (--from and --to).",
    )
    parser.add_argument("format", choices=FORMATS, help="xlsx (Excel) or pdf")
    add_period_arguments(parser)
    parser.add_argument("--partner", metavar="NAME", help="only this partner cluster (default: all)")
    parser.add_argument("--language", choices=list(LANGUAGES), default=None,
                        help="the language of the report's headings, labels, numbers and dates: "
                        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
                        + " (default: the language chosen in the app's Settings, else the system's)")
    parser.add_argument("--out", required=True, metavar="FILE", help="the file to write")
    parser.set_defaults(func=run)


def partner_id(store: Store, name: str) -> str:
    """A partner cluster by name (case ignored); NotFoundError listing the partners otherwise."""
    known = partners(store)
    wanted = name.strip().casefold()
    for cluster_id, cluster_name in known:
        if cluster_name.strip().casefold() == wanted:
            return cluster_id
    listed = ", ".join(n for _, n in known) or "none is defined"
    raise NotFoundError(f"No partner cluster named '{name}' (partner clusters: {listed})")



def chosen_language() -> str:
    """The language picked in the window's Settings (settings.json), else the system's, as the window does."""
    language = Settings.load().language
    return language if language in LANGUAGES else system_language()


def run(args: argparse.Namespace) -> int:
    check_period_usage(args)
    with opened_store(args.db) as store:
        period = chosen_period(store, args)
        cluster = partner_id(store, args.partner) if args.partner else None
        written = export_report(store, args.format, args.out, period, partner_cluster_id=cluster,
                                language=args.language or chosen_language())
    print(f"Wrote {written}")
    return 0
