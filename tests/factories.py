"""Factories for tests: a case with its family and waves, and submitted questionnaires."""
from __future__ import annotations

import itertools
import random
import re
from datetime import date, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    MADE_A_DIFFERENCE,
    SERVICE_EXPERIENCE,
)
from surveys.cases.waves import plan_waves
from surveys.records import migrate
from surveys.records.db import utcnow
from surveys.records.enums import AgeBand, CompletionMode, MemberRole, SupportLevel, WaveKind, WaveStatus
from surveys.records.models import (
    Answer,
    Case,
    Comment,
    Family,
    FamilyMember,
    Goal,
    GoalRating,
    Response,
    Team,
    Wave,
)
from surveys.records.staff import StaffUser

_refs = itertools.count(1)


def migrated_empty_database(url: str) -> str:
    """Empty a database (PostgreSQL's public schema: the tests and benchmarks are given one they
    may wipe) and migrate it; return its SQLAlchemy URL."""
    url = re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)
    if url.startswith("postgresql"):
        engine = sa.create_engine(url)
        with engine.begin() as conn:
            conn.execute(sa.text("DROP SCHEMA public CASCADE"))
            conn.execute(sa.text("CREATE SCHEMA public"))
        engine.dispose()
    migrate.upgrade(url)
    return url


def make_case(db: Session, keyworker: StaffUser, team: Team, *, family_name: str = "Okafor",
              members: tuple[tuple[str, MemberRole, AgeBand], ...] = (
                  ("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT),
                  ("Tobi", MemberRole.CHILD, AgeBand.CHILD)),
              opened_on: date | None = None, goals: tuple[str, ...] = ()) -> Case:
    """A family with members, an open case and its three waves."""
    opened_on = opened_on or date.today()
    family = Family(reference=f"FV-T{next(_refs):05d}", family_name=family_name,
                    members=[FamilyMember(first_name=n, member_role=r, age_band=a)
                             for n, r, a in members])
    case = Case(family=family, keyworker=keyworker, team=team, locality=team.locality,
                support_level=SupportLevel.EARLY_HELP, opened_on=opened_on)
    for planned in plan_waves(opened_on, 12, 24):
        case.waves.append(Wave(kind=planned.kind, due_on=planned.due_on))
    for position, text in enumerate(goals, start=1):
        case.goals.append(Goal(position=position, text=text))
    db.add(case)
    db.commit()
    return case


def wave_of(case: Case, kind: WaveKind) -> Wave:
    """The case's start, middle or close wave."""
    return next(w for w in case.waves if w.kind is kind)


def add_response(db: Session, wave: Wave, member: FamilyMember, answers: dict[str, int | None], *,
                 service: dict[str, int | None] | None = None,
                 goal_ratings: dict[int, int | None] | None = None,
                 comments: dict[str, str] | None = None,
                 mode: CompletionMode = CompletionMode.ONLINE, submitted: bool = True) -> Response:
    """A member's questionnaire at a wave with the given answers (item code -> 1..5 or None)."""
    instrument = FAMILY_OUTCOMES_CHILD if member.member_role is MemberRole.CHILD else FAMILY_OUTCOMES
    response = Response(wave_id=wave.id, member_id=member.id, instrument_code=instrument.code,
                        instrument_version=instrument.version, mode=mode, pages_done=[],
                        submitted_at=utcnow() if submitted else None)
    for code, value in answers.items():
        response.answers.append(Answer(instrument_code=instrument.code,
                                       instrument_version=instrument.version, item_code=code,
                                       value=value))
    for code, value in (service or {}).items():
        # "Did we make a difference?" (DIF01) is its own questionnaire; SVC01-07 are the statements.
        asked = MADE_A_DIFFERENCE if code in MADE_A_DIFFERENCE.item_codes else SERVICE_EXPERIENCE
        response.answers.append(Answer(instrument_code=asked.code,
                                       instrument_version=asked.version,
                                       item_code=code, value=value))
    for goal_id, rating in (goal_ratings or {}).items():
        response.goal_ratings.append(GoalRating(goal_id=goal_id, rating=rating))
    for question, text in (comments or {}).items():
        response.comments.append(Comment(question=question, text=text))
    if submitted:
        wave.status = WaveStatus.DONE
        wave.completed_on = wave.completed_on or (wave.due_on + timedelta(days=1))
    db.add(response)
    db.commit()
    return response


def all_items(value: int | None) -> dict[str, int | None]:
    """Every adult outcome statement answered with the same value."""
    return {code: value for code in FAMILY_OUTCOMES.item_codes}


def add_families_answering_start(db, keyworker, team, count: int, seed: int = 7) -> None:
    """`count` one-parent families whose start answers vary, as a real council's do."""
    rng = random.Random(seed)
    for _ in range(count):
        case = make_case(db, keyworker, team, family_name="Shaw",
                         members=(("Sam", MemberRole.PARENT_CARER, AgeBand.ADULT),))
        level = rng.uniform(1.5, 4.5)
        answers = {code: max(1, min(5, round(level + rng.gauss(0, 0.7))))
                   for code in FAMILY_OUTCOMES.item_codes}
        add_response(db, wave_of(case, WaveKind.START), case.family.members[0], answers)
