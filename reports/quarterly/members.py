"""Each family member's change, worked out once per quarter for the whole council.

A quarter's report protects some sixty groups together (reports.lattice): the council, each
locality and team, each alone and for each support level. A member's scores, change and
reliable-change category do not depend on which of those groups they are counted in, so they
are worked out once, in one pass over the quarter's rows, and each group takes its members'
rows (by family) and counts or averages them. The sections that count the same people
(distance travelled, by role, per family, how cases ended) read the same table, so they can
never disagree about who improved.
"""
from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from family_by_family_scale import (
    ChangeSummary,
    ReliabilityParameters,
    change_summary,
    classify_changes_by_questionnaire,
    distance_table,
    earlier_instruments,
    score_table,
)
from reports.quarterly.period import between

IDS = ("case_id", "member_id")
KEY = "instrument"
WAVES = "waves"

Parameters = Mapping[tuple[str, int], ReliabilityParameters]


def member_changes(scored: pd.DataFrame, earlier: str, later: str, scopes: Sequence[str],
                   parameters_for: Callable[[str], Parameters],
                   wave_column: str = "wave") -> pd.DataFrame:
    """One row per family member with a row at either wave (index case_id, member_id): each
    scope's earlier and later score, change and reliable-change category (each member judged
    with the figures of the questionnaire they answered at the earlier wave), that
    questionnaire, and how many of the two waves they answered."""
    rows = scored[scored[wave_column].isin([earlier, later])]
    if not len(rows):
        columns = [f"{scope}_{part}" for scope in scopes for part in (earlier, later, "change")]
        table = pd.DataFrame({c: pd.Series(dtype="float64") for c in columns},
                             index=pd.MultiIndex.from_arrays([[], []], names=IDS))
        table[WAVES] = pd.Series(dtype="int64")
        table[KEY] = pd.Series(dtype="object")
        for scope in scopes:
            table[f"{scope}_category"] = pd.Series(dtype="object")
        return table
    table = distance_table(rows, earlier, later, tuple(scopes), IDS, wave_column)
    table[WAVES] = rows.groupby(list(IDS))[wave_column].nunique().reindex(table.index)
    table[KEY] = earlier_instruments(rows, earlier, IDS, wave_column, table.index)
    for scope in scopes:
        change = table[f"{scope}_change"].dropna()
        category = pd.Series(None, index=table.index, dtype="object")
        if len(change):
            category.loc[change.index] = classify_changes_by_questionnaire(
                rows, change, parameters_for(scope), earlier, IDS, wave_column).to_numpy()
        table[f"{scope}_category"] = category
    return table


def closing_cases(waves: pd.DataFrame, start, end) -> set:
    """Families whose close questionnaire was done from `start` to `end`: whose members'
    distance travelled the quarter reports."""
    done = (waves["kind"] == "close") & (waves["status"] == "done")
    return set(waves.loc[done & between(waves["completed_on"], start, end), "case_id"])


def of_families(table: pd.DataFrame, case_ids: Collection) -> pd.DataFrame:
    """The rows of the members of these families."""
    return table[table.index.get_level_values("case_id").isin(list(case_ids))]


def summary(table: pd.DataFrame, scope: str, parameters: Parameters, earlier: str = "start",
            later: str = "close") -> ChangeSummary:
    """What `summarise_change` says of these members, from the table worked out once."""
    paired = table[f"{scope}_change"].notna()
    keys = table.loc[paired, KEY]
    used = tuple(parameters[key] for key in sorted(set(keys)))
    fallback = used[0] if used else next(iter(parameters.values()))
    return change_summary(table, table.loc[paired, f"{scope}_category"], used, fallback, scope,
                          earlier, later)


def first_and_latest(outcomes: pd.DataFrame, start, end) -> pd.DataFrame:
    """Scored first and latest readings (column `reading`) of each member who answered in the
    window from `start` to `end` and had answered before; empty when nobody did."""
    now = outcomes[between(outcomes["submitted"], start, end)]
    rows = outcomes[outcomes["member_id"].isin(set(now["member_id"]))]
    if not len(rows):
        return rows.assign(reading=pd.Series(dtype="object"), total=pd.Series(dtype="float64"))
    scored = rows if "total" in rows.columns else score_table(rows)
    scored = scored[scored["total"].notna()].sort_values(["member_id", "submitted",
                                                          "response_id"])
    first = scored.drop_duplicates("member_id", keep="first")
    latest = scored.drop_duplicates("member_id", keep="last")
    latest = latest[between(latest["submitted"], start, end)
                    & ~latest["response_id"].isin(first["response_id"])]
    first = first[first["member_id"].isin(latest["member_id"])]
    return pd.concat([first.assign(reading="first"), latest.assign(reading="latest")],
                     ignore_index=True)


@dataclass(frozen=True, eq=False)
class QuarterMembers:
    """The quarter's rows scored once, and each member's change, for every group to share.

    `scored`: every outcome questionnaire with its area and total scores; `closing`: start to
    close change of every member of a family whose close questionnaire was done in the quarter;
    `readings`: first to latest (total score) of everyone who answered in the quarter and had
    answered before."""

    scored: pd.DataFrame
    closing: pd.DataFrame
    readings: pd.DataFrame


def quarter_members(outcomes: pd.DataFrame, closing_cases: Collection, start, end,
                    scopes: Sequence[str],
                    parameters_for: Callable[[str], Parameters]) -> QuarterMembers:
    """Score the quarter's outcome rows once and work out every member's change."""
    scored = score_table(outcomes) if len(outcomes) else outcomes.assign(
        **{scope: pd.Series(dtype="float64") for scope in scopes})
    pair_rows = scored[scored["case_id"].isin(list(closing_cases))]
    closing = member_changes(pair_rows, "start", "close", scopes, parameters_for)
    pairs = first_and_latest(scored, start, end)
    readings = member_changes(pairs, "first", "latest", ("total",), parameters_for,
                              wave_column="reading")
    return QuarterMembers(scored=scored, closing=closing, readings=readings)
