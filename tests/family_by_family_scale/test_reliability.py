"""Reliable change (Jacobson & Truax 1991), Cronbach's alpha and the parameters they use."""

from __future__ import annotations

import math
import random
import statistics

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    MINIMUM_FAMILIES_FOR_ESTIMATE,
    NotEnoughDataError,
    classify_item_change,
    cronbach_alpha,
    estimate_reliability_parameters,
    reliable_change,
    reliable_change_for,
    reliable_change_threshold,
    score_answers,
    standard_error_of_difference,
    standard_error_of_measurement,
)


def test_suddengains_worked_example():
    # suddengains R package documentation: SD 10.5, reliability 0.931.
    result = reliable_change(pre=20.0, post=20.0, sd=10.5, reliability=0.931)
    assert result.standard_error == pytest.approx(2.758124, abs=1e-6)
    assert result.sdiff == pytest.approx(3.900577, abs=1e-6)
    assert result.threshold == pytest.approx(7.645131, abs=1e-6)
    assert reliable_change_threshold(10.5, 0.931) == pytest.approx(7.645131, abs=1e-6)


def test_arizona_textbook_worked_example():
    # University of Arizona open textbook, appendix on RCIs: SEM 3.07 -> Sdiff 4.34, 8.51.
    sdiff = standard_error_of_difference(3.07)
    assert round(sdiff, 2) == 4.34
    assert round(1.96 * sdiff, 2) == 8.51
    sd, reliability = 10.0, 1 - 0.307**2  # any SD and r giving SEM 3.07
    assert standard_error_of_measurement(sd, reliability) == pytest.approx(3.07)
    result = reliable_change(24, 35, sd, reliability)
    assert result.category == "improved"
    assert round(result.threshold, 2) == 8.51
    assert result.rci == pytest.approx(11 / sdiff)


@pytest.mark.parametrize(
    ("pre", "post", "sd", "reliability", "rci", "category"),
    [
        # Sdiff = sqrt(2) x 1 x sqrt(0.5) = 1, so RCI equals the change.
        (2.0, 4.0, 1.0, 0.5, 2.0, "improved"),
        (4.0, 2.0, 1.0, 0.5, -2.0, "deteriorated"),
        (2.0, 3.96, 1.0, 0.5, 1.96, "no_change"),  # must exceed 1.96, not equal it
        (3.0, 3.0, 1.0, 0.5, 0.0, "no_change"),
        (2.0, 3.0, 0.5, 0.875, 1 / (math.sqrt(2) * 0.5 * math.sqrt(0.125)), "improved"),
        (2.0, 3.0, 0.75, 0.0, 1 / (math.sqrt(2) * 0.75), "no_change"),
    ],
)
def test_rci_is_change_over_sdiff(pre, post, sd, reliability, rci, category):
    result = reliable_change(pre, post, sd, reliability)
    assert result.rci == pytest.approx(rci)
    assert result.category == category
    assert result.is_reliable == (category != "no_change")
    assert result.change == pytest.approx(post - pre)


@pytest.mark.parametrize(("sd", "reliability"), [(0, 0.8), (-1, 0.8), (1, 1.0), (1, -0.1)])
def test_impossible_parameters_are_refused(sd, reliability):
    with pytest.raises(ValueError, match="must be"):
        reliable_change(1, 2, sd, reliability)


@settings(max_examples=150, deadline=None)
@given(
    st.floats(1, 5),
    st.floats(1, 5),
    st.floats(0.05, 3),
    st.floats(0, 0.99),
)
def test_rci_sign_follows_the_change(pre, post, sd, reliability):
    result = reliable_change(pre, post, sd, reliability)
    assert math.copysign(1, result.rci) == math.copysign(1, post - pre) or result.rci == 0
    if result.category == "improved":
        assert post > pre
    if result.category == "deteriorated":
        assert post < pre


@pytest.mark.parametrize(
    ("pre", "post", "category"),
    [(1, 3, "improved"), (2, 3, "no_change"), (5, 4, "no_change"), (5, 3, "deteriorated"),
     (3, 3, "no_change"), (1, 5, "improved")],
)
def test_single_statements_use_the_two_point_rule(pre, post, category):
    assert classify_item_change(pre, post) == category


