"""How cases ended: closure reasons (stepped up to social care, stepped down, goals met, ...) for
the cases closed in the quarter, beside the outcomes of the family members counted in
"Distance travelled", by how their case ended.

Reasons add up to the cases closed, and the members by reason add up to everyone paired (and
those reliably improved to everyone reliably improved): each is a line with its total, so the
lattice protects the table both ways and across every group.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from reports.clustered import design_effect
from reports.disclosure import Line
from reports.quarterly.cells import count_cell, protected_share, share_cells
from reports.quarterly.model import Cell, Section, Table
from surveys.records.enums import ClosureReason

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

NOT_RECORDED = "not_recorded"
REASONS = (*(reason.value for reason in ClosureReason), NOT_RECORDED)
REASON_LABELS = {**{reason.value: reason.label for reason in ClosureReason},
                 NOT_RECORDED: "Not closed yet, or no reason recorded"}


def _reasons(cases: pd.DataFrame) -> pd.Series:
    """Each case's closure reason by case id, NOT_RECORDED where there is none."""
    if "closure_reason" not in cases.columns:
        return pd.Series(NOT_RECORDED, index=cases["case_id"])
    reasons = cases.set_index("case_id")["closure_reason"]
    return reasons.where(reasons.isin(REASONS[:-1]), NOT_RECORDED)


def count_closures(raw: RawFigures, group: _Group) -> None:
    """Cases closed in the quarter by reason; members paired and improved by their case's reason."""
    reasons = _reasons(group.cases)
    closed = reasons[reasons.index.isin(set(group.closed_ids))]
    raw.lines.append(Line(tuple(("closure", r, "closed") for r in REASONS), ("cases", "closed")))
    for r in REASONS:
        raw.counts[("closure", r, "closed")] = int((closed == r).sum())
    members = raw.extras.get("paired_members")
    if members is None or not len(members):
        members = pd.DataFrame({"case_id": [], "category": []})
    member_reasons = members["case_id"].map(reasons)
    for r in REASONS:
        mine = members[member_reasons == r]
        improved = mine["category"] == "improved"
        raw.line({("closure", r, "improved"): int(improved.sum()),
                  ("closure", r, "not_improved"): int((~improved).sum())}, ("closure", r, "paired"))
        raw.design_effects[("closure", r, "improved")] = design_effect(
            improved.tolist(), mine["case_id"].tolist())
    for key in ("paired", "improved"):
        total = ("change", "total", key)
        parts = tuple(("closure", r, key) for r in REASONS)
        if total in raw.counts and sum(raw.counts[p] for p in parts) == raw.counts[total]:
            raw.lines.append(Line(parts, total))


def closures_section(raw: RawFigures, pcs) -> Section:
    """The section: closure reasons beside outcomes."""
    rows = []
    for r in REASONS:
        closed = protected_share(pcs, ("closure", r, "closed"), ("cases", "closed"))
        improved = protected_share(pcs, ("closure", r, "improved"), ("closure", r, "paired"),
                                   raw.design_effects.get(("closure", r, "improved"), 1.0))
        rows.append((Cell(REASON_LABELS[r]), count_cell(pcs[("closure", r, "closed")]),
                     share_cells(closed)[0], count_cell(pcs[("closure", r, "paired")]),
                     *share_cells(improved)))
    rows.append((Cell("All"), count_cell(pcs[("cases", "closed")]), Cell(""),
                 count_cell(pcs[("change", "total", "paired")]), Cell(""), Cell("")))
    table = Table("closures", "How cases ended, beside outcomes",
                  ("How the case ended", "Cases closed in the quarter", "Share of cases closed",
                   "Family members with start and close answers", "Reliably improved",
                   "95% CI"), tuple(rows),
                  ("Cases closed: the case's closing date is in the quarter. Family members: "
                   "those counted in \u201cDistance travelled\u201d (close questionnaire done in "
                   "the quarter), by how their case ended.",))
    up, down = pcs[("closure", "stepped_up", "closed")], pcs[("closure", "stepped_down", "closed")]
    paragraph = (f"Cases stepped up to social care: {up.text}. Stepped down to universal "
                 f"services: {down.text}.")
    return Section("closures", "How cases ended", (paragraph,), (table,))
