"""Cohort tables for reports (pandas): scores for many people at once, change, reliability, spread.

Tables are "long": one row per respondent per wave, with identifying columns (for example
`case_id`, `member_id`, `wave`) and one column per item code holding 1-5 or missing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .errors import AnswerOutOfRangeError, NotEnoughDataError
from .instrument import FAMILY_OUTCOMES, Instrument
from .intervals import Interval, mean_interval, wilson_interval
from .reliability import (
    DETERIORATED,
    IMPROVED,
    NO_CHANGE,
    RCI_CRITICAL_VALUE,
    ReliabilityParameters,
    standard_error_of_difference,
    standard_error_of_measurement,
)
from .scoring import MINIMUM_ANSWERED_DENOMINATOR, MINIMUM_ANSWERED_NUMERATOR

# Terwee et al. (2007) J Clin Epidemiol 60:34-42: a floor or ceiling effect is present when
# more than 15% of respondents have the lowest or highest possible score.
FLOOR_CEILING_SHARE = 0.15
TOTAL = "total"


@dataclass(frozen=True)
class ChangeSummary:
    """How a cohort's scores moved between two waves, for one score column."""

    column: str
    earlier: str
    later: str
    n_cases: int
    n_paired: int
    n_unpaired: int
    mean_earlier: float | None
    mean_later: float | None
    mean_change: Interval | None
    effect_size: float | None
    improved: Interval | None
    no_change: Interval | None
    deteriorated: Interval | None
    n_improved: int
    n_no_change: int
    n_deteriorated: int
    parameters: ReliabilityParameters
    parameters_used: tuple[ReliabilityParameters, ...] = ()  # every set that judged a change

    @property
    def is_provisional(self) -> bool:
        """Whether any reliable change used provisional, not locally estimated, parameters."""
        return any(p.is_provisional for p in self.parameters_used or (self.parameters,))


@dataclass(frozen=True)
class FloorCeiling:
    """Share of scores at the lowest and highest possible values."""

    n: int
    floor_share: float
    ceiling_share: float

    @property
    def has_floor_effect(self) -> bool:
        """More than 15% at the lowest score (Terwee et al. 2007)."""
        return self.floor_share > FLOOR_CEILING_SHARE

    @property
    def has_ceiling_effect(self) -> bool:
        """More than 15% at the highest score (Terwee et al. 2007)."""
        return self.ceiling_share > FLOOR_CEILING_SHARE


def answers_frame(
    records: Iterable[Mapping[str, object]], instrument: Instrument = FAMILY_OUTCOMES
) -> pd.DataFrame:
    """Build a long answers table from plain mappings; item columns become float with NaN."""
    frame = pd.DataFrame(list(records))
    for code in instrument.item_codes:
        if code not in frame.columns:
            frame[code] = np.nan
        frame[code] = pd.to_numeric(frame[code]).astype("float64")
    return frame


def _item_matrix(answers: pd.DataFrame, instrument: Instrument) -> np.ndarray:
    """Item answers as floats (NaN = missing), checked against the scale."""
    missing = [code for code in instrument.item_codes if code not in answers.columns]
    codes = list(instrument.item_codes)
    kinds = answers.dtypes
    if not missing and all(kinds[code] == np.float64 for code in codes):
        # Already floats (as the report's frames are): one copy, not one conversion per item.
        matrix = answers[codes].to_numpy(dtype="float64", copy=True)
    else:
        matrix = np.full((len(answers), len(codes)), np.nan)
        for position, code in enumerate(codes):
            if code not in missing:
                column = pd.to_numeric(answers[code]).astype("float64")
                matrix[:, position] = column.to_numpy(dtype="float64", na_value=np.nan)
    given = matrix[~np.isnan(matrix)]
    allowed = np.array([value for value, _ in instrument.scale], dtype="float64")
    bad = given[~np.isin(given, allowed)]
    if bad.size:
        raise AnswerOutOfRangeError(
            f"The answers table holds {bad.size} value(s) off the {instrument.min_value} to "
            f"{instrument.max_value} scale, for example {bad[0]!r}. Use blank for "
            f'"{instrument.prefer_not_to_say}".'
        )
    return matrix


