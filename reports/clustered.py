"""Confidence intervals that respect families: members of one family answer alike, so a family
of four is not four independent people. Pure maths, no Flask and no database.

- Means use the cluster-robust (CR1) variance with families as clusters (Liang and Zeger 1986,
  Biometrika 73:13-22; the small-sample factor G/(G-1) as in Cameron and Miller 2015, J Human
  Resources 50:317-372, and Stata's `vce(cluster)`), with a t quantile on G - 1 degrees of freedom:
      mean = sum(y) / n,  V = G/(G-1) x sum over families g of (sum of (y_i - mean) in g)^2 / n^2,
      interval = mean +/- t(0.975, G - 1) x sqrt(V).
  With one person per family this is the usual t interval (V = s^2 (n-1)/n^2 x n/(n-1) = s^2/n).
- Shares use Wilson's interval on the effective sample size n / deff (Kish 1965, Survey Sampling;
  Korn and Graubard 1998, Survey Methodology 24:193-201), where the design effect deff is the
  CR1 variance of the 0/1 answers over the simple-random-sampling variance p(1-p)/n. We never let
  deff fall below 1 (an interval is never made narrower than ignoring families would make it), and
  round it up to one decimal place so the interval's width says little about the raw answers.
Which direction counts as better is the caller's business: these are two-sided 95% intervals.
"""
from __future__ import annotations

import math
from collections.abc import Hashable, Sequence

from family_by_family_scale import Interval, t_quantile
from family_by_family_scale.intervals import Z_95


def _cluster_sums(values: Sequence[float], clusters: Sequence[Hashable], centre: float) -> list[float]:
    """Each family's sum of (y - centre), its members added in the order given."""
    if len(values) != len(clusters):
        raise ValueError("Each value needs its family.")
    sums: dict[str, float] = {}
    for cluster, value in zip(map(str, clusters), values, strict=True):
        sums[cluster] = sums.get(cluster, 0.0) + (value - centre)
    return list(sums.values())


def cluster_robust_variance(values: Sequence[float], clusters: Sequence[Hashable]) -> float:
    """CR1 variance of the mean: G/(G-1) x sum_g (sum_{i in g} (y_i - mean))^2 / n^2."""
    n = len(values)
    if n == 0:
        raise ValueError("A mean needs at least one value.")
    mean = math.fsum(values) / n
    sums = _cluster_sums(values, clusters, mean)
    g = len(sums)
    if g < 2:
        raise ValueError("A cluster-robust interval needs at least two families.")
    return g / (g - 1) * math.fsum(s * s for s in sums) / (n * n)


def clustered_mean_interval(values: Sequence[float], clusters: Sequence[Hashable]) -> Interval:
    """Mean with its 95% CR1 cluster-robust interval, families as clusters, t on G - 1 df."""
    mean = math.fsum(values) / len(values)
    variance = cluster_robust_variance(values, clusters)
    families = len(set(map(str, clusters)))
    half = t_quantile(0.975, families - 1) * math.sqrt(variance)
    return Interval(mean, mean - half, mean + half)


def design_effect(successes: Sequence[bool], clusters: Sequence[Hashable]) -> float:
    """Kish's design effect of a share: CR1 variance / (p(1-p)/n), at least 1, rounded up to 0.1."""
    n = len(successes)
    if n == 0 or len(set(map(str, clusters))) < 2:
        return 1.0
    values = [1.0 if s else 0.0 for s in successes]
    p = math.fsum(values) / n
    if p in (0.0, 1.0):
        return 1.0
    deff = cluster_robust_variance(values, clusters) / (p * (1 - p) / n)
    return max(1.0, math.ceil(round(deff, 9) * 10) / 10)


def wilson_effective(share: float, n: float, deff: float = 1.0, z: float = Z_95) -> Interval:
    """Wilson's score interval (Wilson 1927) for a share on an effective sample size n / deff:
    centre = (p + z^2/2m) / (1 + z^2/m), half = z/(1 + z^2/m) x sqrt(p(1-p)/m + z^2/4m^2)."""
    if n <= 0:
        raise ValueError("A share needs at least one person.")
    if not 0.0 <= share <= 1.0:
        raise ValueError(f"A share must be between 0 and 1 (it is {share}).")
    m = n / max(deff, 1.0)
    denominator = 1.0 + z * z / m
    centre = (share + z * z / (2 * m)) / denominator
    half = z / denominator * math.sqrt(share * (1 - share) / m + z * z / (4 * m * m))
    return Interval(share, max(0.0, centre - half), min(1.0, centre + half))
