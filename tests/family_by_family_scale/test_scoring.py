"""Scores per statement, area and total, for one person and for a family."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    SERVICE_EXPERIENCE,
    AnswerOutOfRangeError,
    IncomparableScoresError,
    MemberAnswers,
    NotEnoughDataError,
    UnknownItemError,
    answers_frame,
    score_answers,
    score_family,
    score_table,
)

from .strategies import answers_for

HOPES = ("FBF12", "FBF13", "FBF14", "FBF15")  # 4 statements
GETTING_ON = ("FBF07", "FBF08", "FBF09", "FBF10", "FBF11")  # 5 statements
COMMUNITY = ("FBF01", "FBF02", "FBF03", "FBF04", "FBF05", "FBF06")  # 6 statements


def all_answered(value: int = 3) -> dict[str, int | None]:
    return {code: value for code in FAMILY_OUTCOMES.item_codes}


@pytest.mark.parametrize(
    ("area", "codes", "answers", "expected"),
    [
        ("hopes", HOPES, [4, 4, 2, 2], 3.0),
        ("hopes", HOPES, [5, 4, 3, None], 4.0),  # 3 of 4 = 75%: valid
        ("hopes", HOPES, [5, 4, None, None], None),  # 2 of 4: not valid
        ("getting_on", GETTING_ON, [1, 2, 3, 4, None], 2.5),  # 4 of 5 = 80%
        ("getting_on", GETTING_ON, [1, 2, 3, None, None], None),  # 3 of 5 = 60%
        ("community", COMMUNITY, [5, 5, 5, 5, 1, None], 4.2),  # 5 of 6 = 83%
        ("community", COMMUNITY, [5, 5, 5, 5, None, None], None),  # 4 of 6 = 67%
        ("community", COMMUNITY, [None] * 6, None),
    ],
)
def test_area_score_is_mean_of_answered_when_three_quarters_answered(area, codes, answers, expected):
    given_answers = all_answered() | dict(zip(codes, answers, strict=True))
    score = score_answers(given_answers)
    assert score.areas[area].score == (None if expected is None else pytest.approx(expected))
    assert score.areas[area].answered == sum(a is not None for a in answers)
    assert score.areas[area].item_count == len(codes)


@pytest.mark.parametrize(
    ("changes", "expected_total"),
    [
        ({}, 3.0),
        ({"FBF01": 5, "FBF12": 1}, 3.0),
        ({"FBF19": 5}, (3 * 18 + 5) / 19),
        ({"FBF13": None}, 3.0),  # missing is left out, never counted as zero
        ({"FBF12": None, "FBF13": None}, None),  # hopes area invalid, so no total
    ],
)
def test_total_is_mean_of_answered_statements_when_every_area_is_valid(changes, expected_total):
    score = score_answers(all_answered() | changes)
    assert score.total == (None if expected_total is None else pytest.approx(expected_total))


def test_unanswered_statements_may_be_left_out_of_the_mapping():
    score = score_answers({"FBF01": 4})
    assert score.answers["FBF02"] is None
    assert score.total is None
    assert score.answered == 1


@pytest.mark.parametrize(
    ("answers", "error", "message"),
    [
        ({"FBF99": 3}, UnknownItemError, "no statement with code\\(s\\) FBF99"),
        ({"SVC01": 3}, UnknownItemError, "SVC01"),
        ({"FBF01": 6}, AnswerOutOfRangeError, "answer 6 to FBF01 is not on the scale"),
        ({"FBF01": 0}, AnswerOutOfRangeError, "from 1 to 5, or None"),
        ({"FBF01": 2.5}, AnswerOutOfRangeError, "2.5"),
        ({"FBF01": True}, AnswerOutOfRangeError, "True"),
        ({"FBF01": "3"}, AnswerOutOfRangeError, "'3'"),
    ],
)
def test_bad_answers_raise_errors_a_person_understands(answers, error, message):
    with pytest.raises(error, match=message):
        score_answers(answers)


def test_service_experience_scores_as_one_area():
    score = score_answers({f"SVC0{n}": n % 5 + 1 for n in range(1, 8)}, SERVICE_EXPERIENCE)
    assert set(score.areas) == {"service"}
    assert score.total == pytest.approx(score.areas["service"].score)


def test_family_score_gives_each_person_equal_weight_and_keeps_each_voice():
    parent = MemberAnswers("parent", all_answered(2))
    child = MemberAnswers("child", all_answered(5), FAMILY_OUTCOMES_CHILD)
    other_parent = MemberAnswers("parent-2", all_answered(2))
    family = score_family([parent, child, other_parent])
    assert family.total == pytest.approx(3.0)
    assert family.area_values["hopes"] == pytest.approx(3.0)
    assert family.item_values["FBF01"] == pytest.approx(3.0)
    assert family.members["child"].total == 5.0
    assert family.members["child"].instrument is FAMILY_OUTCOMES_CHILD
    assert family.members["parent"].total == 2.0


def test_member_without_valid_area_does_not_count_towards_family_area():
    parent = MemberAnswers("parent", all_answered(2))
    child = MemberAnswers("child", all_answered(5) | {"FBF12": None, "FBF13": None})
    family = score_family([parent, child])
    assert family.area_values["hopes"] == 2.0
    assert family.area_values["community"] == pytest.approx(3.5)
    assert family.total == 2.0


@pytest.mark.parametrize(
    ("members", "error"),
    [
        ([], NotEnoughDataError),
        ([MemberAnswers("a", {}), MemberAnswers("a", {})], NotEnoughDataError),
        ([MemberAnswers("a", {}), MemberAnswers("b", {}, SERVICE_EXPERIENCE)], IncomparableScoresError),
    ],
    ids=["no-members", "member-twice", "mixed-measures"],
)
def test_family_score_refuses_muddled_input(members, error):
    with pytest.raises(error):
        score_family(members)


@settings(max_examples=150, deadline=None)
@given(answers_for())
def test_scores_stay_on_the_scale(answers):
    score = score_answers(answers)
    values = [a.score for a in score.areas.values()] + [score.total]
    assert all(1 <= v <= 5 for v in values if v is not None)


@settings(max_examples=60, deadline=None)
@given(st.lists(answers_for(), min_size=1, max_size=8))
def test_score_table_agrees_with_score_answers(rows):
    table = score_table(answers_frame(rows))
    for position, answers in enumerate(rows):
        score = score_answers(answers)
        for area, area_score in score.areas.items():
            cell = table[area].iloc[position]
            if area_score.score is None:
                assert math.isnan(cell)
            else:
                assert cell == pytest.approx(area_score.score)
        if score.total is None:
            assert math.isnan(table["total"].iloc[position])
        else:
            assert table["total"].iloc[position] == pytest.approx(score.total)


def test_score_table_refuses_off_scale_values():
    with pytest.raises(AnswerOutOfRangeError, match="off the 1 to 5 scale"):
        score_table(answers_frame([{"FBF01": 9}]))
