"""A differencing attacker on the quarterly CSVs: what a commissioner could work out about small
groups from the aggregate CSVs of every group they may ask for in one quarter.

It sees only the CSV text of each group (and which group each one is, and which team is in which
locality, as the filter form shows). It knows the published rules (Kerckhoffs): how counts are
rounded and suppressed, and how a share and its interval are worked out. It then
1. turns every count cell into the interval of true values it allows;
2. decodes each share and its interval into the (part, total) pairs that could give it;
3. differences every parent and the sum of its children (council = its localities, a locality =
   its teams, a group = its support levels), and the parts of each table line and their total,
   tightening every interval until nothing changes;
4. reads off the cells it has pinned to one value from 1 to 7, and the means of groups it knows
   to hold fewer than 8 people that it can work out from the means of a parent and siblings.
Used by tests/reports/test_attacker.py and benchmarks/attack_quarterly.py.
"""
from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from reports.quarterly.model import Filters

FEWER = "fewer than 8"
BIG = 10**7
COUNT_COLUMNS = {
    "Number", "Waves due", "Answered", "Not answered", "Received", "Questionnaires received",
    "Family members with start and close answers", "Number with a start score",
    "People who answered", "Mentions", "Positive", "Mixed", "Negative", "Not analysed",
    "Mentions last quarter", "Mentions in the 13 weeks before", "Mentions in the 13 weeks after",
    "1", "2", "3", "4", "5", "Prefer not to say or blank", "All",
    # The newer sections: by role, statement by statement, snapshot, how cases ended, reach,
    # localities side by side, service by role.
    "Cases closed in the quarter", "Cases open in the quarter", "Cases closed",
    "Family members who answered it at start and close", "Start questionnaires",
    "Parents and carers: answered", "Young people (13 to 17): answered",
    "Children (8 to 12): answered",
}
BY_ROLE = "Distance travelled by role in the family (total score)"
CLOSURES = "How cases ended, beside outcomes"
REACH = ("Who answered, by role in the family", "Who answered, by age band")
# Shares: (table, share column, interval column or None, part column or None, total column,
# total row or None (same row)). A part column of None is a count the table does not show.
SHARES = (
    ("Questionnaires and response rates by wave", "Response rate", "95% confidence interval",
     "Answered", "Waves due", None),
    ("Progress on the families' own goals, start to close", "Share", "95% CI", "Number", "Number",
     "Goals rated at start and close"),
    ("How the service felt: mostly or completely true", "Mostly or completely true", "95% CI",
     None, "People who answered", None),
    ("You said, we did", "Negative before", None, None, "Mentions in the 13 weeks before", None),
    ("You said, we did", "Negative after", None, None, "Mentions in the 13 weeks after", None),
)
RELIABLE = "Reliable change from start to close"
DISTANCE = "Distance travelled from start to close, per family member"
# Means and the count of people behind them, per table.
MEANS = ((DISTANCE, "Family members with start and close answers",
          ("Average at start", "Average at close", "Average change")),
         ("Start scores of families whose cases closed in the quarter",
          "Number with a start score", ("Average start score (1 to 5)",)),
         (BY_ROLE, "Family members with start and close answers", ("Average change",)))

Cell = tuple[str, str, str]  # table, row, column
ShareModel = Callable[[int, int], tuple[str, str | None] | None]


def parse_csv(text: str) -> dict[Cell, str] | None:
    """One group's aggregate CSV as {(table, row, column): value}, or None when it was refused."""
    reader = csv.reader(io.StringIO(text))
    next(reader)
    cells: dict[Cell, str] = {}
    previous = ""
    for line in reader:
        # quarter, group, table, row, column, ..., shown: the attacker reads what people see
        table, row, column, value = line[2], line[3], line[4], line[-1]
        if table == "refused":
            return None
        if column.startswith("95%") and table == RELIABLE:
            column = f"{column} of {previous}"  # the table has one "95% CI" after each share
        previous = column
        cells[(table, row, column)] = value
    return cells


def _count(value: str) -> tuple[int, int] | None:
    """The true values a shown count allows, under rounding to 5 and suppression of 1 to 7."""
    if value == FEWER:
        return 0, 7  # "none" reads "fewer than 8" too
    if re.fullmatch(r"\d[\d,]*", value):
        n = int(value.replace(",", ""))
        return (0, 0) if n == 0 else (max(8, n - 2), n + 2)
    return None


