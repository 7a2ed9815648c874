"""Errors the domain raises; every layer above shows them to the user, in the user's language.

A message is written once, in English, as a template marked with `N_` (so that the gettext catalogs of
resources/translations/ can hold it) and filled with its values:

    raise ValidationError("country", N_("'{text}' is not a known country"), value, text=value)

`error.message` reads as plain English (the CLI, logs and tests use it as it is); it is a `Message`, which
also keeps the template and the values, so that `services.i18n.translate_message` can show it in French,
Italian or German wherever it ends up (an editor, an import problem, a timeline entry). The domain layer
cannot import the services, hence the marker and the message type live here.
"""

from __future__ import annotations

from typing import Any


def N_(text: str) -> str:  # the gettext convention translators and tools know
    """Marks a string for translation where it is written; it is translated where it is shown."""
    return text


class Message(str):
    """English text that remembers its template and values: a str everywhere, translatable when shown.

    Values may be Messages (translated in turn), Terms (vocabulary values), numbers, dates or any text (kept
    as they are: names, titles and what the user typed are not translated).
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        text = super().__new__(cls, template.format(**params) if params else template)
        text.template = template
        text.params = params
        return text

    def __reduce__(self) -> tuple[Any, ...]:  # copy and pickle rebuild it from its parts
        return _message, (self.template, self.params)


class Term(str):
    """A vocabulary value inside a Message ('letter_of_intent'): written as `english` in English, as its label
    (services.i18n.label) in the other languages."""

    value: str

    def __new__(cls, value: object, english: str | None = None) -> Term:
        code = str(getattr(value, "value", value))
        term = super().__new__(cls, code if english is None else english)
        term.value = code
        return term

    def __reduce__(self) -> tuple[Any, ...]:
        return Term, (self.value, str(self))


def _message(template: str, params: dict[str, Any]) -> Message:
    return Message(template, **params)


def as_message(text: str) -> Message:
    """`text` as a Message (itself when it is one): plain text then names its own template."""
    return text if isinstance(text, Message) else Message(text)


class MagiaError(Exception):
    """Base class of every expected error: its message is meant for the user."""


class ValidationError(MagiaError):
    """A value was refused. `field` names the field so that screens and importers can point at it.

    `message` is a template when `params` are given ('is longer than {max_length} characters'), else the
    finished English text; either way `.message` is a Message holding the English text.
    """

    def __init__(self, field: str, message: str, value: object = None, **params: Any) -> None:
        text = Message(message, **params) if params else as_message(message)
        super().__init__(f"{field}: {text}")
        self.field = field
        self.message: Message = text
        self.value = value

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def params(self) -> dict[str, Any]:
        return self.message.params


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