@pytest.mark.parametrize(
    ("rows", "alpha"),
    [
        # Item variances 1 and 1/3; totals 3, 5, 6 have variance 7/3: 2 x (1 - (4/3)/(7/3)).
        ([[1, 2], [2, 3], [3, 3]], 6 / 7),
        ([[1, 1], [2, 2], [3, 3]], 1.0),
        ([[1, 3], [2, 2], [3, 1], [2, 2]], None),  # totals constant: undefined
        ([[1, 2], [2, None], [2, 3], [3, 3]], 6 / 7),  # the row with a gap is dropped
        # 3 items: variances 1, 1, 1; totals 3, 9, 6 variance 9: 1.5 x (1 - 3/9) = 1.
        ([[1, 1, 1], [3, 3, 3], [2, 2, 2]], 1.0),
        # Uncorrelated items give 0: variances 1/3, 1/3; totals var 2/3.
        ([[1, 1], [1, 2], [2, 1], [2, 2]], 0.0),
    ],
)
def test_cronbach_alpha_follows_the_formula(rows, alpha):
    if alpha is None:
        with pytest.raises(NotEnoughDataError, match="same total"):
            cronbach_alpha(rows)
    else:
        assert cronbach_alpha(rows) == pytest.approx(alpha)


@pytest.mark.parametrize("rows", [[], [[1, 2]], [[1], [2]], [[1, None], [None, 2]]])
def test_cronbach_alpha_needs_two_statements_and_two_complete_rows(rows):
    with pytest.raises(NotEnoughDataError):
        cronbach_alpha(rows)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=2, max_size=40), st.integers(2, 8))
def test_alpha_of_identical_items_is_one(column, k):
    assume(len(set(column)) > 1)
    assert cronbach_alpha([[value] * k for value in column]) == pytest.approx(1.0)


def _start_answers(n_families: int, seed: int = 7):
    """Synthetic start-wave answers: one adult per family, items share a family level."""
    generator = random.Random(seed)
    rows = []
    for family in range(n_families):
        level = generator.gauss(3, 0.8)
        answers = {
            code: min(5, max(1, round(level + generator.gauss(0, 0.7))))
            for code in FAMILY_OUTCOMES.item_codes
        }
        rows.append((f"family-{family}", answers))
    return rows


def test_parameters_are_provisional_until_fifty_families_have_answered():
    parameters = estimate_reliability_parameters(_start_answers(49))
    assert parameters.is_provisional
    assert parameters.n_families == 49
    assert "Provisional" in parameters.source and "49 of the 50" in parameters.source
    assert (parameters.sd, parameters.reliability) == (0.75, 0.85)


def test_parameters_are_estimated_from_start_answers_once_fifty_families_have_answered():
    answers = _start_answers(MINIMUM_FAMILIES_FOR_ESTIMATE)
    parameters = estimate_reliability_parameters(answers)
    totals = [score_answers(a).total for _, a in answers]
    rows = [[a[c] for c in FAMILY_OUTCOMES.item_codes] for _, a in answers]
    assert not parameters.is_provisional
    assert parameters.sd == pytest.approx(statistics.stdev(totals))
    assert parameters.reliability == pytest.approx(cronbach_alpha(rows))
    assert parameters.source.startswith("Estimated from this council's start-wave answers")
    assert (parameters.instrument_code, parameters.version) == ("family-outcomes", 1)


def test_area_parameters_use_the_area_statements_and_count_families_not_people():
    answers = _start_answers(40) + [(f"family-{n}", a) for n, (_, a) in enumerate(_start_answers(40, 3))]
    parameters = estimate_reliability_parameters(answers, scope="hopes")
    assert parameters.n_families == 40 and parameters.n_respondents == 80
    assert parameters.is_provisional
    assert (parameters.sd, parameters.reliability) == (0.85, 0.75)


def test_reliable_change_for_uses_the_parameters_threshold():
    parameters = estimate_reliability_parameters([])
    result = reliable_change_for(3.0, 4.0, parameters)
    assert result.threshold == pytest.approx(parameters.threshold)
    assert parameters.threshold == pytest.approx(1.96 * math.sqrt(2) * 0.75 * math.sqrt(0.15))
