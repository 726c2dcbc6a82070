"""Reading the database into plain frames for a quarterly report: the only database code in it.

`load_quarter_data` reads the whole council's rows for a quarter (no filter applied yet); the
figures and the words are worked out from those frames without touching the database.
"""
from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta

import numpy as np
import pandas as pd
from sqlalchemy import String, or_, select, type_coerce
from sqlalchemy.orm import Session

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    MADE_A_DIFFERENCE,
    SERVICE_EXPERIENCE,
    ReliabilityParameters,
    provisional_parameters,
)
from feedback.analysis.redaction import redact
from reports.actions import ActionRecord
from reports.quarterly.members import closing_cases
from reports.quarterly.model import QuarterData
from reports.quarterly.period import ACTION_WINDOW_DAYS, Quarter, between
from surveys.questionnaire.reliability import (
    OUTCOME_QUESTIONNAIRES,
    load_frozen_parameters,
    scopes_of,
)
from surveys.records.models import (
    Answer,
    Case,
    Comment,
    Family,
    FamilyMember,
    GoalRating,
    Locality,
    Response,
    ServiceAction,
    Team,
    Wave,
)
from surveys.records.staff import StaffUser


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _as_stored(column):
    """A UTC time column read as the database gives it, without making a Python datetime of
    each value (tens of thousands a report): `_timestamps` reads the lot at once, as UTC."""
    return type_coerce(column, String)


def _dates(values) -> pd.Series:
    return pd.to_datetime(pd.Series(values, dtype="object"), errors="coerce")


def _timestamps(values) -> pd.Series:
    series = pd.to_datetime(pd.Series(values, dtype="object"), utc=True, errors="coerce")
    return series.dt.tz_localize(None)


def _frame(result, columns: Sequence[str]) -> pd.DataFrame:
    """A frame from a query result, column by column (much faster than row records)."""
    rows = result.all()
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in columns})
    return pd.DataFrame(dict(zip(columns, (list(values) for values in zip(*rows, strict=True)), strict=True)))


def _plain_frame(result, columns: Sequence[str]) -> pd.DataFrame:
    """A frame from a query of plain numbers and text only (no enum, date or JSON column that
    SQLAlchemy would convert), straight from the driver's rows: the answers are the largest
    read of a report, hundreds of thousands of rows on a big council."""
    rows = result.cursor.fetchall()
    result.close()
    if not rows:
        return pd.DataFrame({name: pd.Series(dtype="object") for name in columns})
    return pd.DataFrame.from_records(rows, columns=list(columns))


def _chunked(db, query, column, ids: list[int], columns: Sequence[str],
             size: int = 5_000) -> pd.DataFrame:
    """Run a query for many ids a chunk at a time (SQLite limits the parameters in one query)."""
    frames = [_plain_frame(db.execute(query.where(column.in_(ids[i:i + size]))), columns)
              for i in range(0, len(ids), size)]
    if not frames:
        return _frame(db.execute(query.where(column.in_([]))), columns)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0]


def _wide(long: pd.DataFrame, codes: Sequence[str]) -> pd.DataFrame:
    """Answers long (response_id, item_code, value) to wide: one row per response."""
    if long.empty:
        wide = pd.DataFrame(columns=["response_id", *codes])
    else:
        wide = long.pivot(index="response_id", columns="item_code", values="value").reset_index()
        wide.columns.name = None
    for code in codes:
        if code not in wide.columns:
            wide[code] = np.nan
        wide[code] = pd.to_numeric(wide[code]).astype("float64")
    return wide[["response_id", *codes]]


