"""The quarterly report in words: each section's tables, charts and paragraphs, the headlines and
the notes on method, from the figures disclosure control lets us show."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from family_by_family_scale import (
    AREAS,
    FAMILY_OUTCOMES,
    SERVICE_EXPERIENCE,
    Interval,
    ReliabilityParameters,
    instrument_for,
    mean_interval,
)
from family_by_family_scale.reliability import PROVISIONAL_AREA, PROVISIONAL_TOTAL
from reports.actions import ActionRecord
from reports.charts import Series
from reports.disclosure import (
    FEWER_THAN,
    ProtectedCount,
    can_show_quotes,
    can_show_statistic,
    group_refusal,
)
from reports.lattice import (
    cached_protection,
    group_raw_figures,
    protected_counts,
    wider_raw_figures,
)
from reports.quarterly.by_role import by_role_section, service_by_role_section
from reports.quarterly.closures import closures_section
from reports.quarterly.difference import difference_section, made_a_difference_share
from reports.quarterly.family_outcomes import family_section
from reports.quarterly.figures import (
    RawFigures,
    area_changes,
    raw_figures,
    shown_share,
    theme_figures,
    welch_difference,
)
from reports.quarterly.localities import side_by_side_sections
from reports.quarterly.methods import methods_section
from reports.quarterly.model import (
    CHANGE_LABELS,
    CHANGES,
    MODE_LABELS,
    SCOPE_LABELS,
    SCOPES,
    SENTIMENT_LABELS,
    SENTIMENTS,
    WAVE_KINDS,
    WAVE_LABELS,
    AreaChange,
    Cell,
    ChartSpec,
    Filters,
    QuarterData,
    QuarterlyReport,
    Section,
    Table,
    ThemeFigure,
)
from reports.quarterly.period import Quarter
from reports.quarterly.reach import reach_section
from reports.quarterly.readings import readings_section
from reports.quarterly.statements import statements_sections

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
    "Did we make a difference?: close questionnaires sent in the quarter. \u201cMade a "
    "difference\u201d means the family member answered \u201cquite a lot\u201d or \u201ca "
    "lot\u201d (not \u201ca little\u201d or \u201cno difference\u201d); \u201cprefer not to "
    "say\u201d is left out.",
    "Results by role, change statement by statement and how cases ended: the family members "
    "counted in distance travelled, split by their role in the family, by statement or by how "
    "their case ended. Where families start, who we reached and how our service feels by role: "
    "questionnaires sent in the quarter; \u201cin a good place\u201d is an area score of 4 or "
    "more.",
    "Feedback themes and quotes: comments written in the quarter. A comment can raise several "
    "themes. Quotes are approved by staff, redacted, and shown only for groups of at least 10 "
    "people who answered in the quarter, never beside a team.",
    f"To protect families, counts from 0 to 7 read \"{FEWER_THAN}\", other counts are rounded to "
    "the nearest 5, and a count reads \"not shown\" where it would let a smaller one be worked "
    "out, checked across every group a report can be asked for. Percentages are worked out from "
    "the rounded counts. Averages need at least 8 people, in this group and in every group it "
    "could be compared with. Confidence intervals allow for members of one family answering "
    "alike.",
)



def _percent(fraction: float) -> str:
    return f"{round(100 * fraction)}%"


def _interval_percent(interval: Interval) -> str:
    return f"{_percent(interval.low)} to {_percent(interval.high)}"


def _signed(value: float, places: int = 2) -> str:
    text = f"{value:+.{places}f}"
    return text.replace("-", "\u2212")


def _count_cell(pc: ProtectedCount) -> Cell:
    return Cell(pc.text, "count", float(pc.shown) if pc.is_shown else None)


def _not_shown(reason: str = "not shown") -> Cell:
    return Cell(reason, "text")



def _share_cells(interval: Interval | None) -> tuple[Cell, Cell]:
    if interval is None:
        return _not_shown(), _not_shown()
    return (Cell(_percent(interval.estimate), "percent", round(100 * interval.estimate)),
            Cell(_interval_percent(interval), "text"))


def build_quarterly_report(data: QuarterData, filters: Filters = Filters(),
                           support_labels: Mapping[str, str] | None = None) -> QuarterlyReport:
    """Build the disclosure-controlled report for one quarter and group, from plain frames."""
    group = filters.describe(support_labels)
    # Every group of the quarter is protected together (reports.lattice), so no two reports
    # can be differenced to reveal a small count.
    protection = cached_protection(data)
    raw = group_raw_figures(protection, filters, data.team_localities) or raw_figures(data, filters)
    wider = wider_raw_figures(protection, filters, data.team_localities)
    refusal = group_refusal(raw.counts[("cases", "active")],
                            [w.counts[("cases", "active")] for w in wider])
    if refusal:
        return QuarterlyReport(quarter=data.quarter, filters=filters, group=group, refusal=refusal,
                               headlines=(refusal,), sections=(), definitions=DEFINITIONS,
                               appendix=methods_section(data.parameters, data.parameters_as_of,
                                                        has_health_section=False))
    pcs = protected_counts(protection, filters, data.team_localities)
    areas = area_changes(raw, pcs)
    themes = theme_figures(raw, pcs)
    actions = tuple(a for a in data.actions if ("action", a.id, "before", "mentions") in raw.counts)
    sections = (
        _cases_section(raw, pcs),
        _questionnaires_section(raw, pcs),
        _left_early_section(raw, pcs),
        _distance_section(raw, pcs, areas),
        family_section(raw, pcs, shown_share, _share_cells),
        readings_section(raw, pcs, shown_share, _share_cells),
        by_role_section(raw, pcs),
        *statements_sections(raw, pcs),
        closures_section(raw, pcs),
        reach_section(raw, pcs),
        *side_by_side_sections(protection, filters, data.team_localities, support_labels),
        _goals_section(raw, pcs),
        _service_section(raw, pcs),
        difference_section(raw, pcs),
        service_by_role_section(raw, pcs),
        _themes_section(raw, pcs, themes, filters),
        _actions_section(raw, pcs, actions),
        _health_section(raw, pcs),
    )
    sections = tuple(_without_empty_charts(s) for s in sections)
    report = QuarterlyReport(quarter=data.quarter, filters=filters, group=group, refusal=None,
                             headlines=(), sections=sections, themes=themes, areas=areas,
                             actions=actions, definitions=DEFINITIONS,
                             appendix=methods_section(data.parameters, data.parameters_as_of,
                                                      has_health_section=True))
    return replace(report, headlines=_headlines(raw, pcs, areas, themes, data.quarter))



def _without_empty_charts(section: Section) -> Section:
    """No chart is drawn with nothing in it: where none of its figures may be shown, the section
    says so and keeps its table."""
    empty = [c for c in section.charts if not c.has_values]
    if not empty:
        return section
    return replace(section, charts=tuple(c for c in section.charts if c.has_values),
                   paragraphs=(*section.paragraphs,
                               *(f"No chart of \u201c{c.title.lower()}\u201d: too few figures "
                                 "can be shown." for c in empty)))


def _cases_section(raw: RawFigures, pcs) -> Section:
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


def _questionnaires_section(raw: RawFigures, pcs) -> Section:
    rows = []
    rate_values = []
    for kind in WAVE_KINDS:
        share = shown_share(pcs, raw, ("waves", kind, "answered"), ("waves", kind, "due"))
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


def _left_early_section(raw: RawFigures, pcs) -> Section:
    stayed, left = raw.left_early["stayed"], raw.left_early["left"]
    stayed_pc, left_pc = pcs[("left", "stayed_scored")], pcs[("left", "left_scored")]
    ok_stayed = stayed_pc.means and can_show_statistic(len(stayed))
    ok_left = left_pc.means and can_show_statistic(len(left))
    rows = []
    for label, values, ok, pc in (("Answered at the close", stayed, ok_stayed, stayed_pc),
                                  ("Left without a close questionnaire", left, ok_left, left_pc)):
        interval = mean_interval(values) if ok else None
        rows.append((Cell(label), _count_cell(pc),
                     Cell(f"{interval.estimate:.2f}", "number", interval.estimate) if interval
                     else _not_shown(),
                     Cell(f"{interval.low:.2f} to {interval.high:.2f}") if interval else _not_shown()))
    if ok_stayed and ok_left:
        diff = welch_difference(left, stayed)
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


def _distance_section(raw: RawFigures, pcs, areas: Sequence[AreaChange]) -> Section:
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
    note = provisional_note(parameters_used(raw))
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


def _goals_section(raw: RawFigures, pcs) -> Section:
    total = ("goals", "rated")
    rows = []
    for change in CHANGES:
        share = shown_share(pcs, raw, ("goals", change), total)
        rows.append((Cell(CHANGE_LABELS[change].replace("Reliably", "Meaningfully").replace(
            "No reliable", "No meaningful")), _count_cell(pcs[("goals", change)]),
            *_share_cells(share)))
    rows.append((Cell("Goals rated at start and close"), _count_cell(pcs[total]), Cell(""),
                 Cell("")))
    changes = raw.goals["changes"]
    paragraphs: tuple[str, ...] = ()
    if pcs[total].means and can_show_statistic(len(changes)):
        mean = mean_interval(changes)
        paragraphs = (f"Goals moved by {_signed(mean.estimate, 1)} points on average on the 0 to "
                      f"10 scale (95% confidence interval {_signed(mean.low, 1)} to "
                      f"{_signed(mean.high, 1)}).",)
    table = Table("goals", "Progress on the families' own goals, start to close",
                  ("Goals", "Number", "Share", "95% CI"), tuple(rows),
                  ("A goal moved meaningfully when its 0 to 10 rating rose or fell by 3 points "
                   "or more.",))
    return Section("goals", "Goals", paragraphs, (table,))


def _service_section(raw: RawFigures, pcs) -> Section:
    rows = []
    for item in SERVICE_EXPERIENCE.items:
        share = shown_share(pcs, raw, ("service", item.code, "agree"), ("service", item.code, "answered"))
        rows.append((Cell(item.text), _count_cell(pcs[("service", item.code, "answered")]),
                     *_share_cells(share)))
    table = Table("service", "How the service felt: mostly or completely true",
                  ("Statement", "People who answered", "Mostly or completely true", "95% CI"),
                  tuple(rows))
    return Section("service", "Service experience", (), (table,))


def _themes_section(raw: RawFigures, pcs, themes: Sequence[ThemeFigure], filters: Filters) -> Section:
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


def _actions_section(raw: RawFigures, pcs, actions: Sequence[ActionRecord]) -> Section:
    rows = []
    for action in actions:
        cells = [Cell(action.we_heard), Cell(action.we_did), Cell(action.status_label),
                 Cell(action.theme)]
        for when in ("before", "after"):
            total = ("action", action.id, when, "mentions")
            cells.append(_count_cell(pcs[total]))
            share = shown_share(pcs, raw, ("action", action.id, when, "negative"), total)
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


def _health_section(raw: RawFigures, pcs) -> Section:
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
    floor = shown_share(pcs, raw, ("health", "floor"), ("health", "scored"))
    ceiling = shown_share(pcs, raw, ("health", "ceiling"), ("health", "scored"))
    ends = [f"{_percent(share.estimate)} of total scores were at the {end}"
            for share, end in ((floor, "lowest possible score"), (ceiling, "highest"))
            if share is not None]
    if ends:
        paragraphs.append(" and ".join(ends) + " (above 15% would mean the questionnaire cannot "
                          "show change at that end).")
    return Section("health", "How well the questionnaire is working", tuple(paragraphs),
                   (alphas, distribution))


def provisional_note(used: Sequence[ReliabilityParameters]) -> str:
    """Name every score and questionnaire version whose reliable change used the provisional
    figures (from the parameter sets the report actually used), or ''."""
    labels = {"total": "the total score", **{a.code: f"\u201c{a.title}\u201d" for a in AREAS}}
    order = list(labels)
    scopes: dict[tuple[str, int], set[str]] = {}
    for p in used:
        if p.is_provisional:
            scopes.setdefault((p.instrument_code, p.version), set()).add(p.scope)
    if not scopes:
        return ""
    parts = [_and([labels[s] for s in sorted(found, key=order.index)]) + " of "
             + instrument_for(code, version).label
             for (code, version), found in sorted(scopes.items())]
    return (f"Provisional: reliable change for {_and(parts)} uses assumed figures (SD "
            f"{PROVISIONAL_TOTAL[0]} and reliability {PROVISIONAL_TOTAL[1]} for a total, SD "
            f"{PROVISIONAL_AREA[0]} and reliability {PROVISIONAL_AREA[1]} for an area), not this "
            "council's own, until 50 families have answered that questionnaire at the start and "
            "the council's own are frozen.")


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def parameters_used(raw: RawFigures) -> tuple[ReliabilityParameters, ...]:
    """Every reliable-change parameter set that judged a change in this report."""
    return tuple(p for scope in SCOPES if raw.changes.get(scope) is not None
                 for p in raw.changes[scope].parameters_used)


def _headlines(raw: RawFigures, pcs, areas: Sequence[AreaChange], themes: Sequence[ThemeFigure],
               quarter: Quarter) -> tuple[str, ...]:
    lines = [f"{pcs[('cases', 'opened')].text.capitalize()} cases opened and "
             f"{pcs[('cases', 'closed')].text} closed between {quarter.label.replace(' to ', ' and ')}."]
    total = areas[0]
    improved = total.shares["improved"]
    if improved is not None:
        lines.append(f"Of the {total.n_paired.text} family members who answered at the start and "
                     f"the close, {_percent(improved.estimate)} reliably improved (95% confidence "
                     f"interval {_interval_percent(improved)})"
                     + (", judged with provisional figures."
                        if raw.changes.get("total") and raw.changes["total"].is_provisional
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
    difference = made_a_difference_share(raw, pcs)
    if difference is not None:
        lines.append(f"{_percent(difference.estimate)} of family members who answered at the close "
                     "said working with us had made a difference to their family quite a lot or "
                     f"a lot (95% confidence interval {_interval_percent(difference)}).")
    close_rate = shown_share(pcs, raw, ("waves", "close", "answered"), ("waves", "close", "due"))
    if close_rate is not None:
        lines.append(f"{_percent(close_rate.estimate)} of close questionnaires due were answered.")
    if len(lines) == 1:
        lines.append("Too few families answered this quarter to show outcome figures.")
    return tuple(lines)
