"""Cohort tables: change with intervals, reliable-change shares, alpha, distributions, floors."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    NotEnoughDataError,
    answer_distribution,
    answers_frame,
    area_alphas,
    classify_changes,
    cronbach_alpha,
    distance_table,
    floor_ceiling,
    provisional_parameters,
    reliable_change,
    summarise_change,
    t_quantile,
    wilson_interval,
)

PARAMETERS = provisional_parameters(FAMILY_OUTCOMES, "total", "For tests.")


def scores(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["case_id", "wave", "total"])


COHORT = scores(
    [
        ("a", "start", 2.0), ("a", "close", 3.5),  # +1.5: reliable improvement
        ("b", "start", 3.0), ("b", "close", 3.2),  # +0.2: no reliable change
        ("c", "start", 4.0), ("c", "close", 2.5),  # -1.5: reliable deterioration
        ("d", "start", 2.5), ("d", "close", 3.5),  # +1.0: reliable improvement
        ("e", "start", 3.0),  # no close wave yet: unpaired
        ("f", "start", 3.0), ("f", "middle", 4.0),  # only a middle wave: unpaired for close
    ]
)


def test_summarise_change_counts_paired_and_unpaired_cases():
    summary = summarise_change(COHORT, PARAMETERS)
    assert (summary.n_cases, summary.n_paired, summary.n_unpaired) == (6, 4, 2)
    assert (summary.n_improved, summary.n_no_change, summary.n_deteriorated) == (2, 1, 1)
    assert summary.is_provisional


def test_summarise_change_mean_change_uses_the_t_interval():
    changes = [1.5, 0.2, -1.5, 1.0]
    mean = sum(changes) / 4
    sd = math.sqrt(sum((c - mean) ** 2 for c in changes) / 3)
    half = t_quantile(0.975, 3) * sd / 2
    summary = summarise_change(COHORT, PARAMETERS)
    assert summary.mean_change.estimate == pytest.approx(mean)
    assert summary.mean_change.low == pytest.approx(mean - half)
    assert summary.mean_change.high == pytest.approx(mean + half)


def test_effect_size_is_mean_change_over_baseline_sd_of_paired_cases():
    baseline = pd.Series([2.0, 3.0, 4.0, 2.5])
    summary = summarise_change(COHORT, PARAMETERS)
    assert summary.effect_size == pytest.approx(0.3 / baseline.std(ddof=1))
    assert summary.mean_earlier == pytest.approx(baseline.mean())


def test_shares_use_wilson_intervals():
    summary = summarise_change(COHORT, PARAMETERS)
    assert summary.improved == wilson_interval(2, 4)
    assert summary.no_change == wilson_interval(1, 4)
    assert summary.deteriorated == wilson_interval(1, 4)


def test_summarise_change_between_start_and_middle():
    summary = summarise_change(COHORT, PARAMETERS, later="middle")
    assert (summary.n_paired, summary.n_unpaired, summary.n_improved) == (1, 5, 1)
    assert summary.mean_change is None and summary.effect_size is None


@pytest.mark.parametrize(
    ("change", "expected"),
    [(1.5, "improved"), (0.2, "no_change"), (-1.5, "deteriorated"), (float("nan"), None)],
)
def test_classify_changes_agrees_with_reliable_change(change, expected):
    result = classify_changes(pd.Series([change]), PARAMETERS).iloc[0]
    assert result == expected
    if expected is not None:
        single = reliable_change(0, change, PARAMETERS.sd, PARAMETERS.reliability)
        assert single.category == expected


def test_distance_table_refuses_two_rows_for_one_wave():
    doubled = pd.concat([COHORT, COHORT.iloc[:1]])
    with pytest.raises(ValueError, match="one row per wave"):
        distance_table(doubled)


def test_distance_table_pairs_by_several_id_columns():
    frame = pd.DataFrame(
        {
            "case_id": ["x", "x", "x", "x"],
            "member_id": ["p", "p", "c", "c"],
            "wave": ["start", "close", "start", "close"],
            "total": [2.0, 3.0, 4.0, 3.0],
        }
    )
    table = distance_table(frame, id_columns=("case_id", "member_id"))
    assert table.loc[("x", "p"), "total_change"] == 1.0
    assert table.loc[("x", "c"), "total_change"] == -1.0


def _answers(rows: list[list[int | None]]) -> pd.DataFrame:
    codes = FAMILY_OUTCOMES.item_codes
    return answers_frame([dict(zip(codes, row, strict=True)) for row in rows])


def test_answer_distribution_counts_each_value_and_prefer_not_to_say():
    frame = _answers([[1] * 19, [5] * 18 + [None], [5] * 19])
    distribution = answer_distribution(frame)
    assert list(distribution.columns) == [1, 2, 3, 4, 5, "prefer_not_to_say"]
    assert distribution.loc["FBF01"].tolist() == [1, 0, 0, 0, 2, 0]
    assert distribution.loc["FBF19"].tolist() == [1, 0, 0, 0, 1, 1]


def test_area_alphas_match_cronbach_alpha_on_the_area_columns():
    rows = [[(i + j) % 5 + 1 if j % 3 else i % 5 + 1 for j in range(19)] for i in range(12)]
    alphas = area_alphas(_answers(rows))
    hopes = [row[11:15] for row in rows]
    assert alphas["hopes"] == pytest.approx(cronbach_alpha(hopes))
    assert alphas["total"] == pytest.approx(cronbach_alpha(rows))


def test_area_alpha_is_none_when_undefined():
    assert area_alphas(_answers([[3] * 19, [3] * 19]))["hopes"] is None


@pytest.mark.parametrize(
    ("values", "floor", "ceiling", "has_floor", "has_ceiling"),
    [
        ([1.0, 2.0, 3.0, 5.0], 0.25, 0.25, True, True),
        ([1.0] + [3.0] * 9, 0.1, 0.0, False, False),
        ([5.0, 5.0, None, 2.0], 0.0, 2 / 3, False, True),
    ],
)
def test_floor_and_ceiling_effects_use_the_fifteen_percent_rule(
    values, floor, ceiling, has_floor, has_ceiling
):
    result = floor_ceiling(values)
    assert result.floor_share == pytest.approx(floor)
    assert result.ceiling_share == pytest.approx(ceiling)
    assert (result.has_floor_effect, result.has_ceiling_effect) == (has_floor, has_ceiling)


def test_floor_ceiling_needs_a_valid_score():
    with pytest.raises(NotEnoughDataError):
        floor_ceiling([None])