def load_quarter_data(session: Session, quarter: Quarter) -> QuarterData:
    """Read the whole council's rows that a report for this quarter needs into plain frames."""
    # Core statements on the session's connection: no ORM row processing for large results.
    db = session.connection()
    start, end = quarter.start, quarter.end
    after_end = _utc(end + timedelta(days=1))
    cases = _frame(db.execute(
        select(Case.id, Locality.name, Team.name, Case.support_level, Case.opened_on,
               Case.closed_on, Case.closure_reason)
        .join(Locality, Case.locality_id == Locality.id).join(Team, Case.team_id == Team.id)
        .where(Case.opened_on <= end)),
        ["case_id", "locality", "team", "support_level", "opened_on", "closed_on",
         "closure_reason"])
    cases["support_level"] = cases["support_level"].map(str)
    cases["closure_reason"] = cases["closure_reason"].map(
        lambda reason: None if reason is None else str(reason))
    cases["opened_on"] = _dates(cases["opened_on"])
    cases["closed_on"] = _dates(cases["closed_on"])
    waves = _frame(db.execute(
        select(Wave.case_id, Wave.kind, Wave.due_on, Wave.status, Wave.completed_on)
        .join(Case, Wave.case_id == Case.id).where(Case.opened_on <= end)),
        ["case_id", "kind", "due_on", "status", "completed_on"])
    waves["kind"] = waves["kind"].map(str)
    waves["status"] = waves["status"].map(str)
    waves["due_on"] = _dates(waves["due_on"])
    waves["completed_on"] = _dates(waves["completed_on"])
    responses = _frame(db.execute(
        select(Response.id, Wave.case_id, Response.member_id, FamilyMember.member_role,
               Wave.kind, Response.mode, _as_stored(Response.submitted_at),
               Response.instrument_code,
               Response.instrument_version, FamilyMember.age_band,
               FamilyMember.father_or_male_carer)
        .join(Wave, Response.wave_id == Wave.id)
        .join(FamilyMember, Response.member_id == FamilyMember.id)
        .where(Response.submitted_at.is_not(None), Response.submitted_at < after_end)),
        ["response_id", "case_id", "member_id", "member_role", "wave", "mode", "submitted",
         "instrument_code", "instrument_version", "age_band", "father"])
    for column in ("member_role", "wave", "mode", "age_band", "father"):
        responses[column] = responses[column].map(str)
    responses["submitted"] = _timestamps(responses["submitted"])

    # Only the answers the report uses: sent in the quarter, or start and close answers of the
    # cases whose distance travelled or early leaving the quarter reports.
    closing = closing_cases(waves, start, end)
    closed_cases = set(cases.loc[between(cases["closed_on"], start, end), "case_id"])
    in_quarter = between(responses["submitted"], start, end)
    for_change = responses["wave"].isin(["start", "close"]) & responses["case_id"].isin(closing)
    for_leaving = (responses["wave"] == "start") & responses["case_id"].isin(closed_cases)
    # Everyone who answered in the quarter: their first reading too (reports.quarterly.readings).
    earlier = responses[responses["member_id"].isin(set(responses.loc[in_quarter, "member_id"]))]
    first = earlier.sort_values(["submitted", "response_id"]).drop_duplicates("member_id")
    for_first = responses["response_id"].isin(set(first["response_id"]))
    wanted = responses.loc[in_quarter | for_change | for_leaving | for_first,
                           "response_id"].tolist()
    long = _chunked(db, select(Answer.response_id, Answer.item_code, Answer.value),
                    Answer.response_id, wanted, ["response_id", "item_code", "value"])
    # The service statements (every version and wording shares their codes) and "Did we make a
    # difference?" (DIF01, close only) in one frame: one row per response that answered any.
    service_codes = (*SERVICE_EXPERIENCE.item_codes, *MADE_A_DIFFERENCE.item_codes)
    is_service = long["item_code"].isin(service_codes)
    meta = responses[["response_id", "case_id", "member_id", "wave", "submitted"]]
    versions = responses[["response_id", "instrument_code", "instrument_version"]]
    outcomes = meta.merge(versions, on="response_id").merge(
        _wide(long.loc[~is_service], FAMILY_OUTCOMES.item_codes), on="response_id")
    service = meta.merge(_wide(long.loc[is_service], service_codes), on="response_id")
    ratings = _chunked(db, select(GoalRating.response_id, GoalRating.goal_id, GoalRating.rating),
                       GoalRating.response_id,
                       responses.loc[for_change, "response_id"].tolist(),
                       ["response_id", "goal_id", "rating"])
    goal_ratings = meta.merge(ratings, on="response_id")

    actions = tuple(a for a in load_actions(session, started_by=end)
                    if a.completed_on is None or a.completed_on >= start)
    earliest = min([quarter.previous().start,
                    *(a.started_on - timedelta(days=ACTION_WINDOW_DAYS) for a in actions)])
    comment_rows = db.execute(
        select(Comment.id, Wave.case_id, Response.member_id, _as_stored(Comment.written_at),
               Comment.sentiment,
               Comment.corrected_sentiment, Comment.themes, Comment.corrected_themes,
               Comment.quote_status, Comment.quote_text)
        .join(Response, Comment.response_id == Response.id)
        .join(Wave, Response.wave_id == Wave.id)
        .where(Comment.written_at >= _utc(earliest), Comment.written_at < after_end)).all()
    comments = pd.DataFrame({
        "comment_id": [r[0] for r in comment_rows],
        "case_id": [r[1] for r in comment_rows],
        "member_id": [r[2] for r in comment_rows],
        "written": _timestamps([r[3] for r in comment_rows]),
        "sentiment": [r[5] or r[4] or "unknown" for r in comment_rows],
        "themes": [list(r[7] if r[7] is not None else (r[6] or [])) for r in comment_rows],
        "quote": [r[9] if r[8] == "approved" and r[9] else None for r in comment_rows],
    })
    comments = _redact_quotes(session, comments, quarter)
    team_localities = dict(db.execute(
        select(Team.name, Locality.name).join(Locality, Team.locality_id == Locality.id)).all())
    return QuarterData(quarter=quarter, cases=cases, waves=waves, responses=responses,
                       outcomes=outcomes, service=service, goal_ratings=goal_ratings,
                       comments=comments, actions=actions,
                       parameters=load_parameters(session, end), parameters_as_of=end,
                       team_localities=team_localities)


