"""The quarterly co-production report: figures for one quarter and group, disclosure-controlled.

`load_quarter_data` reads the whole council's rows for a quarter into plain pandas frames (the
only function here that touches the database); `build_quarterly_report` is pure: frames in,
a frozen `QuarterlyReport` out, whose tables and charts the web page, the PDF and the CSV all
render, so the three always show the same figures.

What counts for a quarter (shown on the report too):
- cases opened / closed: `opened_on` / `closed_on` in the quarter;
- questionnaires received: responses submitted in the quarter, by the wave they belong to;
- response rate: waves due in the quarter (not cancelled) that were answered;
- left without a close questionnaire: cases closed in the quarter whose close wave was not done;
- distance travelled and goals: cases whose close wave was completed in the quarter, comparing
  each family member's start and close answers;
- service experience and the measure's health: responses submitted in the quarter;
- feedback themes and quotes: comments written in the quarter (last quarter's for the change);
- actions: those started by the end of the quarter and not finished before it began.
Dates are UTC calendar dates; quarters are calendar quarters (2026Q3 is July to September).
"""
from __future__ import annotations

import math
import re
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from itertools import product
from statistics import fmean, stdev

import numpy as np
import pandas as pd
from sqlalchemy import select
from sqlalchemy.orm import Session

from family_by_family_scale import (
    AREAS,
    FAMILY_OUTCOMES,
    SERVICE_EXPERIENCE,
    Interval,
    ReliabilityParameters,
    answer_distribution,
    area_alphas,
    mean_interval,
    provisional_parameters,
    score_table,
    summarise_change,
    t_quantile,
    wilson_interval,
)
from family_by_family_scale.goals import MEANINGFUL_GOAL_CHANGE
from feedback.analysis.codebook import THEMES
from feedback.analysis.redaction import redact
from reports.actions import ActionRecord, load_actions, theme_label
from reports.charts import Chart, Series, bar_chart, drawing_to_svg
from reports.disclosure import (
    FEWER_THAN,
    Line,
    ProtectedCount,
    can_show_quotes,
    can_show_share,
    can_show_statistic,
    group_refusal,
    protect_counts,
)
from surveys.questionnaire.reliability import load_frozen_parameters
from surveys.records.models import (
    Answer,
    Case,
    Comment,
    CompletionMode,
    Family,
    FamilyMember,
    GoalRating,
    Locality,
    Response,
    StaffUser,
    Team,
    Wave,
)

WAVE_KINDS = ("start", "middle", "close")
WAVE_LABELS = {"start": "Start", "middle": "Middle", "close": "Close"}
# How a questionnaire was filled in: help from a keyworker or paper can change answers.
MODE_LABELS = {mode.value: mode.label for mode in CompletionMode}
SCOPES = ("total", *(area.code for area in AREAS))
SCOPE_LABELS = {"total": "All areas (total score)", **{a.code: a.title for a in AREAS}}
SENTIMENTS = ("positive", "mixed", "negative", "unknown")
SENTIMENT_LABELS = {"positive": "Positive", "mixed": "Mixed", "negative": "Negative",
                    "unknown": "Not analysed"}
CHANGES = ("improved", "no_change", "deteriorated")
CHANGE_LABELS = {"improved": "Reliably improved", "no_change": "No reliable change",
                 "deteriorated": "Reliably deteriorated"}
ACTION_WINDOW_DAYS = 91
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class QuarterError(ValueError):
    """A quarter written in a way we cannot read."""


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, such as 2026Q3 (1 July to 30 September 2026)."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read "2026Q3" (or "2026-Q3", any case); explain the format when it cannot."""
        match = _QUARTER.match(text or "")
        if not match:
            raise QuarterError(f"Enter a quarter as a year and quarter number, like 2026Q3, "
                               f"not {text!r}.")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        """The quarter a date falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        """First day of the quarter."""
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """Last day of the quarter."""
        return self.next().start - timedelta(days=1)

    @property
    def code(self) -> str:
        """The quarter as 2026Q3."""
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        """The quarter in words: "July to September 2026"."""
        return f"{_MONTHS[3 * self.number - 3]} to {_MONTHS[3 * self.number - 1]} {self.year}"

    def previous(self) -> Quarter:
        """The quarter before."""
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def next(self) -> Quarter:
        """The quarter after."""
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)


@dataclass(frozen=True)
class Filters:
    """Which group a report covers: the whole council, or a locality, team or support level."""

    locality: str | None = None
    team: str | None = None
    support_level: str | None = None

    @property
    def is_whole_council(self) -> bool:
        """Whether no filter is applied."""
        return not (self.locality or self.team or self.support_level)

    def describe(self, support_labels: Mapping[str, str] | None = None) -> str:
        """The group in words, for headings and file names."""
        parts = []
        if self.team:
            parts.append(self.team)
        elif self.locality:
            parts.append(f"{self.locality} locality")
        if self.support_level:
            parts.append((support_labels or {}).get(self.support_level, self.support_level))
        return ", ".join(parts) if parts else "Whole council"


@dataclass(frozen=True, eq=False)
class QuarterData:
    """The whole council's rows for a quarter as plain frames (no filter applied yet)."""

    quarter: Quarter
    cases: pd.DataFrame  # case_id, locality, team, support_level, opened_on, closed_on
    waves: pd.DataFrame  # case_id, kind, due_on, status, completed_on
    responses: pd.DataFrame  # response_id, case_id, member_id, member_role, wave, mode, submitted
    outcomes: pd.DataFrame  # response_id, case_id, member_id, wave, submitted, FBF01..FBF19
    service: pd.DataFrame  # response_id, case_id, submitted, SVC01..SVC07
    goal_ratings: pd.DataFrame  # response_id, case_id, member_id, wave, goal_id, rating
    comments: pd.DataFrame  # comment_id, case_id, member_id, written, sentiment, themes, quote
    actions: tuple[ActionRecord, ...] = ()
    parameters: Mapping[str, ReliabilityParameters] = field(default_factory=dict)
    team_localities: Mapping[str, str] = field(default_factory=dict)


# --- What the report holds ------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    """One table cell as shown; `kind` says what it is ("count", "percent", "number", "text")
    and `number` carries the shown value for charts (None when nothing is shown)."""

    text: str
    kind: str = "text"
    number: float | None = None


@dataclass(frozen=True)
class Table:
    """A data table: the first cell of each row is the row's heading."""

    key: str
    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ChartSpec:
    """A horizontal bar chart to draw with `reports.charts.bar_chart`, and its text alternative."""

    key: str
    title: str
    description: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_max: float | None = None
    value_min: float = 0.0
    ticks: tuple[float, ...] | None = None
    value_format: str = "{:.0f}"
    missing_label: str = "not shown"

    def drawing(self, width: float = 360.0, font_size: float = 11.0) -> Chart:
        """The chart as a reportlab drawing, for the PDF or (through SVG) the web page."""
        return bar_chart(self.categories, self.series, title=self.title, value_min=self.value_min,
                         value_max=self.value_max, ticks=self.ticks,
                         value_format=self.value_format, missing_label=self.missing_label,
                         width=width, font_size=font_size)


