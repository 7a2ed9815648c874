"""`magia-desk`: no subcommand opens the GUI; any subcommand runs the CLI (cli.md)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from magia_desk.cli.main import is_gui_invocation, run_cli

    if is_gui_invocation(args):
        from magia_desk.ui.app import run_gui

        return run_gui(args)
    return run_cli(args)


if __name__ == "__main__":
    sys.exit(main())
