from __future__ import annotations

from datetime import date, timedelta

import pytest

from magia_desk.domain.agreements import (
    STAGE_ORDER,
    check_stage_date,
    clean_agreement,
    consistency_errors,
    expiry_warning,
    needs_signed_on,
    render_letter_title,
    stage_index,
)
from magia_desk.domain.errors import RecordInvalid, ValidationError

TODAY = date(2024, 5, 15)


def test_clean_agreement_types_values_and_defaults_the_stage() -> None:
    values = clean_agreement(
        {"type": "Letter of Intent", "title": "  LoI   BioWin ", "signed_on": "03/04/2024",
         "party_ids": ["a", "b", "a"]}
    )
    assert values["type"] == "letter_of_intent"
    assert values["title"] == "LoI BioWin"
    assert values["stage"] == "identified"
    assert values["signed_on"] == date(2024, 4, 3)
    assert values["party_ids"] == ["a", "b"]


def test_clean_agreement_names_every_bad_field() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_agreement({"type": "treaty", "stage": "someday", "signed_on": "yesterday", "expires_on": "2024-13-01"})
    assert set(caught.value.fields) == {"type", "title", "stage", "signed_on", "expires_on"}


def test_clean_agreement_checks_rules_between_fields_on_create() -> None:
    with pytest.raises(RecordInvalid) as caught:
        clean_agreement({"type": "mou", "title": "MoU", "stage": "active",
                         "expires_on": "2024-01-01"})
    assert caught.value.fields == ["signed_on"]
    with pytest.raises(RecordInvalid) as caught:
        clean_agreement({"type": "mou", "title": "MoU", "stage": "signed", "signed_on": "2024-02-01",
                         "expires_on": "2024-01-01"})
    assert caught.value.fields == ["expires_on"]


def test_partial_clean_requires_nothing_and_leaves_cross_field_rules_to_the_caller() -> None:
    assert clean_agreement({"stage": "signed"}, partial=True) == {"stage": "signed"}
    problems = consistency_errors({"stage": "signed", "signed_on": None})
    assert [p.field for p in problems] == ["signed_on"]


def test_stage_order_is_the_board_order() -> None:
    assert [s.value for s in STAGE_ORDER] == [
        "identified", "contacted", "negotiating", "draft", "signed", "active", "expired", "dropped"
    ]
    assert stage_index("identified") == 0
    assert stage_index("Dropped") == 7


@pytest.mark.parametrize(
    ("stage", "needed"),
    [("identified", False), ("contacted", False), ("negotiating", False), ("draft", False), ("signed", True),
     ("active", True), ("expired", True), ("dropped", False)],
)
def test_signed_stages_need_a_signed_on_date(stage: str, needed: bool) -> None:
    assert needs_signed_on(stage) is needed


def test_stage_dates_stay_between_neighbours_and_not_in_the_future() -> None:
    check_stage_date(TODAY, TODAY, TODAY, TODAY)  # equal to both neighbours is fine
    check_stage_date(date(2024, 4, 1), TODAY, date(2024, 3, 1), date(2024, 5, 1))
    for on, previous, following in (
        (TODAY + timedelta(days=1), None, None),
        (date(2024, 2, 28), date(2024, 3, 1), None),
        (date(2024, 5, 2), date(2024, 3, 1), date(2024, 5, 1)),
    ):
        with pytest.raises(ValidationError) as caught:
            check_stage_date(on, TODAY, previous, following)
        assert caught.value.field == "changed_on"


def test_expiry_warning_covers_60_days_and_active_agreements_only() -> None:
    assert expiry_warning("active", TODAY + timedelta(days=60), TODAY)
    assert not expiry_warning("active", TODAY + timedelta(days=61), TODAY)
    assert expiry_warning("active", TODAY, TODAY)
    assert expiry_warning("active", TODAY - timedelta(days=3), TODAY)  # past its date, still active
    assert not expiry_warning("signed", TODAY + timedelta(days=10), TODAY)
    assert not expiry_warning("expired", TODAY + timedelta(days=10), TODAY)
    assert not expiry_warning("active", None, TODAY)
    assert expiry_warning("active", TODAY + timedelta(days=90), TODAY, within_days=90)


def test_letter_titles_fill_the_placeholders() -> None:
    assert render_letter_title("LoI {organization} ({country})", "Acme Srl", "Italy") == "LoI Acme Srl (Italy)"
    assert render_letter_title("Letter of intent", "Acme", "Italy") == "Letter of intent"
    for template in ("LoI {company}", "LoI {organization", "{}"):
        with pytest.raises(ValidationError) as caught:
            render_letter_title(template, "Acme", "Italy")
        assert caught.value.field == "title_template"