@dataclass(frozen=True)
class Section:
    """A part of the report: a heading, plain-English paragraphs, charts and tables."""

    key: str
    title: str
    paragraphs: tuple[str, ...]
    tables: tuple[Table, ...] = ()
    charts: tuple[ChartSpec, ...] = ()
    quotes: tuple[str, ...] = ()


@dataclass(frozen=True)
class ThemeFigure:
    """A feedback theme's protected figures for the quarter."""

    code: str
    label: str
    mentions: ProtectedCount
    previous: ProtectedCount
    negative_share: float | None
    raw_rank: int  # order by this quarter's mentions; used only to rank, never shown


@dataclass(frozen=True)
class AreaChange:
    """Distance travelled on one area (or the total), with figures only where they may be shown."""

    scope: str
    label: str
    n_paired: ProtectedCount
    mean_change: Interval | None
    effect_size: float | None
    shares: Mapping[str, Interval | None]
    mean_start: float | None
    mean_close: float | None


@dataclass(frozen=True)
class QuarterlyReport:
    """A whole quarterly report, ready to render as a web page, a PDF or CSV."""

    quarter: Quarter
    filters: Filters
    group: str
    refusal: str | None
    headlines: tuple[str, ...]
    sections: tuple[Section, ...]
    themes: tuple[ThemeFigure, ...] = ()
    areas: tuple[AreaChange, ...] = ()
    actions: tuple[ActionRecord, ...] = ()
    definitions: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The report's title."""
        return f"Quarterly report: {self.quarter.label}"

    def tables(self) -> tuple[Table, ...]:
        """Every table in the report, in order."""
        return tuple(t for s in self.sections for t in s.tables)


DEFINITIONS = (
    "Quarters are calendar quarters: 2026Q3 runs from 1 July to 30 September 2026.",
    "Cases opened or closed: the case's opening or closing date is in the quarter.",
    "Questionnaires received: questionnaires sent in the quarter, by the wave they belong to. "
    "Response rate: of the waves due in the quarter and not cancelled, how many were answered.",
    "Left without a close questionnaire: cases closed in the quarter whose close wave was not "
    "done. We compare their start scores with those of families who did answer at the close.",
    "Distance travelled and goals: cases whose close questionnaire was completed in the quarter, "
    "comparing each family member's start and close answers (higher is better, on a 1 to 5 "
    "scale). Reliable change uses the Jacobson and Truax method.",
    "Service experience and the measure's health: questionnaires sent in the quarter.",
    "Feedback themes and quotes: comments written in the quarter. A comment can raise several "
    "themes. Quotes are approved by staff, redacted, and shown only for groups of at least 10 "
    "people who answered in the quarter, never beside a team.",
    f"To protect families, counts from 1 to 7 read \"{FEWER_THAN}\", other counts are rounded to "
    "the nearest 5, and a count reads \"not shown\" where it would let a smaller one be worked "
    "out. Averages and percentages need at least 8 people. The same rules apply to whole-council "
    "figures, so reports cannot be subtracted from each other.",
)


def chart_svgs(sections: Sequence[Section]) -> dict[str, str]:
    """Each chart as accessible inline SVG markup, keyed by its chart key (for web pages)."""
    return {spec.key: drawing_to_svg(spec.drawing(), title=spec.title, desc=spec.description,
                                     chart_id=f"chart-{spec.key}")
            for section in sections for spec in section.charts}


# --- Loading (the only database code) ----------------------------------------------------------


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _dates(values) -> pd.Series:
    return pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce")


def _timestamps(values) -> pd.Series:
    series = pd.to_datetime(pd.Series(values, dtype="object"), utc=True, errors="coerce")
    return series.dt.tz_localize(None)


def _frame(result, columns: Sequence[str]) -> pd.DataFrame:
    """A frame from a query result, column by column (much faster than row records)."""
    rows = result.all()
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in columns})
    return pd.DataFrame(dict(zip(columns, (list(values) for values in zip(*rows, strict=True)), strict=True)))


def _chunked(db, query, column, ids: list[int], columns: Sequence[str],
             size: int = 5_000) -> pd.DataFrame:
    """Run a query for many ids a chunk at a time (SQLite limits the parameters in one query)."""
    frames = [_frame(db.execute(query.where(column.in_(ids[i:i + size]))), columns)
              for i in range(0, len(ids), size)]
    if not frames:
        return _frame(db.execute(query.where(column.in_([]))), columns)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _wide(long: pd.DataFrame, codes: Sequence[str]) -> pd.DataFrame:
    """Answers long (response_id, item_code, value) to wide: one row per response."""
    if long.empty:
        wide = pd.DataFrame(columns=["response_id", *codes])
    else:
        wide = long.pivot(index="response_id", columns="item_code", values="value").reset_index()
        wide.columns.name = None
    for code in codes:
        if code not in wide.columns:
            wide[code] = np.nan
        wide[code] = pd.to_numeric(wide[code]).astype("float64")
    return wide[["response_id", *codes]]