def percent_text(fraction: float) -> str:
    """A share as the report prints it."""
    return f"{round(100 * fraction)}%"


def exact_share_model(k: int, n: int) -> tuple[str, str] | None:
    """The old rule: share and Wilson interval from the exact counts."""
    from family_by_family_scale import wilson_interval

    if n <= 0:
        return None
    w = wilson_interval(k, n)
    return percent_text(w.estimate), f"{percent_text(w.low)} to {percent_text(w.high)}"


@dataclass
class Attack:
    """What the attacker worked out."""

    intervals: dict[tuple[Filters, Cell], list[int]] = field(default_factory=dict)
    shares_seen: int = 0
    shares_decoded: int = 0  # shares that allow one (part, total) pair only
    recovered: list[tuple[Filters, Cell, int]] = field(default_factory=list)
    small_means: list[tuple[Filters, str, str]] = field(default_factory=list)
    contradictions: list[tuple[Filters, Cell]] = field(default_factory=list)


def relations(groups: Iterable[Filters], team_localities: Mapping[str, str],
              levels: Iterable[str]) -> list[tuple[Filters, tuple[Filters, ...]]]:
    """Each parent group with the children that partition it."""
    groups = set(groups)
    levels = list(levels)
    result = []
    localities = sorted(set(team_localities.values()))
    for level in [None, *levels]:
        council = Filters(support_level=level)
        result.append((council, tuple(Filters(locality=loc, support_level=level)
                                      for loc in localities)))
        for loc in localities:
            result.append((Filters(locality=loc, support_level=level), tuple(
                Filters(team=t, support_level=level)
                for t, place in sorted(team_localities.items()) if place == loc)))
    for node in [Filters(), *(Filters(locality=loc) for loc in localities),
                 *(Filters(team=t) for t in sorted(team_localities))]:
        result.append((node, tuple(Filters(locality=node.locality, team=node.team,
                                           support_level=level) for level in levels)))
    return [(p, c) for p, c in result if c and p in groups and all(x in groups for x in c)]


def _lines(cells: Mapping[Cell, str]) -> list[tuple[Cell, tuple[Cell, ...]]]:
    """Counts in one group's CSV that add up to another: (total, parts)."""
    lines = []
    cases = "Cases in the quarter"
    lines.append(((cases, "Cases closed", "Number"),
                  ((cases, "Closed after a close questionnaire", "Number"),
                   (cases, "Closed without a close questionnaire", "Number"))))
    qt = "Questionnaires and response rates by wave"
    for wave in ("Start", "Middle", "Close"):
        lines.append(((qt, wave, "Waves due"), ((qt, wave, "Answered"), (qt, wave, "Not answered"))))
    lines.append(((qt, "All waves", "Received"),
                  tuple((qt, w, "Received") for w in ("Start", "Middle", "Close"))))
    modes = "How questionnaires were filled in"
    mode_rows = sorted({r for (t, r, _) in cells if t == modes and r != "All"})
    lines.append(((modes, "All", "Questionnaires received"),
                  tuple((modes, r, "Questionnaires received") for r in mode_rows)))
    goals = "Progress on the families' own goals, start to close"
    goal_rows = sorted({r for (t, r, c) in cells if t == goals and c == "Number"}
                       - {"Goals rated at start and close"})
    lines.append(((goals, "Goals rated at start and close", "Number"),
                  tuple((goals, r, "Number") for r in goal_rows)))
    themes = "Feedback themes this quarter, by sentiment"
    answers = "How people answered each statement this quarter"
    for table, row, column in list(cells):
        if table == themes and column == "Mentions":
            lines.append(((table, row, "Mentions"), tuple(
                (table, row, s) for s in ("Positive", "Mixed", "Negative", "Not analysed"))))
        if table == answers and column == "All":
            lines.append(((table, row, "All"), tuple(
                (table, row, v) for v in ("1", "2", "3", "4", "5", "Prefer not to say or blank"))))
        if table == RELIABLE and column == "Reliably improved":
            lines.append(((DISTANCE, row, "Family members with start and close answers"),
                          tuple((RELIABLE, row, f"count:{c}") for c in (
                              "Reliably improved", "No reliable change", "Reliably deteriorated"))))
    paired = "Family members with start and close answers"
    role_rows = sorted({r for (t, r, _) in cells if t == BY_ROLE})
    lines.append(((DISTANCE, "All areas (total score)", paired),
                  tuple((BY_ROLE, r, paired) for r in role_rows)))
    reasons = sorted({r for (t, r, _) in cells if t == CLOSURES} - {"All"})
    for column in ("Cases closed in the quarter", paired):
        lines.append(((CLOSURES, "All", column), tuple((CLOSURES, r, column) for r in reasons)))
    for table in REACH:
        rows = sorted({r for (t, r, _) in cells if t == table} - {"Everyone who answered"})
        lines.append(((table, "Everyone who answered", "Number"),
                      tuple((table, r, "Number") for r in rows)))
    return [(t, p) for t, p in lines if t in cells and all(
        x in cells or x[2].startswith("count:") for x in p)]


