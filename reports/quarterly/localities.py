"""Localities side by side, and support levels side by side, in one table each.

Every figure is the one each locality's (or support level's) own report shows: all the groups a
commissioner can ask for in a quarter are protected together (reports.lattice), the council with
its localities and each group with its support levels among the sums a reader is assumed to
know, so putting them in one table tells a reader nothing the separate reports do not.
"""
from __future__ import annotations

from collections.abc import Mapping

from reports.disclosure import can_show_statistic
from reports.lattice import QuarterProtection, canonical
from reports.quarterly.cells import count_cell, mean_cells, protected_share, share_cells
from reports.quarterly.model import Cell, Filters, Section, Table
from surveys.records.enums import SupportLevel

COLUMNS = ("Group", "Cases open in the quarter", "Cases closed",
           "Close questionnaire response rate", "Family members with start and close answers",
           "Reliably improved", "95% CI", "Average change in total score",
           "95% confidence interval")


def _row(label: str, protection: QuarterProtection, group: Filters) -> tuple[Cell, ...]:
    """One group's headline figures, exactly as its own report shows them."""
    raw, pcs = protection.raw[group], protection.counts[group]
    paired = ("change", "total", "paired")
    rate = protected_share(pcs, ("waves", "close", "answered"), ("waves", "close", "due"),
                           raw.design_effects.get(("waves", "close", "answered"), 1.0))
    improved = protected_share(pcs, ("change", "total", "improved"), paired,
                               raw.design_effects.get(("change", "total", "improved"), 1.0))
    summary = raw.changes.get("total")
    mean = None
    if pcs[paired].means and can_show_statistic(raw.counts[paired]) and summary is not None:
        mean = raw.clustered_changes.get("total", summary.mean_change)
    return (Cell(label), count_cell(pcs[("cases", "active")]), count_cell(pcs[("cases", "closed")]),
            share_cells(rate)[0], count_cell(pcs[paired]),
            *share_cells(improved), *mean_cells(mean))


def side_by_side_sections(protection: QuarterProtection, filters: Filters,
                          team_localities: Mapping[str, str],
                          support_labels: Mapping[str, str] | None = None) -> tuple[Section, ...]:
    """The localities table (in a whole-council report, for its support level if one is chosen)
    and the support levels table (for the group the report covers)."""
    labels = {level.value: level.label for level in SupportLevel} | dict(support_labels or {})
    tables = []
    if not (filters.locality or filters.team):
        localities = sorted(set(team_localities.values()))
        groups = [(loc, Filters(locality=loc, support_level=filters.support_level))
                  for loc in localities]
        groups.append(("Whole council", Filters(support_level=filters.support_level)))
        tables.append(Table("localities", "Localities side by side", COLUMNS, tuple(
            _row(label, protection, g) for label, g in groups if g in protection.counts)))
    if not filters.support_level:
        place = canonical(filters, team_localities)
        if place is not None:
            groups = [(labels.get(level.value, level.value),
                       Filters(locality=place.locality, team=place.team,
                               support_level=level.value)) for level in SupportLevel]
            groups.append(("All support levels", place))
            tables.append(Table("support-levels", "Support levels side by side", COLUMNS, tuple(
                _row(label, protection, g) for label, g in groups if g in protection.counts)))
    if not tables:
        return ()
    paragraph = ("Each row shows the same figures as that group's own report: every group a "
                 "report can be asked for is protected together, so the rows can be compared "
                 "and added up without any family being recognised.")
    return (Section("side-by-side", "Localities and support levels side by side", (paragraph,),
                    tuple(tables)),)
