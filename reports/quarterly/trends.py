"""Trends: the last eight quarters of response rate, share reliably improved, average change and
service experience, as a chart, a table and a one-line reading.

Each quarter's figures are read from that quarter's own protection (reports.lattice), the very
counts its own report shows: a trend releases no count the quarterly reports do not, so no
quarter can be subtracted from another, or from the trend, to reveal more than they do. The
response rate is the close questionnaires' (as the headline gives it); service experience
across the seven statements is pooled from rounded counts that are themselves shown, so it says
nothing new either.

Pure: the view hands each quarter's frames (loaded once, kept while the quarter's rows do not
change) to `trend_points`, and the report gets `trends_section`.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from family_by_family_scale import SERVICE_EXPERIENCE, Interval
from reports.charts import Series
from reports.clustered import wilson_effective
from reports.disclosure import ProtectedCount, can_show_share, group_refusal
from reports.lattice import (
    cached_protection,
    every_group,
    group_raw_figures,
    protected_counts,
    wider_raw_figures,
)
from reports.quarterly.difference import made_a_difference_share
from reports.quarterly.figures import area_changes, shown_share
from reports.quarterly.model import (
    Cell,
    ChartSpec,
    Filters,
    QuarterData,
    QuarterlyReport,
    Section,
    Table,
)
from reports.quarterly.period import Quarter

TREND_QUARTERS = 8


@dataclass(frozen=True)
class TrendPoint:
    """One quarter's figures for one group, only where they may be shown."""

    quarter: Quarter
    partial: bool
    response_rate: Interval | None
    paired: ProtectedCount | None
    improved: Interval | None
    mean_change: Interval | None
    service: Interval | None
    # "Did we make a difference?": the share who said quite a lot or a lot, at the close.
    difference: Interval | None = None


def trend_quarters(last: Quarter) -> tuple[Quarter, ...]:
    """The eight quarters to `last`, oldest first."""
    quarters = [last]
    while len(quarters) < TREND_QUARTERS:
        quarters.append(quarters[-1].previous())
    return tuple(reversed(quarters))


def _pooled_share(pcs: Mapping, parts: Sequence, totals: Sequence) -> Interval | None:
    """A share pooled over several lines, only when every part and total is shown; worked out
    from the rounded counts alone (so it tells nothing they do not)."""
    if not all(pcs[k].is_shown for k in (*parts, *totals)):
        return None
    part = ProtectedCount(pcs[parts[0]].status, sum(pcs[k].shown for k in parts))
    total = ProtectedCount(pcs[totals[0]].status, sum(pcs[k].shown for k in totals))
    if not can_show_share(part, total):
        return None
    return wilson_effective(part.shown / total.shown, total.shown)


def _point(data: QuarterData, protection, filters: Filters, partial: bool) -> TrendPoint:
    empty = TrendPoint(data.quarter, partial, None, None, None, None, None)
    raw = group_raw_figures(protection, filters, data.team_localities)
    pcs = protected_counts(protection, filters, data.team_localities)
    if raw is None or pcs is None:
        return empty
    wider = wider_raw_figures(protection, filters, data.team_localities)
    if group_refusal(raw.counts[("cases", "active")],
                     [w.counts[("cases", "active")] for w in wider]):
        return empty
    total = area_changes(raw, pcs)[0]
    return TrendPoint(
        quarter=data.quarter, partial=partial,
        response_rate=shown_share(pcs, raw, ("waves", "close", "answered"),
                                  ("waves", "close", "due")),
        paired=total.n_paired, improved=total.shares["improved"], mean_change=total.mean_change,
        service=_pooled_share(pcs, [("service", c, "agree") for c in SERVICE_EXPERIENCE.item_codes],
                              [("service", c, "answered")
                               for c in SERVICE_EXPERIENCE.item_codes]),
        difference=made_a_difference_share(raw, pcs))


def trend_points(data: QuarterData, *, partial: bool = False) -> dict[Filters, TrendPoint]:
    """One quarter's trend figures for every group a commissioner can ask for, from the
    quarter's own protection (worked out once and kept by reports.lattice)."""
    protection = cached_protection(data)
    return {g: _point(data, protection, g, partial) for g in every_group(data.team_localities)}


def _percent(share: Interval | None) -> Cell:
    if share is None:
        return Cell("not shown")
    value = round(100 * share.estimate)
    return Cell(f"{value}%", "percent", value)


