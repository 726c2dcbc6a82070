"""A demo council: localities, teams, staff and families at every stage of support, with answers.

Written to look like what a council would see, so every page a newcomer opens shows something
true to life: questionnaires at every wave that was done, goals, comments with their analysis,
safeguarding flags, approved quotes and "you said, we did" actions. Deterministic for a given seed.
Families, cases and waves are written with bulk inserts so a 10,000-family council builds quickly.
"""
from __future__ import annotations

import base64
import hashlib
import math
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from surveys.cases.waves import plan_waves
from surveys.demo.actions import ACTIONS
from surveys.demo.answers import DemoAnswerWriter
from surveys.demo.contacts import add_demo_contacts
from surveys.demo.coproduction import plan_sessions
from surveys.demo.families import (
    DEMO_FAMILIES,
    FAMILY_NAMES,
    DemoCase,
    DemoCounts,
    DemoMember,
    DemoWave,
    demo_father_answer,
    plan_members,
)
from surveys.demo.journeys import plan_journey
from surveys.questionnaire.reliability import freeze_reliability
from surveys.records.enums import (
    ActionStatus,
    ClosureReason,
    MemberRole,
    Role,
    SupportLevel,
    WaveStatus,
)
from surveys.records.models import (
    Case,
    CoproductionSession,
    CouncilSettings,
    Family,
    FamilyMember,
    Locality,
    ServiceAction,
    Team,
    Wave,
)
from surveys.records.staff import StaffUser
from surveys.staff.passwords import hash_password

DEMO_PASSWORD = "family-voice-demo"  # printed in the terminal by `make run`; demo data only
DEMO_COUNCIL = "Avonbridge Council (demo)"
DEMO_EMAILS = ("keyworker@avonbridge.example", "manager@avonbridge.example",
               "commissioner@avonbridge.example", "admin@avonbridge.example")


def demo_totp_secret(email: str) -> str:
    """The demo accounts' authenticator keys: fixed and public, like the demo password, so a
    newcomer can add them to an app once (or run `make codes`). Demo data only."""
    digest = hashlib.sha256(f"family-voice-demo two-factor {email}".encode()).digest()
    return base64.b32encode(digest[:20]).decode()

TEAMS = {
    "North": ["Northgate", "Millbrook", "Hartley"],
    "East": ["Eastfield", "Riverside"],
    "South": ["Southmead", "Fairview", "Coldharbour"],
    "West": ["Westholme", "Ashcombe"],
}

STAFF_NAMES = [
    "Amira Hassan", "Ben Carter", "Chloe Davies", "Daniel Okoro", "Emma Whitfield", "Faisal Iqbal",
    "Grace Murphy", "Harriet Lowe", "Imran Sadiq", "Jade Thompson", "Kofi Mensah", "Laura Bennett",
    "Megan Price", "Nadia Kowalczyk", "Owen Pritchard", "Priya Raman", "Rachel Green", "Sam Fletcher",
    "Tom Ashworth", "Uzma Rafiq", "Vicky Hale", "Will Nash", "Yasmin Begum", "Zoe Marsh",
    "Aled Morgan", "Bethan Rees", "Callum Reid", "Dawn Sutton", "Elliot Shaw", "Fiona McLeod",
]

@dataclass(frozen=True)
class DemoSignIn:
    """A demo account to print for a newcomer."""

    role: str
    email: str
    description: str


def is_empty(session: Session) -> bool:
    """Whether the database has no staff yet (so the demo council may be built)."""
    return (session.scalar(select(func.count(StaffUser.id))) or 0) == 0


# More teams, for a big council: each locality grows new ones as caseloads grow.
EXTRA_TEAMS = {
    "North": ["Kingsmoor", "Highbury", "Oakwood", "Thornhill", "Brackley", "Sandown", "Larkfield"],
    "East": ["Marshgate", "Bridgend", "Foxley", "Cherry Hinton", "Saltmarsh", "Wickham",
             "Elmstead"],
    "South": ["Kingsdown", "Hollybank", "Netherton", "Broadmead", "Stockwood", "Fernleigh",
              "Southdown"],
    "West": ["Westbury", "Lydford", "Pennington", "Barrowfield", "Longcross", "Harewood",
             "Clifton Vale"],
}
STAFF_FIRST = ["Anna", "Becky", "Carl", "Deborah", "Ewan", "Farah", "Gareth", "Hannah", "Ian",
               "Jasmine", "Karen", "Liam", "Mandeep", "Nicola", "Oliver", "Paula", "Rhys", "Sadia",
               "Tina", "Usman", "Victoria", "Wendy", "Yusuf", "Zara", "Joe", "Kerry", "Nathan",
               "Shona", "Jo", "Marcus"]
