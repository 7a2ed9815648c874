"""The command line: argparse commands that call the services (cli.md)."""