def _redact_quotes(session: Session, comments: pd.DataFrame, quarter: Quarter) -> pd.DataFrame:
    """Redact approved quotes once more with the names the system knows near them, so a name
    missed by hand never reaches a report. The names themselves never leave this function."""
    in_quarter = between(comments["written"], quarter.start, quarter.end)
    quoted = comments.loc[comments["quote"].notna() & in_quarter, ["case_id", "quote"]]
    if quoted.empty:
        return comments
    case_ids = sorted(set(int(c) for c in quoted["case_id"]))
    names: dict[int, set[str]] = {c: set() for c in case_ids}
    for case_id, first, family, keyworker in session.execute(
            select(Case.id, FamilyMember.first_name, Family.family_name, StaffUser.display_name)
            .join(Family, Case.family_id == Family.id)
            .join(FamilyMember, FamilyMember.family_id == Family.id)
            .join(StaffUser, Case.keyworker_id == StaffUser.id)
            .where(Case.id.in_(case_ids))):
        names[case_id].update({first, family, *(keyworker or "").split()})
    redacted = [redact(text, known_names=sorted(n for n in names[int(case)] if n)).text
                for case, text in zip(quoted["case_id"], quoted["quote"], strict=True)]
    result = comments.copy()
    result["quote"] = result["quote"].where(in_quarter, None)
    result.loc[quoted.index, "quote"] = redacted
    return result


def load_parameters(session: Session, as_of: date
                    ) -> dict[tuple[str, int, str], ReliabilityParameters]:
    """Reliable-change figures for every outcome questionnaire version and scope, as they were
    in force on `as_of` (a quarter's last day): the frozen set then in force, else the
    provisional one. Figures frozen later never reach an earlier quarter, so rebuilding a past
    quarter's report gives the numbers it gave when the quarter closed."""
    frozen = load_frozen_parameters(session, as_of=as_of)
    return {(q.code, q.version, scope): frozen.get((q.code, q.version, scope))
            or provisional_parameters(q, scope, f"No estimate was frozen by {as_of:%-d %B %Y}.")
            for q in OUTCOME_QUESTIONNAIRES for scope in scopes_of(q)}


def _record(action: ServiceAction, locality: str | None) -> ActionRecord:
    return ActionRecord(id=action.id, theme_code=action.theme_code, we_heard=action.we_heard,
                        we_did=action.we_did, status=action.status, owner=action.owner,
                        locality=locality, started_on=action.started_on, due_on=action.due_on,
                        completed_on=action.completed_on)


def load_actions(session: Session, *, locality: str | None = None,
                 started_by: date | None = None) -> tuple[ActionRecord, ...]:
    """Actions for the whole council and (when given) one locality, newest first."""
    query = (select(ServiceAction, Locality.name)
             .join(Locality, ServiceAction.locality_id == Locality.id, isouter=True)
             .order_by(ServiceAction.started_on.desc(), ServiceAction.id.desc()))
    if locality is not None:
        query = query.where(or_(ServiceAction.locality_id.is_(None), Locality.name == locality))
    if started_by is not None:
        query = query.where(ServiceAction.started_on <= started_by)
    return tuple(_record(action, name) for action, name in session.execute(query))
