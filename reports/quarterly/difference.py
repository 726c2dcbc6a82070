"""The question "Did we make a difference?": the share of family members who said, at the close,
that working with us made a difference to their family, with its interval, overall and by role.

Counted from the close questionnaires sent in the quarter, like service experience (answers of
"Prefer not to say" left out). "Made a difference" is "Quite a lot" or "A lot"
(family_by_family_scale.difference). Every count is a line with its total (the four answers add
up to those who answered; made and not made add up to it too; each role's counts add up to the
whole group's), so the lattice protects the figures both ways and across every group, and the
share is worked out from the rounded counts only, with Wilson's interval on n / design effect
(families as clusters), as every other share in the report.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import pandas as pd

from family_by_family_scale import MADE_A_DIFFERENCE
from family_by_family_scale.difference import MADE_A_DIFFERENCE_FROM
from reports.clustered import design_effect
from reports.disclosure import Line
from reports.quarterly.by_role import ROLE_LABELS, ROLES
from reports.quarterly.cells import count_cell, percent, protected_share, share_cells
from reports.quarterly.model import Cell, Section, Table
from reports.quarterly.period import between

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

CODE = MADE_A_DIFFERENCE.item_codes[0]
QUESTION = MADE_A_DIFFERENCE.item(CODE).text
# Most first, as a reader scans for "a lot".
ANSWERS = tuple(reversed(MADE_A_DIFFERENCE.scale))
ANSWERED = ("difference", "answered")
MADE = ("difference", "made")
NOT_MADE = ("difference", "not_made")
MADE_WORDS = "Quite a lot or a lot"


def _answers_in_quarter(group: _Group) -> pd.DataFrame:
    """The group's answers to the question sent in the quarter (Prefer not to say left out)."""
    quarter, service = group.data.quarter, group.data.service
    if CODE not in service.columns:
        return service.iloc[0:0].assign(**{CODE: pd.Series(dtype="float64")})
    mine = service[service["case_id"].isin(group.cases["case_id"])
                   & between(service["submitted"], quarter.start, quarter.end)]
    return mine[mine[CODE].notna()]


def count_difference(raw: RawFigures, group: _Group) -> None:
    """How many answered each way, how many said it made a difference, overall and by role."""
    answered = _answers_in_quarter(group)
    values = answered[CODE]
    raw.line({("difference", value): int((values == value).sum())
              for value, _label in MADE_A_DIFFERENCE.scale}, ANSWERED)
    made = values >= MADE_A_DIFFERENCE_FROM
    raw.line({MADE: int(made.sum()), NOT_MADE: int((~made).sum())}, ANSWERED)
    # Made is the top answers' sum and not made the others': a reader knows both sums.
    raw.lines.append(Line(tuple(("difference", v) for v, _ in MADE_A_DIFFERENCE.scale
                                if v >= MADE_A_DIFFERENCE_FROM), MADE))
    raw.lines.append(Line(tuple(("difference", v) for v, _ in MADE_A_DIFFERENCE.scale
                                if v < MADE_A_DIFFERENCE_FROM), NOT_MADE))
    raw.design_effects[MADE] = design_effect(made.tolist(), answered["case_id"].tolist())

    member_roles = group.responses.drop_duplicates("member_id").set_index("member_id")["member_role"]
    roles = answered["member_id"].map(member_roles)
    for role in ROLES:
        mine = answered[roles == role]
        said = mine[CODE] >= MADE_A_DIFFERENCE_FROM
        raw.line({("difference-role", role, "made"): int(said.sum()),
                  ("difference-role", role, "not_made"): int((~said).sum())},
                 ("difference-role", role, "answered"))
        raw.design_effects[("difference-role", role, "made")] = design_effect(
            said.tolist(), mine["case_id"].tolist())
    for part, total in (("made", MADE), ("not_made", NOT_MADE), ("answered", ANSWERED)):
        parts = tuple(("difference-role", role, part) for role in ROLES)
        if sum(raw.counts[p] for p in parts) == raw.counts[total]:
            raw.lines.append(Line(parts, total))


def made_a_difference_share(raw: RawFigures, pcs):
    """The share who said it made a difference, with its interval, or None where not shown."""
    return protected_share(pcs, MADE, ANSWERED, raw.design_effects.get(MADE, 1.0))


def difference_section(raw: RawFigures, pcs) -> Section:
    """The section: the share who said it made a difference, and how everyone answered."""
    share = made_a_difference_share(raw, pcs)
    rows = [(Cell(label), count_cell(pcs[("difference", value)]),
             share_cells(protected_share(pcs, ("difference", value), ANSWERED))[0])
            for value, label in ANSWERS]
    rows.append((Cell(f"Made a difference ({MADE_WORDS.lower()})"), count_cell(pcs[MADE]),
                 share_cells(share)[0]))
    rows.append((Cell("Everyone who answered"), count_cell(pcs[ANSWERED]), Cell("")))
    table = Table("difference", f"\u201c{QUESTION}\u201d: answers at the close",
                  ("Answer", "Family members", "Share"), tuple(rows),
                  ("Close questionnaires sent in the quarter; \u201cPrefer not to say\u201d is "
                   "left out. Young people aged 13 to 17 are asked \u201cHas working with us "
                   "made a difference to you and your family?\u201d; children under 13 are not "
                   "asked.",))
    if share is None:
        paragraph = ("Too few family members answered this quarter to show how many said we "
                     "made a difference.")
    else:
        paragraph = (f"Of the {pcs[ANSWERED].text} family members who answered at the close, "
                     f"{percent(share.estimate)} said working with us had made a difference to "
                     f"their family quite a lot or a lot (95% confidence interval "
                     f"{percent(share.low)} to {percent(share.high)}).")
    return Section("difference", "Did we make a difference?", (paragraph,),
                   (table, _by_role_table(raw, pcs)))


def _by_role_table(raw: RawFigures, pcs) -> Table:
    """Did we make a difference?, for each role in the family: young people's own answers
    beside parents' and carers'."""
    rows = []
    for role in ROLES:
        total = ("difference-role", role, "answered")
        part = ("difference-role", role, "made")
        share = protected_share(pcs, part, total, raw.design_effects.get(part, 1.0))
        rows.append((Cell(ROLE_LABELS[role]), count_cell(pcs[total]), *share_cells(share)))
    return Table("difference-by-role", "Did we make a difference?, by role in the family",
                 ("Role in the family", "Answered at the close", MADE_WORDS, "95% CI"),
                 tuple(rows),
                 ("Close questionnaires sent in the quarter. Children under 13 are not asked.",))
