"""A demo council: localities, teams, staff and families at every stage of support.

Written to look like what a council would see, so every page a newcomer opens shows something
true to life. Deterministic for a given seed.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surveys.lifecycle import plan_waves
from surveys.models import (
    AgeBand,
    Case,
    ClosureReason,
    CouncilSettings,
    Family,
    FamilyMember,
    Locality,
    MemberRole,
    Role,
    StaffUser,
    SupportLevel,
    Team,
    Wave,
    WaveKind,
    WaveStatus,
)
from surveys.passwords import hash_password

DEMO_PASSWORD = "family-voice-demo"  # printed in the terminal by `make run`; demo data only
DEMO_COUNCIL = "Avonbridge Council (demo)"

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

FAMILY_NAMES = [
    "Khan", "Smith", "Nowak", "Okafor", "Jones", "Patel", "Williams", "Taylor", "Brown", "Hussain",
    "Evans", "Murphy", "Kowalski", "Begum", "Ahmed", "Wilson", "Davies", "Thompson", "Mensah",
    "Ali", "Robinson", "Clarke", "Wright", "Walker", "Hall", "Green", "Lewis", "Hughes", "Edwards",
    "Turner", "Hill", "Cooper", "Ward", "Morris", "King", "Baker", "Harris", "Campbell", "Kelly",
    "Singh", "Shah", "Rahman", "Popescu", "Osei", "Adeyemi", "Mahmood", "Francis", "Bennett",
    "Price", "Reid", "Gray", "Mitchell", "Fraser", "Doherty", "Lindqvist", "Nguyen", "Sahin",
    "Ozturk", "Gallagher", "Hamilton",
]
ADULT_NAMES = ["Sarah", "Leanne", "Aisha", "Gemma", "Kirsty", "Nasreen", "Joanne", "Marta", "Chidi",
               "Dean", "Lee", "Tariq", "Paul", "Stacey", "Agnieszka", "Shabana", "Kelly", "Mark",
               "Donna", "Ifeoma", "Craig", "Lisa", "Samira", "Wayne", "Claire", "Jamal"]
YOUNG_NAMES = ["Tyler", "Ellie", "Kai", "Amelia", "Zain", "Ruby", "Jayden", "Maya", "Leo",
               "Aaliyah", "Mason", "Poppy", "Oskar", "Isla", "Ibrahim", "Lacey", "Reggie", "Nia",
               "Harvey", "Sofia", "Alfie", "Hafsa", "Logan", "Evie", "Kacper", "Mia", "Theo"]


@dataclass(frozen=True)
class DemoSignIn:
    """A demo account to print for a newcomer."""

    role: str
    email: str
    description: str


def is_empty(session: Session) -> bool:
    """Whether the database has no staff yet (so the demo council may be built)."""
    return (session.scalar(select(func.count(StaffUser.id))) or 0) == 0


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@avonbridge.example"


def _members(rng: random.Random) -> list[FamilyMember]:
    members = [FamilyMember(first_name=rng.choice(ADULT_NAMES), member_role=MemberRole.PARENT_CARER,
                            age_band=rng.choice([AgeBand.YOUNG_ADULT, AgeBand.ADULT, AgeBand.ADULT]))]
    if rng.random() < 0.4:
        members.append(FamilyMember(first_name=rng.choice(ADULT_NAMES),
                                    member_role=MemberRole.PARENT_CARER, age_band=AgeBand.ADULT))
    used = {m.first_name for m in members}
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        name = rng.choice([n for n in YOUNG_NAMES if n not in used])
        used.add(name)
        band = rng.choice([AgeBand.UNDER_8, AgeBand.CHILD, AgeBand.CHILD, AgeBand.TEEN])
        role = MemberRole.YOUNG_PERSON if band is AgeBand.TEEN else MemberRole.CHILD
        members.append(FamilyMember(first_name=name, member_role=role, age_band=band))
    return members


def build_demo_council(session: Session, *, families: int = 60, seed: int = 2026,
                       today: date) -> list[DemoSignIn]:
    """Add a whole demo council to an empty database and return the sign-ins to print."""
    rng = random.Random(seed)
    settings = CouncilSettings(council_name=DEMO_COUNCIL, middle_wave_weeks=12,
                               close_wave_weeks=24, link_valid_days=14, retention_months=72)
    session.add(settings)
    password_hash = hash_password(DEMO_PASSWORD)  # one hash serves every demo account
    names = iter(STAFF_NAMES)
    teams: list[Team] = []
    keyworkers: dict[int, list[StaffUser]] = {}
    managers: list[StaffUser] = []
    for locality_name, team_names in TEAMS.items():
        locality = Locality(name=locality_name)
        session.add(locality)
        for team_name in team_names:
            team = Team(name=f"{team_name} Family Support Team", locality=locality)
            session.add(team)
            teams.append(team)
            manager = StaffUser(display_name=next(names), role=Role.TEAM_MANAGER, team=team,
                                password_hash=password_hash)
            managers.append(manager)
            workers = [StaffUser(display_name=next(names, f"Keyworker {len(teams)}-{i}"),
                                 role=Role.KEYWORKER, team=team, password_hash=password_hash)
                       for i in range(2)]
            keyworkers[id(team)] = workers
            session.add_all([manager, *workers])
    for person in [*managers, *(w for ws in keyworkers.values() for w in ws)]:
        person.email = _email(person.display_name)

    # Fixed, memorable accounts for a newcomer, on the first team in the North.
    first_team = teams[0]
    demo_keyworker = StaffUser(display_name="Kim Keyworker", email="keyworker@avonbridge.example",
                               role=Role.KEYWORKER, team=first_team, password_hash=password_hash)
    keyworkers[id(first_team)].insert(0, demo_keyworker)
    managers[0].email = "manager@avonbridge.example"
    commissioner = StaffUser(display_name="Chris Commissioner", email="commissioner@avonbridge.example",
                             role=Role.COMMISSIONER, password_hash=password_hash)
    admin = StaffUser(display_name="Alex Admin", email="admin@avonbridge.example", role=Role.ADMIN,
                      password_hash=password_hash)
    session.add_all([demo_keyworker, commissioner, admin])

    references: set[str] = set()
    for index in range(families):
        # The demo keyworker holds a full, varied caseload of their own.
        team = first_team if index % 6 == 0 else rng.choice(teams)
        worker = demo_keyworker if team is first_team and index % 6 == 0 \
            else rng.choice(keyworkers[id(team)])
        family = Family(reference=_reference(rng, references),
                        family_name=FAMILY_NAMES[index % len(FAMILY_NAMES)],
                        members=_members(rng))
        opened = today - timedelta(days=rng.randint(0, 330))
        case = Case(family=family, keyworker=worker, team=team, locality=team.locality,
                    support_level=rng.choices(list(SupportLevel), weights=[5, 3, 2])[0],
                    opened_on=opened)
        for planned in plan_waves(opened, settings.middle_wave_weeks, settings.close_wave_weeks):
            case.waves.append(Wave(kind=planned.kind, due_on=planned.due_on))
        _progress(case, rng, today)
        session.add(case)
    session.flush()
    return [
        DemoSignIn("Keyworker", demo_keyworker.email, "holds a caseload in the Northgate team"),
        DemoSignIn("Team manager", managers[0].email, "manages the Northgate team"),
        DemoSignIn("Commissioner", commissioner.email, "sees council-wide figures only"),
        DemoSignIn("Administrator", admin.email, "manages staff accounts and settings"),
    ]


def _reference(rng: random.Random, taken: set[str]) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        ref = "FV-" + "".join(rng.choice(alphabet) for _ in range(6))
        if ref not in taken:
            taken.add(ref)
            return ref


def _progress(case: Case, rng: random.Random, today: date) -> None:
    """Move a case along as real ones go: most answer at the start, fewer later, some drop out."""
    waves = {w.kind: w for w in case.waves}
    start, middle, close = waves[WaveKind.START], waves[WaveKind.MIDDLE], waves[WaveKind.CLOSE]
    age_days = (today - case.opened_on).days
    if age_days >= 3 and rng.random() < 0.9:
        _done(start, rng, today)
    if (today - middle.due_on).days >= 0 and start.status is WaveStatus.DONE and rng.random() < 0.75:
        _done(middle, rng, today)
    if (today - close.due_on).days >= -14:
        if rng.random() < 0.2:  # left early without a close wave
            case.closed_on = min(today, middle.due_on + timedelta(days=rng.randint(0, 40)))
            case.closure_reason = rng.choice([ClosureReason.FAMILY_WITHDREW,
                                              ClosureReason.MOVED_AWAY, ClosureReason.NO_CONTACT,
                                              ClosureReason.STEPPED_UP])
            close.status = WaveStatus.CANCELLED
        elif (today - close.due_on).days >= 0 and rng.random() < 0.8:
            _done(close, rng, today)
            case.closed_on = close.completed_on
            case.closure_reason = rng.choices(
                [ClosureReason.OUTCOMES_MET, ClosureReason.STEPPED_DOWN], weights=[4, 1])[0]


def _done(wave: Wave, rng: random.Random, today: date) -> None:
    wave.status = WaveStatus.DONE
    wave.completed_on = min(today, wave.due_on + timedelta(days=rng.randint(0, 10)))
