"""Errors the domain raises; every layer above shows them to the user as they are."""

from __future__ import annotations


class MagiaError(Exception):
    """Base class of every expected error: its message is meant for the user."""


class ValidationError(MagiaError):
    """A value was refused. `field` names the field so that screens and importers can point at it."""

    def __init__(self, field: str, message: str, value: object = None) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.value = value


class NotFoundError(MagiaError):
    """A record asked for by id or name does not exist (or was deleted)."""


class RecordInvalid(MagiaError):
    """Several fields of one record were refused at once (editors and importers show them all)."""

    def __init__(self, errors: list[ValidationError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors

    @property
    def fields(self) -> list[str]:
        return [e.field for e in self.errors]
