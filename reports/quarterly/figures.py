"""The quarterly report's statistics for one group: raw counts first, then the figures that
disclosure control lets us show.

What counts for a quarter (shown on the report too):
- cases opened / closed: `opened_on` / `closed_on` in the quarter;
- questionnaires received: responses submitted in the quarter, by the wave they belong to;
- response rate: waves due in the quarter (not cancelled) that were answered;
- left without a close questionnaire: cases closed in the quarter whose close wave was not done;
- distance travelled and goals: cases whose close wave was completed in the quarter, comparing
  each family member's start and close answers;
- service experience, "Did we make a difference?" and the measure's health: responses
  submitted in the quarter;
- feedback themes and quotes: comments written in the quarter (last quarter's for the change);
- actions: those started by the end of the quarter and not finished before it began.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from itertools import product
from statistics import fmean, stdev

import numpy as np
import pandas as pd

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    SERVICE_EXPERIENCE,
    Interval,
    answer_distribution,
    area_alphas,
    t_quantile,
)
from family_by_family_scale.goals import MEANINGFUL_GOAL_CHANGE
from feedback.analysis.codebook import THEMES
from reports.actions import theme_label
from reports.clustered import clustered_mean_interval, design_effect, wilson_effective
from reports.disclosure import Line, ProtectedCount, can_show_share, can_show_statistic
from reports.quarterly.by_role import count_by_role, count_service_by_role
from reports.quarterly.closures import count_closures
from reports.quarterly.difference import count_difference
from reports.quarterly.family_outcomes import count_family_outcomes
from reports.quarterly.members import (
    QuarterMembers,
    closing_cases,
    of_families,
    quarter_members,
    summary,
)
from reports.quarterly.model import (
    CHANGES,
    MODE_LABELS,
    SCOPE_LABELS,
    SCOPES,
    SENTIMENTS,
    WAVE_KINDS,
    AreaChange,
    Filters,
    QuarterData,
    ThemeFigure,
)
from reports.quarterly.period import ACTION_WINDOW_DAYS, between
from reports.quarterly.reach import count_reach
from reports.quarterly.readings import count_readings
from reports.quarterly.statements import count_snapshot, count_statements

# --- Raw figures for one group (never shown before protection) --------------------------------


@dataclass
class RawFigures:
    """Every count and statistic for one group, before any disclosure control."""

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
    # Families as clusters: each share's design effect, and each area's mean change (CR1).
    design_effects: dict[Hashable, float] = field(default_factory=dict)
    clustered_changes: dict[str, Interval] = field(default_factory=dict)
    # What the newer sections' own modules keep for their words and means (by role, readings,
    # families, ...).
    extras: dict[str, object] = field(default_factory=dict)

    def line(self, parts: dict[Hashable, int], total_key: Hashable, total: int | None = None) -> None:
        """Record counts that add up to a total, so disclosure control can protect them together."""
        self.counts.update(parts)
        self.counts[total_key] = sum(parts.values()) if total is None else total
        self.lines.append(Line(tuple(parts), total_key))


@dataclass(frozen=True, eq=False)
class _Group:
    """One group's rows, and the sets of cases that several sections count."""

    data: QuarterData
    filters: Filters
    cases: pd.DataFrame
    waves: pd.DataFrame
    responses: pd.DataFrame
    outcomes: pd.DataFrame  # scored: area and total columns beside the answers
    comments: pd.DataFrame
    close_done: set  # cases whose close wave was done, whenever
    closed_ids: pd.Series  # cases closed in the quarter
    closing: set  # cases whose close wave was done in the quarter
    members: pd.DataFrame  # start to close change of the members of `closing` (members.py)
    readings: pd.DataFrame  # first to latest change of members answering in the quarter


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


def shared_members(data: QuarterData) -> QuarterMembers:
    """Every member's scores and change in the quarter, worked out once for all its groups."""
    q_start, q_end = data.quarter.start, data.quarter.end
    return quarter_members(data.outcomes, closing_cases(data.waves, q_start, q_end), q_start,
                           q_end, SCOPES, data.parameters_for)


def _group(data: QuarterData, filters: Filters, shared: QuarterMembers) -> _Group:
    q_start, q_end = data.quarter.start, data.quarter.end
    ids = _group_case_ids(data, filters)
    cases = data.cases[data.cases["case_id"].isin(ids)]
    waves = data.waves[data.waves["case_id"].isin(ids)]
    closed = between(cases["closed_on"], q_start, q_end)
    close_done = set(waves.loc[(waves["kind"] == "close") & (waves["status"] == "done"), "case_id"])
    closing = closing_cases(waves, q_start, q_end)
    return _Group(data=data, filters=filters, cases=cases, waves=waves,
                  responses=data.responses[data.responses["case_id"].isin(ids)],
                  outcomes=shared.scored[shared.scored["case_id"].isin(ids)],
                  comments=data.comments[data.comments["case_id"].isin(ids)],
                  close_done=close_done, closed_ids=cases.loc[closed, "case_id"], closing=closing,
                  members=of_families(shared.closing, closing),
                  readings=of_families(shared.readings, ids))


