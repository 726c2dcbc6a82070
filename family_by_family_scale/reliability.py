"""Reliable change (Jacobson & Truax 1991) and the reliability figures it needs.

RCI with the Christensen & Mendoza (1986) correction, as set out by Jacobson & Truax (1991),
"Clinical significance: a statistical approach to defining meaningful change in psychotherapy
research", J Consult Clin Psychol 59(1):12-19:

    SE    = SD x sqrt(1 - r)          standard error of measurement
    Sdiff = sqrt(2) x SE              standard error of the difference between two scores
    RCI   = (post - pre) / Sdiff      reliable when |RCI| > 1.96

SD is the SD of scores at the start wave and r the reliability (Cronbach's alpha). Higher is
better, so a reliable positive RCI is "improved". Single statements are too coarse for an RCI;
they use the declared `MEANINGFUL_ITEM_CHANGE` rule instead.

The RCI is for one person's change. It is not applied to a family's mean of k members' changes:
Sdiff / sqrt(k) would be that mean's error only if the members' measurement errors were
independent, and members of one family answer about the same home at the same visit, so they
need not be. A family's change is shown as a number (the mean of its members' own changes) and
reliable change is judged per member only.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import fmean, stdev

from .errors import NotEnoughDataError
from .instrument import FAMILY_OUTCOMES, Instrument
from .scoring import score_answers

RCI_CRITICAL_VALUE = 1.96  # two-tailed 5% point of the normal distribution, as in J&T 1991
MEANINGFUL_ITEM_CHANGE = 2  # scale points on one statement; a declared rule, not an RCI
MINIMUM_FAMILIES_FOR_ESTIMATE = 50

IMPROVED = "improved"
NO_CHANGE = "no_change"
DETERIORATED = "deteriorated"
CHANGE_CATEGORIES: tuple[str, ...] = (IMPROVED, NO_CHANGE, DETERIORATED)

TOTAL = "total"

# Used until 50 families have answered at the start. These are cautious assumptions for a mean
# score on a 1-5 scale, not published norms for this questionnaire: an SD of 0.75 and an
# alpha of 0.85 for the total (19 statements), an SD of 0.85 and an alpha of 0.75 for an area
# (4 to 6 statements, so less reliable). They give thresholds of about 0.80 and 1.18 points.
PROVISIONAL_TOTAL = (0.75, 0.85)
PROVISIONAL_AREA = (0.85, 0.75)


@dataclass(frozen=True)
class ReliableChange:
    """Whether one person's change is bigger than measurement error alone would explain."""

    pre: float
    post: float
    change: float
    standard_error: float
    sdiff: float
    rci: float
    threshold: float
    category: str

    @property
    def is_reliable(self) -> bool:
        """Whether |RCI| > 1.96."""
        return self.category != NO_CHANGE


@dataclass(frozen=True)
class ReliabilityParameters:
    """SD and reliability used for reliable change, with where they came from.

    Show `source` wherever a reliable-change figure is shown; when `is_provisional` is true
    the figures are assumptions, not this council's own estimates.
    """

    instrument_code: str
    version: int
    scope: str
    sd: float
    reliability: float
    n_families: int
    n_respondents: int
    is_provisional: bool
    source: str
    in_force_from: date | None = None  # the day these figures came into force, when frozen

    @property
    def threshold(self) -> float:
        """Smallest reliable change in raw score points: 1.96 x sqrt(2) x SD x sqrt(1 - r)."""
        return reliable_change_threshold(self.sd, self.reliability)


def _check_sd_and_reliability(sd: float, reliability: float) -> None:
    if not sd > 0:
        raise ValueError(f"The SD must be above zero; got {sd}.")
    if not 0 <= reliability < 1:
        raise ValueError(f"The reliability must be at least 0 and below 1; got {reliability}.")


def standard_error_of_measurement(sd: float, reliability: float) -> float:
    """SE = SD x sqrt(1 - r) (Jacobson & Truax 1991)."""
    _check_sd_and_reliability(sd, reliability)
    return sd * math.sqrt(1.0 - reliability)


def standard_error_of_difference(standard_error: float) -> float:
    """Sdiff = sqrt(2 x SE^2) = sqrt(2) x SE (Christensen & Mendoza 1986)."""
    return math.sqrt(2.0) * standard_error


def reliable_change_threshold(sd: float, reliability: float) -> float:
    """Smallest reliable change in raw points: 1.96 x Sdiff (Jacobson & Truax 1991)."""
    se = standard_error_of_measurement(sd, reliability)
    return RCI_CRITICAL_VALUE * standard_error_of_difference(se)


def reliable_change(pre: float, post: float, sd: float, reliability: float) -> ReliableChange:
    """RCI = (post - pre) / Sdiff; "improved" when RCI > 1.96, "deteriorated" when < -1.96.

    Sdiff = sqrt(2) x SD x sqrt(1 - r) (Jacobson & Truax 1991 with the Christensen & Mendoza
    1986 correction). Higher scores are better. `threshold` is 1.96 x Sdiff in score points.
    """
    se = standard_error_of_measurement(sd, reliability)
    sdiff = standard_error_of_difference(se)
    change = post - pre
    rci = change / sdiff
    if rci > RCI_CRITICAL_VALUE:
        category = IMPROVED
    elif rci < -RCI_CRITICAL_VALUE:
        category = DETERIORATED
    else:
        category = NO_CHANGE
    return ReliableChange(
        pre=pre,
        post=post,
        change=change,
        standard_error=se,
        sdiff=sdiff,
        rci=rci,
        threshold=RCI_CRITICAL_VALUE * sdiff,
        category=category,
    )


