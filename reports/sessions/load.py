"""Reading co-production sessions for a report's window: the only database code the report's
co-production section needs. Titles are staff-written and name no family, but they leave in
reports, so they go through the same redaction as families' quotes first, with the names the
system knows near them (the teams' families and staff); the names never leave this module."""
from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback.analysis.redaction import redact
from reports.sessions.report import SessionRecord
from surveys.records.models import (
    Case,
    CoproductionSession,
    Family,
    FamilyMember,
    Locality,
    ServiceAction,
    Team,
)
from surveys.records.staff import StaffUser


def team_localities(session: Session) -> dict[str, str]:
    """Each team's locality, by name."""
    return dict(session.execute(select(Team.name, Locality.name)
                                .join(Locality, Team.locality_id == Locality.id)).all())


def _names_near(session: Session, team_ids: set[int]) -> dict[int, set[str]]:
    """Per team: its families' first and family names, and its staff's names."""
    names: dict[int, set[str]] = defaultdict(set)
    if not team_ids:
        return names
    for team_id, first, family in session.execute(
            select(Case.team_id, FamilyMember.first_name, Family.family_name)
            .join(Family, Case.family_id == Family.id)
            .join(FamilyMember, FamilyMember.family_id == Family.id)
            .where(Case.team_id.in_(sorted(team_ids)))):
        names[team_id].update({first, family})
    for team_id, name in session.execute(select(StaffUser.team_id, StaffUser.display_name)
                                         .where(StaffUser.team_id.in_(sorted(team_ids)))):
        names[team_id].update((name or "").split())
    return names


def load_sessions(session: Session, start: date, end: date) -> tuple[SessionRecord, ...]:
    """Every team's sessions held from `start` to `end` (both included), titles redacted."""
    rows = session.execute(
        select(CoproductionSession.id, CoproductionSession.team_id, Team.name, Locality.name,
               CoproductionSession.held_on, CoproductionSession.title,
               CoproductionSession.families, ServiceAction.we_did)
        .join(Team, CoproductionSession.team_id == Team.id)
        .join(Locality, Team.locality_id == Locality.id)
        .join(ServiceAction, CoproductionSession.action_id == ServiceAction.id, isouter=True)
        .where(CoproductionSession.held_on >= start, CoproductionSession.held_on <= end)
        .order_by(CoproductionSession.held_on, CoproductionSession.id)).all()
    names = _names_near(session, {row[1] for row in rows})
    return tuple(SessionRecord(
        id=row[0], team=row[2], locality=row[3], held_on=row[4],
        title=redact(row[5], known_names=sorted(n for n in names[row[1]] if n)).text,
        families=row[6], action=row[7]) for row in rows)
