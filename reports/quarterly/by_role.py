"""Results by role in the family: the child's and the young person's own voice, reported beside
parents' and carers' rather than folded into them.

The same people as "Distance travelled" (family members whose close questionnaire was done in
the quarter, with start and close answers), split by their role in the family. Each role's
counts form a line with its total, and each column of the role table adds up to the whole
group's count, so disclosure control protects the table both ways (reports.lattice); each
role's average change is one more mean the lattice audits, within the group (roles add up to
everyone) as well as across groups.
"""
from __future__ import annotations

from collections.abc import Hashable
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from family_by_family_scale import SERVICE_EXPERIENCE
from reports.clustered import clustered_mean_interval, design_effect
from reports.disclosure import Line, can_show_statistic
from reports.quarterly.cells import count_cell, mean_cells, protected_share, share_cells
from reports.quarterly.model import CHANGE_LABELS, CHANGES, Cell, Section, Table
from reports.quarterly.period import between
from surveys.records.enums import MemberRole

if TYPE_CHECKING:
    from reports.quarterly.figures import RawFigures, _Group

ROLES = tuple(role.value for role in MemberRole)
ROLE_LABELS = {"parent_carer": "Parents and carers", "young_person": "Young people (13 to 17)",
               "child": "Children (8 to 12)"}
TOTAL_PAIRED = ("change", "total", "paired")
# The counts each role's average change is worked out over, and the count they add up to.
ROLE_PAIRED = tuple(("role", role, "paired") for role in ROLES)


def count_by_role(raw: RawFigures, group: _Group) -> None:
    """Reliable change on the total score for each role, and each role's changes (for means)."""
    # One row per family member with start and close totals: family, role, change, category.
    members = pd.DataFrame({"case_id": pd.Series(dtype="int64"), "role": pd.Series(dtype="object"),
                            "change": pd.Series(dtype="float64"),
                            "category": pd.Series(dtype="object")})
    change = group.members["total_change"].dropna()
    if len(change):
        member_roles = group.responses.drop_duplicates("member_id").set_index(
            "member_id")["member_role"]
        members = pd.DataFrame({
            "case_id": change.index.get_level_values("case_id"),
            "role": change.index.get_level_values("member_id").map(member_roles),
            "change": change.to_numpy(),
            "category": group.members.loc[change.index, "total_category"].to_numpy()})
    # Kept for the other sections about the same people (how cases ended).
    raw.extras["paired_members"] = members
    role_changes = raw.extras.setdefault("role_changes", {})
    for role in ROLES:
        mine = members[members["role"] == role]
        parts = {("role", role, c): int((mine["category"] == c).sum()) for c in CHANGES}
        raw.line(parts, ("role", role, "paired"))
        families = mine["case_id"].tolist()
        role_changes[role] = (mine["change"].tolist(), families)
        for c in CHANGES:
            raw.design_effects[("role", role, c)] = design_effect(
                (mine["category"] == c).tolist(), families)
    # Roles add up to everyone paired, column by column: a reader knows these sums too.
    for key in (*((c,) for c in CHANGES), ("paired",)):
        parts = tuple(("role", role, *key) for role in ROLES)
        total = ("change", "total", *key)
        if total in raw.counts and sum(raw.counts[p] for p in parts) == raw.counts[total]:
            raw.lines.append(Line(parts, total))


def role_partitions() -> list[tuple[Hashable, tuple[Hashable, ...]]]:
    """Counts whose means add up within a group: everyone's change is the roles' changes."""
    return [(TOTAL_PAIRED, ROLE_PAIRED)]


