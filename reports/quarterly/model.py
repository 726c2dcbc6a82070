"""What a quarterly report holds: its words for waves, areas, sentiments and change, the group it
covers, the quarter's rows as plain frames, and the frozen report the web page, the PDF and the
CSV all render, so the three always show the same figures."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from family_by_family_scale import AREAS, Interval, ReliabilityParameters
from reports.actions import ActionRecord
from reports.charts import Chart, Series, bar_chart, drawing_to_svg
from reports.disclosure import ProtectedCount
from reports.quarterly.period import Quarter
from surveys.records.enums import CompletionMode

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
    cases: pd.DataFrame  # case_id, locality, team, support_level, opened_on, closed_on,
    #                      closure_reason
    waves: pd.DataFrame  # case_id, kind, due_on, status, completed_on
    responses: pd.DataFrame  # response_id, case_id, member_id, member_role, wave, mode, submitted,
    #                          instrument_code, instrument_version, age_band, father
    #                          (a parent or carer's "yes", "no", "prefer_not_to_say", or "None")
    outcomes: pd.DataFrame  # response_id, case_id, member_id, wave, submitted,
    #                         instrument_code, instrument_version, FBF01..FBF19
    service: pd.DataFrame  # response_id, case_id, member_id, wave, submitted, SVC01..SVC07,
    #                        DIF01 ("Did we make a difference?", close only)
    goal_ratings: pd.DataFrame  # response_id, case_id, member_id, wave, goal_id, rating
    comments: pd.DataFrame  # comment_id, case_id, member_id, written, sentiment, themes, quote
    actions: tuple[ActionRecord, ...] = ()
    # (questionnaire code, version, scope) -> the reliable-change figures in force on
    # `parameters_as_of` (the quarter's last day) for every outcome questionnaire version.
    parameters: Mapping[tuple[str, int, str], ReliabilityParameters] = field(default_factory=dict)
    team_localities: Mapping[str, str] = field(default_factory=dict)
    parameters_as_of: date | None = None

    def parameters_for(self, scope: str) -> dict[tuple[str, int], ReliabilityParameters]:
        """The figures for one score (total or area), per questionnaire code and version."""
        return {(code, version): p for (code, version, s), p in self.parameters.items()
                if s == scope}


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

    @property
    def has_values(self) -> bool:
        """Whether any bar has a figure to draw (a chart with none is not drawn at all)."""
        return any(v is not None for s in self.series for v in s.values)

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
    appendix: Section | None = None  # the methods appendix, in every report
    # The 12 months the figures cover when the quarter was too small (reports.quarterly.rolling),
    # and the words that mark a quarter still in progress.
    window: object | None = None
    partial: str | None = None

    @property
    def title(self) -> str:
        """The report's title, marked when the quarter is still in progress."""
        suffix = f" ({self.partial})" if self.partial else ""
        return f"Quarterly report: {self.quarter.label}{suffix}"

    def tables(self) -> tuple[Table, ...]:
        """Every table in the report, in order, the appendix's last."""
        appendix = (self.appendix,) if self.appendix else ()
        return tuple(t for s in (*self.sections, *appendix) for t in s.tables)



def chart_svgs(sections: Sequence[Section]) -> dict[str, str]:
    """Each chart as accessible inline SVG markup, keyed by its chart key (for web pages)."""
    return {spec.key: drawing_to_svg(spec.drawing(), title=spec.title, desc=spec.description,
                                     chart_id=f"chart-{spec.key}")
            for section in sections for spec in section.charts}