STAFF_LAST = ["Adams", "Bailey", "Chowdhury", "Dixon", "Ellis", "Foster", "Gill", "Hobbs", "Irwin",
              "Jenkins", "Kaur", "Lawson", "Mills", "Noble", "Oakley", "Parry", "Quinn", "Ryan",
              "Sharma", "Tate", "Underwood", "Vaughan", "Wallace", "Yates", "Young", "Barker",
              "Cole", "Dunn", "Fox", "Hart", "Lord", "Marsh", "Nolan", "Page", "Rose", "Stone"]

# Aim for about 22 open cases per keyworker, as a real team would carry.
OPEN_CASES_PER_KEYWORKER = 22
KEYWORKERS_PER_TEAM = 8
DEMO_KEYWORKER_CASES = 24
DEMO_KEYWORKER_DAYS = 365
# Cases opened over the last two and a half years: support lasts 3-9 months, so this gives every
# quarter of the last two years cases that closed with their start and close questionnaires.
HISTORY_DAYS = 900

# The share of all the families who are still being supported today (support lasts 3-9 months).
OPEN_SHARE = 0.25
_CHUNK = 1000  # families written per batch of bulk inserts


@dataclass
class _Staffing:
    teams: list[Team]
    keyworkers: dict[int, list[StaffUser]]  # team id -> keyworkers
    managers: dict[int, StaffUser]  # team id -> manager
    demo_keyworker: StaffUser
    commissioner: StaffUser
    admin: StaffUser


@dataclass
class _FamilyPlan:
    reference: str
    family_name: str
    case: DemoCase
    team: Team
    support_level: SupportLevel
    closure_reason: ClosureReason | None = None


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@avonbridge.example"


def _staff_names(rng: random.Random) -> list[str]:
    """The named staff first, then made-up but plausible names, none repeated."""
    extra = [f"{first} {last}" for first in STAFF_FIRST for last in STAFF_LAST]
    rng.shuffle(extra)
    return STAFF_NAMES + [n for n in extra if n not in STAFF_NAMES]


def _add_staff(session: Session, rng: random.Random, families: int,
               password_hash: str) -> _Staffing:
    """Localities, teams, managers and keyworkers sized to the number of families."""
    keyworkers_needed = max(20, math.ceil(families * OPEN_SHARE / OPEN_CASES_PER_KEYWORKER))
    team_count = max(sum(map(len, TEAMS.values())),
                     math.ceil(keyworkers_needed / KEYWORKERS_PER_TEAM))
    team_names = {locality: list(names) for locality, names in TEAMS.items()}
    spare = {locality: list(names) for locality, names in EXTRA_TEAMS.items()}
    localities = list(TEAMS)
    round_number = 2
    while sum(map(len, team_names.values())) < team_count:
        for locality in localities:
            if sum(map(len, team_names.values())) >= team_count:
                break
            name = spare[locality].pop(0) if spare[locality] else \
                f"{TEAMS[locality][0]} {round_number}"
            team_names[locality].append(name)
        if not any(spare.values()):
            round_number += 1
    per_team = max(2, math.ceil(keyworkers_needed / team_count))
    names = iter(_staff_names(rng))
    teams: list[Team] = []
    staff: list[tuple[Team, StaffUser, list[StaffUser]]] = []
    for locality_name, names_here in team_names.items():
        locality = Locality(name=locality_name)
        session.add(locality)
        for team_name in names_here:
            team = Team(name=f"{team_name} Family Support Team", locality=locality)
            teams.append(team)
            manager = StaffUser(display_name=next(names), role=Role.TEAM_MANAGER, team=team,
                                password_hash=password_hash)
            workers = [StaffUser(display_name=next(names), role=Role.KEYWORKER, team=team,
                                 password_hash=password_hash) for _ in range(per_team)]
            for person in [manager, *workers]:
                person.email = _email(person.display_name)
            staff.append((team, manager, workers))
            session.add_all([team, manager, *workers])

    # Fixed, memorable accounts for a newcomer, on the first team in the North.
    first_team, first_manager, first_workers = staff[0]
    demo_keyworker = StaffUser(display_name="Kim Keyworker", email="keyworker@avonbridge.example",
                               role=Role.KEYWORKER, team=first_team, password_hash=password_hash)
    first_workers.insert(0, demo_keyworker)
    first_manager.email = "manager@avonbridge.example"
    commissioner = StaffUser(display_name="Chris Commissioner", email="commissioner@avonbridge.example",
                             role=Role.COMMISSIONER, password_hash=password_hash)
    admin = StaffUser(display_name="Alex Admin", email="admin@avonbridge.example", role=Role.ADMIN,
                      password_hash=password_hash)
    session.add_all([demo_keyworker, commissioner, admin])
    for person in (demo_keyworker, first_manager, commissioner, admin):
        person.totp_secret = demo_totp_secret(person.email)
        person.totp_confirmed_at = datetime.now(UTC)
    session.flush()
    return _Staffing(teams, {t.id: w for t, _m, w in staff}, {t.id: m for t, m, _w in staff},
                     demo_keyworker, commissioner, admin)


