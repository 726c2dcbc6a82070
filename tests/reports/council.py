"""A synthetic council, bulk-inserted: localities, teams, staff, families over the last 15 months
with answers, goals, comments and "you said, we did" actions. The quarterly report's tests seed it,
and so does benchmarks/bench_reports.py (benchmarks import tests' factories, never the reverse)."""
from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, insert, select, text
from sqlalchemy.orm import Session

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from reports.quarterly.period import Quarter
from surveys.records.models import (
    Answer,
    Case,
    Comment,
    CouncilSettings,
    Family,
    FamilyMember,
    Goal,
    GoalRating,
    Locality,
    Response,
    ServiceAction,
    Team,
    Wave,
)
from surveys.records.staff import StaffUser

TODAY = date.today()
# The last whole quarter: the seeded council's 15 months of families span it.
QUARTER = Quarter.containing(TODAY).previous()
TEAMS = {
    "North": ["Northgate", "Millbrook", "Hartley"],
    "East": ["Eastfield", "Riverside"],
    "South": ["Southmead", "Fairview", "Coldharbour"],
    "West": ["Westholme", "Ashcombe"],
}
SURNAMES = ["Khan", "Smith", "Nowak", "Okafor", "Jones", "Patel", "Williams", "Taylor", "Brown",
            "Hussain", "Evans", "Murphy", "Kowalski", "Begum", "Ahmed", "Wilson", "Davies"]
FIRST_NAMES = ["Sarah", "Leanne", "Aisha", "Gemma", "Dean", "Tariq", "Tyler", "Ellie", "Kai",
               "Amelia", "Zain", "Ruby", "Jayden", "Maya"]
# (question, text, themes, sentiment): what families write, already analysed.
COMMENTS = [
    ("helped_most", "Having one worker who really listened and then did what she said.",
     ["key_person", "listened_to"], "positive"),
    ("helped_most", "We were told we were doing well and it made me proud.", ["praise"], "positive"),
    ("helped_most", "The whole family was included, not just me.", ["whole_family"], "positive"),
    ("helped_most", "Help with getting the school to understand my son.", ["school"], "positive"),
    ("helped_most", "Sorting out the money worries and the housing letters.", ["money", "housing"],
     "positive"),
    ("helped_most", "We get on better as a family now and do things together.",
     ["family_relationships"], "positive"),
    ("do_better", "Nobody rang back for two weeks and we did not know what was happening.",
     ["kept_informed", "what_next"], "negative"),
    ("do_better", "The support stopped just as things were getting better.", ["more_time"],
     "negative"),
    ("do_better", "Too many people coming to the house telling us different things.",
     ["fewer_professionals"], "negative"),
    ("do_better", "We waited months before anyone came. Help sooner would have stopped it "
     "getting so bad.", ["help_sooner", "waiting"], "negative"),
    ("do_better", "Some of the words in the meetings were hard to understand.", ["explained"],
     "mixed"),
    ("anything_else", "My worker was great but the waiting list was long.", ["key_person", "waiting"],
     "mixed"),
    ("anything_else", "I feel more confident and hopeful about the future.",
     ["confidence", "future_goals"], "positive"),
    ("anything_else", "Thank you.", [], "positive"),
]
ACTIONS = [
    ("kept_informed", "You said nobody rang you back.",
     "We now return every call within two working days.", "done"),
    ("more_time", "You said support stopped too soon.",
     "Keyworkers now plan the ending with you, and check in a month later.", "in_progress"),
    ("help_sooner", "You said you waited too long for help.",
     "We opened a weekly drop-in at each family hub.", "planned"),
]


def _next_id(session: Session, model) -> int:
    return (session.scalar(select(func.max(model.id))) or 0) + 1


def _insert(session: Session, model, rows: list[dict], chunk: int = 20_000) -> None:
    for i in range(0, len(rows), chunk):
        session.execute(insert(model), rows[i:i + chunk])