def by_role_section(raw: RawFigures, pcs) -> Section:
    """The section: reliable change and average change for each role in the family."""
    rows = []
    for role in ROLES:
        paired_key = ("role", role, "paired")
        values, families = raw.extras.get("role_changes", {}).get(role, ([], []))
        mean = None
        if pcs[paired_key].means and can_show_statistic(len(values)) and len(set(families)) >= 2:
            mean = clustered_mean_interval(values, families)
        improved, deteriorated = (
            protected_share(pcs, ("role", role, c), paired_key,
                            raw.design_effects.get(("role", role, c), 1.0))
            for c in ("improved", "deteriorated"))
        rows.append((Cell(ROLE_LABELS[role]), count_cell(pcs[paired_key]),
                     *share_cells(improved), *share_cells(deteriorated), *mean_cells(mean)))
    table = Table("by-role", "Distance travelled by role in the family (total score)",
                  ("Role in the family", "Family members with start and close answers",
                   CHANGE_LABELS["improved"], "95% CI", CHANGE_LABELS["deteriorated"], "95% CI",
                   "Average change", "95% confidence interval"), tuple(rows),
                  ("Children and young people answer their own questionnaire, in their own "
                   "words; each is judged with the figures of the questionnaire they answered.",
                   "Scores run from 1 to 5; higher is better."))
    paragraph = ("Children's and young people's own answers, reported separately from their "
                 "parents' and carers', for the family members counted in \u201cDistance "
                 "travelled\u201d.")
    return Section("by-role", "Results by role in the family", (paragraph,), (table,))



def count_service_by_role(raw: RawFigures, group: _Group) -> None:
    """Service experience by role: answers sent in the quarter, "mostly" or "completely" true.
    Each role's line adds up to the statement's answers, so the table is protected both ways."""
    quarter, service = group.data.quarter, group.data.service
    service = service[service["case_id"].isin(group.cases["case_id"])
                      & between(service["submitted"], quarter.start, quarter.end)]
    member_roles = group.responses.drop_duplicates("member_id").set_index("member_id")["member_role"]
    roles = service["member_id"].map(member_roles).to_numpy()
    families = service["case_id"].to_numpy()
    # Plain arrays, not a frame per role and statement: this runs for every group of a quarter.
    of_role = {role: roles == role for role in ROLES}
    for code in SERVICE_EXPERIENCE.item_codes:
        values = service[code].to_numpy(dtype="float64", na_value=np.nan)
        answered = ~np.isnan(values)
        for role in ROLES:
            mine = of_role[role] & answered
            agree = values[mine] >= 4
            raw.line({("service-role", role, code, "agree"): int(agree.sum()),
                      ("service-role", role, code, "other"): int((~agree).sum())},
                     ("service-role", role, code, "answered"))
            raw.design_effects[("service-role", role, code, "agree")] = design_effect(
                agree.tolist(), families[mine].tolist())
        for part in ("agree", "answered"):
            parts = tuple(("service-role", role, code, part) for role in ROLES)
            total = ("service", code, part)
            if total in raw.counts and sum(raw.counts[p] for p in parts) == raw.counts[total]:
                raw.lines.append(Line(parts, total))


def service_by_role_section(raw: RawFigures, pcs) -> Section:
    """The section: each service-experience statement, by role in the family."""
    rows = []
    for item in SERVICE_EXPERIENCE.items:
        cells = [Cell(item.text)]
        for role in ROLES:
            total = ("service-role", role, item.code, "answered")
            part = ("service-role", role, item.code, "agree")
            cells += [count_cell(pcs[total]),
                      share_cells(protected_share(pcs, part, total,
                                                  raw.design_effects.get(part, 1.0)))[0]]
        rows.append(tuple(cells))
    columns = ("Statement", *(f"{ROLE_LABELS[r]}: {c}" for r in ROLES
                              for c in ("answered", "mostly or completely true")))
    table = Table("service-by-role", "How our service feels, by role in the family", columns,
                  tuple(rows),
                  ("Questionnaires sent in the quarter. Family members aged 13 or over are asked "
                   "these statements, young people aged 13 to 17 in their own words (such as "
                   "\u201cI have one main worker who helps me sort things out myself\u201d); "
                   "younger children are not.",))
    return Section("service-by-role", "How our service feels to young people and to parents",
                   ("Young people's own view of the service, beside parents' and carers', in "
                    "the words they were asked.",),
                   (table,))
