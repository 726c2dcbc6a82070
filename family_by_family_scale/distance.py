"""Distance travelled: how far a person's or family's scores moved between two waves."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from .errors import IncomparableScoresError
from .scoring import FamilyScore, Score


@dataclass(frozen=True)
class Distance:
    """Change from an earlier to a later wave (later minus earlier; positive is better).

    A value is None when either wave lacks it, or when its statements changed meaning
    between the two questionnaire versions.
    """

    items: Mapping[str, float | None]
    areas: Mapping[str, float | None]
    total: float | None
    compared_items: tuple[str, ...]


def _area_items(score: Score | FamilyScore) -> Mapping[str, frozenset[str]]:
    if isinstance(score, FamilyScore):
        return score.area_items
    instrument = score.instrument
    return {
        area: frozenset(item.code for item in instrument.items_in(area))
        for area in instrument.area_codes
    }


def _measure(score: Score | FamilyScore) -> str:
    return score.measure if isinstance(score, FamilyScore) else score.instrument.measure


def _change(earlier: float | None, later: float | None) -> float | None:
    if earlier is None or later is None:
        return None
    return later - earlier


def distance_travelled(earlier: Score | FamilyScore, later: Score | FamilyScore) -> Distance:
    """Distance travelled = later score - earlier score, per statement, area and total.

    Higher is better, so a positive distance is an improvement. Works for one member or a
    whole family, between any two waves. Across questionnaire versions only statements that
    kept their code (so their meaning) are compared; an area or the total is compared only
    when it is made of exactly the same statements in both versions.
    """
    if _measure(earlier) != _measure(later):
        raise IncomparableScoresError(
            f"Cannot compare {_measure(earlier)!r} scores with {_measure(later)!r} scores."
        )
    if isinstance(earlier, FamilyScore) != isinstance(later, FamilyScore):
        raise IncomparableScoresError(
            "Compare a family score with a family score, and a member's score with a member's."
        )
    earlier_items, later_items = earlier.item_values, later.item_values
    compared = tuple(code for code in earlier_items if code in later_items)
    items = {code: _change(earlier_items[code], later_items[code]) for code in compared}

    earlier_sets, later_sets = _area_items(earlier), _area_items(later)
    areas: dict[str, float | None] = {}
    for area, codes in earlier_sets.items():
        if later_sets.get(area) == codes:
            areas[area] = _change(earlier.area_values.get(area), later.area_values.get(area))
        else:
            areas[area] = None
    same_statements = set(earlier_items) == set(later_items) and earlier_sets == later_sets
    total = _change(earlier.total, later.total) if same_statements else None
    return Distance(items=items, areas=areas, total=total, compared_items=compared)