def attack(csvs: Mapping[Filters, str], team_localities: Mapping[str, str],
           levels: Iterable[str], share_model: ShareModel) -> Attack:
    """Run the whole attack on every group's CSV for one quarter."""
    levels = list(levels)
    published = {g: parse_csv(text) for g, text in csvs.items()}
    result = Attack()
    iv = result.intervals
    # 1. Every count cell's interval; virtual cells for counts behind shares the table omits.
    share_pairs: list[tuple[Filters, Cell, Cell, str, str | None]] = []
    for g, cells in published.items():
        if cells is None:
            continue
        for (table, row, column), value in cells.items():
            if column in COUNT_COLUMNS and (table, column) != ("You said, we did", "Negative"):
                allowed = _count(value)
                iv[(g, (table, row, column))] = list(allowed) if allowed else [0, BIG]
        for table, share_col, ci_col, part_col, total_col, total_row in SHARES:
            for (t, row, column), value in cells.items():
                if t != table or column != share_col:
                    continue
                total = (table, total_row or row, total_col)
                part = (table, row, part_col or f"count:{share_col}")
                iv.setdefault((g, part), [0, BIG])
                ci = cells.get((table, row, ci_col)) if ci_col else None
                share_pairs.append((g, part, total, value, ci))
        for (t, row, column), value in cells.items():
            if t == RELIABLE and not column.startswith("95%"):
                part = (RELIABLE, row, f"count:{column}")
                iv.setdefault((g, part), [0, BIG])
                ci = cells.get((RELIABLE, row, f"95% CI of {column}"))
                share_pairs.append((g, part, (DISTANCE, row,
                                              "Family members with start and close answers"),
                                    value, ci))
    constraints: list[tuple[tuple[Filters, Cell], tuple[tuple[Filters, Cell], ...]]] = []
    for g, cells in published.items():
        if cells is not None:
            constraints += [((g, t), tuple((g, p) for p in parts)) for t, parts in _lines(cells)]
    cell_ids = {c for (_, c) in iv}
    for parent, children in relations(published, team_localities, levels):
        for cell in cell_ids:
            members = [parent, *children]
            if any(published[m] is not None and (m, cell) not in iv for m in members):
                continue  # a row some group does not have (an action for one locality)
            for m in members:
                iv.setdefault((m, cell), [0, BIG])
            constraints.append(((parent, cell), tuple((c, cell) for c in children)))
    # 2 and 3: decode shares and propagate sums until nothing changes.
    decoded_once: set[int] = set()
    for _ in range(30):
        changed = _decode_shares(iv, share_pairs, share_model, decoded_once)
        changed |= _propagate(iv, constraints)
        if not changed:
            break
    result.shares_seen = sum(1 for *_, value, _ in share_pairs if value.endswith("%"))
    result.shares_decoded = len(decoded_once)
    for key, (lo, hi) in iv.items():
        if lo > hi:
            result.contradictions.append(key)
        elif lo == hi and 1 <= lo <= 7:
            result.recovered.append((key[0], key[1], lo))
    result.small_means = _attack_means(published, iv, team_localities, levels)
    return result


