"""Scores per statement, area and total for one person, and a family score that keeps each voice.

Higher scores are better on every statement (1 = "Not at all like us", 5 = "Very much like us").
"Prefer not to say" is stored as None: it is missing, never zero.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from statistics import fmean

from .errors import (
    AnswerOutOfRangeError,
    IncomparableScoresError,
    NotEnoughDataError,
    UnknownItemError,
)
from .instrument import FAMILY_OUTCOMES, Instrument

# An area score is only given when at least 3 in 4 of its statements were answered.
MINIMUM_ANSWERED_NUMERATOR = 3
MINIMUM_ANSWERED_DENOMINATOR = 4

Answers = Mapping[str, int | None]


@dataclass(frozen=True)
class AreaScore:
    """One area's score: mean of the answered statements, or None when too few were answered."""

    area: str
    score: float | None
    answered: int
    item_count: int

    @property
    def is_valid(self) -> bool:
        """Whether enough statements were answered for the area score to count."""
        return self.score is not None


@dataclass(frozen=True)
class Score:
    """One person's scores at one wave on one questionnaire version."""

    instrument: Instrument
    answers: Mapping[str, int | None]
    areas: Mapping[str, AreaScore]
    total: float | None

    @property
    def answered(self) -> int:
        """How many statements were answered (not "Prefer not to say")."""
        return sum(value is not None for value in self.answers.values())

    @cached_property
    def item_values(self) -> Mapping[str, float | None]:
        """Answer per item code (None where not answered)."""
        return {code: (None if v is None else float(v)) for code, v in self.answers.items()}

    @cached_property
    def area_values(self) -> Mapping[str, float | None]:
        """Area score per area code (None where not valid)."""
        return {code: area.score for code, area in self.areas.items()}


@dataclass(frozen=True)
class MemberAnswers:
    """What one family member said at one wave, on the questionnaire they were given."""

    member_id: str
    answers: Mapping[str, int | None]
    instrument: Instrument = FAMILY_OUTCOMES


@dataclass(frozen=True)
class FamilyScore:
    """A family's scores at one wave: each member's own score, and the family's equal-weight mean."""

    measure: str
    members: Mapping[str, Score]
    item_values: Mapping[str, float | None]
    area_values: Mapping[str, float | None]
    total: float | None
    area_items: Mapping[str, frozenset[str]]


def check_answers(answers: Answers, instrument: Instrument = FAMILY_OUTCOMES) -> dict[str, int | None]:
    """Return every item's answer (None if unanswered), refusing unknown codes and off-scale values."""
    known = instrument.items_by_code
    unknown = sorted(code for code in answers if code not in known)
    if unknown:
        raise UnknownItemError(
            f"{instrument.label} has no statement with code(s) {', '.join(unknown)}. "
            "Check the answers were given on this questionnaire and version."
        )
    checked: dict[str, int | None] = {}
    for code in instrument.item_codes:
        value = answers.get(code)
        if value is not None and (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not instrument.min_value <= value <= instrument.max_value
        ):
            raise AnswerOutOfRangeError(
                f"The answer {value!r} to {code} is not on the scale: use a whole number "
                f"from {instrument.min_value} to {instrument.max_value}, or None for "
                f'"{instrument.prefer_not_to_say}".'
            )
        checked[code] = value
    return checked


def is_enough_answered(answered: int, item_count: int) -> bool:
    """Whether answered / item_count >= 75%, the rule for a valid area or total score."""
    return answered * MINIMUM_ANSWERED_DENOMINATOR >= item_count * MINIMUM_ANSWERED_NUMERATOR


def score_answers(answers: Answers, instrument: Instrument = FAMILY_OUTCOMES) -> Score:
    """Score one person's answers.

    Area score = mean of the area's answered statements, given only when at least 75% of the
    area was answered. Total = mean of all answered statements, given only when every area
    score is valid. Both stay on the 1-5 scale; higher is better.
    """
    checked = check_answers(answers, instrument)
    areas: dict[str, AreaScore] = {}
    for area in instrument.areas:
        values = [checked[item.code] for item in instrument.items_in(area.code)]
        given = [v for v in values if v is not None]
        valid = is_enough_answered(len(given), len(values))
        areas[area.code] = AreaScore(
            area=area.code,
            score=fmean(given) if valid and given else None,
            answered=len(given),
            item_count=len(values),
        )
    total = None
    if all(area.is_valid for area in areas.values()):
        total = fmean(v for v in checked.values() if v is not None)
    return Score(instrument=instrument, answers=checked, areas=areas, total=total)


def _mean_of_present(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def score_family(members: Sequence[MemberAnswers]) -> FamilyScore:
    """Score a family while keeping each member's own score.

    Family area score = mean of the members' valid area scores; family total = mean of the
    members' valid totals; family item value = mean of the members' answers. Every person,
    adult or child, has equal weight, whichever questionnaire version they answered. A member
    without a valid score for an area simply does not count towards it.
    """
    if not members:
        raise NotEnoughDataError("A family score needs at least one member's answers.")
    ids = [member.member_id for member in members]
    if len(set(ids)) != len(ids):
        raise NotEnoughDataError("Each family member should appear once per wave.")
    measures = {member.instrument.measure for member in members}
    if len(measures) != 1:
        raise IncomparableScoresError(
            "All members of a family score must answer the same measure, "
            f"but these were mixed: {', '.join(sorted(measures))}."
        )
    scores = {m.member_id: score_answers(m.answers, m.instrument) for m in members}
    item_codes: list[str] = []
    area_items: dict[str, set[str]] = {}
    for member in members:
        for item in member.instrument.items:
            if item.code not in item_codes:
                item_codes.append(item.code)
            area_items.setdefault(item.area, set()).add(item.code)
    return FamilyScore(
        measure=measures.pop(),
        members=scores,
        item_values={
            code: _mean_of_present([s.item_values.get(code) for s in scores.values()])
            for code in item_codes
        },
        area_values={
            area: _mean_of_present([s.area_values.get(area) for s in scores.values()])
            for area in area_items
        },
        total=_mean_of_present([s.total for s in scores.values()]),
        area_items={area: frozenset(codes) for area, codes in area_items.items()},
    )