def seed_council(session: Session, *, families: int, seed: int, today: date,
                 comments_per_response: float = 1.3) -> None:
    """Bulk-insert a synthetic council: localities, teams, staff, cases, waves, answers,
    goals, comments (a few approved as quotes) and "you said, we did" actions."""
    rng = random.Random(seed)
    now = datetime.now(UTC)
    if session.scalar(select(func.count(CouncilSettings.id))) == 0:
        session.add(CouncilSettings(council_name="Benchmark Council", middle_wave_weeks=12,
                                    close_wave_weeks=24, link_valid_days=14, retention_months=72))
    loc_id, team_id, staff_id = (_next_id(session, m) for m in (Locality, Team, StaffUser))
    localities, teams, staff = [], [], []
    team_places: list[tuple[int, int, int]] = []  # team, locality, keyworker
    for name, team_names in TEAMS.items():
        localities.append({"id": loc_id, "name": f"{name}" if loc_id <= 4 else f"{name} {loc_id}"})
        for team_name in team_names:
            teams.append({"id": team_id, "name": f"{team_name} Family Support Team {team_id}",
                          "locality_id": loc_id})
            staff.append({"id": staff_id, "email": f"kw{staff_id}@bench.example",
                          "display_name": f"Keyworker {staff_id}", "role": "keyworker",
                          "team_id": team_id, "password_hash": "x", "is_active_account": True,
                          "created_at": now})
            team_places.append((team_id, loc_id, staff_id))
            team_id += 1
            staff_id += 1
        loc_id += 1
    _insert(session, Locality, localities)
    _insert(session, Team, teams)
    _insert(session, StaffUser, staff)

    ids = {m: _next_id(session, m) for m in (Family, FamilyMember, Case, Wave, Response, Answer,
                                             Goal, GoalRating, Comment)}
    rows: dict[type, list[dict]] = {m: [] for m in ids}

    def new(model, **values) -> int:
        values["id"] = ids[model]
        ids[model] += 1
        rows[model].append(values)
        return values["id"]

    def at(day: date) -> datetime:
        return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)

    for _ in range(families):
        team, locality, keyworker = rng.choice(team_places)
        family = new(Family, reference=f"FV-B{ids[Family]:07d}",
                     family_name=rng.choice(SURNAMES), created_at=now)
        members = [(new(FamilyMember, family_id=family, first_name=rng.choice(FIRST_NAMES),
                        member_role="parent_carer", age_band="25-64"), FAMILY_OUTCOMES, True)]
        for _ in range(rng.choice([0, 1, 1, 2])):
            band = rng.choice(["0-7", "8-12", "13-17"])
            role = "young_person" if band == "13-17" else "child"
            member = new(FamilyMember, family_id=family, first_name=rng.choice(FIRST_NAMES),
                         member_role=role, age_band=band)
            if band != "0-7":
                members.append((member, FAMILY_OUTCOMES_CHILD if role == "child"
                                else FAMILY_OUTCOMES, False))
        opened = today - timedelta(days=rng.randint(0, 450))
        dues = {"start": opened, "middle": opened + timedelta(weeks=12),
                "close": opened + timedelta(weeks=24)}
        status = dict.fromkeys(dues, "scheduled")
        completed: dict[str, date | None] = dict.fromkeys(dues)
        closed_on, reason = None, None
        for kind, chance in (("start", 0.9), ("middle", 0.75)):
            ready = kind == "start" or status["start"] == "done"
            if dues[kind] <= today - timedelta(days=3) and ready and rng.random() < chance:
                status[kind] = "done"
                completed[kind] = min(today, dues[kind] + timedelta(days=rng.randint(0, 10)))
        if dues["close"] <= today + timedelta(days=14):
            if rng.random() < 0.2:
                closed_on = min(today, dues["middle"] + timedelta(days=rng.randint(0, 40)))
                reason = rng.choice(["family_withdrew", "moved_away", "no_contact"])
                status["close"] = "cancelled"
            elif dues["close"] <= today and rng.random() < 0.8:
                status["close"] = "done"
                completed["close"] = min(today, dues["close"] + timedelta(days=rng.randint(0, 10)))
                closed_on, reason = completed["close"], "outcomes_met"
        case = new(Case, family_id=family, keyworker_id=keyworker, team_id=team,
                   locality_id=locality,
                   support_level=rng.choices(["early_help", "support", "step_down"], [5, 3, 2])[0],
                   opened_on=opened, closed_on=closed_on, closure_reason=reason)
        goals = [new(Goal, case_id=case, position=p, text=f"Goal {p}", created_at=now,
                     updated_at=now) for p in range(1, rng.choice([1, 2, 3]) + 1)]
        baseline = rng.gauss(2.7, 0.55)
        gain = rng.gauss(0.55, 0.6)
        start_goal = {g: rng.randint(1, 5) for g in goals}
        for kind in ("start", "middle", "close"):
            wave = new(Wave, case_id=case, kind=kind, due_on=dues[kind], status=status[kind],
                       completed_on=completed[kind])
            if status[kind] != "done":
                continue
            step = {"start": 0.0, "middle": 0.5, "close": 1.0}[kind]
            for member, instrument, is_adult in members:
                if rng.random() > 0.85:
                    continue
                submitted = at(completed[kind])
                response = new(Response, wave_id=wave, member_id=member,
                               instrument_code=instrument.code,
                               instrument_version=instrument.version,
                               mode=rng.choices(["online", "assisted", "paper"], [6, 3, 1])[0],
                               pages_done=[], started_at=submitted, submitted_at=submitted)
                level = baseline + step * gain
                for code in instrument.item_codes:
                    value = None if rng.random() < 0.03 else \
                        min(5, max(1, round(rng.gauss(level, 0.75))))
                    new(Answer, response_id=response, instrument_code=instrument.code,
                        instrument_version=instrument.version, item_code=code, value=value,
                        answered_at=submitted)
                if is_adult and kind != "start":
                    for code in SERVICE_EXPERIENCE.item_codes:
                        new(Answer, response_id=response, instrument_code=SERVICE_EXPERIENCE.code,
                            instrument_version=SERVICE_EXPERIENCE.version, item_code=code,
                            value=min(5, max(1, round(rng.gauss(4.0, 0.9)))), answered_at=submitted)
                if kind in ("start", "close"):
                    for goal in goals:
                        rating = start_goal[goal] if kind == "start" else \
                            min(10, max(0, start_goal[goal] + rng.randint(-1, 6)))
                        new(GoalRating, response_id=response, goal_id=goal, rating=rating)
                questions_done: set[str] = set()
                for _ in range(3):
                    if rng.random() >= comments_per_response / 3:
                        continue
                    question, body, themes, sentiment = rng.choice(COMMENTS)
                    if question in questions_done:
                        continue
                    questions_done.add(question)
                    approved = rng.random() < 0.03
                    new(Comment, response_id=response, question=question, text=body,
                        written_at=submitted, sentiment=sentiment, themes=themes,
                        is_safeguarding=False, redacted_text=body,
                        quote_status="approved" if approved else "none",
                        quote_text=body if approved else None)
    for model in (Family, FamilyMember, Case, Wave, Goal, Response, Answer, GoalRating, Comment):
        _insert(session, model, rows[model])
    for offset, (theme, heard, did, status_value) in enumerate(ACTIONS):
        session.add(ServiceAction(theme_code=theme, we_heard=heard, we_did=did,
                                  status=status_value, owner="Head of Early Help",
                                  started_on=today - timedelta(days=150 - 40 * offset)))
    session.flush()
    if session.bind.dialect.name == "postgresql":  # explicit ids: move each sequence past them
        for model in (Locality, Team, StaffUser, *ids):
            table = model.__tablename__
            session.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                 f"(SELECT COALESCE(MAX(id), 1) FROM {table}))"))
