"""Family goals: up to three, rated 0 to 10, with the 2.45-point meaningful-change threshold."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from family_by_family_scale import (
    MEANINGFUL_GOAL_CHANGE,
    FamilyGoal,
    GoalError,
    check_goal_rating,
    define_goals,
    goal_change,
    goal_progress,
)


def test_threshold_is_the_gbo_convention():
    assert MEANINGFUL_GOAL_CHANGE == 2.45


def test_goals_are_numbered_and_keep_the_familys_words():
    goals = define_goals([" Get to school on time ", "Eat together twice a week"])
    assert goals == (
        FamilyGoal(1, "Get to school on time"),
        FamilyGoal(2, "Eat together twice a week"),
    )


@pytest.mark.parametrize(
    ("texts", "message"),
    [
        ([], "at least one goal"),
        (["a", "b", "c", "d"], "up to 3 goals"),
        (["a", "  "], "Goal 2 is empty"),
        (["x" * 501], "500 or fewer"),
    ],
)
def test_goal_rules_are_explained(texts, message):
    with pytest.raises(GoalError, match=message):
        define_goals(texts)


@pytest.mark.parametrize(
    ("earlier", "later", "change", "category"),
    [
        (2, 5, 3, "improved"),  # 3 >= 2.45
        (2, 4, 2, "no_change"),  # 2 < 2.45
        (7, 4, -3, "deteriorated"),
        (5, 5, 0, "no_change"),
        (0, 10, 10, "improved"),
    ],
)
def test_goal_change_uses_the_threshold(earlier, later, change, category):
    result = goal_change(earlier, later)
    assert (result.change, result.category) == (change, category)
    assert result.is_meaningful == (category != "no_change")


@pytest.mark.parametrize("rating", [-1, 11, 2.5, True, "7"])
def test_ratings_must_be_whole_numbers_from_0_to_10(rating):
    with pytest.raises(GoalError, match="0 to 10"):
        check_goal_rating(rating)


def test_goal_progress_compares_goals_rated_at_both_waves():
    ratings = {
        "start": {1: 2, 2: 5, 3: 4},
        "middle": {1: 4},
        "close": {1: 6, 2: 6, 3: None},
    }
    progress = goal_progress(ratings)
    assert [(c.number, c.change, c.category) for c in progress.changes] == [
        (1, 4, "improved"),
        (2, 1, "no_change"),
    ]
    assert progress.mean_change == 2.5
    assert progress.mean_category == "improved"
    assert progress.not_compared == (3,)
    assert goal_progress(ratings, "start", "middle").mean_change == 2


def test_goal_progress_with_nothing_to_compare():
    progress = goal_progress({"start": {1: 3}})
    assert progress.changes == () and progress.mean_change is None
    assert progress.mean_category is None and progress.not_compared == (1,)


def test_goal_progress_refuses_a_fourth_goal():
    with pytest.raises(GoalError, match="numbered 1 to 3"):
        goal_progress({"start": {4: 3}, "close": {4: 5}})


@settings(max_examples=100, deadline=None)
@given(st.integers(0, 10), st.integers(0, 10))
def test_swapping_goal_waves_negates_change(first, second):
    forward, backward = goal_change(first, second), goal_change(second, first)
    assert forward.change == -backward.change
    assert {forward.category, backward.category} in (
        {"no_change"},
        {"improved", "deteriorated"},
    )
