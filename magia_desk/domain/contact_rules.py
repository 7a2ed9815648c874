"""Value rules for people and organisations: emails, phone numbers, websites, names."""

from __future__ import annotations

import re

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from magia_desk.domain.errors import N_, Message, ValidationError

# email-validator explains a refusal in English; the common explanations, in words the catalogues translate
# (first match wins; {chars} is what the validator quotes). Any other keeps the validator's own words.
_EMAIL_REASONS = (
    ("An email address must have an @-sign", N_("there is no @")),
    ("There must be something before the @-sign", N_("nothing before the @")),
    ("There must be something after the @-sign", N_("nothing after the @")),
    ("The part after the @-sign is not valid. It should have a period", N_("the domain after the @ has no dot")),
    ("The part after the @-sign is not valid. It is not within a valid top-level domain",
     N_("the domain after the @ does not end in a known top-level domain")),
    ("The email address contains invalid characters before the @-sign:",
     N_("characters not allowed before the @: {chars}")),
    ("The part after the @-sign contains invalid characters:", N_("characters not allowed after the @: {chars}")),
    ("An email address cannot have two periods in a row", N_("two dots in a row")),
    ("An email address cannot end with a period", N_("ends with a dot")),
    ("An email address cannot start with a period", N_("starts with a dot")),
    ("An email address cannot have a hyphen immediately after the @-sign", N_("a hyphen right after the @")),
    ("The part after the @-sign is a special-use or reserved name",
     N_("the domain after the @ is reserved and cannot receive email")),
    ("A display name and angle brackets", N_("only the address, without a name or angle brackets")),
)


def _email_reason(error: EmailNotValidError) -> str:
    text = str(error)
    for start, reason in _EMAIL_REASONS:
        if text.startswith(start):
            chars = text[len(start):].strip().rstrip(".") if "{chars}" in reason else None
            return Message(reason, chars=chars) if chars is not None else Message(reason)
    return text


def normalise_email(value: object, field: str = "email") -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    try:
        # Offline by design: no DNS look-up, officers work without a network.
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(field, N_("'{text}' is not a valid email address ({reason})"), value, text=text,
                              reason=_email_reason(exc)) from exc
    return result.normalized


def normalise_phone(value: object, country: str | None = None, field: str = "phone") -> str | None:
    """E.164 form ('+390111234567'). A number without '+' is read as local to `country`."""
    text = str(value or "").strip()
    if not text:
        return None
    if text.startswith("00"):
        text = "+" + text[2:]
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else (country or None))
    except phonenumbers.NumberParseException as exc:
        if text.startswith("+") or country:
            raise ValidationError(field, N_("'{text}' is not a phone number"), value, text=text) from exc
        raise ValidationError(field, N_("'{text}' is not a phone number (add the country code, e.g. +39)"), value,
                              text=text) from exc
    if not phonenumbers.is_possible_number(number):
        raise ValidationError(field, N_("'{text}' is not a possible phone number"), value, text=text)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


_DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def normalise_website(value: object, field: str = "website") -> str | None:
    text = str(value or "").strip()
    if not text:
        return None
    if not re.match(r"^https?://", text, re.IGNORECASE):
        text = "https://" + text
    host = website_domain(text)
    if not host or not _DOMAIN_RE.match(host):
        raise ValidationError(field, N_("'{text}' is not a web address"), value, text=value)
    return text


def website_domain(url: str | None) -> str | None:
    """'https://www.BioWin.org/about' -> 'biowin.org' (used to spot duplicates)."""
    if not url:
        return None
    host = re.sub(r"^https?://", "", url.strip(), flags=re.IGNORECASE).split("/")[0].split(":")[0].lower()
    return host.removeprefix("www.") or None


def email_domain(email: str | None) -> str | None:
    if not email or "@" not in email:
        return None
    return email.rsplit("@", 1)[1].lower()


def require_text(value: object, field: str, max_length: int = 300) -> str:
    text = " ".join(str(value or "").split())
    if not text:
        raise ValidationError(field, N_("is required"), value)
    if len(text) > max_length:
        raise ValidationError(field, N_("is longer than {max_length} characters"), value, max_length=max_length)
    return text


def optional_text(value: object, field: str, max_length: int = 300) -> str | None:
    text = " ".join(str(value or "").split())
    if len(text) > max_length:
        raise ValidationError(field, N_("is longer than {max_length} characters"), value, max_length=max_length)
    return text or None


def split_list(value: object) -> list[str]:
    """'a; b ;;c' or ['a', 'b'] -> ['a', 'b', 'c'], order kept, duplicates dropped."""
    if value is None:
        return []
    items = value if isinstance(value, list | tuple | set) else str(value).split(";")
    seen: dict[str, None] = {}
    for item in items:
        text = " ".join(str(item).split())
        if text and text.lower() not in {k.lower() for k in seen}:
            seen[text] = None
    return list(seen)