def score_table(answers: pd.DataFrame, instrument: Instrument = FAMILY_OUTCOMES) -> pd.DataFrame:
    """Add area and total score columns to a long answers table, with `score_answers` rules.

    Area = mean of answered statements when at least 75% are answered; total = mean of all
    answered statements when every area is valid; otherwise NaN. Vectorised, for cohorts.
    """
    matrix = _item_matrix(answers, instrument)
    answered = ~np.isnan(matrix)
    filled = np.where(answered, matrix, 0.0)
    result = answers.copy()
    all_valid = np.ones(len(answers), dtype=bool)
    for area in instrument.area_codes:
        positions = [
            i for i, code in enumerate(instrument.item_codes) if instrument.item(code).area == area
        ]
        count = answered[:, positions].sum(axis=1)
        valid = count * MINIMUM_ANSWERED_DENOMINATOR >= len(positions) * MINIMUM_ANSWERED_NUMERATOR
        valid &= count > 0
        with np.errstate(invalid="ignore", divide="ignore"):
            means = filled[:, positions].sum(axis=1) / count
        result[area] = np.where(valid, means, np.nan)
        all_valid &= valid
    total_count = answered.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        totals = filled.sum(axis=1) / total_count
    result[TOTAL] = np.where(all_valid, totals, np.nan)
    return result


def distance_table(
    scores: pd.DataFrame,
    earlier: str = "start",
    later: str = "close",
    columns: Sequence[str] = (TOTAL,),
    id_columns: Sequence[str] = ("case_id",),
    wave_column: str = "wave",
) -> pd.DataFrame:
    """One row per id: each column's score at both waves and its change (later - earlier).

    Rows appear when the id has a row at either wave; change is NaN unless both scores exist.
    Higher is better, so positive change is improvement.
    """
    ids = list(id_columns)
    wanted = scores[scores[wave_column].isin([earlier, later])]
    if wanted.duplicated(subset=[*ids, wave_column]).any():
        raise ValueError(f"Each {', '.join(ids)} should have one row per wave.")
    wide = wanted.pivot(index=ids, columns=wave_column, values=list(columns))
    result = pd.DataFrame(index=wide.index)
    for column in columns:
        before = wide[(column, earlier)] if (column, earlier) in wide.columns else np.nan
        after = wide[(column, later)] if (column, later) in wide.columns else np.nan
        result[f"{column}_{earlier}"] = before
        result[f"{column}_{later}"] = after
        result[f"{column}_change"] = result[f"{column}_{later}"] - result[f"{column}_{earlier}"]
    return result


def classify_changes(changes: pd.Series, parameters: ReliabilityParameters) -> pd.Series:
    """Reliable-change category per row: RCI = change / Sdiff against +/-1.96 (NaN stays missing)."""
    return _categories(changes / _sdiff(parameters))


def classify_changes_by_questionnaire(
    scores: pd.DataFrame, change: pd.Series,
    parameters: Mapping[tuple[str, int], ReliabilityParameters], earlier: str = "start",
    id_columns: Sequence[str] = ("case_id",), wave_column: str = "wave",
) -> pd.Series:
    """Reliable-change category per row of `change`, each person judged with the figures of the
    questionnaire (code, version) they answered at the earlier wave, as summarise_change does."""
    keys = earlier_instruments(scores, earlier, id_columns, wave_column, change.index)
    return _categories(change / keys.map(lambda key: _sdiff(parameters[key])).astype("float64"))


def _categories(rci: pd.Series) -> pd.Series:
    """IMPROVED above +1.96, DETERIORATED below -1.96, else NO_CHANGE; NaN stays missing."""
    values = rci.to_numpy(dtype="float64", na_value=np.nan)
    categories = np.full(len(values), None, dtype=object)
    categories[~np.isnan(values)] = NO_CHANGE
    categories[values > RCI_CRITICAL_VALUE] = IMPROVED
    categories[values < -RCI_CRITICAL_VALUE] = DETERIORATED
    return pd.Series(categories, index=rci.index, dtype="object")