def _quarter_label(point: TrendPoint) -> str:
    return f"{point.quarter.code} (partial)" if point.partial else point.quarter.code


_READINGS = (("improved", "of family members reliably improved"),
             ("service", "of service-experience answers were mostly or completely true"),
             ("response_rate", "of close questionnaires due were answered"))


def _reading(points: Sequence[TrendPoint]) -> str:
    """One line that reads the chart: the first and last quarter with a figure shown, for the
    first of reliably improved, service experience and response rate that has two."""
    for name, words in _READINGS:
        shown = [p for p in points if getattr(p, name) is not None]
        if len(shown) < 2:
            continue
        first, last = shown[0], shown[-1]
        a_share, b_share = getattr(first, name), getattr(last, name)
        a, b = round(100 * a_share.estimate), round(100 * b_share.estimate)
        overlap = a_share.high >= b_share.low and b_share.high >= a_share.low
        direction = "about the same as" if a == b else "up from" if b > a else "down from"
        return (f"Reading: in {_quarter_label(last)}, {b}% {words}, {direction} {a}% in "
                f"{_quarter_label(first)}"
                + (" (the intervals overlap, so this may be chance)." if overlap and a != b
                   else "."))
    return "Too few quarters have enough families to show a trend."


def trends_section(points: Sequence[TrendPoint]) -> Section:
    """The trends section: a chart of the three shares by quarter, a table and a reading."""
    rows = []
    for p in points:
        mc = p.mean_change
        rows.append((Cell(_quarter_label(p)), _percent(p.response_rate),
                     Cell(p.paired.text, "count", float(p.paired.shown) if p.paired.is_shown
                          else None) if p.paired else Cell("not shown"),
                     _percent(p.improved),
                     Cell(f"{mc.estimate:+.2f}".replace("-", "\u2212"), "number", mc.estimate)
                     if mc else Cell("not shown"),
                     _percent(p.service), _percent(p.difference)))
    table = Table("trends", "The last eight quarters",
                  ("Quarter", "Close questionnaires answered", "Family members with start and close answers",
                   "Reliably improved", "Average change (1 to 5 scale)",
                   "Service experience: mostly or completely true",
                   "Said we made a difference"), tuple(rows),
                  ("Each quarter's figures are those of its own report. Close questionnaires "
                   "answered: of the close waves due in the quarter, the share answered. "
                   "Service experience: of all "
                   "answers to the seven statements in the quarter, the share mostly or "
                   "completely true, worked out from the rounded counts. Said we made a "
                   "difference: of those who answered \u201cHas working with us made a "
                   "difference to your family?\u201d at the close, the share who said quite a "
                   "lot or a lot.",))
    # The chart draws only quarters with a figure to show; the table keeps all eight.
    drawn = [(p, r) for p, r in zip(points, rows, strict=True)
             if any(r[i].number is not None for i in (1, 3, 5))]
    chart = ChartSpec(
        "trends-chart", "Close questionnaires answered, reliably improved and service "
        "experience, by quarter",
        "Bar chart of three shares for each quarter with figures to show. The figures for all "
        "eight quarters are in the table below.", tuple(_quarter_label(p) for p, _ in drawn),
        (Series("Close questionnaires answered (%)", tuple(r[1].number for _, r in drawn)),
         Series("Reliably improved (%)", tuple(r[3].number for _, r in drawn)),
         Series("Service experience (%)", tuple(r[5].number for _, r in drawn))),
        value_max=100, ticks=(0, 25, 50, 75, 100))
    charts = (chart,) if chart.has_values else ()
    paragraphs = [_reading(points)]
    if not charts:
        paragraphs.append("No chart: too few figures can be shown.")
    return Section("trends", "Trends over the last eight quarters", tuple(paragraphs), (table,),
                   charts)


def with_trends(report: QuarterlyReport, points: Sequence[TrendPoint]) -> QuarterlyReport:
    """The report with its trends section after the distance travelled (not for a refusal)."""
    if report.refusal or not report.sections:
        return report
    keys = [s.key for s in report.sections]
    at = keys.index("distance") + 1 if "distance" in keys else len(keys)
    section = trends_section(points)
    return replace(report, sections=(*report.sections[:at], section, *report.sections[at:]))