def reliable_change_for(
    pre: float, post: float, parameters: ReliabilityParameters
) -> ReliableChange:
    """`reliable_change` using stored (or provisional) parameters for the instrument and scope."""
    return reliable_change(pre, post, parameters.sd, parameters.reliability)


def classify_item_change(pre: int, post: int) -> str:
    """Meaningful change on one statement: post - pre >= +2 points improved, <= -2 deteriorated.

    A declared rule for a single 1-5 statement (it is not an RCI: one statement has no
    reliability estimate of its own). Higher is better.
    """
    change = post - pre
    if change >= MEANINGFUL_ITEM_CHANGE:
        return IMPROVED
    if change <= -MEANINGFUL_ITEM_CHANGE:
        return DETERIORATED
    return NO_CHANGE


def cronbach_alpha(rows: Sequence[Sequence[float | None]]) -> float:
    """Cronbach's alpha = k/(k-1) x (1 - sum of item variances / variance of the totals).

    Source: Cronbach L.J. (1951) Psychometrika 16:297-334. Rows are respondents, columns are
    statements; any row with a missing answer is dropped (listwise). Sample variances (n - 1).
    """
    complete = [list(row) for row in rows if all(value is not None for value in row)]
    if not complete:
        raise NotEnoughDataError("Cronbach's alpha needs at least 2 complete sets of answers.")
    k = len(complete[0])
    if any(len(row) != k for row in complete):
        raise ValueError("Every row must have the same number of statements.")
    if k < 2:
        raise NotEnoughDataError("Cronbach's alpha needs at least 2 statements.")
    if len(complete) < 2:
        raise NotEnoughDataError("Cronbach's alpha needs at least 2 complete sets of answers.")
    columns = list(zip(*complete, strict=True))
    item_variance = sum(_variance(column) for column in columns)
    total_variance = _variance([sum(row) for row in complete])
    if total_variance == 0:
        raise NotEnoughDataError(
            "Cronbach's alpha is undefined when everyone gave the same total."
        )
    return k / (k - 1) * (1.0 - item_variance / total_variance)


def _variance(values: Sequence[float]) -> float:
    mean = fmean(values)
    return sum((v - mean) ** 2 for v in values) / (len(values) - 1)


def provisional_parameters(
    instrument: Instrument, scope: str, reason: str, n_families: int = 0, n_respondents: int = 0
) -> ReliabilityParameters:
    """The documented provisional SD and reliability, saying why they are being used."""
    sd, reliability = PROVISIONAL_TOTAL if scope == TOTAL else PROVISIONAL_AREA
    return ReliabilityParameters(
        instrument_code=instrument.code,
        version=instrument.version,
        scope=scope,
        sd=sd,
        reliability=reliability,
        n_families=n_families,
        n_respondents=n_respondents,
        is_provisional=True,
        source=(
            f"Provisional: assumed SD {sd} and reliability {reliability} for the {scope} score of "
            f"{instrument.label}, not this council's own figures. {reason} Re-estimate from "
            f"start-wave answers once {MINIMUM_FAMILIES_FOR_ESTIMATE} families have answered."
        ),
    )


def estimate_reliability_parameters(
    start_answers: Iterable[tuple[str, Mapping[str, int | None]]],
    instrument: Instrument = FAMILY_OUTCOMES,
    scope: str = TOTAL,
    minimum_families: int = MINIMUM_FAMILIES_FOR_ESTIMATE,
) -> ReliabilityParameters:
    """Estimate SD (of start-wave scores) and Cronbach's alpha from this council's answers.

    `start_answers` holds (family id, answers) for every respondent at the start wave on this
    questionnaire version; `scope` is "total" or an area code. With fewer than
    `minimum_families` families (default 50) a documented provisional default is returned,
    marked `is_provisional`. Once estimated, store the result and keep it for this version.
    """
    if scope != TOTAL:
        instrument.area(scope)
    codes = (
        instrument.item_codes
        if scope == TOTAL
        else tuple(item.code for item in instrument.items_in(scope))
    )
    scores: list[float] = []
    families: set[str] = set()
    rows: list[list[float | None]] = []
    for family_id, answers in start_answers:
        score = score_answers(answers, instrument)
        value = score.total if scope == TOTAL else score.areas[scope].score
        if value is None:
            continue
        scores.append(value)
        families.add(family_id)
        rows.append([score.answers[code] for code in codes])
    n_families, n_respondents = len(families), len(scores)
    if n_families < minimum_families:
        return provisional_parameters(
            instrument,
            scope,
            f"Only {n_families} of the {minimum_families} families needed have a valid "
            "start-wave score.",
            n_families,
            n_respondents,
        )
    try:
        alpha = cronbach_alpha(rows)
        sd = stdev(scores)
    except NotEnoughDataError as error:
        return provisional_parameters(
            instrument, scope, f"The estimate failed: {error}", n_families, n_respondents
        )
    if not 0 <= alpha < 1 or sd <= 0:
        return provisional_parameters(
            instrument,
            scope,
            f"The estimate (alpha {alpha:.3f}, SD {sd:.3f}) cannot be used for reliable change.",
            n_families,
            n_respondents,
        )
    complete = sum(all(v is not None for v in row) for row in rows)
    return ReliabilityParameters(
        instrument_code=instrument.code,
        version=instrument.version,
        scope=scope,
        sd=sd,
        reliability=alpha,
        n_families=n_families,
        n_respondents=n_respondents,
        is_provisional=False,
        source=(
            f"Estimated from this council's start-wave answers to {instrument.label}: "
            f"SD {sd:.3f} of {n_respondents} {scope} scores from {n_families} families; "
            f"Cronbach's alpha {alpha:.3f} over {len(codes)} statements "
            f"({complete} complete answer sets). Freeze these for this version."
        ),
    )
