"""Student's t quantile without scipy, the t interval for a mean, and Wilson's interval."""

from __future__ import annotations

import pytest

from family_by_family_scale import NotEnoughDataError, mean_interval, t_cdf, t_quantile, wilson_interval


@pytest.mark.parametrize(
    ("p", "df", "expected"),
    [
        # Standard published t table values.
        (0.975, 10, 2.228139),
        (0.975, 1, 12.706205),
        (0.975, 2, 4.302653),
        (0.975, 5, 2.570582),
        (0.975, 30, 2.042272),
        (0.975, 120, 1.979930),
        (0.95, 5, 2.015048),
        (0.995, 20, 2.845340),
        (0.9, 15, 1.340606),
        (0.025, 10, -2.228139),
        (0.5, 7, 0.0),
        (0.975, 100_000, 1.959988),
    ],
)
def test_t_quantile_matches_published_tables(p, df, expected):
    assert t_quantile(p, df) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize(("t", "df"), [(0.0, 3), (1.5, 4), (-2.0, 9), (3.3, 60)])
def test_t_cdf_and_quantile_invert_each_other(t, df):
    assert t_quantile(t_cdf(t, df), df) == pytest.approx(t, abs=1e-8)


@pytest.mark.parametrize("p", [0.0, 1.0, -0.1])
def test_t_quantile_refuses_impossible_probabilities(p):
    with pytest.raises(ValueError, match="between 0 and 1"):
        t_quantile(p, 5)


@pytest.mark.parametrize(
    ("successes", "n", "low", "high"),
    [
        # Newcombe (1998) Stat Med 17:857-872, table II, method 3 (Wilson score).
        (81, 263, 0.2553, 0.3662),
        (15, 148, 0.0624, 0.1605),
        (0, 20, 0.0000, 0.1611),
        (1, 29, 0.0061, 0.1718),
        (20, 20, 0.8389, 1.0000),
    ],
)
def test_wilson_interval_matches_newcombe(successes, n, low, high):
    interval = wilson_interval(successes, n)
    assert interval.estimate == pytest.approx(successes / n)
    assert (round(interval.low, 4), round(interval.high, 4)) == (low, high)


@pytest.mark.parametrize(("successes", "n"), [(0, 0), (5, 4), (-1, 3)])
def test_wilson_interval_refuses_impossible_counts(successes, n):
    with pytest.raises((ValueError, NotEnoughDataError)):
        wilson_interval(successes, n)


def test_mean_interval_uses_t_with_n_minus_one_degrees_of_freedom():
    values = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]
    # mean 6, SD sqrt(11), t(0.975, 10) = 2.228139
    half = 2.228139 * 11**0.5 / 11**0.5
    interval = mean_interval(values)
    assert interval.estimate == 6.0
    assert interval.low == pytest.approx(6.0 - half, abs=1e-5)
    assert interval.high == pytest.approx(6.0 + half, abs=1e-5)


def test_mean_interval_needs_two_values():
    with pytest.raises(NotEnoughDataError, match="at least 2"):
        mean_interval([3.0])