def load_quarter_data(session: Session, quarter: Quarter) -> QuarterData:
    """Read the whole council's rows that a report for this quarter needs into plain frames."""
    # Core statements on the session's connection: no ORM row processing for large results.
    db = session.connection()
    start, end = quarter.start, quarter.end
    after_end = _utc(end + timedelta(days=1))
    cases = _frame(db.execute(
        select(Case.id, Locality.name, Team.name, Case.support_level, Case.opened_on,
               Case.closed_on)
        .join(Locality, Case.locality_id == Locality.id).join(Team, Case.team_id == Team.id)
        .where(Case.opened_on <= end)),
        ["case_id", "locality", "team", "support_level", "opened_on", "closed_on"])
    cases["support_level"] = cases["support_level"].map(str)
    cases["opened_on"] = _dates(cases["opened_on"])
    cases["closed_on"] = _dates(cases["closed_on"])
    waves = _frame(db.execute(
        select(Wave.case_id, Wave.kind, Wave.due_on, Wave.status, Wave.completed_on)
        .join(Case, Wave.case_id == Case.id).where(Case.opened_on <= end)),
        ["case_id", "kind", "due_on", "status", "completed_on"])
    waves["kind"] = waves["kind"].map(str)
    waves["status"] = waves["status"].map(str)
    waves["due_on"] = _dates(waves["due_on"])
    waves["completed_on"] = _dates(waves["completed_on"])
    responses = _frame(db.execute(
        select(Response.id, Wave.case_id, Response.member_id, FamilyMember.member_role,
               Wave.kind, Response.mode, Response.submitted_at)
        .join(Wave, Response.wave_id == Wave.id)
        .join(FamilyMember, Response.member_id == FamilyMember.id)
        .where(Response.submitted_at.is_not(None), Response.submitted_at < after_end)),
        ["response_id", "case_id", "member_id", "member_role", "wave", "mode", "submitted"])
    for column in ("member_role", "wave", "mode"):
        responses[column] = responses[column].map(str)
    responses["submitted"] = _timestamps(responses["submitted"])

    # Only the answers the report uses: sent in the quarter, or start and close answers of the
    # cases whose distance travelled or early leaving the quarter reports.
    closing_cases = set(waves.loc[(waves["kind"] == "close") & (waves["status"] == "done")
                                  & _between(waves["completed_on"], start, end), "case_id"])
    closed_cases = set(cases.loc[_between(cases["closed_on"], start, end), "case_id"])
    in_quarter = _between(responses["submitted"], start, end)
    for_change = responses["wave"].isin(["start", "close"]) & responses["case_id"].isin(closing_cases)
    for_leaving = (responses["wave"] == "start") & responses["case_id"].isin(closed_cases)
    wanted = responses.loc[in_quarter | for_change | for_leaving, "response_id"].tolist()
    long = _chunked(db, select(Answer.response_id, Answer.item_code, Answer.value),
                    Answer.response_id, wanted, ["response_id", "item_code", "value"])
    is_service = long["item_code"].isin(SERVICE_EXPERIENCE.item_codes)
    meta = responses[["response_id", "case_id", "member_id", "wave", "submitted"]]
    outcomes = meta.merge(_wide(long.loc[~is_service], FAMILY_OUTCOMES.item_codes), on="response_id")
    service = meta.merge(_wide(long.loc[is_service], SERVICE_EXPERIENCE.item_codes), on="response_id")
    ratings = _chunked(db, select(GoalRating.response_id, GoalRating.goal_id, GoalRating.rating),
                       GoalRating.response_id,
                       responses.loc[for_change, "response_id"].tolist(),
                       ["response_id", "goal_id", "rating"])
    goal_ratings = meta.merge(ratings, on="response_id")

    actions = tuple(a for a in load_actions(session, started_by=end)
                    if a.completed_on is None or a.completed_on >= start)
    earliest = min([quarter.previous().start,
                    *(a.started_on - timedelta(days=ACTION_WINDOW_DAYS) for a in actions)])
    comment_rows = db.execute(
        select(Comment.id, Wave.case_id, Response.member_id, Comment.written_at, Comment.sentiment,
               Comment.corrected_sentiment, Comment.themes, Comment.corrected_themes,
               Comment.quote_status, Comment.quote_text)
        .join(Response, Comment.response_id == Response.id)
        .join(Wave, Response.wave_id == Wave.id)
        .where(Comment.written_at >= _utc(earliest), Comment.written_at < after_end)).all()
    comments = pd.DataFrame({
        "comment_id": [r[0] for r in comment_rows],
        "case_id": [r[1] for r in comment_rows],
        "member_id": [r[2] for r in comment_rows],
        "written": _timestamps([r[3] for r in comment_rows]),
        "sentiment": [r[5] or r[4] or "unknown" for r in comment_rows],
        "themes": [list(r[7] if r[7] is not None else (r[6] or [])) for r in comment_rows],
        "quote": [r[9] if r[8] == "approved" and r[9] else None for r in comment_rows],
    })
    comments = _redact_quotes(session, comments, quarter)
    team_localities = dict(db.execute(
        select(Team.name, Locality.name).join(Locality, Team.locality_id == Locality.id)).all())
    return QuarterData(quarter=quarter, cases=cases, waves=waves, responses=responses,
                       outcomes=outcomes, service=service, goal_ratings=goal_ratings,
                       comments=comments, actions=actions,
                       parameters=_load_parameters(session), team_localities=team_localities)


def _redact_quotes(session: Session, comments: pd.DataFrame, quarter: Quarter) -> pd.DataFrame:
    """Redact approved quotes once more with the names the system knows near them, so a name
    missed by hand never reaches a report. The names themselves never leave this function."""
    in_quarter = _between(comments["written"], quarter.start, quarter.end)
    quoted = comments.loc[comments["quote"].notna() & in_quarter, ["case_id", "quote"]]
    if quoted.empty:
        return comments
    case_ids = sorted(set(int(c) for c in quoted["case_id"]))
    names: dict[int, set[str]] = {c: set() for c in case_ids}
    for case_id, first, family, keyworker in session.execute(
            select(Case.id, FamilyMember.first_name, Family.family_name, StaffUser.display_name)
            .join(Family, Case.family_id == Family.id)
            .join(FamilyMember, FamilyMember.family_id == Family.id)
            .join(StaffUser, Case.keyworker_id == StaffUser.id)
            .where(Case.id.in_(case_ids))):
        names[case_id].update({first, family, *(keyworker or "").split()})
    redacted = [redact(text, known_names=sorted(n for n in names[int(case)] if n)).text
                for case, text in zip(quoted["case_id"], quoted["quote"], strict=True)]
    result = comments.copy()
    result["quote"] = result["quote"].where(in_quarter, None)
    result.loc[quoted.index, "quote"] = redacted
    return result


def _load_parameters(session: Session) -> dict[str, ReliabilityParameters]:
    """Frozen reliable-change parameters for the adult questionnaire, or the provisional ones."""
    frozen = load_frozen_parameters(session)
    return {scope: frozen.get((FAMILY_OUTCOMES.code, FAMILY_OUTCOMES.version, scope))
            or provisional_parameters(FAMILY_OUTCOMES, scope,
                                      "No estimate has been frozen for this council yet.")
            for scope in SCOPES}


# --- Raw figures for one group (never shown before protection) --------------------------------


@dataclass
class _Raw:
    counts: dict[Hashable, int] = field(default_factory=dict)
    lines: list[Line] = field(default_factory=list)
    changes: dict[str, object] = field(default_factory=dict)
    left_early: dict[str, object] = field(default_factory=dict)
    goals: dict[str, object] = field(default_factory=dict)
    alphas: dict[str, float | None] = field(default_factory=dict)
    complete: dict[str, int] = field(default_factory=dict)
    negative: dict[str, float] = field(default_factory=dict)
    quotes: list[str] = field(default_factory=list)
    theme_order: list[str] = field(default_factory=list)
    teams: int = 0

    def line(self, parts: dict[Hashable, int], total_key: Hashable, total: int | None = None) -> None:
        self.counts.update(parts)
        self.counts[total_key] = sum(parts.values()) if total is None else total
        self.lines.append(Line(tuple(parts), total_key))


def _between(series: pd.Series, start: date, end: date) -> pd.Series:
    return (series >= pd.Timestamp(start)) & (series < pd.Timestamp(end + timedelta(days=1)))


