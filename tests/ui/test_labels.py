"""The GUI's vocabulary labels follow the language set at start-up, even in lists built at import time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from magia_desk.domain.enums import Indicator, OrgKind
from magia_desk.services import i18n
from magia_desk.ui import labels


@pytest.fixture
def german() -> Iterator[None]:
    i18n.set_language("de")
    yield
    i18n.set_language("en")


def test_english_labels() -> None:
    assert labels.label("large_company") == "Large company"
    assert labels.label(OrgKind.SME) == "SME"
    assert labels.label(None) == "" and labels.label("") == ""
    assert labels.indicator_label("smes_reached") == "SMEs reached"
    assert labels.KIND_CHOICES[0] == ("sme", "SME")
    assert labels.SIZE_HELP["micro"].startswith("Micro enterprise")


def test_labels_follow_the_current_language(german: None) -> None:
    assert labels.label("sme") == "KMU"
    assert labels.indicator_label(Indicator.LETTERS_OF_INTENT) == "Absichtserklärungen"
    # Built when the module was imported (in English), read now: in German.
    assert ("large_company", "Großunternehmen") in list(labels.KIND_CHOICES)
    assert len(labels.KIND_CHOICES) == len(OrgKind) and labels.KIND_CHOICES[:1] == [("sme", "KMU")]
    assert dict(labels.CONSENT_CHOICES)["given"] == "Erteilt"
    assert labels.SIZE_HELP.get("micro", "").startswith("Kleinstunternehmen")
    assert labels.SIZE_HELP.get("huge", "?") == "?" and "huge" not in labels.SIZE_HELP
    assert labels.choices(OrgKind) == list(labels.KIND_CHOICES)
