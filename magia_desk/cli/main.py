"""Parse argv and dispatch to one command module. Exit codes: 0 done, 1 refused, 2 wrong usage."""

from __future__ import annotations

import argparse
import importlib
import sys
from typing import NoReturn

from magia_desk import __version__
from magia_desk.domain.errors import MagiaError
from magia_desk.settings import resolve_store_path

# One module per command under magia_desk/cli/; each has `register(subparsers)` which sets `func`.
COMMAND_MODULES = ("demo", "maintenance", "missions", "sync", "exchange", "privacy", "kpi", "report")


class UsageParser(argparse.ArgumentParser):
    """argparse exits 2 on bad usage already; make the message say where to look."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = UsageParser(prog="magia-desk", description="MAGIA Desk: CRM for EU cluster partnerships.")
    parser.add_argument("--version", action="version", version=f"MAGIA Desk {__version__}")
    parser.add_argument("--db", help="store file (default: $MAGIA_DESK_DB or magia.sqlite in the user data dir)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=UsageParser)
    for name in COMMAND_MODULES:
        importlib.import_module(f"magia_desk.cli.{name}").register(subparsers)
    return parser


def is_gui_invocation(args: list[str]) -> bool:
    """No subcommand (only --db PATH, or Qt's own flags) means the GUI."""
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head == "--db":
            if rest:
                rest.pop(0)
        elif head.startswith("--db="):
            continue
        elif head in ("-h", "--help", "--version") or not head.startswith("-"):
            return False
    return True


def run_cli(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_usage(sys.stderr)
        return 2
    args.db = resolve_store_path(args.db)
    try:
        return int(args.func(args) or 0)
    except MagiaError as exc:
        print(f"magia-desk: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("magia-desk: interrupted; nothing was written by the unfinished step", file=sys.stderr)
        return 130
