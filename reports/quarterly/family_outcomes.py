"""Outcomes per family as well as per family member ("evidence the distance travelled by a
child/family"): for each family whose close questionnaire was completed in the quarter, how its
members' reliable change from start to close came out together.

- better: at least one member reliably improved and none reliably got worse;
- mixed: some members reliably improved and some reliably got worse;
- no reliable change: nobody changed reliably;
- worse: at least one member reliably got worse and none improved.

A family counts when at least one member has a total score at both start and close; those
families are the total of the line (and the "families" the distance travelled section names),
so the parts add up to a count the report already shows and disclosure control protects them
together. The family's average change is the mean over families of its members' mean change.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from family_by_family_scale import mean_interval
from reports.disclosure import can_show_statistic
from reports.quarterly.model import Cell, Section, Table

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

FAMILY_KINDS = ("better", "mixed", "no_change", "worse")
FAMILY_LABELS = {"better": "Better: someone reliably improved, nobody got worse",
                 "mixed": "Mixed: some improved, some got worse",
                 "no_change": "No reliable change for anyone",
                 "worse": "Worse: someone reliably got worse, nobody improved"}
FAMILIES = ("change", "families")


def family_kinds(categories: pd.Series) -> pd.Series:
    """Each family's outcome from its members' reliable-change categories (index: case_id)."""
    families = categories.index.get_level_values("case_id")
    better = (categories == "improved").groupby(families).any()
    worse = (categories == "deteriorated").groupby(families).any()
    kinds = pd.Series("no_change", index=better.index, dtype="object")
    kinds.loc[better & ~worse] = "better"
    kinds.loc[better & worse] = "mixed"
    kinds.loc[~better & worse] = "worse"
    return kinds


def count_family_outcomes(raw: RawFigures, group: _Group) -> None:
    """How each family's members changed together, start to close, for one group."""
    change = group.members["total_change"].dropna()
    kinds = pd.Series(dtype="object")
    means: list[float] = []
    if len(change):
        kinds = family_kinds(group.members.loc[change.index, "total_category"])
        means = change.groupby(level="case_id").mean().tolist()
    raw.line({("family", k): int((kinds == k).sum()) for k in FAMILY_KINDS}, FAMILIES)
    raw.extras["family_means"] = means


def family_section(raw: RawFigures, pcs, shown_share, share_cells) -> Section:
    """Outcomes per family: how its members' change came out together, and the average."""
    rows = []
    for kind in FAMILY_KINDS:
        pc = pcs[("family", kind)]
        rows.append((Cell(FAMILY_LABELS[kind]),
                     Cell(pc.text, "count", float(pc.shown) if pc.is_shown else None),
                     *share_cells(shown_share(pcs, raw, ("family", kind), FAMILIES))))
    total = pcs[FAMILIES]
    rows.append((Cell("Families with start and close answers"),
                 Cell(total.text, "count", float(total.shown) if total.is_shown else None),
                 Cell(""), Cell("")))
    table = Table("family-outcomes", "Outcomes per family, start to close",
                  ("Families", "Number", "Share", "95% CI"), tuple(rows),
                  ("Families whose close questionnaire was completed in the quarter, each "
                   "counted once however many members answered.",))
    means = raw.extras.get("family_means", [])
    paragraphs = []
    if total.means and can_show_statistic(len(means)):
        mean = mean_interval(means)
        paragraphs.append(
            f"On average a family's members moved {mean.estimate:+.2f} points on the 1 to 5 "
            f"scale (95% confidence interval {mean.low:+.2f} to {mean.high:+.2f}), each family "
            "counted once.".replace("-", "\u2212"))
    else:
        paragraphs.append("Too few families to show their average change (we need at least 8).")
    return Section("family-outcomes", "Outcomes per family", tuple(paragraphs), (table,))
