"""The retention job: anonymise families a set number of months after their last case closed.

What goes and what stays is set out in surveys/lifecycle_data.py. A family on legal hold is never
touched. The job reports counts only, never names, and writes them to the audit log.
Helpers here never commit; the command does.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, selectinload

from surveys.governance.erasure import erase_member_data
from surveys.governance.retention_rules import (
    ANONYMISED_FAMILY_NAME,
    ANONYMISED_FIRST_NAME,
    DEFAULT_RETENTION_MONTHS,
    LifecycleCounts,
    is_due_for_retention,
    month_of,
)
from surveys.records import audit
from surveys.records.db import reclaim_after_commit
from surveys.records.models import (
    Answer,
    Comment,
    Family,
    Goal,
    Invitation,
    Message,
    Response,
    Wave,
)
from surveys.records.settings import council_settings


def retention_months(session: Session) -> int:
    """The council's retention period in months (72 when no settings are saved yet)."""
    months = council_settings(session).retention_months
    return months or DEFAULT_RETENTION_MONTHS


def families_due(session: Session, today: date, months: int) -> tuple[list[Family], int]:
    """Families whose data is due for anonymisation today, and how many are held back by a
    legal hold that would otherwise be due."""
    families = session.scalars(select(Family).where(Family.anonymised_at.is_(None))
                               .options(selectinload(Family.cases))).all()
    due, held = [], 0
    for family in families:
        closed = [case.closed_on for case in family.cases]
        if is_due_for_retention(closed, months, today, legal_hold=False, anonymised=False):
            if family.legal_hold:
                held += 1
            else:
                due.append(family)
    return due, held


def anonymise_family(session: Session, family: Family, now: datetime) -> LifecycleCounts:
    """Replace a family's personal data, keeping anonymised answers with month-level dates."""
    counts = LifecycleCounts()
    for member in family.members:
        c = erase_member_data(session, member, now, first_name=ANONYMISED_FIRST_NAME) \
            if member.erased_at is None else LifecycleCounts(members=1)
        counts = LifecycleCounts(members=counts.members + 1, comments=counts.comments + c.comments,
                                 links=counts.links + c.links)
    family.family_name = ANONYMISED_FAMILY_NAME
    family.created_at = month_of(family.created_at)
    family.anonymised_at = now
    case_ids = [case.id for case in family.cases]
    goals = session.execute(update(Goal).where(Goal.case_id.in_(case_ids))
                            .values(text="")).rowcount
    for case in family.cases:
        case.opened_on = month_of(case.opened_on)
        case.closed_on = month_of(case.closed_on)
        for goal in case.goals:
            goal.created_at = month_of(goal.created_at)
            goal.updated_at = month_of(goal.updated_at)
    waves = session.scalars(select(Wave).where(Wave.case_id.in_(case_ids))).all()
    wave_ids = [wave.id for wave in waves]
    for wave in waves:
        wave.due_on = month_of(wave.due_on)
        wave.completed_on = month_of(wave.completed_on)
    session.execute(update(Message).where(Message.wave_id.in_(wave_ids)).values(
        invitation_id=None, to_address=None, subject="", body=""))
    session.execute(delete(Invitation).where(Invitation.wave_id.in_(wave_ids)))
    responses = session.scalars(select(Response).where(Response.wave_id.in_(wave_ids))).all()
    for response in responses:
        response.started_at = month_of(response.started_at)
        response.submitted_at = month_of(response.submitted_at)
        response.entered_by_id = None
    for answer in session.scalars(select(Answer).where(
            Answer.response_id.in_([r.id for r in responses]))):
        answer.answered_at = month_of(answer.answered_at)
    session.flush()
    # Names and goal text too leave the database files once committed (erase_member_data
    # has asked the same for comments and first names).
    reclaim_after_commit(session, Family.__tablename__, Goal.__tablename__)
    return LifecycleCounts(families=1, members=counts.members, comments=counts.comments,
                           goals=goals, links=counts.links)


def run_retention(session: Session, today: date, now: datetime, *, dry_run: bool,
                  months: int | None = None) -> LifecycleCounts:
    """Anonymise every family due today (or only count them, on a dry run); audit the counts."""
    months = months or retention_months(session)
    due, held = families_due(session, today, months)
    total = LifecycleCounts(held=held)
    for family in due:
        if dry_run:
            member_ids = [m.id for m in family.members]
            comments = session.scalar(select(func.count(Comment.id)).join(Response).where(
                Response.member_id.in_(member_ids)))
            c = LifecycleCounts(families=1, members=len(member_ids), comments=comments)
        else:
            c = anonymise_family(session, family, now)
        total = LifecycleCounts(families=total.families + c.families,
                                members=total.members + c.members,
                                comments=total.comments + c.comments, goals=total.goals + c.goals,
                                links=total.links + c.links, held=held)
    audit.record(session, "retention_dry_run" if dry_run else "retention_run", actor_id=None,
                 details={"months": months, "today": today.isoformat(), **total.as_dict()})
    return total

