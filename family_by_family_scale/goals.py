"""Family goals in the Goal Based Outcomes style: up to three goals, each rated 0 to 10 at every wave.

The meaningful-change threshold is defined once here: a rise of 2.45 points or more (so 3 on
whole-number ratings) is a meaningful improvement, a fall of 2.45 or more a deterioration.
Source: Edbrooke-Childs J., Jacob J., Law D., Deighton J. & Wolpert M. (2015) "Interpreting
standardized and idiographic outcome measures in CAMHS: what does change mean and how does it
relate to functioning and experience?", Child and Adolescent Mental Health 20(3):142-148.
Higher ratings are better (10 = goal reached).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean

from .errors import GoalError
from .reliability import DETERIORATED, IMPROVED, NO_CHANGE

MAX_GOALS = 3
GOAL_RATING_MIN = 0
GOAL_RATING_MAX = 10
MEANINGFUL_GOAL_CHANGE = 2.45
MAX_GOAL_TEXT_LENGTH = 500


@dataclass(frozen=True)
class FamilyGoal:
    """One goal, numbered 1 to 3, in the family's own words."""

    number: int
    text: str


@dataclass(frozen=True)
class GoalChange:
    """Change on one goal between two waves (later - earlier; positive is progress)."""

    number: int
    earlier: int
    later: int
    change: int
    category: str

    @property
    def is_meaningful(self) -> bool:
        """Whether the change reached the 2.45-point threshold either way."""
        return self.category != NO_CHANGE


@dataclass(frozen=True)
class GoalProgress:
    """Change on every goal rated at both waves, and their mean."""

    changes: tuple[GoalChange, ...]
    mean_change: float | None
    mean_category: str | None
    not_compared: tuple[int, ...]


def define_goals(texts: Sequence[str]) -> tuple[FamilyGoal, ...]:
    """Number the family's goals 1 to 3, keeping their words (trimmed); refuse blanks or a fourth."""
    cleaned = [text.strip() for text in texts]
    if not cleaned:
        raise GoalError("Add at least one goal, in the family's own words.")
    if len(cleaned) > MAX_GOALS:
        raise GoalError(f"A family can have up to {MAX_GOALS} goals; {len(cleaned)} were given.")
    for number, text in enumerate(cleaned, start=1):
        if not text:
            raise GoalError(f"Goal {number} is empty. Write it in the family's own words.")
        if len(text) > MAX_GOAL_TEXT_LENGTH:
            raise GoalError(
                f"Goal {number} is {len(text)} characters long; keep it to "
                f"{MAX_GOAL_TEXT_LENGTH} or fewer."
            )
    return tuple(FamilyGoal(number, text) for number, text in enumerate(cleaned, start=1))


def check_goal_rating(value: int | None) -> int | None:
    """Return a goal rating if it is a whole number from 0 to 10 (None means not rated)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise GoalError(f"A goal rating must be a whole number from 0 to 10, not {value!r}.")
    if not GOAL_RATING_MIN <= value <= GOAL_RATING_MAX:
        raise GoalError(f"A goal rating must be from 0 to 10; {value} is outside that.")
    return value


def classify_goal_change(change: float) -> str:
    """Classify a goal change: improved at +2.45 or more, deteriorated at -2.45 or less."""
    if change >= MEANINGFUL_GOAL_CHANGE:
        return IMPROVED
    if change <= -MEANINGFUL_GOAL_CHANGE:
        return DETERIORATED
    return NO_CHANGE


def goal_change(earlier: int, later: int, number: int = 1) -> GoalChange:
    """Goal change = later rating - earlier rating, classified by the 2.45-point GBO threshold."""
    first, second = check_goal_rating(earlier), check_goal_rating(later)
    if first is None or second is None:
        raise GoalError(f"Goal {number} needs a rating at both waves to show change.")
    change = second - first
    return GoalChange(number, first, second, change, classify_goal_change(change))


def goal_progress(
    ratings: Mapping[str, Mapping[int, int | None]],
    earlier: str = "start",
    later: str = "close",
) -> GoalProgress:
    """Change per goal between two waves, and the mean change over the goals rated at both.

    `ratings` maps wave -> goal number -> rating. The mean is classified with the same
    2.45-point threshold. Goals missing a rating at either wave are listed in `not_compared`.
    """
    first = ratings.get(earlier, {})
    second = ratings.get(later, {})
    numbers = sorted(set(first) | set(second))
    if any(not 1 <= number <= MAX_GOALS for number in numbers):
        raise GoalError(f"Goals are numbered 1 to {MAX_GOALS}.")
    changes: list[GoalChange] = []
    skipped: list[int] = []
    for number in numbers:
        before = check_goal_rating(first.get(number))
        after = check_goal_rating(second.get(number))
        if before is None or after is None:
            skipped.append(number)
        else:
            changes.append(goal_change(before, after, number))
    mean = fmean(change.change for change in changes) if changes else None
    return GoalProgress(
        changes=tuple(changes),
        mean_change=mean,
        mean_category=None if mean is None else classify_goal_change(mean),
        not_compared=tuple(skipped),
    )
