"""`demo [--seed N] [--scale N]`: fill an empty store with realistic demo data."""

from __future__ import annotations

import argparse

from magia_desk.cli.common import opened_store, stderr_progress


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="fill an empty store with realistic demo data")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same data)")
    parser.add_argument("--scale", type=int, default=1, help="multiply the number of companies and contacts")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from magia_desk.services.demo import generate_demo

    if args.scale < 1:
        raise SystemExit("magia-desk demo: --scale must be 1 or more")
    with opened_store(args.db) as store:
        summary = generate_demo(store, seed=args.seed, scale=args.scale, progress=stderr_progress("demo"))
    for key, value in summary.items():
        print(f"{key:<24} {value:>9,}")
    return 0