InstrumentKey = tuple[str, int]
INSTRUMENT_COLUMNS = ("instrument_code", "instrument_version")


def _sdiff(parameters: ReliabilityParameters) -> float:
    return standard_error_of_difference(
        standard_error_of_measurement(parameters.sd, parameters.reliability))


def earlier_instruments(scores: pd.DataFrame, earlier: str, id_columns: Sequence[str],
                        wave_column: str, index: pd.Index) -> pd.Series:
    """(questionnaire code, version) of each id's earlier-wave answers, aligned to `index`."""
    missing = [c for c in INSTRUMENT_COLUMNS if c not in scores.columns]
    if missing:
        raise ValueError(f"Judging each person with their own questionnaire's figures needs the "
                         f"columns {', '.join(missing)}.")
    rows = scores[scores[wave_column] == earlier].set_index(list(id_columns))
    keys = pd.Series([(str(c), int(v)) for c, v in zip(rows["instrument_code"],
                                                        rows["instrument_version"], strict=True)],
                     index=rows.index, dtype="object")
    return keys.reindex(index)


def summarise_change(
    scores: pd.DataFrame,
    parameters: ReliabilityParameters | Mapping[InstrumentKey, ReliabilityParameters],
    earlier: str = "start",
    later: str = "close",
    column: str = TOTAL,
    id_columns: Sequence[str] = ("case_id",),
    wave_column: str = "wave",
) -> ChangeSummary:
    """Cohort change between two waves for one score column.

    Mean change with a 95% t interval; pre-post effect size = mean change / SD of the earlier
    scores of the paired cases (Kazis, Anderson & Meenan 1989, Med Care 27:S178-89); shares
    reliably improved / no reliable change / deteriorated (Jacobson & Truax 1991) with Wilson
    95% intervals. Paired = valid scores at both waves; unpaired = a valid earlier score but
    none later (for example no close wave yet). Higher is better.

    `parameters` is one set for everyone, or a set per questionnaire (code, version) for this
    score column: then each person is judged with the figures of the questionnaire they
    answered at the earlier wave (`scores` needs `instrument_code` and `instrument_version`),
    so a child's change is never judged with the adult version's SD and alpha.
    """
    table = distance_table(scores, earlier, later, (column,), id_columns, wave_column)
    change = table[f"{column}_change"]
    paired = change.notna()
    if isinstance(parameters, ReliabilityParameters):
        used: tuple[ReliabilityParameters, ...] = (parameters,) if paired.any() else ()
        categories = classify_changes(change[paired], parameters)
    else:
        keys = earlier_instruments(scores, earlier, id_columns, wave_column, table.index)[paired]
        unknown = sorted(set(keys) - set(parameters))
        if unknown:
            raise KeyError(f"No reliable-change figures for questionnaire {unknown[0][0]!r} "
                           f"version {unknown[0][1]}.")
        used = tuple(parameters[key] for key in sorted(set(keys)))
        categories = _categories(change[paired] / keys.map(
            lambda key: _sdiff(parameters[key])).astype("float64"))
        parameters = used[0] if used else next(iter(parameters.values()))
    return change_summary(table, categories, used, parameters, column, earlier, later)