def build_demo_council(session: Session, *, families: int = DEMO_FAMILIES, seed: int = 2026,
                       today: date) -> list[DemoSignIn]:
    """Add a whole demo council to an empty database and return the sign-ins to print."""
    return build_demo_council_with_counts(session, families=families, seed=seed, today=today)[0]


def build_demo_council_with_counts(session: Session, *, families: int = DEMO_FAMILIES, seed: int = 2026,
                                   today: date) -> tuple[list[DemoSignIn], DemoCounts]:
    """Build the demo council and also say how many rows of each kind were written."""
    rng = random.Random(seed)
    settings = CouncilSettings(council_name=DEMO_COUNCIL, middle_wave_weeks=12,
                               close_wave_weeks=24, link_valid_days=14, retention_months=72)
    session.add(settings)
    password_hash = hash_password(DEMO_PASSWORD)  # one hash serves every demo account
    staffing = _add_staff(session, rng, families, password_hash)
    first_team = staffing.teams[0]

    references: set[str] = set()
    plans: list[_FamilyPlan] = []
    demo_cases = 0
    for index in range(families):
        # The demo keyworker holds a full, varied caseload of their own.
        is_demo = index % 6 == 0 and demo_cases < DEMO_KEYWORKER_CASES
        team = first_team if is_demo else rng.choice(staffing.teams)
        worker = staffing.demo_keyworker if is_demo else rng.choice(staffing.keyworkers[team.id])
        demo_cases += is_demo
        # The demo keyworker's cases are spread evenly over the last year, so every stage shows;
        # the council's over the last two years, so every quarter has cases closing.
        age = (DEMO_KEYWORKER_DAYS * demo_cases // min(DEMO_KEYWORKER_CASES,
                                                       max(1, families // 6 + 1))
               if is_demo else rng.randint(0, HISTORY_DAYS))
        opened = today - timedelta(days=age)
        waves = [DemoWave(planned.kind, planned.due_on) for planned in
                 plan_waves(opened, settings.middle_wave_weeks, settings.close_wave_weeks)]
        case = DemoCase(family_name=rng.choice(FAMILY_NAMES), members=plan_members(rng),
                        waves=waves, opened_on=opened, keyworker_id=worker.id,
                        keyworker_name=worker.display_name,
                        manager_id=staffing.managers[team.id].id)
        plan = _FamilyPlan(_reference(rng, references), case.family_name, case, team,
                           rng.choices(list(SupportLevel), weights=[5, 3, 2])[0])
        plan.closure_reason = plan_journey(case, plan.support_level, rng, today)
        plans.append(plan)
    _mark_demo_keyworker_cases([p for p in plans if p.case.keyworker_id ==
                                staffing.demo_keyworker.id], today)

    writer = DemoAnswerWriter(rng, today)
    for start in range(0, len(plans), _CHUNK):
        chunk = plans[start:start + _CHUNK]
        _insert_families(session, chunk, today)
        writer.add(session, [p.case for p in chunk])
    _add_actions(session, staffing, today)
    _add_sessions(session, staffing, today, seed)
    add_demo_contacts(session, [p.case for p in plans],
                      demo_keyworker_id=staffing.demo_keyworker.id, today=today, seed=seed)
    session.flush()
    # As in a live council: once 50 families have answered at the start, their figures freeze.
    freeze_reliability(session, datetime.combine(today, time(9), tzinfo=UTC))
    sign_ins = [
        DemoSignIn("Keyworker", staffing.demo_keyworker.email,
                   "holds a caseload in the Northgate team"),
        DemoSignIn("Team manager", "manager@avonbridge.example", "manages the Northgate team"),
        DemoSignIn("Commissioner", staffing.commissioner.email, "sees council-wide figures only"),
        DemoSignIn("Administrator", staffing.admin.email, "manages staff accounts and settings"),
    ]
    return sign_ins, writer.counts


def _mark_demo_keyworker_cases(plans: list[_FamilyPlan], today: date) -> None:
    """Make sure the demo keyworker sees unread flags and a questionnaire in progress."""
    with_done = [p for p in plans if p.case.closed_on is None and any(
        w.status is WaveStatus.DONE for w in p.case.waves)]
    with_done.sort(key=lambda p: max(w.completed_on for w in p.case.waves
                                     if w.status is WaveStatus.DONE), reverse=True)
    for plan in with_done[:2]:
        plan.case.must_flag = True
    due = [p for p in plans if p.case.closed_on is None and any(
        w.status is WaveStatus.SCHEDULED and w.due_on <= today for w in p.case.waves)]
    for plan in due[:2]:
        plan.case.must_start = True


def _insert_families(session: Session, plans: list[_FamilyPlan], today: date) -> None:
    """Write families, members, cases and waves in a few statements, keeping their new ids."""
    family_ids = _insert_returning(session, Family, [
        {"reference": p.reference, "family_name": p.family_name,
         "created_at": datetime.combine(p.case.opened_on, time(9), tzinfo=UTC)} for p in plans])
    members = [(family_id, m) for family_id, p in zip(family_ids, plans, strict=True)
               for m in p.case.members]
    member_ids = _insert_returning(session, FamilyMember, [
        {"family_id": family_id, "first_name": m.first_name, "member_role": m.member_role.value,
         "age_band": m.age_band.value, "shares_results": _demo_sharing(family_id, m),
         "father_or_male_carer": _value(demo_father_answer(family_id, m))}
        for family_id, m in members])
    for (_family_id, member), member_id in zip(members, member_ids, strict=True):
        member.id = member_id
    case_ids = _insert_returning(session, Case, [
        {"family_id": family_id, "keyworker_id": p.case.keyworker_id, "team_id": p.team.id,
         "locality_id": p.team.locality_id, "support_level": p.support_level.value,
         "opened_on": p.case.opened_on, "closed_on": p.case.closed_on,
         "closure_reason": p.closure_reason.value if p.closure_reason else None}
        for family_id, p in zip(family_ids, plans, strict=True)])
    waves = [(case_id, w) for case_id, p in zip(case_ids, plans, strict=True) for w in p.case.waves]
    wave_ids = _insert_returning(session, Wave, [
        {"case_id": case_id, "kind": w.kind.value, "due_on": w.due_on, "status": w.status.value,
         "completed_on": w.completed_on} for case_id, w in waves])
    for plan, case_id in zip(plans, case_ids, strict=True):
        plan.case.id = case_id
    for (_case_id, wave), wave_id in zip(waves, wave_ids, strict=True):
        wave.id = wave_id


def _demo_sharing(family_id: int, member: DemoMember) -> bool | None:
    """Who agreed to their results going in the family's PDF: adults and young people yes; a
    child in every third family says no, so the demo shows a voice kept private; children
    under 8 answer no questionnaire, so are never asked. Drawn from ids, not the random
    stream, so the rest of the demo council stays as it was."""
    if not member.answers_questionnaire:
        return None
    return not (member.member_role is MemberRole.CHILD and family_id % 3 == 0)


def _value(answer) -> str | None:
    return answer.value if answer is not None else None


def _insert_returning(session: Session, model: type, rows: list[dict]) -> list[int]:
    table = model.__table__
    return list(session.execute(insert(table).returning(table.c.id, sort_by_parameter_order=True),
                                rows).scalars())


def _add_actions(session: Session, staffing: _Staffing, today: date) -> None:
    """"You said, we did": what the service changed because of what families said."""
    localities = {t.locality.name: t.locality for t in staffing.teams}
    for (theme, heard, did, status, owner, locality, started_ago, due_in,
         completed_ago) in ACTIONS:
        started = today - timedelta(days=started_ago)
        session.add(ServiceAction(
            theme_code=theme, we_heard=heard, we_did=did, status=ActionStatus(status), owner=owner,
            locality=localities[locality] if locality else None, started_on=started,
            due_on=started + timedelta(days=due_in) if due_in else None,
            completed_on=today - timedelta(days=completed_ago) if completed_ago else None,
            created_at=datetime.combine(started, time(10), tzinfo=UTC),
            created_by_id=staffing.admin.id))


def _add_sessions(session: Session, staffing: _Staffing, today: date, seed: int) -> None:
    """Co-production sessions each team's manager recorded, linked to the "you said, we did"
    action of the same theme (the council's or the team's locality's) nearest in time."""
    session.flush()
    actions = list(session.scalars(select(ServiceAction)))
    for index, team in enumerate(staffing.teams):
        for planned in plan_sessions(index, today, seed):
            related = [a for a in actions if a.theme_code == planned.theme
                       and a.locality_id in (None, team.locality_id)]
            related.sort(key=lambda a: (abs((a.started_on - planned.held_on).days), a.id))
            session.add(CoproductionSession(
                team_id=team.id, held_on=planned.held_on, title=planned.title,
                worked_on=planned.worked_on, families=planned.families,
                action_id=related[0].id if related else None,
                created_at=datetime.combine(planned.held_on, time(16), tzinfo=UTC),
                created_by_id=staffing.managers[team.id].id))


def _reference(rng: random.Random, taken: set[str]) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        ref = "FV-" + "".join(rng.choice(alphabet) for _ in range(6))
        if ref not in taken:
            taken.add(ref)
            return ref