def _group_case_ids(data: QuarterData, filters: Filters) -> pd.Index:
    cases = data.cases
    mask = pd.Series(True, index=cases.index)
    if filters.team:
        mask &= cases["team"] == filters.team
    if filters.locality:
        mask &= cases["locality"] == filters.locality
    if filters.support_level:
        mask &= cases["support_level"] == filters.support_level
    return pd.Index(cases.loc[mask, "case_id"])


def _welch(a: Sequence[float], b: Sequence[float]) -> Interval:
    """Difference of means a - b with Welch's 95% t interval: se = sqrt(sa²/na + sb²/nb),
    df by Welch-Satterthwaite (Welch 1947, Biometrika 34:28-35)."""
    va, vb = stdev(a) ** 2 / len(a), stdev(b) ** 2 / len(b)
    diff = fmean(a) - fmean(b)
    se = math.sqrt(va + vb)
    if se == 0:
        return Interval(diff, diff, diff)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    half = t_quantile(0.975, df) * se
    return Interval(diff, diff - half, diff + half)


def _raw_figures(data: QuarterData, filters: Filters, *, with_details: bool = True) -> _Raw:
    """Every count and statistic for one group, before any disclosure control."""
    quarter = data.quarter
    q_start, q_end = quarter.start, quarter.end
    raw = _Raw()
    ids = _group_case_ids(data, filters)
    cases = data.cases[data.cases["case_id"].isin(ids)]
    waves = data.waves[data.waves["case_id"].isin(ids)]
    responses = data.responses[data.responses["case_id"].isin(ids)]
    raw.teams = int(cases["team"].nunique())

    # Cases.
    opened = _between(cases["opened_on"], q_start, q_end)
    closed = _between(cases["closed_on"], q_start, q_end)
    active = (cases["opened_on"] <= pd.Timestamp(q_end)) & (
        cases["closed_on"].isna() | (cases["closed_on"] >= pd.Timestamp(q_start)))
    close_done = set(waves.loc[(waves["kind"] == "close") & (waves["status"] == "done"), "case_id"])
    closed_ids = cases.loc[closed, "case_id"]
    with_close = closed_ids.isin(close_done)
    raw.counts[("cases", "active")] = int(active.sum())
    raw.counts[("cases", "opened")] = int(opened.sum())
    raw.counts[("cases", "open_at_end")] = int(
        (active & (cases["closed_on"].isna() | (cases["closed_on"] > pd.Timestamp(q_end)))).sum())
    raw.line({("cases", "closed_with_close"): int(with_close.sum()),
              ("cases", "closed_without_close"): int((~with_close).sum())}, ("cases", "closed"))

    # Questionnaires by wave.
    submitted = responses[_between(responses["submitted"], q_start, q_end)]
    due = waves[_between(waves["due_on"], q_start, q_end) & (waves["status"] != "cancelled")]
    for kind in WAVE_KINDS:
        of_kind = due[due["kind"] == kind]
        answered = int((of_kind["status"] == "done").sum())
        raw.line({("waves", kind, "answered"): answered,
                  ("waves", kind, "not_answered"): len(of_kind) - answered}, ("waves", kind, "due"))
    raw.line({("received", kind): int((submitted["wave"] == kind).sum()) for kind in WAVE_KINDS},
             ("received", "total"))
    raw.line({("mode", mode): int((submitted["mode"] == mode).sum()) for mode in MODE_LABELS},
             ("received", "total"))
    raw.counts[("respondents",)] = int(submitted["member_id"].nunique())

    # Distance travelled: start and close answers of cases whose close wave was done this quarter.
    closing = set(waves.loc[(waves["kind"] == "close") & (waves["status"] == "done")
                            & _between(waves["completed_on"], q_start, q_end), "case_id"])
    outcomes = data.outcomes[data.outcomes["case_id"].isin(ids)]
    pair_rows = outcomes[outcomes["case_id"].isin(closing) & outcomes["wave"].isin(["start", "close"])]
    scored = score_table(pair_rows) if len(pair_rows) else None
    for scope in SCOPES:
        if scored is None:
            counts = dict.fromkeys(CHANGES, 0)
            summary = None
        else:
            summary = summarise_change(scored, data.parameters[scope], column=scope,
                                       id_columns=("member_id",))
            counts = {"improved": summary.n_improved, "no_change": summary.n_no_change,
                      "deteriorated": summary.n_deteriorated}
        raw.line({("change", scope, c): counts[c] for c in CHANGES}, ("change", scope, "paired"))
        raw.changes[scope] = summary
    if scored is not None:
        paired_members = scored.groupby("member_id")["wave"].nunique()
        paired = scored[scored["member_id"].isin(paired_members[paired_members == 2].index)
                        & scored["total"].notna()]
        raw.counts[("change", "families")] = int(paired["case_id"].nunique())
    else:
        raw.counts[("change", "families")] = 0

    # Families who left without a close questionnaire, compared at the start with those who stayed.
    starts = outcomes[outcomes["case_id"].isin(set(closed_ids)) & (outcomes["wave"] == "start")]
    start_scores = (score_table(starts).groupby("case_id")["total"].mean().dropna()
                    if len(starts) else pd.Series(dtype="float64"))
    stayed = start_scores[start_scores.index.isin(close_done)]
    left = start_scores[~start_scores.index.isin(close_done)]
    raw.counts[("left", "stayed_scored")] = len(stayed)
    raw.counts[("left", "left_scored")] = len(left)
    raw.left_early = {"stayed": stayed.tolist(), "left": left.tolist()}

    # Goals: each member's rating of each goal at the start and the close.
    ratings = data.goal_ratings[data.goal_ratings["case_id"].isin(closing)
                                & data.goal_ratings["rating"].notna()]
    goal_changes = pd.Series(dtype="float64")
    if len(ratings):
        wide = ratings.pivot_table(index=["member_id", "goal_id"], columns="wave", values="rating",
                                   aggfunc="first")
        if {"start", "close"} <= set(wide.columns):
            goal_changes = (wide["close"] - wide["start"]).dropna()
    raw.line({("goals", "improved"): int((goal_changes >= MEANINGFUL_GOAL_CHANGE).sum()),
              ("goals", "no_change"): int((goal_changes.abs() < MEANINGFUL_GOAL_CHANGE).sum()),
              ("goals", "deteriorated"): int((goal_changes <= -MEANINGFUL_GOAL_CHANGE).sum())},
             ("goals", "rated"))
    raw.goals = {"changes": goal_changes.tolist()}

    # Service experience: "mostly" or "completely" true, answers sent this quarter.
    service = data.service[data.service["case_id"].isin(ids)
                           & _between(data.service["submitted"], q_start, q_end)]
    for code in SERVICE_EXPERIENCE.item_codes:
        values = service[code].dropna()
        agree = int((values >= 4).sum())
        raw.line({("service", code, "agree"): agree,
                  ("service", code, "other"): len(values) - agree}, ("service", code, "answered"))

    # Themes: comments written this quarter and last.
    comments = data.comments[data.comments["case_id"].isin(ids)]
    this_q = comments[_between(comments["written"], q_start, q_end)]
    prev = quarter.previous()
    last_q = comments[_between(comments["written"], prev.start, prev.end)]
    raw.counts[("comments", "total")] = len(this_q)
    mentions = _theme_sentiments(this_q)
    previous = _theme_sentiments(last_q).sum(axis=1)
    for theme in THEMES:
        row = mentions.loc[theme.code] if theme.code in mentions.index else None
        parts = {("theme", theme.code, s): int(row[s]) if row is not None else 0 for s in SENTIMENTS}
        raw.line(parts, ("theme", theme.code, "mentions"))
        raw.counts[("theme", theme.code, "previous")] = int(previous.get(theme.code, 0))
        total = sum(parts.values())
        if total:
            raw.negative[theme.code] = parts[("theme", theme.code, "negative")] / total
    raw.theme_order = sorted(
        (t.code for t in THEMES),
        key=lambda code: -raw.counts[("theme", code, "mentions")])
    raw.quotes = [q for q in this_q["quote"].tolist() if isinstance(q, str) and q.strip()]

    # Actions: mentions of the action's theme in the 13 weeks before and after it started.
    for action in data.actions:
        if filters.locality is None and filters.team is None:
            applies = True
        else:
            place = filters.locality or data.team_localities.get(filters.team or "")
            applies = action.locality is None or action.locality == place
        if not applies:
            continue
        # A boolean mask even when no comments match the filters: an empty object-typed mask
        # would select columns, not rows, and lose the "written" column.
        has_theme = comments["themes"].map(lambda ts, code=action.theme_code: code in ts)
        of_theme = comments.loc[has_theme.astype(bool)]
        windows = {
            "before": (action.started_on - timedelta(days=ACTION_WINDOW_DAYS),
                       action.started_on - timedelta(days=1)),
            "after": (action.started_on,
                      min(action.started_on + timedelta(days=ACTION_WINDOW_DAYS - 1), q_end)),
        }
        for when, (w_start, w_end) in windows.items():
            in_window = of_theme[_between(of_theme["written"], w_start, w_end)]
            counts = in_window["sentiment"].value_counts()
            raw.line({("action", action.id, when, s): int(counts.get(s, 0)) for s in SENTIMENTS},
                     ("action", action.id, when, "mentions"))

    # The measure's health: answers sent this quarter.
    health = outcomes[_between(outcomes["submitted"], q_start, q_end)]
    raw.counts[("health", "responses")] = len(health)
    # Total scores at the floor and the ceiling are counts like any other: wider groups have
    # them too, so complementary and secondary suppression reach the shares shown from them.
    totals = score_table(health)["total"].dropna() if len(health) else pd.Series(dtype=float)
    floor, ceiling = int((totals <= 1).sum()), int((totals >= 5).sum())
    raw.line({("health", "floor"): floor, ("health", "between"): len(totals) - floor - ceiling,
              ("health", "ceiling"): ceiling}, ("health", "scored"))
    if with_details:
        if len(health):
            distribution = answer_distribution(health)
            raw.alphas = area_alphas(health)
            item_matrix = health[list(FAMILY_OUTCOMES.item_codes)]
            for scope in SCOPES:
                codes = (FAMILY_OUTCOMES.item_codes if scope == "total"
                         else [i.code for i in FAMILY_OUTCOMES.items_in(scope)])
                raw.complete[scope] = int(item_matrix[list(codes)].notna().all(axis=1).sum())
        else:
            distribution = pd.DataFrame(0, index=pd.Index(FAMILY_OUTCOMES.item_codes),
                                        columns=[1, 2, 3, 4, 5, "prefer_not_to_say"])
        for code in FAMILY_OUTCOMES.item_codes:
            parts = {("answers", code, str(v)): int(distribution.loc[code, v])
                     for v in distribution.columns}
            raw.line(parts, ("answers", code, "all"))
    return raw