def raw_figures(data: QuarterData, filters: Filters, *, with_details: bool = True,
                shared: QuarterMembers | None = None) -> RawFigures:
    """Every count and statistic for one group, before any disclosure control. `shared`: the
    quarter's members worked out once (`shared_members`), when counting many groups."""
    group = _group(data, filters, shared_members(data) if shared is None else shared)
    raw = RawFigures(teams=int(group.cases["team"].nunique()))
    # The order matters: disclosure control protects the lines in the order they were counted.
    _count_cases(raw, group)
    _count_questionnaires(raw, group)
    _count_distance(raw, group)
    _count_left_early(raw, group)
    _count_goals(raw, group)
    _count_service(raw, group)
    _count_themes(raw, group)
    _count_actions(raw, group)
    _count_health(raw, group, with_details=with_details)
    count_readings(raw, group)
    count_family_outcomes(raw, group)
    if with_details:
        _cluster_distance(raw, group)
        _cluster_service(raw, group)
    # The newer sections, each in its own module, after the rest (reusing its scores).
    count_by_role(raw, group)
    count_service_by_role(raw, group)
    count_difference(raw, group)
    count_statements(raw, group)
    count_snapshot(raw, group)
    count_closures(raw, group)
    count_reach(raw, group)
    return raw


def _count_cases(raw: RawFigures, group: _Group) -> None:
    """Cases open, opened, closed (with and without a close questionnaire) and still open."""
    q_start, q_end = group.data.quarter.start, group.data.quarter.end
    cases = group.cases
    opened = between(cases["opened_on"], q_start, q_end)
    active = (cases["opened_on"] <= pd.Timestamp(q_end)) & (
        cases["closed_on"].isna() | (cases["closed_on"] >= pd.Timestamp(q_start)))
    with_close = group.closed_ids.isin(group.close_done)
    raw.counts[("cases", "active")] = int(active.sum())
    raw.counts[("cases", "opened")] = int(opened.sum())
    raw.counts[("cases", "open_at_end")] = int(
        (active & (cases["closed_on"].isna() | (cases["closed_on"] > pd.Timestamp(q_end)))).sum())
    raw.line({("cases", "closed_with_close"): int(with_close.sum()),
              ("cases", "closed_without_close"): int((~with_close).sum())}, ("cases", "closed"))


def _count_questionnaires(raw: RawFigures, group: _Group) -> None:
    """Waves due and answered, questionnaires received by wave and by mode, and respondents."""
    q_start, q_end = group.data.quarter.start, group.data.quarter.end
    waves, responses = group.waves, group.responses
    submitted = responses[between(responses["submitted"], q_start, q_end)]
    # Closing a case cancels the waves not done, including ones that fell due and went unanswered
    # while it was open: those count as not answered; a wave cancelled before its date does not.
    closed = group.data.cases.set_index("case_id")["closed_on"]
    closed = closed[closed.notna()]
    fell_due_open = waves["case_id"].isin(closed.index)
    if fell_due_open.any():
        fell_due_open.loc[fell_due_open] = (waves.loc[fell_due_open, "due_on"].to_numpy()
                                            < waves.loc[fell_due_open, "case_id"].map(closed).to_numpy())
    due = waves[between(waves["due_on"], q_start, q_end)
                & ((waves["status"] != "cancelled") | fell_due_open)]
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


def _count_distance(raw: RawFigures, group: _Group) -> None:
    """Reliable change per area: start and close answers of cases whose close wave was done this
    quarter."""
    members = group.members
    for scope in SCOPES:
        # Each member judged with their own questionnaire version's figures (issue 15 D3).
        result = summary(members, scope, group.data.parameters_for(scope)) if len(members) \
            else None
        counts = ({"improved": result.n_improved, "no_change": result.n_no_change,
                   "deteriorated": result.n_deteriorated} if result is not None
                  else dict.fromkeys(CHANGES, 0))
        raw.line({("change", scope, c): counts[c] for c in CHANGES}, ("change", scope, "paired"))
        raw.changes[scope] = result
    # Families with a member who answered both waves, with a total score at either.
    answered = members[(members["waves"] == 2)
                       & (members["total_start"].notna() | members["total_close"].notna())]
    raw.counts[("change", "families")] = int(
        answered.index.get_level_values("case_id").nunique())