def _decode_shares(iv, share_pairs, share_model: ShareModel, decoded: set[int]) -> bool:
    changed = False
    for index, (g, part, total, value, ci) in enumerate(share_pairs):
        if not value.endswith("%"):
            continue
        plo, phi = iv[(g, part)]
        tlo, thi = iv[(g, total)]
        if thi - tlo > 400:
            continue
        pairs = []
        for n in range(tlo, thi + 1):
            for k in range(plo, min(phi, n) + 1):
                shown = share_model(k, n)
                if shown and shown[0] == value and (ci is None or shown[1] in (None, ci)):
                    pairs.append((k, n))
        if not pairs:
            continue  # the model cannot explain it: learn nothing rather than guess
        if len(pairs) == 1:
            decoded.add(index)
        new_part = [min(k for k, _ in pairs), max(k for k, _ in pairs)]
        new_total = [min(n for _, n in pairs), max(n for _, n in pairs)]
        if new_part != [plo, phi] or new_total != [tlo, thi]:
            iv[(g, part)], iv[(g, total)] = new_part, new_total
            changed = True
    return changed


def _propagate(iv, constraints) -> bool:
    changed = False
    for total, parts in constraints:
        lows = [iv[p][0] for p in parts]
        highs = [iv[p][1] for p in parts]
        t = iv[total]
        new_t = [max(t[0], sum(lows)), min(t[1], sum(highs))]
        if new_t != t:
            iv[total] = new_t
            changed = True
        for i, p in enumerate(parts):
            lo = new_t[0] - (sum(highs) - highs[i])
            hi = new_t[1] - (sum(lows) - lows[i])
            old = iv[p]
            new = [max(old[0], lo), min(old[1], hi)]
            if new != old:
                iv[p] = new
                changed = True
    return changed


def _attack_means(published, iv, team_localities, levels) -> list[tuple[Filters, str, str]]:
    """Means of groups known to hold 1 to 7 people, worked out as a parent's total (mean x n)
    less its other children's totals, where every other mean in the relation is shown."""
    found = []
    for table, n_column, mean_columns in MEANS:
        rows = {r for cells in published.values() if cells for (t, r, _) in cells if t == table}
        for row in rows:
            for column in mean_columns:
                known = {g for g, cells in published.items() if cells and (
                    _is_number(cells.get((table, row, column), ""))
                    or iv.get((g, (table, row, n_column))) == [0, 0])}
                small = {g for g in published
                         if (g, (table, row, n_column)) in iv
                         and 1 <= iv[(g, (table, row, n_column))][0]
                         and iv[(g, (table, row, n_column))][1] <= 7}
                for _ in range(3):  # a mean worked out can help work out another
                    for parent, children in relations(published, team_localities, levels):
                        members = [parent, *children]
                        unknown = [m for m in members if m not in known]
                        if len(unknown) == 1:
                            known.add(unknown[0])
                            if unknown[0] in small:
                                found.append((unknown[0], row, column))
    return sorted(set(found), key=repr)


def _is_number(text: str) -> bool:
    return bool(re.fullmatch(r"[+\u2212-]?\d+\.\d+", text))


def group_csvs(data, support_labels: Mapping[str, str]) -> dict[Filters, str]:
    """The aggregate CSV of every group a commissioner may ask for in the quarter (the whole
    council, each locality and each team, each on its own and by support level), made by the
    real report and export code."""
    from reports.exports import aggregate_csv
    from reports.quarterly.content import build_quarterly_report

    return {g: aggregate_csv(build_quarterly_report(data, g, support_labels))
            for g in every_group(data.team_localities, support_labels)}


def every_group(team_localities: Mapping[str, str], levels: Iterable[str]) -> list[Filters]:
    """The whole council, each locality and each team, each with no support level and by level."""
    places = [Filters(), *(Filters(locality=loc) for loc in sorted(set(team_localities.values()))),
              *(Filters(team=t) for t in sorted(team_localities))]
    return [Filters(locality=p.locality, team=p.team, support_level=level)
            for p in places for level in [None, *levels]]


def published_share_model(k: int, n: int) -> tuple[str, str | None] | None:
    """The rule the reports publish shares by (README, "Disclosure control"): the share of the
    rounded counts, none where either count is 1 to 7 or the total under 8, never 100%, 0% only
    for 50 or more. The interval allows for families (a design effect the attacker cannot see),
    so only the share itself is matched."""
    from reports.disclosure import round_count

    if k < 8 or n < 8:
        return None
    part, total = round_count(k), round_count(n)
    if part >= total or (part == 0 and total < 50):
        return None
    return percent_text(part / total), None
