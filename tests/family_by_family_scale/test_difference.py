"""Service questions beyond the seven statements: "Did we make a difference?" at the close (its
own small questionnaire), and the service-experience statements in young people's words."""
from __future__ import annotations

import dataclasses

import pytest

from family_by_family_scale import (
    INSTRUMENTS,
    MADE_A_DIFFERENCE,
    MADE_A_DIFFERENCE_YOUNG_PEOPLE,
    SERVICE_EXPERIENCE,
    SERVICE_EXPERIENCE_YOUNG_PEOPLE,
    IncomparableScoresError,
    InstrumentDefinitionError,
    check_version_history,
    comparable_item_codes,
    flesch_reading_ease,
    instrument_for,
)
from family_by_family_scale.difference import made_a_difference
from family_by_family_scale.young_people import YOUNG_PEOPLE_READING_EASE_TARGET


def test_did_we_make_a_difference_is_one_question_asked_at_the_close_only():
    for questionnaire in (MADE_A_DIFFERENCE, MADE_A_DIFFERENCE_YOUNG_PEOPLE):
        assert questionnaire.waves == ("close",)
        assert questionnaire.item_codes == ("DIF01",)
        assert questionnaire.measure == "made-a-difference"
        assert questionnaire.area("difference").title == "Did we make a difference?"
    assert MADE_A_DIFFERENCE.item("DIF01").text == (
        "Has working with us made a difference to your family?")
    assert MADE_A_DIFFERENCE_YOUNG_PEOPLE.item("DIF01").text == (
        "Has working with us made a difference to you and your family?")
    assert "made a positive difference in their lives" in MADE_A_DIFFERENCE.item("DIF01").seed_statement
    assert instrument_for("made-a-difference") is MADE_A_DIFFERENCE
    assert instrument_for("made-a-difference-young-people", 1) is MADE_A_DIFFERENCE_YOUNG_PEOPLE


def test_its_answers_are_four_plain_amounts_plus_prefer_not_to_say():
    assert [label for _, label in MADE_A_DIFFERENCE.scale] == [
        "No difference", "A little", "Quite a lot", "A lot"]
    assert (MADE_A_DIFFERENCE.min_value, MADE_A_DIFFERENCE.max_value) == (1, 4)
    assert MADE_A_DIFFERENCE.label_for(None) == "Prefer not to say"
    assert MADE_A_DIFFERENCE_YOUNG_PEOPLE.scale == MADE_A_DIFFERENCE.scale


@pytest.mark.parametrize(("value", "counts"), [
    (None, None), (1, False), (2, False), (3, True), (4, True)])
def test_quite_a_lot_or_a_lot_counts_as_made_a_difference(value, counts):
    assert made_a_difference(value) is counts


def test_it_is_never_compared_or_pooled_with_the_service_statements():
    with pytest.raises(IncomparableScoresError):
        comparable_item_codes(SERVICE_EXPERIENCE, MADE_A_DIFFERENCE)
    assert comparable_item_codes(MADE_A_DIFFERENCE, MADE_A_DIFFERENCE_YOUNG_PEOPLE) == ("DIF01",)


def test_the_seven_statements_given_before_stay_as_released():
    assert SERVICE_EXPERIENCE.version == 1
    assert SERVICE_EXPERIENCE.item_codes == tuple(f"SVC0{n}" for n in range(1, 8))
    assert SERVICE_EXPERIENCE.item("SVC07").text == "They listen to me and then they act."
    assert instrument_for("service-experience") is SERVICE_EXPERIENCE


def test_young_people_are_asked_the_same_seven_statements_in_their_own_words():
    young = SERVICE_EXPERIENCE_YOUNG_PEOPLE
    assert young.audience == "young_person" and young.measure == SERVICE_EXPERIENCE.measure
    assert young.waves == SERVICE_EXPERIENCE.waves and young.scale == SERVICE_EXPERIENCE.scale
    assert comparable_item_codes(SERVICE_EXPERIENCE, young) == SERVICE_EXPERIENCE.item_codes
    assert [i.seed_statement for i in young.items] == [
        i.seed_statement for i in SERVICE_EXPERIENCE.items]
    assert all(item.text != SERVICE_EXPERIENCE.item(item.code).text for item in young.items)
    assert young.question == "How true is this for you at the moment?"


@pytest.mark.parametrize("questionnaire", [SERVICE_EXPERIENCE_YOUNG_PEOPLE,
                                           MADE_A_DIFFERENCE_YOUNG_PEOPLE])
def test_young_peoples_wording_reads_fairly_easily(questionnaire):
    for item in questionnaire.items:
        assert flesch_reading_ease(item.text) == item.reading_ease
        assert item.reading_ease >= YOUNG_PEOPLE_READING_EASE_TARGET, item.text


def test_new_questionnaires_are_added_after_the_released_ones():
    codes = [q.code for q in INSTRUMENTS]
    assert codes[:4] == ["family-outcomes", "family-outcomes-child", "service-experience",
                         "family-outcomes-young-people"]
    check_version_history()


def test_rewording_the_difference_question_needs_a_new_version_and_a_changed_meaning_a_new_code():
    reworded = dataclasses.replace(MADE_A_DIFFERENCE, version=2, items=(dataclasses.replace(
        MADE_A_DIFFERENCE.item("DIF01"), text="Have we made your family's life better?",
        seed_statement="Our help made family life better"),))
    with pytest.raises(InstrumentDefinitionError, match="DIF01 is used for two different"):
        check_version_history((*INSTRUMENTS, reworded))
    same_version = dataclasses.replace(MADE_A_DIFFERENCE, title="Changed in place")
    with pytest.raises(InstrumentDefinitionError, match="defined twice"):
        check_version_history((*INSTRUMENTS, same_version))
