"""Distance travelled between two waves: later minus earlier, higher is better."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    SERVICE_EXPERIENCE,
    IncomparableScoresError,
    Item,
    MemberAnswers,
    distance_travelled,
    score_answers,
    score_family,
)

from .strategies import answers_for


def answered(value: int, **changes: int | None) -> dict[str, int | None]:
    return {code: value for code in FAMILY_OUTCOMES.item_codes} | changes


@pytest.mark.parametrize(
    ("earlier", "later", "item", "item_change", "area", "area_change", "total_change"),
    [
        (answered(2), answered(4), "FBF01", 2.0, "hopes", 2.0, 2.0),
        (answered(4), answered(2), "FBF01", -2.0, "hopes", -2.0, -2.0),
        (answered(3), answered(3, FBF12=5), "FBF12", 2.0, "hopes", 0.5, 2 / 19),
        (answered(3, FBF12=None), answered(3, FBF12=5), "FBF12", None, "hopes", 0.5, 2 / 19),
        (answered(3, FBF12=None, FBF13=None), answered(4), "FBF01", 1.0, "hopes", None, None),
    ],
)
def test_distance_is_later_minus_earlier(
    earlier, later, item, item_change, area, area_change, total_change
):
    distance = distance_travelled(score_answers(earlier), score_answers(later))
    assert distance.items[item] == item_change
    expected_area = None if area_change is None else pytest.approx(area_change)
    assert distance.areas[area] == expected_area
    expected_total = None if total_change is None else pytest.approx(total_change)
    assert distance.total == expected_total


def test_child_and_adult_versions_compare_because_they_share_codes():
    distance = distance_travelled(
        score_answers(answered(2), FAMILY_OUTCOMES_CHILD), score_answers(answered(3))
    )
    assert distance.total == pytest.approx(1.0)
    assert len(distance.compared_items) == 19


def test_across_versions_only_statements_whose_meaning_held_are_compared():
    replacement = Item("FBF20", "hopes", "We make plans.", "We think about the future", 100.0)
    items = tuple(replacement if i.code == "FBF13" else i for i in FAMILY_OUTCOMES.items)
    version_2 = dataclasses.replace(FAMILY_OUTCOMES, version=2, items=items)
    later_answers = {code: 5 for code in version_2.item_codes}
    distance = distance_travelled(score_answers(answered(3)), score_answers(later_answers, version_2))
    assert "FBF13" not in distance.items and "FBF20" not in distance.items
    assert distance.items["FBF12"] == 2.0
    assert distance.areas["community"] == 2.0
    assert distance.areas["hopes"] is None  # its statements changed
    assert distance.total is None


def test_family_distance_uses_family_scores():
    start = score_family([MemberAnswers("a", answered(2)), MemberAnswers("b", answered(4))])
    close = score_family([MemberAnswers("a", answered(4)), MemberAnswers("b", answered(4))])
    assert distance_travelled(start, close).total == pytest.approx(1.0)


def test_different_measures_cannot_be_compared():
    service = score_answers({f"SVC0{n}": 3 for n in range(1, 8)}, SERVICE_EXPERIENCE)
    with pytest.raises(IncomparableScoresError, match="Cannot compare"):
        distance_travelled(score_answers(answered(3)), service)


def test_family_and_member_scores_cannot_be_mixed():
    family = score_family([MemberAnswers("a", answered(2))])
    with pytest.raises(IncomparableScoresError, match="family score with a family score"):
        distance_travelled(family, score_answers(answered(3)))


@settings(max_examples=100, deadline=None)
@given(answers_for())
def test_identical_waves_give_zero_change(answers):
    score = score_answers(answers)
    distance = distance_travelled(score, score)
    values = [*distance.items.values(), *distance.areas.values(), distance.total]
    assert all(value == 0 for value in values if value is not None)


@settings(max_examples=100, deadline=None)
@given(answers_for(), answers_for())
def test_swapping_waves_negates_change(first, second):
    forward = distance_travelled(score_answers(first), score_answers(second))
    backward = distance_travelled(score_answers(second), score_answers(first))
    for code, change in forward.items.items():
        assert backward.items[code] == (None if change is None else -change)
    for area, change in forward.areas.items():
        assert backward.areas[area] == (None if change is None else pytest.approx(-change))
    assert backward.total == (None if forward.total is None else pytest.approx(-forward.total))