def change_summary(
    table: pd.DataFrame, categories: pd.Series, used: tuple[ReliabilityParameters, ...],
    parameters: ReliabilityParameters, column: str = TOTAL, earlier: str = "start",
    later: str = "close",
) -> ChangeSummary:
    """The cohort summary of a `distance_table` whose reliable-change categories are worked out
    already (one per paired row; `used`: the figures they were judged with, `parameters` the
    set to report). What `summarise_change` returns, for callers who keep one table of many
    people and summarise parts of it."""
    # Plain arrays: a report summarises parts of one table many times over.
    before = table[f"{column}_{earlier}"].to_numpy(dtype="float64", na_value=np.nan)
    after = table[f"{column}_{later}"].to_numpy(dtype="float64", na_value=np.nan)
    change = table[f"{column}_change"].to_numpy(dtype="float64", na_value=np.nan)
    paired = ~np.isnan(change)
    n_paired = int(paired.sum())
    n_cases = int((~np.isnan(before)).sum())
    found = categories.to_numpy(dtype=object)
    counts = {name: int((found == name).sum()) for name in (IMPROVED, NO_CHANGE, DETERIORATED)}
    mean_change = mean_interval(change[paired].tolist()) if n_paired >= 2 else None
    baseline_sd = float(np.std(before[paired], ddof=1)) if n_paired >= 2 else float("nan")
    effect_size = (
        mean_change.estimate / baseline_sd
        if mean_change is not None and baseline_sd > 0
        else None
    )

    def share(count: int) -> Interval | None:
        return wilson_interval(count, n_paired) if n_paired else None

    return ChangeSummary(
        column=column,
        earlier=earlier,
        later=later,
        n_cases=n_cases,
        n_paired=n_paired,
        n_unpaired=n_cases - n_paired,
        mean_earlier=float(before[paired].mean()) if n_paired else None,
        mean_later=float(after[paired].mean()) if n_paired else None,
        mean_change=mean_change,
        effect_size=effect_size,
        improved=share(counts[IMPROVED]),
        no_change=share(counts[NO_CHANGE]),
        deteriorated=share(counts[DETERIORATED]),
        n_improved=counts[IMPROVED],
        n_no_change=counts[NO_CHANGE],
        n_deteriorated=counts[DETERIORATED],
        parameters=parameters,
        parameters_used=used,
    )


def _alpha(matrix: np.ndarray) -> float:
    """`cronbach_alpha`, vectorised for a complete answers matrix (rows people, columns
    statements): a report works it out for every area of some sixty groups."""
    n, k = matrix.shape
    if n < 2 or k < 2:
        raise NotEnoughDataError("Cronbach's alpha needs at least 2 statements and 2 people.")
    total_variance = float(matrix.sum(axis=1).var(ddof=1))
    if total_variance == 0:
        raise NotEnoughDataError("Cronbach's alpha is undefined when everyone gave the same total.")
    return k / (k - 1) * (1.0 - float(matrix.var(axis=0, ddof=1).sum()) / total_variance)


def area_alphas(
    answers: pd.DataFrame, instrument: Instrument = FAMILY_OUTCOMES
) -> dict[str, float | None]:
    """Cronbach's alpha per area (and "total") over complete answer sets; None when undefined."""
    matrix = _item_matrix(answers, instrument)
    groups: dict[str, list[int]] = {
        area: [i for i, item in enumerate(instrument.items) if item.area == area]
        for area in instrument.area_codes
    }
    groups[TOTAL] = list(range(len(instrument.items)))
    result: dict[str, float | None] = {}
    for name, positions in groups.items():
        rows = matrix[:, positions]
        complete = rows[~np.isnan(rows).any(axis=1)]
        try:
            result[name] = _alpha(complete)
        except NotEnoughDataError:
            result[name] = None
    return result


def answer_distribution(
    answers: pd.DataFrame, instrument: Instrument = FAMILY_OUTCOMES
) -> pd.DataFrame:
    """Count of each answer per statement: one row per item, columns 1..5 and prefer_not_to_say."""
    matrix = _item_matrix(answers, instrument)
    data: dict[str | int, list[int]] = {
        value: [int((matrix[:, i] == value).sum()) for i in range(matrix.shape[1])]
        for value, _ in instrument.scale
    }
    data["prefer_not_to_say"] = [int(np.isnan(matrix[:, i]).sum()) for i in range(matrix.shape[1])]
    return pd.DataFrame(data, index=pd.Index(instrument.item_codes, name="item"))


def floor_ceiling(
    scores: pd.Series | Sequence[float | None], instrument: Instrument = FAMILY_OUTCOMES
) -> FloorCeiling:
    """Shares of valid scores equal to the scale's lowest and highest values (Terwee et al. 2007)."""
    values = pd.Series(scores, dtype="float64").dropna()
    if values.empty:
        raise NotEnoughDataError("Floor and ceiling effects need at least one valid score.")
    n = len(values)
    return FloorCeiling(
        n=n,
        floor_share=float((values <= instrument.min_value).sum()) / n,
        ceiling_share=float((values >= instrument.max_value).sum()) / n,
    )
