"""First and latest reading for everyone measured twice, and the "in a good place" share.

Who counts: every family member who answered an outcome questionnaire in the quarter (any wave,
not only the close) and had answered one before: their first reading beside their latest (the
one in the quarter). Change is judged with reliable change (Jacobson and Truax 1991), each
member with the figures of the questionnaire they answered first; higher is better.

"In a good place": a total score of 4 or more, that is on average "mostly" or "very much like
us", at the first reading and at the latest; simpler for a board than reliable change.

The counts are lines like any other (reports.lattice protects them across every group of the
quarter); shares are worked out from the rounded counts; means need the lattice's leave
(`ProtectedCount.means`) and 8 people.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from reports.charts import Series
from reports.clustered import clustered_mean_interval, design_effect
from reports.disclosure import can_show_statistic
from reports.quarterly.members import summary
from reports.quarterly.model import CHANGE_LABELS, CHANGES, Cell, ChartSpec, Section, Table

if TYPE_CHECKING:  # the figures module imports this one; only the types go the other way
    from reports.quarterly.figures import RawFigures, _Group

GOOD_PLACE = 4.0
READINGS = ("first", "latest")
MEMBERS = ("readings", "members")


def count_readings(raw: RawFigures, group: _Group) -> None:
    """Reliable change first to latest, and "in a good place" at each, for one group."""
    table = group.readings
    n = len(table)
    counts = dict.fromkeys(CHANGES, 0)
    extra: dict[str, object] = {"first": [], "latest": [], "change": [], "families": []}
    if n:
        result = summary(table, "total", group.data.parameters_for("total"), "first", "latest")
        counts = {"improved": result.n_improved, "no_change": result.n_no_change,
                  "deteriorated": result.n_deteriorated}
        change = table["total_change"].dropna()
        categories = table.loc[change.index, "total_category"]
        families = change.index.get_level_values("case_id").tolist()
        for name in CHANGES:
            raw.design_effects[("readings", name)] = design_effect(
                (categories == name).tolist(), families)
        for when in READINGS:
            good = (table.loc[change.index, f"total_{when}"] >= GOOD_PLACE).tolist()
            raw.design_effects[("good", when, "yes")] = design_effect(good, families)
        extra = {"first": table.loc[change.index, "total_first"].tolist(),
                 "latest": table.loc[change.index, "total_latest"].tolist(),
                 "change": change.tolist(), "families": families}
    raw.line({("readings", c): counts[c] for c in CHANGES}, MEMBERS)
    raw.counts[("readings", "families")] = int(
        table.index.get_level_values("case_id").nunique())
    for when in READINGS:
        good = sum(1 for v in extra[when] if v >= GOOD_PLACE)
        raw.line({("good", when, "yes"): good, ("good", when, "no"): len(extra[when]) - good},
                 MEMBERS, total=raw.counts[MEMBERS])
    raw.extras["readings"] = extra


def _mean_cell(values, ok: bool) -> Cell:
    if not ok:
        return Cell("not shown")
    mean = sum(values) / len(values)
    return Cell(f"{mean:.2f}", "number", mean)


def readings_section(raw: RawFigures, pcs, shown_share, share_cells) -> Section:
    """First and latest reading for everyone measured twice, with the "in a good place" share
    at each. `shown_share` and `share_cells` are the report's own (reports.quarterly)."""
    extra = raw.extras.get("readings", {})
    members = pcs[MEMBERS]
    ok = members.means and can_show_statistic(len(extra.get("change", [])))
    change = (clustered_mean_interval(extra["change"], extra["families"])
              if ok and len(set(map(str, extra["families"]))) >= 2 else None)
    rows = [(Cell(CHANGE_LABELS[c]), Cell(pcs[("readings", c)].text, "count",
                                          float(pcs[("readings", c)].shown)
                                          if pcs[("readings", c)].is_shown else None),
             *share_cells(shown_share(pcs, raw, ("readings", c), MEMBERS))) for c in CHANGES]
    rows.append((Cell("Family members measured twice"),
                 Cell(members.text, "count", float(members.shown) if members.is_shown else None),
                 Cell(""), Cell("")))
    change_table = Table("readings", "First and latest reading: reliable change",
                         ("Family members", "Number", "Share", "95% CI"), tuple(rows),
                         ("Everyone who answered this quarter and had answered before, not only "
                          "those who answered at the close: their first reading beside their "
                          "latest.",))
    good = {when: shown_share(pcs, raw, ("good", when, "yes"), MEMBERS) for when in READINGS}
    good_rows = tuple(
        (Cell(label), _mean_cell(extra.get(when, []), ok),
         *share_cells(good[when]))
        for when, label in (("first", "First reading"), ("latest", "Latest reading")))
    good_table = Table("good-place", "In a good place at the first and the latest reading",
                       ("Reading", "Average total score (1 to 5)",
                        "In a good place (mostly or very much like us)", "95% CI"), good_rows,
                       ("In a good place: a total score of 4 or more, on average \u201cmostly\u201d "
                        "or \u201cvery much like us\u201d.",))
    paragraphs = [f"{members.text.capitalize()} family members from "
                  f"{pcs[('readings', 'families')].text} families answered this quarter and had "
                  "answered before (first and latest reading, labelled as such: not only those "
                  "who answered at the close)."]
    if good["first"] is not None and good["latest"] is not None:
        paragraphs.append(f"{round(100 * good['first'].estimate)}% were in a good place at their "
                          f"first reading and {round(100 * good['latest'].estimate)}% at their "
                          "latest.")
    if change is not None:
        paragraphs.append(f"Total scores moved {change.estimate:+.2f} points on average from "
                          f"first to latest reading (95% confidence interval {change.low:+.2f} "
                          f"to {change.high:+.2f}).".replace("-", "\u2212"))
    chart = ChartSpec("good-place-chart", "In a good place at the first and latest reading",
                      "Bar chart of the share of family members in a good place at their first "
                      "and their latest reading. The figures are in the table below.",
                      ("First reading", "Latest reading"),
                      (Series("In a good place (%)", tuple(row[2].number for row in good_rows)),),
                      value_max=100, ticks=(0, 25, 50, 75, 100))
    charts = (chart,) if chart.has_values else ()
    return Section("readings", "First and latest reading", tuple(paragraphs),
                   (change_table, good_table), charts)

