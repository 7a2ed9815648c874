"""`briefing MISSION --out FILE.pdf` and `ics MISSION --out FILE.ics` (MISSION: id or unique title), each with
`--language en|fr|it|de`."""

from __future__ import annotations

import argparse

from magia_desk.cli.common import opened_store
from magia_desk.services.i18n import LANGUAGES


def _add_language(parser: argparse.ArgumentParser, words: str) -> None:
    parser.add_argument("--language", choices=list(LANGUAGES), default=None,
                        help=f"the language of {words}: "
                        + ", ".join(f"{code} ({name})" for code, name in LANGUAGES.items())
                        + " (default: the language chosen in the app's Settings, else the system's)")


def register(subparsers: argparse._SubParsersAction) -> None:
    briefing = subparsers.add_parser("briefing", help="mission briefing PDF: agenda per day, who is met, who goes")
    briefing.add_argument("mission", metavar="MISSION", help="the mission's id or its title (unique)")
    briefing.add_argument("--out", required=True, metavar="FILE.pdf", help="PDF file to write")
    _add_language(briefing, "the briefing's headings, labels and dates")
    briefing.set_defaults(func=run_briefing)
    ics = subparsers.add_parser("ics", help="mission itinerary and meetings as an .ics calendar")
    ics.add_argument("mission", metavar="MISSION", help="the mission's id or its title (unique)")
    ics.add_argument("--out", required=True, metavar="FILE.ics", help="calendar file to write")
    _add_language(ics, "the words the calendar adds to titles and descriptions")
    ics.set_defaults(func=run_ics)


def run_briefing(args: argparse.Namespace) -> int:
    from magia_desk.cli.report import chosen_language
    from magia_desk.services.briefing import export_briefing
    from magia_desk.services.missions import resolve_mission

    with opened_store(args.db) as store:
        path = export_briefing(store, resolve_mission(store, args.mission), args.out,
                               args.language or chosen_language())
    print(path)
    return 0


def run_ics(args: argparse.Namespace) -> int:
    from magia_desk.cli.report import chosen_language
    from magia_desk.services.ics import export_ics
    from magia_desk.services.missions import resolve_mission

    with opened_store(args.db) as store:
        path = export_ics(store, resolve_mission(store, args.mission), args.out, args.language or chosen_language())
    print(path)
    return 0
