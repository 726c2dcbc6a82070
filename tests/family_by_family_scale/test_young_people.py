"""The young people's version (13 to 17): the same statements in wording between the adult and
child versions, with its own readability figures and its own (provisional) reliability."""
from __future__ import annotations

from statistics import fmean

import pytest

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    FAMILY_OUTCOMES_YOUNG_PEOPLE,
    comparable_item_codes,
    estimate_reliability_parameters,
    flesch_kincaid_grade,
    instrument_for,
)
from family_by_family_scale.young_people import YOUNG_PEOPLE_READING_EASE_TARGET

VERSIONS = (FAMILY_OUTCOMES, FAMILY_OUTCOMES_YOUNG_PEOPLE, FAMILY_OUTCOMES_CHILD)


def _figures(instrument):
    ease = [item.reading_ease for item in instrument.items]
    grade = [flesch_kincaid_grade(item.text) for item in instrument.items]
    return fmean(ease), min(ease), fmean(grade), max(grade)


def test_young_people_answer_the_same_nineteen_statements_as_a_new_version():
    young = FAMILY_OUTCOMES_YOUNG_PEOPLE
    assert instrument_for("family-outcomes-young-people", 1) is young
    assert young.item_codes == FAMILY_OUTCOMES.item_codes and len(young.items) == 19
    assert young.measure == FAMILY_OUTCOMES.measure and young.areas == FAMILY_OUTCOMES.areas
    assert [i.seed_statement for i in young.items] == [i.seed_statement for i in FAMILY_OUTCOMES.items]
    assert comparable_item_codes(FAMILY_OUTCOMES, young) == FAMILY_OUTCOMES.item_codes
    reworded = [item.code for item in young.items
                if item.text not in (FAMILY_OUTCOMES.item(item.code).text,
                                     FAMILY_OUTCOMES_CHILD.item(item.code).text)]
    assert len(reworded) >= 15  # their own wording, not a copy of either


def test_readability_of_each_version_prints_and_sits_between_adult_and_child():
    print("\nversion              mean ease  lowest ease  mean FK grade  highest FK grade")
    figures = {}
    for instrument in VERSIONS:
        figures[instrument.audience] = _figures(instrument)
        mean_ease, low, mean_grade, high = figures[instrument.audience]
        print(f"{instrument.audience:<20} {mean_ease:9.1f} {low:12.1f} {mean_grade:14.1f} {high:17.1f}")
    adult, young, child = (figures[v.audience] for v in VERSIONS)
    assert adult[0] < young[0] < child[0]  # easier to read than adult, harder than child
    assert adult[2] > young[2] > child[2]  # and a lower school grade than adult
    assert young[1] >= YOUNG_PEOPLE_READING_EASE_TARGET
    assert FAMILY_OUTCOMES.reading_ease_target < YOUNG_PEOPLE_READING_EASE_TARGET \
        < FAMILY_OUTCOMES_CHILD.reading_ease_target


@pytest.mark.parametrize(("text", "expected"), [
    # 7 words, 1 sentence, 10 syllables: 0.39 x 7 + 11.8 x 10/7 - 15.59
    ("We do things that help our community.", round(0.39 * 7 + 11.8 * 10 / 7 - 15.59, 2)),
    ("We get on well. We ask for help.", round(0.39 * 4 + 11.8 * 1 - 15.59, 2)),
])
def test_flesch_kincaid_grade_follows_the_published_formula(text, expected):
    assert flesch_kincaid_grade(text) == expected


def test_young_peoples_reliability_is_provisional_until_enough_families_answer():
    answers = [(f"family-{n}", {code: 3 + n % 2 for code in FAMILY_OUTCOMES_YOUNG_PEOPLE.item_codes})
               for n in range(10)]
    estimate = estimate_reliability_parameters(answers, FAMILY_OUTCOMES_YOUNG_PEOPLE)
    assert estimate.is_provisional and estimate.instrument_code == "family-outcomes-young-people"
    assert "young people aged 13 to 17" in estimate.source
