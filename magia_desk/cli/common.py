"""Helpers shared by command modules."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, Any

from magia_desk.domain.errors import MagiaError
from magia_desk.services.backup import store_is_encrypted
from magia_desk.services.officers import current_officer_id
from magia_desk.storage.store import Store, is_database_url, open_store

if TYPE_CHECKING:
    from magia_desk.services.kpi import Period

ENV_PASSPHRASE = "MAGIA_DESK_PASSPHRASE"


def read_passphrase(prompt: str = "Passphrase: ", *, env: str = ENV_PASSPHRASE, confirm: bool = False) -> str:
    """A passphrase from the environment variable `env`, else typed on the terminal (not echoed).

    Refused without a terminal: a script must not hang waiting for input nobody will type.
    """
    given = os.environ.get(env)
    if given:
        return given
    if not sys.stdin.isatty():
        raise MagiaError(f"A passphrase is needed: set {env} or run this command in a terminal.")
    typed = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != typed:
        raise MagiaError("The two passphrases differ; nothing was changed.")
    if not typed:
        raise MagiaError("The passphrase is empty; nothing was changed.")
    return typed


def store_passphrase(path: str) -> str | None:
    """The passphrase to open `path` with: $MAGIA_DESK_PASSPHRASE when set, else asked when the store is encrypted."""
    if os.environ.get(ENV_PASSPHRASE) or store_is_encrypted(path):
        return read_passphrase(f"Passphrase for {path}: ")
    return None


@contextmanager
def opened_store(path: str) -> Iterator[Store]:
    """The store file at `path`, or the team hub when `path` is a postgresql:// URL (cli.md)."""
    if is_database_url(path):
        from magia_desk.services.sync.hub import open_team_hub

        opened = open_team_hub(path)
    else:
        opened = open_store(path, passphrase=store_passphrase(path))
    with opened as store:
        store.officer_id = current_officer_id(store)
        yield store


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def stderr_progress(label: str):
    """A progress callback printing a percentage on stderr when it is a terminal."""
    last = [-1]

    def progress(done: int, total: int) -> None:
        if not sys.stderr.isatty() or total <= 0:
            return
        percent = done * 100 // total
        if percent != last[0]:
            last[0] = percent
            sys.stderr.write(f"\r{label}: {percent}%")
            if done >= total:
                sys.stderr.write("\n")
            sys.stderr.flush()

    return progress


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def add_period_arguments(parser: argparse.ArgumentParser) -> None:
    """`--period NAME | --from DATE --to DATE` (cli.md); check them with `check_period_usage`."""
    parser.add_argument("--period", metavar="NAME", help="a reporting period by name (e.g. RP1)")
    parser.add_argument("--from", dest="start", metavar="DATE", type=iso_date, help="first day, YYYY-MM-DD")
    parser.add_argument("--to", dest="end", metavar="DATE", type=iso_date, help="last day (included), YYYY-MM-DD")
    parser.set_defaults(period_parser=parser)


def chosen_period(store: Store, args: argparse.Namespace) -> Period:
    """The period `--period NAME` or `--from/--to` names (checked by `check_period_usage`)."""
    from magia_desk.services.kpi import resolve_period  # the KPI engine is loaded by the commands that use it

    if args.period is not None:
        return resolve_period(store, name=args.period)
    return resolve_period(store, start=args.start, end=args.end)


def check_period_usage(args: argparse.Namespace) -> None:
    """Exactly one of --period and --from/--to (both of those); argparse's exit 2 otherwise."""
    parser: argparse.ArgumentParser = args.period_parser
    dates = args.start is not None or args.end is not None
    if args.period is not None and dates:
        parser.error("give either --period or --from and --to, not both")
    if args.period is None and not dates:
        parser.error("give --period NAME, or --from DATE and --to DATE")
    if dates and (args.start is None or args.end is None):
        parser.error("--from and --to go together")
    if dates and args.start > args.end:
        parser.error(f"--to {args.end} is before --from {args.start}")
