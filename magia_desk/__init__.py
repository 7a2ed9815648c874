"""MAGIA Desk: a desktop CRM for the internationalization officers of EU cluster partnerships."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("magia-desk")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"

APP_NAME = "MAGIA Desk"
