"""Reach: who answered in the quarter, by role in the family and by age band, how many
families they came from, and how many of the parents and carers were fathers or male carers.

Each breakdown adds up to the people who answered (the report's "respondents" count): a line
with that total, so the lattice protects it within the group and across every group. Fathers
and male carers are a line of their own within the parents and carers who answered: fathers
and everyone else (other parents and carers, those who preferred not to say and those never
asked), adding up to the parents and carers count the role table shows.
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
PARENTS = ("reach", "role", "parent_carer")
FATHERS = ("reach", "father", "yes")
OTHER_PARENTS = ("reach", "father", "other")


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
    if "father" in people.columns:
        parents = people[people["member_role"] == "parent_carer"]
        fathers = int((parents["father"] == "yes").sum())
        raw.line({FATHERS: fathers, OTHER_PARENTS: len(parents) - fathers}, PARENTS,
                 len(parents))
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
    paragraphs = [f"{pcs[RESPONDENTS].text.capitalize()} people from "
                  f"{pcs[('reach', 'families')].text} families sent a questionnaire in the "
                  "quarter."]
    if FATHERS in pcs:
        fathers = pcs[FATHERS]
        tables.append(Table(
            "reach-fathers", "Parents and carers who answered: fathers and male carers", columns,
            ((Cell("Fathers and male carers"), count_cell(fathers),
              share_cells(protected_share(pcs, FATHERS, PARENTS))[0]),
             (Cell("Other parents and carers"), count_cell(pcs[OTHER_PARENTS]),
              share_cells(protected_share(pcs, OTHER_PARENTS, PARENTS))[0]),
             (Cell("All parents and carers who answered"), count_cell(pcs[PARENTS]), Cell(""))),
            ("A parent or carer is counted as a father or male carer when they told their "
             "keyworker so. Other parents and carers include those who preferred not to say "
             "and those not yet asked.",)))
        paragraphs.append(f"Of the {pcs[PARENTS].text} parents and carers who answered, "
                          f"{fathers.text} were fathers or male carers.")
    return Section("reach", "Who we reached", tuple(paragraphs), tuple(tables))
