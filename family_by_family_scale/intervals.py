"""Confidence intervals without scipy: Student's t quantile, the t interval for a mean, Wilson's."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from statistics import fmean, stdev

from .errors import NotEnoughDataError

Z_95 = 1.959963984540054  # standard normal 0.975 quantile


@dataclass(frozen=True)
class Interval:
    """An estimate with the lower and upper ends of its confidence interval."""

    estimate: float
    low: float
    high: float
    confidence: float = 0.95


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function, by the modified Lentz method."""
    tiny = 1e-300
    c = 1.0
    d = 1.0 - (a + b) * x / (a + 1.0)
    d = 1.0 / (d if abs(d) > tiny else tiny)
    result = d
    for m in range(1, 10_000):
        two_m = 2 * m
        # Even step of the fraction, then the odd step.
        for numerator in (
            m * (b - m) * x / ((a + two_m - 1.0) * (a + two_m)),
            -(a + m) * (a + b + m) * x / ((a + two_m) * (a + two_m + 1.0)),
        ):
            d = 1.0 + numerator * d
            d = 1.0 / (d if abs(d) > tiny else tiny)
            c = 1.0 + numerator / c
            c = c if abs(c) > tiny else tiny
            step = c * d
            result *= step
        if abs(step - 1.0) < 1e-15:
            return result
    return result


def regularized_incomplete_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b), the regularized incomplete beta function (Abramowitz & Stegun 26.5.8)."""
    if not 0.0 <= x <= 1.0:
        raise ValueError("x must be between 0 and 1.")
    if x in (0.0, 1.0):
        return x
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1.0 - math.exp(log_front) * _beta_continued_fraction(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with df degrees of freedom: 1 - I_x(df/2, 1/2)/2, x = df/(df+t^2)."""
    if df <= 0:
        raise ValueError("Degrees of freedom must be positive.")
    tail = 0.5 * regularized_incomplete_beta(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t >= 0 else tail


@lru_cache(maxsize=4096)
def t_quantile(p: float, df: float) -> float:
    """The t value with P(T <= t) = p, found by bisection on `t_cdf` (accurate to about 1e-10).
    Kept per (p, df): reports ask for the same few quantiles for every group."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be strictly between 0 and 1.")
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    if p == 0.5:
        return 0.0
    low, high = 0.0, 1.0
    while t_cdf(high, df) < p:
        low, high = high, high * 2.0
    for _ in range(200):
        middle = (low + high) / 2.0
        if t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
        if high - low < 1e-12:
            break
    return (low + high) / 2.0


def mean_interval(values: Sequence[float], confidence: float = 0.95) -> Interval:
    """Mean with t interval: mean +/- t(1 - (1 - confidence)/2, n - 1) x SD / sqrt(n) (Student 1908)."""
    if len(values) < 2:
        raise NotEnoughDataError("A confidence interval for a mean needs at least 2 values.")
    mean = fmean(values)
    half = t_quantile(1.0 - (1.0 - confidence) / 2.0, len(values) - 1) * stdev(values)
    half /= math.sqrt(len(values))
    return Interval(mean, mean - half, mean + half, confidence)


def wilson_interval(successes: int, n: int, z: float = Z_95) -> Interval:
    """Wilson score interval for a proportion (Wilson 1927; recommended by Newcombe 1998).

    centre = (p + z^2/2n) / (1 + z^2/n); half-width = z / (1 + z^2/n) x sqrt(p(1-p)/n + z^2/4n^2),
    where p = successes / n. Stays within 0 to 1 and behaves at 0% and 100%.
    """
    if n <= 0:
        raise NotEnoughDataError("A proportion needs at least one case.")
    if not 0 <= successes <= n:
        raise ValueError(f"Successes ({successes}) must be between 0 and n ({n}).")
    p = successes / n
    denominator = 1.0 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z / denominator * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return Interval(p, max(0.0, centre - half), min(1.0, centre + half))