def _count_left_early(raw: RawFigures, group: _Group) -> None:
    """Start scores of families who left without a close questionnaire and of those who stayed."""
    outcomes = group.outcomes
    starts = outcomes[outcomes["case_id"].isin(set(group.closed_ids)) & (outcomes["wave"] == "start")]
    start_scores = (starts.groupby("case_id")["total"].mean().dropna()
                    if len(starts) else pd.Series(dtype="float64"))
    stayed = start_scores[start_scores.index.isin(group.close_done)]
    left = start_scores[~start_scores.index.isin(group.close_done)]
    raw.counts[("left", "stayed_scored")] = len(stayed)
    raw.counts[("left", "left_scored")] = len(left)
    raw.left_early = {"stayed": stayed.tolist(), "left": left.tolist()}


def _count_goals(raw: RawFigures, group: _Group) -> None:
    """Each member's rating of each goal at the start and the close."""
    goal_ratings = group.data.goal_ratings
    ratings = goal_ratings[goal_ratings["case_id"].isin(group.closing) & goal_ratings["rating"].notna()]
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


def _count_service(raw: RawFigures, group: _Group) -> None:
    """Service experience: "mostly" or "completely" true, answers sent this quarter."""
    quarter, service = group.data.quarter, group.data.service
    service = service[service["case_id"].isin(group.cases["case_id"])
                      & between(service["submitted"], quarter.start, quarter.end)]
    for code in SERVICE_EXPERIENCE.item_codes:
        values = service[code].dropna()
        agree = int((values >= 4).sum())
        raw.line({("service", code, "agree"): agree,
                  ("service", code, "other"): len(values) - agree}, ("service", code, "answered"))


def _count_themes(raw: RawFigures, group: _Group) -> None:
    """Theme mentions by sentiment in comments written this quarter and last, and the quotes."""
    quarter, comments = group.data.quarter, group.comments
    this_q = comments[between(comments["written"], quarter.start, quarter.end)]
    prev = quarter.previous()
    last_q = comments[between(comments["written"], prev.start, prev.end)]
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


def applicable_actions(data: QuarterData, filters: Filters) -> list:
    """The actions a group's report follows: all for the council, else those of its place or
    of the whole council."""
    if filters.locality is None and filters.team is None:
        return list(data.actions)
    place = filters.locality or data.team_localities.get(filters.team or "")
    return [a for a in data.actions if a.locality is None or a.locality == place]


def same_figures_key(data: QuarterData, filters: Filters) -> tuple:
    """Two groups with the same key have the same raw figures: the same families (a team with
    one support level, a locality with one team, any two empty groups) and the same actions."""
    return (tuple(sorted(_group_case_ids(data, filters))),
            tuple(a.id for a in applicable_actions(data, filters)))


def _count_actions(raw: RawFigures, group: _Group) -> None:
    """Mentions of each action's theme in the 13 weeks before and after it started."""
    data, comments = group.data, group.comments
    # Plain arrays: several actions, two windows each, for every group of the quarter.
    written = comments["written"].to_numpy(dtype="datetime64[ns]")
    sentiments = comments["sentiment"].to_numpy(dtype=object)
    themes = comments["themes"].tolist()
    for action in applicable_actions(data, group.filters):
        of_theme = np.fromiter((action.theme_code in ts for ts in themes), dtype=bool,
                               count=len(themes))
        windows = {
            "before": (action.started_on - timedelta(days=ACTION_WINDOW_DAYS),
                       action.started_on - timedelta(days=1)),
            "after": (action.started_on,
                      min(action.started_on + timedelta(days=ACTION_WINDOW_DAYS - 1),
                          data.quarter.end)),
        }
        for when, (w_start, w_end) in windows.items():
            in_window = of_theme & (written >= np.datetime64(w_start)) & (
                written < np.datetime64(w_end + timedelta(days=1)))
            counts = Counter(sentiments[in_window].tolist())
            raw.line({("action", action.id, when, s): counts.get(s, 0) for s in SENTIMENTS},
                     ("action", action.id, when, "mentions"))


def _count_health(raw: RawFigures, group: _Group, *, with_details: bool) -> None:
    """The measure's health, from answers sent this quarter: alphas, floor and ceiling, answers."""
    quarter, outcomes = group.data.quarter, group.outcomes
    health = outcomes[between(outcomes["submitted"], quarter.start, quarter.end)]
    raw.counts[("health", "responses")] = len(health)
    # Total scores at the floor and the ceiling are counts like any other: wider groups have
    # them too, so complementary and secondary suppression reach the shares shown from them.
    scored = health if len(health) else None
    raw.extras["scored_in_quarter"] = scored  # the same scores, for the entry snapshot
    totals = scored["total"].dropna() if scored is not None else pd.Series(dtype=float)
    floor, ceiling = int((totals <= 1).sum()), int((totals >= 5).sum())
    raw.line({("health", "floor"): floor, ("health", "between"): len(totals) - floor - ceiling,
              ("health", "ceiling"): ceiling}, ("health", "scored"))
    if not with_details:
        return
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
    answers = dict(zip(distribution.index, distribution.to_numpy().tolist(), strict=True))
    for code in FAMILY_OUTCOMES.item_codes:
        parts = {("answers", code, str(v)): int(n)
                 for v, n in zip(distribution.columns, answers[code], strict=True)}
        raw.line(parts, ("answers", code, "all"))