def _theme_sentiments(comments: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each theme by sentiment: one row per theme code, one column per sentiment."""
    if comments.empty:
        return pd.DataFrame(columns=list(SENTIMENTS), dtype="int64")
    exploded = comments[["themes", "sentiment"]].explode("themes").dropna(subset=["themes"])
    sentiment = exploded["sentiment"].where(exploded["sentiment"].isin(SENTIMENTS), "unknown")
    table = pd.crosstab(exploded["themes"], sentiment)
    return table.reindex(columns=list(SENTIMENTS), fill_value=0)


def wider_filters(filters: Filters, team_localities: Mapping[str, str]) -> list[Filters]:
    """Every wider group this group could be subtracted from: drop or widen one or more filters."""
    if filters.team:
        places = [(filters.team, filters.locality or team_localities.get(filters.team)),
                  (None, filters.locality or team_localities.get(filters.team)), (None, None)]
    elif filters.locality:
        places = [(None, filters.locality), (None, None)]
    else:
        places = [(None, None)]
    levels = [filters.support_level, None] if filters.support_level else [None]
    options = {Filters(locality=loc if team is None else filters.locality, team=team,
                       support_level=level)
               for (team, loc), level in product(places, levels)}
    options.discard(filters)
    return sorted(options, key=lambda f: (f.team or "", f.locality or "", f.support_level or ""))


# --- Formatting -----------------------------------------------------------------------------


def _percent(share: float) -> str:
    return f"{round(100 * share)}%"


def _interval_percent(interval: Interval) -> str:
    return f"{_percent(interval.low)} to {_percent(interval.high)}"


def _signed(value: float, places: int = 2) -> str:
    text = f"{value:+.{places}f}"
    return text.replace("-", "\u2212")


def _count_cell(pc: ProtectedCount) -> Cell:
    return Cell(pc.text, "count", float(pc.shown) if pc.is_shown else None)


def _not_shown(reason: str = "not shown") -> Cell:
    return Cell(reason, "text")


def _share(pcs: Mapping[Hashable, ProtectedCount], raw: _Raw, part: Hashable,
           total: Hashable) -> Interval | None:
    """A share with its Wilson interval, only where its count, its total and the rest of the
    group may be shown (disclosure.can_show_share)."""
    n = raw.counts[total]
    if not can_show_share(pcs[part], pcs[total], raw.counts[part], n):
        return None
    return wilson_interval(raw.counts[part], n)


def _share_cells(interval: Interval | None) -> tuple[Cell, Cell]:
    if interval is None:
        return _not_shown(), _not_shown()
    return (Cell(_percent(interval.estimate), "percent", round(100 * interval.estimate)),
            Cell(_interval_percent(interval), "text"))


def build_quarterly_report(data: QuarterData, filters: Filters = Filters(),
                           support_labels: Mapping[str, str] | None = None) -> QuarterlyReport:
    """Build the disclosure-controlled report for one quarter and group, from plain frames."""
    group = filters.describe(support_labels)
    raw = _raw_figures(data, filters)
    wider = [_raw_figures(data, w, with_details=False) for w in
             wider_filters(filters, data.team_localities)]
    refusal = group_refusal(raw.counts[("cases", "active")],
                            [w.counts[("cases", "active")] for w in wider])
    if refusal:
        return QuarterlyReport(quarter=data.quarter, filters=filters, group=group, refusal=refusal,
                               headlines=(refusal,), sections=(), definitions=DEFINITIONS)
    pcs = protect_counts(raw.counts, raw.lines, [w.counts for w in wider])
    areas = _area_changes(raw, pcs)
    themes = _theme_figures(raw, pcs)
    actions = tuple(a for a in data.actions if ("action", a.id, "before", "mentions") in raw.counts)
    sections = (
        _cases_section(raw, pcs),
        _questionnaires_section(raw, pcs),
        _left_early_section(raw, pcs),
        _distance_section(raw, pcs, areas, data.parameters),
        _goals_section(raw, pcs),
        _service_section(raw, pcs),
        _themes_section(raw, pcs, themes, filters),
        _actions_section(raw, pcs, actions),
        _health_section(raw, pcs),
    )
    report = QuarterlyReport(quarter=data.quarter, filters=filters, group=group, refusal=None,
                             headlines=(), sections=sections, themes=themes, areas=areas,
                             actions=actions, definitions=DEFINITIONS)
    return replace(report, headlines=_headlines(raw, pcs, areas, themes, data.quarter, data.parameters))


def _area_changes(raw: _Raw, pcs) -> tuple[AreaChange, ...]:
    result = []
    for scope in SCOPES:
        summary = raw.changes.get(scope)
        paired_key = ("change", scope, "paired")
        n = raw.counts[paired_key]
        may_show = pcs[paired_key].is_shown and can_show_statistic(n) and summary is not None
        result.append(AreaChange(
            scope=scope, label=SCOPE_LABELS[scope], n_paired=pcs[paired_key],
            mean_change=summary.mean_change if may_show else None,
            effect_size=summary.effect_size if may_show else None,
            shares={c: _share(pcs, raw, ("change", scope, c), paired_key) for c in CHANGES},
            mean_start=summary.mean_earlier if may_show else None,
            mean_close=summary.mean_later if may_show else None))
    return tuple(result)


def _theme_figures(raw: _Raw, pcs) -> tuple[ThemeFigure, ...]:
    figures = []
    for rank, code in enumerate(raw.theme_order):
        key = ("theme", code, "mentions")
        share = None
        if pcs[key].is_shown and pcs[("theme", code, "negative")].is_shown \
                and can_show_statistic(raw.counts[key]):
            share = raw.negative.get(code)
        figures.append(ThemeFigure(code=code, label=theme_label(code), mentions=pcs[key],
                                   previous=pcs[("theme", code, "previous")],
                                   negative_share=share, raw_rank=rank))
    return tuple(figures)


def _cases_section(raw: _Raw, pcs) -> Section:
    rows = (
        (Cell("Cases open at any time in the quarter"), _count_cell(pcs[("cases", "active")])),
        (Cell("Cases opened"), _count_cell(pcs[("cases", "opened")])),
        (Cell("Cases closed"), _count_cell(pcs[("cases", "closed")])),
        (Cell("Closed after a close questionnaire"),
         _count_cell(pcs[("cases", "closed_with_close")])),
        (Cell("Closed without a close questionnaire"),
         _count_cell(pcs[("cases", "closed_without_close")])),
        (Cell("Cases still open at the end of the quarter"),
         _count_cell(pcs[("cases", "open_at_end")])),
    )
    return Section("cases", "Cases opened and closed", (), (
        Table("cases", "Cases in the quarter", ("Cases", "Number"), rows),))


def _questionnaires_section(raw: _Raw, pcs) -> Section:
    rows = []
    rate_values = []
    for kind in WAVE_KINDS:
        share = _share(pcs, raw, ("waves", kind, "answered"), ("waves", kind, "due"))
        rate, interval = _share_cells(share)
        rate_values.append(None if share is None else round(100 * share.estimate))
        rows.append((Cell(WAVE_LABELS[kind]), _count_cell(pcs[("waves", kind, "due")]),
                     _count_cell(pcs[("waves", kind, "answered")]),
                     _count_cell(pcs[("waves", kind, "not_answered")]), rate, interval,
                     _count_cell(pcs[("received", kind)])))
    rows.append((Cell("All waves"), Cell(""), Cell(""), Cell(""), Cell(""), Cell(""),
                  _count_cell(pcs[("received", "total")])))
    table = Table("questionnaires", "Questionnaires and response rates by wave",
                  ("Wave", "Waves due", "Answered", "Not answered", "Response rate",
                   "95% confidence interval", "Received"), tuple(rows),
                  ("Waves due counts one per family. Received counts each family member's "
                   "questionnaire sent in the quarter.",))
    modes = Table("modes", "How questionnaires were filled in",
                  ("How", "Questionnaires received"),
                  tuple((Cell(label), _count_cell(pcs[("mode", mode)]))
                        for mode, label in MODE_LABELS.items())
                  + ((Cell("All"), _count_cell(pcs[("received", "total")])),),
                  ("Filling in with a keyworker, or on paper, can change how people answer: "
                   "compare like with like.",))
    chart = ChartSpec("response-rates", "Response rate by wave",
                      "Bar chart of the share of waves due in the quarter that were answered, "
                      "by wave. The figures are in the table below.",
                      tuple(WAVE_LABELS.values()), (Series("Response rate (%)", tuple(rate_values)),),
                      value_max=100, ticks=(0, 25, 50, 75, 100))
    return Section("questionnaires", "Questionnaires and response rates", (), (table, modes),
                   (chart,))


def _left_early_section(raw: _Raw, pcs) -> Section:
    stayed, left = raw.left_early["stayed"], raw.left_early["left"]
    stayed_pc, left_pc = pcs[("left", "stayed_scored")], pcs[("left", "left_scored")]
    ok_stayed = stayed_pc.is_shown and can_show_statistic(len(stayed))
    ok_left = left_pc.is_shown and can_show_statistic(len(left))
    rows = []
    for label, values, ok, pc in (("Answered at the close", stayed, ok_stayed, stayed_pc),
                                  ("Left without a close questionnaire", left, ok_left, left_pc)):
        interval = mean_interval(values) if ok else None
        rows.append((Cell(label), _count_cell(pc),
                     Cell(f"{interval.estimate:.2f}", "number", interval.estimate) if interval
                     else _not_shown(),
                     Cell(f"{interval.low:.2f} to {interval.high:.2f}") if interval else _not_shown()))
    if ok_stayed and ok_left:
        diff = _welch(left, stayed)
        differs = diff.low > 0 or diff.high < 0
        direction = "higher" if diff.estimate > 0 else "lower"
        finding = (f"Families who left without a close questionnaire started with {direction} "
                   f"scores than those who stayed (difference {_signed(diff.estimate)}, 95% "
                   f"confidence interval {_signed(diff.low)} to {_signed(diff.high)}), so the "
                   "distance travelled below may not describe every family."
                   if differs else
                   "Families who left without a close questionnaire started with scores much "
                   f"like those who stayed (difference {_signed(diff.estimate)}, 95% confidence "
                   f"interval {_signed(diff.low)} to {_signed(diff.high)}).")
    else:
        finding = ("Too few families in one of the two groups to compare their start scores "
                   "(we need at least 8 in each).")
    table = Table("left-early", "Start scores of families whose cases closed in the quarter",
                  ("Families", "Number with a start score", "Average start score (1 to 5)",
                   "95% confidence interval"), tuple(rows))
    return Section("left-early", "Families who left without a close questionnaire", (finding,),
                   (table,))


def _distance_section(raw: _Raw, pcs, areas: Sequence[AreaChange],
                      parameters: Mapping[str, ReliabilityParameters]) -> Section:
    rows = []
    share_rows = []
    for area in areas:
        mc = area.mean_change
        rows.append((
            Cell(area.label), _count_cell(area.n_paired),
            Cell(f"{area.mean_start:.2f}", "number", area.mean_start)
            if area.mean_start is not None else _not_shown(),
            Cell(f"{area.mean_close:.2f}", "number", area.mean_close)
            if area.mean_close is not None else _not_shown(),
            Cell(_signed(mc.estimate), "number", mc.estimate) if mc else _not_shown(),
            Cell(f"{_signed(mc.low)} to {_signed(mc.high)}") if mc else _not_shown(),
            Cell(f"{area.effect_size:.2f}", "number", area.effect_size)
            if area.effect_size is not None else _not_shown()))
        cells = [Cell(area.label)]
        for change in CHANGES:
            cells.extend(_share_cells(area.shares[change]))
        share_rows.append(tuple(cells))
    note = provisional_note(parameters)
    notes = (note,) if note else ()
    means = Table("distance", "Distance travelled from start to close, per family member",
                  ("Area", "Family members with start and close answers", "Average at start",
                   "Average at close", "Average change", "95% confidence interval",
                   "Effect size"), tuple(rows),
                  ("Scores run from 1 to 5; higher is better. Effect size is the average change "
                   "divided by the spread of start scores (0.2 small, 0.5 medium, 0.8 large).",))
    shares = Table("reliable-change", "Reliable change from start to close",
                   ("Area", "Reliably improved", "95% CI", "No reliable change", "95% CI",
                    "Reliably deteriorated", "95% CI"), tuple(share_rows),
                   ("A change counts as reliable when it is bigger than measurement error alone "
                    "would explain (Jacobson and Truax, 1991).", *notes))
    chart = ChartSpec(
        "distance-chart", "Average scores at start and close, by area",
        "Bar chart of average scores from 1 to 5 at the start and the close for each area. "
        "The figures are in the table below.",
        tuple(a.label for a in areas),
        (Series("Start", tuple(a.mean_start for a in areas)),
         Series("Close", tuple(a.mean_close for a in areas))),
        value_min=1.0, value_max=5.0, ticks=(1, 2, 3, 4, 5), value_format="{:.1f}")
    families = pcs[("change", "families")]
    paragraphs = (f"Family members from {families.text} families answered at both the start and "
                  "the close of their support.",)
    return Section("distance", "Distance travelled", paragraphs, (means, shares), (chart,))


def _goals_section(raw: _Raw, pcs) -> Section:
    total = ("goals", "rated")
    rows = []
    for change in CHANGES:
        share = _share(pcs, raw, ("goals", change), total)
        rows.append((Cell(CHANGE_LABELS[change].replace("Reliably", "Meaningfully").replace(
            "No reliable", "No meaningful")), _count_cell(pcs[("goals", change)]),
            *_share_cells(share)))
    rows.append((Cell("Goals rated at start and close"), _count_cell(pcs[total]), Cell(""),
                 Cell("")))
    changes = raw.goals["changes"]
    paragraphs: tuple[str, ...] = ()
    if pcs[total].is_shown and can_show_statistic(len(changes)):
        mean = mean_interval(changes)
        paragraphs = (f"Goals moved by {_signed(mean.estimate, 1)} points on average on the 0 to "
                      f"10 scale (95% confidence interval {_signed(mean.low, 1)} to "
                      f"{_signed(mean.high, 1)}).",)
    table = Table("goals", "Progress on the families' own goals, start to close",
                  ("Goals", "Number", "Share", "95% CI"), tuple(rows),
                  ("A goal moved meaningfully when its 0 to 10 rating rose or fell by 3 points "
                   "or more.",))
    return Section("goals", "Goals", paragraphs, (table,))


def _service_section(raw: _Raw, pcs) -> Section:
    rows = []
    for item in SERVICE_EXPERIENCE.items:
        share = _share(pcs, raw, ("service", item.code, "agree"), ("service", item.code, "answered"))
        rows.append((Cell(item.text), _count_cell(pcs[("service", item.code, "answered")]),
                     *_share_cells(share)))
    table = Table("service", "How the service felt: mostly or completely true",
                  ("Statement", "People who answered", "Mostly or completely true", "95% CI"),
                  tuple(rows))
    return Section("service", "Service experience", (), (table,))


def _themes_section(raw: _Raw, pcs, themes: Sequence[ThemeFigure], filters: Filters) -> Section:
    rows = []
    for theme in themes:
        parts = [_count_cell(pcs[("theme", theme.code, s)]) for s in SENTIMENTS]
        change = "not shown"
        now, before = theme.mentions, theme.previous
        if now.is_shown and before.is_shown:
            change = ("more" if now.shown > before.shown else
                      "fewer" if now.shown < before.shown else "about the same")
        rows.append((Cell(theme.label), _count_cell(now), *parts, _count_cell(before),
                     Cell(change)))
    table = Table("themes", "Feedback themes this quarter, by sentiment",
                  ("Theme", "Mentions", *(SENTIMENT_LABELS[s] for s in SENTIMENTS),
                   "Mentions last quarter", "Change"), tuple(rows),
                  ("Themes are ranked by mentions this quarter.",))
    top = [t for t in themes if t.mentions.is_shown and t.mentions.shown][:8]
    chart = ChartSpec("themes-chart", "Most mentioned themes, this quarter and last",
                      "Bar chart of mentions of the most mentioned themes this quarter and last "
                      "quarter (rounded to the nearest 5). The figures are in the table below.",
                      tuple(t.label for t in top),
                      (Series("This quarter", tuple(float(t.mentions.shown) for t in top)),
                       Series("Last quarter", tuple(float(t.previous.shown) if t.previous.is_shown
                                                    else None for t in top))))
    respondents = raw.counts[("respondents",)]
    quotes: tuple[str, ...] = ()
    if filters.team or (filters.locality and raw.teams <= 1):
        # A locality with one team is a team by another name: a quote beside it could be traced.
        note = "Quotes are never shown in a report for one team."
    elif not can_show_quotes(respondents):
        note = "Quotes are shown only when at least 10 people in the group answered this quarter."
    else:
        quotes = tuple(raw.quotes[:6])
        note = ("What families said, in their own words (approved by staff and redacted)."
                if quotes else "No quotes were approved for this quarter.")
    paragraphs = (f"Families wrote {pcs[('comments', 'total')].text} comments this quarter.", note)
    return Section("themes", "What families told us", paragraphs, (table,),
                   (chart,) if top else (), quotes)


def _actions_section(raw: _Raw, pcs, actions: Sequence[ActionRecord]) -> Section:
    rows = []
    for action in actions:
        cells = [Cell(action.we_heard), Cell(action.we_did), Cell(action.status_label),
                 Cell(action.theme)]
        for when in ("before", "after"):
            total = ("action", action.id, when, "mentions")
            cells.append(_count_cell(pcs[total]))
            share = _share(pcs, raw, ("action", action.id, when, "negative"), total)
            cells.append(Cell(_percent(share.estimate), "percent", round(100 * share.estimate))
                         if share else _not_shown())
        rows.append(tuple(cells))
    table = Table("actions", "You said, we did", (
        "You said", "We did", "Where it has got to", "Theme", "Mentions in the 13 weeks before",
        "Negative before", "Mentions in the 13 weeks after", "Negative after"), tuple(rows),
        ("Mentions count comments raising the action's theme in the 13 weeks before it started "
         "and the 13 weeks after (up to the end of the quarter).",))
    paragraphs = () if actions else ("No actions have been recorded yet.",)
    return Section("actions", "You said, we did", paragraphs, (table,) if actions else ())


def _health_section(raw: _Raw, pcs) -> Section:
    rows = []
    for scope in SCOPES:
        alpha = raw.alphas.get(scope)
        ok = alpha is not None and can_show_statistic(raw.complete.get(scope, 0)) \
            and pcs[("health", "responses")].is_shown
        rows.append((Cell(SCOPE_LABELS[scope]),
                     Cell(f"{alpha:.2f}", "number", alpha) if ok else _not_shown()))
    alphas = Table("alphas", "Cronbach's alpha by area",
                   ("Area", "Cronbach's alpha"), tuple(rows),
                   ("Alpha of 0.7 or more means the statements in an area hang together well.",))
    dist_rows = []
    for item in FAMILY_OUTCOMES.items:
        dist_rows.append((Cell(f"{item.code}: {item.text}"),
                          *(_count_cell(pcs[("answers", item.code, str(v))])
                            for v in (1, 2, 3, 4, 5, "prefer_not_to_say")),
                          _count_cell(pcs[("answers", item.code, "all")])))
    distribution = Table("answers", "How people answered each statement this quarter",
                         ("Statement", "1", "2", "3", "4", "5", "Prefer not to say or blank",
                          "All"), tuple(dist_rows),
                         ("1 is \"Not at all like us\", 5 is \"Very much like us\".",))
    paragraphs = []
    floor = _share(pcs, raw, ("health", "floor"), ("health", "scored"))
    ceiling = _share(pcs, raw, ("health", "ceiling"), ("health", "scored"))
    ends = [f"{_percent(share.estimate)} of total scores were at the {end}"
            for share, end in ((floor, "lowest possible score"), (ceiling, "highest"))
            if share is not None]
    if ends:
        paragraphs.append(" and ".join(ends) + " (above 15% would mean the questionnaire cannot "
                          "show change at that end).")
    return Section("health", "How well the questionnaire is working", tuple(paragraphs),
                   (alphas, distribution))


def provisional_note(parameters: Mapping[str, ReliabilityParameters]) -> str:
    """Say which scores judge reliable change with the provisional figures, or ''."""
    labels = {area.code: f"\u201c{area.title}\u201d" for area in AREAS}
    scopes = [scope for scope in SCOPES if parameters[scope].is_provisional]
    if not scopes:
        return ""
    named = ["the total score" if scope == "total" else labels[scope] for scope in scopes]
    named = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return (f"Provisional: reliable change for {named} uses assumed figures "
            f"(SD {parameters[scopes[0]].sd}, reliability {parameters[scopes[0]].reliability}), "
            "not this council's own, until 50 families have answered at the start and the "
            "council's own are frozen.")


def _headlines(raw: _Raw, pcs, areas: Sequence[AreaChange], themes: Sequence[ThemeFigure],
               quarter: Quarter, parameters: Mapping[str, ReliabilityParameters]
               ) -> tuple[str, ...]:
    lines = [f"{pcs[('cases', 'opened')].text.capitalize()} cases opened and "
             f"{pcs[('cases', 'closed')].text} closed between {quarter.label.replace(' to ', ' and ')}."]
    total = areas[0]
    improved = total.shares["improved"]
    if improved is not None:
        lines.append(f"Of the {total.n_paired.text} family members who answered at the start and "
                     f"the close, {_percent(improved.estimate)} reliably improved (95% confidence "
                     f"interval {_interval_percent(improved)})"
                     + (", judged with provisional figures." if parameters["total"].is_provisional
                        else "."))
    if total.mean_change is not None:
        mc = total.mean_change
        lines.append(f"On average, total scores moved {_signed(mc.estimate)} points on the 1 to 5 "
                     f"scale (95% confidence interval {_signed(mc.low)} to {_signed(mc.high)}).")
    moved = [a for a in areas[1:] if a.mean_change is not None]
    if moved:
        least = min(moved, key=lambda a: a.mean_change.estimate)
        lines.append(f"Outcomes moved least in \u201c{least.label}\u201d.")
    top = [t for t in themes if t.mentions.is_shown and t.mentions.shown]
    if top:
        lines.append(f"Families most often wrote about \u201c{top[0].label}\u201d "
                     f"({top[0].mentions.text} mentions).")
    close_rate = _share(pcs, raw, ("waves", "close", "answered"), ("waves", "close", "due"))
    if close_rate is not None:
        lines.append(f"{_percent(close_rate.estimate)} of close questionnaires due were answered.")
    if len(lines) == 1:
        lines.append("Too few families answered this quarter to show outcome figures.")
    return tuple(lines)
