"""Change statement by statement (all 19: which moved and which did not), and the entry
"snapshot": where families start, area by area.

- Statement by statement: family members counted in "Distance travelled" (close questionnaire done
  in the quarter) who answered the statement at both the start and the close: how many moved
  up, stayed the same or moved down on the 1 to 5 answer scale.
- Entry snapshot: start questionnaires sent in the quarter, scored area by area: how many were
  "in a good place" on the area (an area score of 4 or more: "mostly" or "very much like us").

Only counts, each line with its total, so disclosure control protects them like every other
count of the quarter (reports.lattice); shares are worked out from the rounded counts.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from family_by_family_scale import AREAS, FAMILY_OUTCOMES, score_table
from reports.clustered import design_effect
from reports.quarterly.cells import count_cell, protected_share, share_cells
from reports.quarterly.model import Cell, Section, Table
from reports.quarterly.period import between

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

MOVES = ("up", "same", "down")
GOOD_PLACE = 4.0


def count_statements(raw: RawFigures, group: _Group) -> None:
    """Per statement, members moving up, staying or moving down between start and close."""
    outcomes = group.outcomes
    rows = outcomes[outcomes["case_id"].isin(group.closing)]
    codes = list(FAMILY_OUTCOMES.item_codes)
    ids = ["case_id", "member_id"]
    start = rows[rows["wave"] == "start"].drop_duplicates(ids).set_index(ids)[codes]
    close = rows[rows["wave"] == "close"].drop_duplicates(ids).set_index(ids)[codes]
    start, close = start.align(close, join="inner")
    step = close.to_numpy(dtype="float64") - start.to_numpy(dtype="float64")
    families = start.index.get_level_values("case_id").to_numpy()
    for i, code in enumerate(codes):
        answered = ~np.isnan(step[:, i])
        moves = {"up": step[answered, i] > 0, "same": step[answered, i] == 0,
                 "down": step[answered, i] < 0}
        raw.line({("statement", code, m): int(moves[m].sum()) for m in MOVES},
                 ("statement", code, "paired"))
        for m in ("up", "down"):
            raw.design_effects[("statement", code, m)] = design_effect(
                moves[m].tolist(), families[answered].tolist())


def count_snapshot(raw: RawFigures, group: _Group) -> None:
    """Per area, start questionnaires sent in the quarter scoring 4 or more, and the rest."""
    quarter, outcomes = group.data.quarter, group.outcomes
    scored = raw.extras.get("scored_in_quarter")
    if scored is None:
        in_quarter = outcomes[between(outcomes["submitted"], quarter.start, quarter.end)]
        scored = score_table(in_quarter) if len(in_quarter) else None
    if scored is not None:
        scored = scored[scored["wave"] == "start"]
    for area in AREAS:
        scores = scored[area.code] if scored is not None else pd.Series(dtype="float64")
        valid = scores.notna()
        good = scores[valid] >= GOOD_PLACE
        raw.line({("snapshot", area.code, "good"): int(good.sum()),
                  ("snapshot", area.code, "other"): int((~good).sum())},
                 ("snapshot", area.code, "scored"))
        if scored is not None:
            raw.design_effects[("snapshot", area.code, "good")] = design_effect(
                good.tolist(), scored.loc[valid, "case_id"].tolist())


def statements_sections(raw: RawFigures, pcs) -> tuple[Section, ...]:
    """The statement-by-statement section and the entry snapshot section."""
    rows = []
    for item in FAMILY_OUTCOMES.items:
        total = ("statement", item.code, "paired")
        shares = [protected_share(pcs, ("statement", item.code, m), total,
                                  raw.design_effects.get(("statement", item.code, m), 1.0))
                  for m in ("up", "down")]
        rows.append((Cell(f"{item.code[3:].lstrip('0')}. {item.text}"), count_cell(pcs[total]),
                     *share_cells(shares[0]), *share_cells(shares[1])))
    moved = Table("statements", "Change statement by statement, start to close",
                  ("Statement", "Family members who answered it at start and close",
                   "Moved up", "95% CI", "Moved down", "95% CI"), tuple(rows),
                  ("Moved up: a higher answer at the close than at the start on the 1 to 5 "
                   "scale (\u201cNot at all like us\u201d to \u201cVery much like us\u201d); "
                   "the rest gave the same answer.",))
    snap_rows = []
    for area in AREAS:
        total = ("snapshot", area.code, "scored")
        share = protected_share(pcs, ("snapshot", area.code, "good"), total,
                                raw.design_effects.get(("snapshot", area.code, "good"), 1.0))
        snap_rows.append((Cell(area.title), count_cell(pcs[total]), *share_cells(share)))
    snapshot = Table("snapshot", "Where families start: in a good place at the start, by area",
                     ("Area", "Start questionnaires", "In a good place", "95% CI"),
                     tuple(snap_rows),
                     ("In a good place: an area score of 4 or more (on average \u201cMostly like "
                      "us\u201d or \u201cVery much like us\u201d), from start questionnaires sent "
                      "in the quarter.",))
    return (Section("statements", "Change statement by statement",
                    ("Which of the 19 statements moved between the start and the close, for the "
                     "family members counted in \u201cDistance travelled\u201d.",), (moved,)),
            Section("snapshot", "Where families start",
                    ("A snapshot of families as they start with us, area by area.",), (snapshot,)))
