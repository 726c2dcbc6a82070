"""Figures worked out again straight from the database with pandas, independently of the report's
own loading and scoring code, for the newer sections' tests to check against."""
from __future__ import annotations

import numpy as np
import pandas as pd
from sqlalchemy import text

from reports.quarterly.period import Quarter

# The four areas as the questionnaire's documentation lists them (statements 1-6, 7-11, 12-15,
# 16-19), written out here rather than read from the instrument's code.
AREAS = {**{f"FBF{i:02d}": "community" for i in range(1, 7)},
         **{f"FBF{i:02d}": "getting_on" for i in range(7, 12)},
         **{f"FBF{i:02d}": "hopes" for i in range(12, 16)},
         **{f"FBF{i:02d}": "confidence" for i in range(16, 20)}}


def read(db, sql: str, **params) -> pd.DataFrame:
    """A query's rows as a frame."""
    return pd.read_sql(text(sql), db.connection(), params=params)


def closing_pairs(db, quarter: Quarter) -> pd.DataFrame:
    """One row per family member of a case whose close wave was done in the quarter, with a
    total score at both start and close: case, locality, team, level, role, start, close."""
    responses = read(db, """
        SELECT r.id AS response_id, w.case_id, w.kind AS wave, r.member_id, m.member_role,
               c.support_level, l.name AS locality, t.name AS team
        FROM responses r JOIN waves w ON r.wave_id = w.id
        JOIN family_members m ON r.member_id = m.id JOIN cases c ON w.case_id = c.id
        JOIN localities l ON c.locality_id = l.id JOIN teams t ON c.team_id = t.id
        WHERE r.submitted_at IS NOT NULL AND w.kind IN ('start', 'close')
          AND w.case_id IN (SELECT case_id FROM waves WHERE kind = 'close' AND status = 'done'
                            AND completed_on >= :start AND completed_on <= :end)""",
        start=quarter.start, end=quarter.end)
    answers = read(db, "SELECT response_id, item_code, value FROM answers WHERE item_code LIKE 'FBF%'")
    answers = answers[answers["response_id"].isin(responses["response_id"])]
    answers["area"] = answers["item_code"].map(AREAS)
    # Total: mean of answered statements, only when every area has 75% of its statements.
    per_area = answers.groupby(["response_id", "area"]).agg(
        answered=("value", "count"), items=("item_code", "count"))
    sizes = pd.Series(AREAS).value_counts()
    per_area["valid"] = per_area["answered"] * 4 >= per_area.index.get_level_values("area").map(
        sizes).to_numpy() * 3
    valid = per_area["valid"].groupby("response_id").agg(lambda v: bool(v.all()) and len(v) == 4)
    totals = answers.groupby("response_id")["value"].mean().where(valid)
    responses["total"] = responses["response_id"].map(totals)
    wide = responses.pivot_table(index=["case_id", "member_id", "member_role", "support_level",
                                        "locality", "team"],
                                 columns="wave", values="total", aggfunc="first").reset_index()
    wide = wide.dropna(subset=["start", "close"])
    wide["change"] = wide["close"] - wide["start"]
    return wide


def shown(n: int) -> str:
    """How a count of n may read once protected, if it is shown at all."""
    return "fewer than 8" if n < 8 else f"{5 * round(n / 5):,}"


def mean(values) -> float:
    """A plain mean."""
    return float(np.mean(values))


def item_answers(db) -> pd.DataFrame:
    """Every outcome answer with its case, wave, member and when it was sent."""
    return read(db, """
        SELECT w.case_id, w.kind AS wave, r.member_id, r.submitted_at, a.item_code, a.value
        FROM answers a JOIN responses r ON a.response_id = r.id JOIN waves w ON r.wave_id = w.id
        WHERE r.submitted_at IS NOT NULL AND a.item_code LIKE 'FBF%'""")


def closing_case_ids(db, quarter: Quarter) -> set[int]:
    """Cases whose close wave was done in the quarter."""
    return set(read(db, """SELECT case_id FROM waves WHERE kind = 'close' AND status = 'done'
                           AND completed_on >= :start AND completed_on <= :end""",
                    start=quarter.start, end=quarter.end)["case_id"])
