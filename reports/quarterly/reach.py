"""Reach: who answered in the quarter, by role in the family and by age band, and how many
families they came from.

Each breakdown adds up to the people who answered (the report's "respondents" count): a line
with that total, so the lattice protects it within the group and across every group.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from reports.quarterly.by_role import ROLE_LABELS, ROLES
from reports.quarterly.cells import count_cell, protected_share, share_cells
from reports.quarterly.model import Cell, Section, Table
from reports.quarterly.period import between
from surveys.records.enums import AgeBand

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

AGE_BANDS = tuple(band.value for band in AgeBand)
# Children under 8 are heard through their family: counted (always none), never a row.
ANSWERING_BANDS = tuple(band for band in AGE_BANDS if band != AgeBand.UNDER_8.value)
RESPONDENTS = ("respondents",)


def count_reach(raw: RawFigures, group: _Group) -> None:
    """People who sent a questionnaire in the quarter, by role and by age band; their families."""
    quarter, responses = group.data.quarter, group.responses
    sent = responses[between(responses["submitted"], quarter.start, quarter.end)]
    people = sent.drop_duplicates("member_id")
    total = int(raw.counts.get(RESPONDENTS, len(people)))
    raw.line({("reach", "role", r): int((people["member_role"] == r).sum()) for r in ROLES},
             RESPONDENTS, total)
    if "age_band" in people.columns:
        raw.line({("reach", "age", b): int((people["age_band"] == b).sum()) for b in AGE_BANDS},
                 RESPONDENTS, total)
    raw.counts[("reach", "families")] = int(sent["case_id"].nunique())


def reach_section(raw: RawFigures, pcs) -> Section:
    """The section: who answered, by role and by age band."""
    def rows(kind, keys, labels):
        return tuple((Cell(labels[k]), count_cell(pcs[("reach", kind, k)]),
                      share_cells(protected_share(pcs, ("reach", kind, k), RESPONDENTS))[0])
                     for k in keys) + ((Cell("Everyone who answered"),
                                        count_cell(pcs[RESPONDENTS]), Cell("")),)
    columns = ("People who answered in the quarter", "Number", "Share")
    by_role = Table("reach-role", "Who answered, by role in the family", columns,
                    rows("role", ROLES, ROLE_LABELS))
    tables = [by_role]
    if ("reach", "age", ANSWERING_BANDS[0]) in pcs:
        tables.append(Table(
            "reach-age", "Who answered, by age band", columns,
            rows("age", ANSWERING_BANDS, {b.value: b.label for b in AgeBand}),
            ("Children under 8 are heard through their family, not a questionnaire of their "
             "own.",)))
    paragraph = (f"{pcs[RESPONDENTS].text.capitalize()} people from "
                 f"{pcs[('reach', 'families')].text} families sent a questionnaire in the "
                 "quarter. We do not yet record which parents and carers are fathers or male "
                 "carers, so they cannot be counted apart.")
    return Section("reach", "Who we reached", (paragraph,), tuple(tables))