def _theme_sentiments(comments: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each theme by sentiment: one row per theme code, one column per sentiment."""
    # Counted in plain Python: a quarter's comments are few, and this runs for every group.
    mentions: Counter = Counter()
    for themes, sentiment in zip(comments["themes"], comments["sentiment"], strict=True):
        sentiment = sentiment if sentiment in SENTIMENTS else "unknown"
        for theme in themes:
            if isinstance(theme, str):
                mentions[theme, sentiment] += 1
    codes = sorted({theme for theme, _ in mentions})
    return pd.DataFrame([[mentions[code, s] for s in SENTIMENTS] for code in codes],
                        index=pd.Index(codes, dtype="object"), columns=list(SENTIMENTS),
                        dtype="int64")


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


def welch_difference(a: Sequence[float], b: Sequence[float]) -> Interval:
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


# --- Figures that may be shown, after protection ---------------------------------------------


def shown_share(pcs: Mapping[Hashable, ProtectedCount], raw: RawFigures, part: Hashable,
                total: Hashable) -> Interval | None:
    """A share and its 95% interval worked out from the protected (rounded) counts only, so it
    says nothing the counts do not (disclosure.can_show_share says when). The interval is
    Wilson's on the effective sample size, allowing for members of one family answering alike
    (reports.clustered)."""
    p, t = pcs[part], pcs[total]
    if not can_show_share(p, t):
        return None
    return wilson_effective(p.shown / t.shown, t.shown, raw.design_effects.get(part, 1.0))


def _cluster_distance(raw: RawFigures, group: _Group) -> None:
    """Each area's mean change with families as clusters (CR1), and the design effect of each
    reliable-change share."""
    members = group.members
    for scope in SCOPES:
        change = members[f"{scope}_change"].dropna()
        if not len(change):
            continue
        families = change.index.get_level_values("case_id").tolist()
        if len(set(families)) >= 2:
            raw.clustered_changes[scope] = clustered_mean_interval(change.tolist(), families)
        categories = members.loc[change.index, f"{scope}_category"]
        raw.extras[("categories", scope)] = (change, categories)  # for results by role
        for name in CHANGES:
            raw.design_effects[("change", scope, name)] = design_effect(
                (categories == name).tolist(), families)


def _cluster_service(raw: RawFigures, group: _Group) -> None:
    """The design effect of each service-experience share (one family's members answer alike)."""
    quarter, service = group.data.quarter, group.data.service
    service = service[service["case_id"].isin(group.cases["case_id"])
                      & between(service["submitted"], quarter.start, quarter.end)]
    for code in SERVICE_EXPERIENCE.item_codes:
        answered = service[service[code].notna()]
        raw.design_effects[("service", code, "agree")] = design_effect(
            (answered[code] >= 4).tolist(), answered["case_id"].tolist())


def area_changes(raw: RawFigures, pcs) -> tuple[AreaChange, ...]:
    """Distance travelled on the total and each area, with figures only where they may be shown."""
    result = []
    for scope in SCOPES:
        summary = raw.changes.get(scope)
        paired_key = ("change", scope, "paired")
        n = raw.counts[paired_key]
        may_show = pcs[paired_key].means and can_show_statistic(n) and summary is not None
        result.append(AreaChange(
            scope=scope, label=SCOPE_LABELS[scope], n_paired=pcs[paired_key],
            mean_change=raw.clustered_changes.get(scope, summary.mean_change) if may_show
            else None,
            effect_size=summary.effect_size if may_show else None,
            shares={c: shown_share(pcs, raw, ("change", scope, c), paired_key) for c in CHANGES},
            mean_start=summary.mean_earlier if may_show else None,
            mean_close=summary.mean_later if may_show else None))
    return tuple(result)


def theme_figures(raw: RawFigures, pcs) -> tuple[ThemeFigure, ...]:
    """Each feedback theme's protected figures, most mentioned first."""
    figures = []
    for rank, code in enumerate(raw.theme_order):
        key = ("theme", code, "mentions")
        negative = None
        if pcs[key].is_shown and pcs[("theme", code, "negative")].is_shown \
                and can_show_statistic(raw.counts[key]):
            negative = raw.negative.get(code)
        figures.append(ThemeFigure(code=code, label=theme_label(code), mentions=pcs[key],
                                   previous=pcs[("theme", code, "previous")],
                                   negative_share=negative, raw_rank=rank))
    return tuple(figures)
