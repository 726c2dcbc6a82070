"""Answers for the demo council: questionnaires, goals, goal ratings and comments at each wave.

Each family follows the path its journey chose (journeys.py): most start low-to-middling (about
2-3 on the 1-5 scale), most improve a little by the close, some a lot, some stay the same and about
one in ten get worse. Areas move differently ("Hopes and plans" most, "Connected to our community"
least), members of a family broadly agree but a young person sometimes sees things very
differently, and comments loosely follow the path (families who got worse write more criticism).
As in the app, a wave is done when its first questionnaire is sent; other members follow within
days, and some never answer. Rows are written with bulk inserts so a 10,000-family council
builds in well under a minute or two; comment analyses are made once per wording and reused.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from family_by_family_scale import FAMILY_OUTCOMES, MADE_A_DIFFERENCE, Instrument
from feedback.analysis.analyser import Analysis, analyse
from feedback.analysis.questions import ANYTHING_ELSE, DO_BETTER, HELPED_MOST
from surveys.demo.families import A_LOT, IMPROVED, SAME, WORSE, DemoCase, DemoCounts, DemoMember, DemoWave
from surveys.demo.voices import (
    ADULT,
    CHILD,
    CRITICISM,
    FLAG_NOTES,
    GOALS,
    MIXED,
    NIL,
    PRACTICAL,
    PRAISE,
    REQUEST,
    SAFEGUARDING,
    YOUNG,
    Voice,
    voices_for,
)
from surveys.questionnaire.plan import plan_pages, service_questionnaires
from surveys.records.enums import CompletionMode, MemberRole, WaveKind, WaveStatus
from surveys.records.models import Answer, Comment, Goal, GoalRating, Response

# How far each area moves relative to the family's overall change.
AREA_PACE = {"community": 0.5, "getting_on": 1.0, "hopes": 1.35, "confidence": 1.1}
# Where each area tends to sit relative to the family's starting point.
AREA_START = {"community": -0.15, "getting_on": 0.1, "hopes": -0.2, "confidence": 0.0}

SAFEGUARDING_RATE = 1 / 60  # of submitted responses
BATCH_CASES = 500

# Stand-in names used when a wording is analysed once for every family that writes it.
_STAND_IN_WORKER = "Morwenna"
_STAND_IN_CHILD = "Peregrine"


@dataclass
class _Path:
    """A family's journey: where it starts, which way it goes, how far by the middle."""

    kind: str
    start: float
    change: float
    middle_share: float
    item_bias: dict[str, float]


@dataclass
class _Batch:
    goals: list[dict] = field(default_factory=list)
    goal_keys: list[tuple[int, int]] = field(default_factory=list)
    responses: list[dict] = field(default_factory=list)
    answers: list[list[dict]] = field(default_factory=list)
    ratings: list[list[tuple[tuple[int, int], int | None]]] = field(default_factory=list)
    comments: list[list[dict]] = field(default_factory=list)


class _AnalysisCache:
    """Analyse each wording once with stand-in names, since the names never change the result
    beyond becoming "[name]" in the redacted text."""

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str], Analysis] = {}

    def get(self, voice: Voice) -> Analysis:
        key = (voice.text, voice.question)
        if key not in self._seen:
            text = voice.text.format(worker=_STAND_IN_WORKER, child=_STAND_IN_CHILD)
            self._seen[key] = analyse(text, voice.question,
                                      known_names=(_STAND_IN_WORKER, _STAND_IN_CHILD))
        return self._seen[key]

    def __len__(self) -> int:
        return len(self._seen)


class DemoAnswerWriter:
    """Adds answers to demo cases batch by batch, keeping one set of analyses for the council."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng = rng
        self.today = today
        self.counts = DemoCounts()
        self._cache = _AnalysisCache()
        self._item_bias = {code: rng.gauss(0, 0.25) for code in FAMILY_OUTCOMES.item_codes}

    def add(self, session: Session, cases: list[DemoCase]) -> DemoCounts:
        """Add goals, questionnaires, goal ratings and analysed comments to inserted cases."""
        for start in range(0, len(cases), BATCH_CASES):
            batch = _Batch()
            for case in cases[start:start + BATCH_CASES]:
                _plan_case(case, self.rng, self.today, self._item_bias, self._cache, batch,
                           self.counts)
            _write(session, batch, self.counts)
        self.counts.analyses = len(self._cache)
        return self.counts


def _family_path(rng: random.Random, outcome: str, item_bias: dict[str, float]) -> _Path:
    """Where the family starts and how far it moves (points on the 1-5 scale) by the close.
    Families who improve a lot usually started lower: they had the furthest to go."""
    start = min(4.0, max(1.3, rng.gauss(2.3 if outcome == A_LOT else 2.55, 0.45)))
    change = {A_LOT: max(0.9, rng.gauss(1.35, 0.3)), IMPROVED: max(0.2, rng.gauss(0.6, 0.2)),
              SAME: rng.gauss(0.0, 0.12), WORSE: min(-0.45, rng.gauss(-0.85, 0.25))}[outcome]
    # Comments and goals follow the broad way things went.
    kind = IMPROVED if outcome == A_LOT else outcome
    return _Path(kind, start, change, min(0.9, max(0.2, rng.gauss(0.55, 0.15))), item_bias)


def _plan_case(case: DemoCase, rng: random.Random, today: date, item_bias: dict[str, float],
               cache: _AnalysisCache, batch: _Batch, counts: DemoCounts) -> None:
    path = _family_path(rng, case.outcome, item_bias)
    answering = [m for m in case.members if m.answers_questionnaire]
    younger = [m.first_name for m in case.members if m.member_role is not MemberRole.PARENT_CARER]
    worker_first = case.keyworker_name.split()[0]
    start_wave = case.wave(WaveKind.START)
    start_due = start_wave.due_on <= today and start_wave.status is not WaveStatus.CANCELLED
    goals: list[str] = []
    if start_wave.status is WaveStatus.DONE or (start_due and rng.random() < 0.5):
        goals = _pick_goals(rng, younger)
        set_on = start_wave.completed_on or today
        at = _at(set_on, 10)
        for position, text in enumerate(goals, start=1):
            batch.goals.append({"case_id": case.id, "position": position, "text": text,
                                "created_at": at, "updated_at": at})
            batch.goal_keys.append((case.id, position))
        counts.goals += len(goals)
    goal_start = [rng.randint(1, 4) for _ in goals]
    goal_gain = [_goal_gain(rng, path.kind) for _ in goals]

    # Each member: how far from the family's view they sit, and whether they see it differently.
    views = {}
    for member in answering:
        dissent = member.member_role is MemberRole.YOUNG_PERSON and rng.random() < 0.2
        offset = rng.gauss(0, 0.25) + (0.25 if member.member_role is MemberRole.CHILD else 0)
        views[member.first_name] = (offset - (0.7 if dissent else 0), -0.4 if dissent else 1.0,
                                    0.12 if rng.random() < 0.05 else 0.012)
    family_mode = rng.choices(list(CompletionMode), weights=[68, 24, 8])[0]
    used: set[str] = set()
    for wave in case.waves:
        if wave.status is WaveStatus.DONE:
            share = {WaveKind.START: 0.0, WaveKind.MIDDLE: path.middle_share,
                     WaveKind.CLOSE: 1.0}[wave.kind]
            for member, day in _who_answers(rng, wave, answering, today):
                mode = family_mode if rng.random() < 0.8 else CompletionMode.ONLINE
                if member.member_role is MemberRole.CHILD and mode is CompletionMode.PAPER:
                    mode = CompletionMode.ASSISTED
                submitted = _at(day, rng.randint(8 * 60, 21 * 60))
                minutes = rng.randint(5, 25) if mode is CompletionMode.ONLINE else rng.randint(15, 40)
                started = submitted - timedelta(minutes=minutes)
                pages = _pages(member, wave.kind, bool(goals))
                answers = _answers(rng, path, views[member.first_name], member, wave.kind, share,
                                   pages, started, submitted)
                ratings = [((case.id, i + 1), _rating(rng, goal_start[i], goal_gain[i], share,
                                                      member)) for i in range(len(goals))]
                comments = _comments(rng, case, member, wave.kind, path,
                                     views[member.first_name][1] < 0, worker_first, younger,
                                     used, cache, submitted, today, counts)
                batch.responses.append(_response_row(
                    wave, member, mode, case, _page_keys(member, wave.kind, bool(goals), pages),
                    started, submitted))
                batch.answers.append(answers)
                batch.ratings.append(ratings)
                batch.comments.append(comments)
                counts.responses += 1
        elif (wave.status is WaveStatus.SCHEDULED and wave.due_on <= today
              and case.closed_on is None):
            for number, member in enumerate(answering):
                if not ((case.must_start and number == 0) or rng.random() < 0.3):
                    continue
                day = wave.due_on + timedelta(days=rng.randint(0, max(0, (today - wave.due_on).days)))
                started = _at(min(day, today), rng.randint(8 * 60, 21 * 60))
                pages = _pages(member, wave.kind, bool(goals))
                # part way through the statements: answers exist for exactly these pages
                done = pages[:rng.randint(1, len(member.instrument.area_codes) - 1)]
                share = {WaveKind.START: 0.0, WaveKind.MIDDLE: path.middle_share,
                         WaveKind.CLOSE: 1.0}[wave.kind]
                answers = _answers(rng, path, views[member.first_name], member, wave.kind, share,
                                   done, started, started + timedelta(minutes=len(done) * 3))
                batch.responses.append(_response_row(
                    wave, member, CompletionMode.ONLINE, case,
                    _page_keys(member, wave.kind, bool(goals), done), started, None))
                batch.answers.append(answers)
                batch.ratings.append([])
                batch.comments.append([])
                counts.in_progress += 1
    if case.must_flag:
        _plant_flag(rng, case, batch, worker_first, cache, counts)


def _pick_goals(rng: random.Random, younger: list[str]) -> list[str]:
    count = rng.choices([1, 2, 3], weights=[25, 40, 35])[0]
    choices = [g for g in GOALS if younger or "{child}" not in g]
    return [g.format(child=rng.choice(younger) if younger else "")
            for g in rng.sample(choices, count)]


def _goal_gain(rng: random.Random, kind: str) -> int:
    return {IMPROVED: rng.randint(2, 6), SAME: rng.randint(-2, 2), WORSE: rng.randint(-4, 0)}[kind]


def _rating(rng: random.Random, start: int, gain: int, share: float,
            member: DemoMember) -> int | None:
    if rng.random() < (0.1 if member.member_role is MemberRole.CHILD else 0.02):
        return None
    return max(0, min(10, round(start + gain * share + rng.gauss(0, 0.8))))


# Chance that a member other than the first to answer also answers a wave, by their role.
_ALSO_ANSWERS = {MemberRole.PARENT_CARER: 0.75, MemberRole.YOUNG_PERSON: 0.6,
                 MemberRole.CHILD: 0.7}


def _who_answers(rng: random.Random, wave: DemoWave, answering: list[DemoMember],
                 today: date) -> list[tuple[DemoMember, date]]:
    """Who sent a questionnaire at a done wave, and when: the first (usually a parent) on the
    day the wave was done, others within the next week or so, and some not at all."""
    first = answering[0] if rng.random() < 0.9 else rng.choice(answering)
    completed = wave.completed_on or wave.due_on
    sent = []
    for member in answering:
        if member is first:
            sent.append((member, completed))
        elif rng.random() < _ALSO_ANSWERS[member.member_role]:
            sent.append((member, min(today, completed + timedelta(days=rng.choice(
                [0, 0, 0, 1, 2, 3, 5, 8])))))
    return sent


# The demo's name for each service questionnaire's page, by measure.
_SERVICE_PARTS = {"service-experience": "service", "made-a-difference": "difference"}


def _pages(member: DemoMember, kind: WaveKind, has_goals: bool) -> list[str]:
    """The questionnaire's pages for this member at this wave: one per area, then the rest
    ("Did we make a difference?" last, so adding it left every earlier answer as it was)."""
    pages = list(member.instrument.area_codes)
    asked = [_SERVICE_PARTS[q.measure] for q in service_questionnaires(member.instrument, kind.value)]
    if "service" in asked:
        pages.append("service")
    if has_goals:
        pages.append("goals")
    pages.append("comments")
    if "difference" in asked:
        pages.append("difference")
    return pages


def _page_keys(member: DemoMember, kind: WaveKind, has_goals: bool, pages: list[str]) -> list[str]:
    """The questionnaire's own page keys for the parts answered, so resuming works as for real."""
    keys = []
    for page in plan_pages(member.member_role.value, kind.value, has_goals,
                           instrument=member.instrument):
        if page.kind == "items":
            part = _SERVICE_PARTS.get(page.instrument.measure, page.items[0].area)
        else:
            part = "goals" if page.kind == "goals" else "comments"
        if part in pages:
            keys.append(page.key)
    return keys


def _answers(rng: random.Random, path: _Path, view: tuple[float, float, float],
             member: DemoMember, kind: WaveKind, share: float, pages: list[str],
             started: datetime, finished: datetime) -> list[dict]:
    offset, pace, skip_rate = view
    instrument = member.instrument
    rows: list[dict] = []
    step = (finished - started) / max(1, len(pages))
    for number, page in enumerate(pages):
        at = started + step * (number + 1)
        if page == "service":
            level = 3.7 + 0.6 * path.change + offset
            service = service_questionnaires(instrument, kind.value)[0]
            for code in service.item_codes:
                rows.append(_answer_row(service, code,
                                        _value(rng, level + rng.gauss(0, 0.5), skip_rate), at))
        elif page == "difference":
            rows.append(_difference_row(path, member, offset, skip_rate, kind, at))
        elif page in AREA_PACE:
            level = (path.start + AREA_START[page] + offset
                     + share * path.change * AREA_PACE[page] * pace)
            for item in instrument.items_in(page):
                rows.append(_answer_row(instrument, item.code, _value(
                    rng, level + path.item_bias[item.code] + rng.gauss(0, 0.55), skip_rate), at))
    return rows


def _difference_row(path: _Path, member: DemoMember, offset: float, skip_rate: float,
                    kind: WaveKind, at: datetime) -> dict:
    """The close question "Did we make a difference?", following how far the family moved: most say
    quite a lot or a lot, some a little, a few no difference (mostly families who got worse).
    Drawn from the member's own generator, so adding the question changed no other answer."""
    rng = random.Random(f"made-a-difference:{member.id}")
    asked = service_questionnaires(member.instrument, kind.value)[-1]
    value = None if rng.random() < skip_rate else max(1, min(4, round(
        2.8 + path.change + offset + rng.gauss(0, 0.75))))
    return _answer_row(asked, MADE_A_DIFFERENCE.item_codes[0], value, at)


def _value(rng: random.Random, level: float, skip_rate: float) -> int | None:
    if rng.random() < skip_rate:
        return None  # "Prefer not to say"
    return max(1, min(5, round(level)))


def _answer_row(instrument: Instrument, code: str, value: int | None, at: datetime) -> dict:
    return {"instrument_code": instrument.code, "instrument_version": instrument.version,
            "item_code": code, "value": value, "answered_at": at}


def _response_row(wave: DemoWave, member: DemoMember, mode: CompletionMode, case: DemoCase,
                  pages: list[str], started: datetime, submitted: datetime | None) -> dict:
    return {"wave_id": wave.id, "member_id": member.id,
            "instrument_code": member.instrument.code,
            "instrument_version": member.instrument.version, "mode": mode.value,
            "entered_by_id": None if mode is CompletionMode.ONLINE else case.keyworker_id,
            "pages_done": pages, "started_at": started, "submitted_at": submitted}


# Chance a member writes anything to each question, by whose words they write in.
_WRITES = {
    HELPED_MOST: {ADULT: 0.6, YOUNG: 0.4, CHILD: 0.35},
    DO_BETTER: {ADULT: 0.45, YOUNG: 0.3, CHILD: 0.2},
    ANYTHING_ELSE: {ADULT: 0.3, YOUNG: 0.2, CHILD: 0.15},
}
_WRITES_AT_START = {ADULT: 0.3, YOUNG: 0.15, CHILD: 0.12}
# Tone weights by question and the family's path (families who got worse write more criticism).
_TONES = {
    HELPED_MOST: {IMPROVED: {PRAISE: 80, MIXED: 12, NIL: 8},
                  SAME: {PRAISE: 40, MIXED: 35, NIL: 25},
                  WORSE: {PRAISE: 10, MIXED: 40, NIL: 50}},
    DO_BETTER: {IMPROVED: {NIL: 45, REQUEST: 40, CRITICISM: 15},
                SAME: {NIL: 20, REQUEST: 45, CRITICISM: 35},
                WORSE: {NIL: 5, REQUEST: 30, CRITICISM: 65}},
    ANYTHING_ELSE: {IMPROVED: {PRAISE: 45, PRACTICAL: 30, REQUEST: 10, NIL: 15},
                    SAME: {PRACTICAL: 50, REQUEST: 20, PRAISE: 10, NIL: 20},
                    WORSE: {PRACTICAL: 55, REQUEST: 15, NIL: 30}},
}
_START_TONES = {PRACTICAL: 55, REQUEST: 25, NIL: 20}


def _comments(rng: random.Random, case: DemoCase, member: DemoMember, kind: WaveKind,
              path: _Path, dissents: bool, worker: str, younger: list[str], used: set[str],
              cache: _AnalysisCache, submitted: datetime, today: date,
              counts: DemoCounts) -> list[dict]:
    audience = member.audience
    mood = WORSE if dissents else path.kind
    wanted: dict[str, str] = {}
    if kind is WaveKind.START:
        if rng.random() < _WRITES_AT_START[audience]:
            wanted[ANYTHING_ELSE] = _weighted(rng, _START_TONES)
    else:
        for question, chances in _WRITES.items():
            if rng.random() < chances[audience]:
                wanted[question] = _weighted(rng, _TONES[question][mood])
    if rng.random() < SAFEGUARDING_RATE:
        wanted[ANYTHING_ELSE] = SAFEGUARDING
    others = [n for n in younger if n != member.first_name]
    rows = []
    for question, tone in wanted.items():
        voice = _pick_voice(rng, question, audience, tone, bool(others), used)
        if voice is None:
            continue
        rows.append(_comment_row(rng, voice, worker, others, cache, submitted, today, counts,
                                 case, acknowledge=True))
    return rows


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _pick_voice(rng: random.Random, question: str, audience: str, tone: str, has_child: bool,
                used: set[str]) -> Voice | None:
    pool = [v for v in voices_for(question, audience, tone) if has_child or not v.needs_child]
    fresh = [v for v in pool if v.text not in used] or pool
    if not fresh:
        return None
    voice = rng.choice(fresh)
    used.add(voice.text)
    return voice


def _comment_row(rng: random.Random, voice: Voice, worker: str, others: list[str],
                 cache: _AnalysisCache, written: datetime, today: date, counts: DemoCounts,
                 case: DemoCase, *, acknowledge: bool) -> dict:
    result = cache.get(voice)
    text = voice.text.format(worker=worker, child=rng.choice(others) if others else "")
    row = {
        "question": voice.question, "text": text, "written_at": written,
        "sentiment": result.sentiment, "polarity": result.polarity,
        "sentiment_cues": list(result.sentiment_cues), "themes": list(result.theme_codes),
        "theme_cues": {m.code: list(m.cues) for m in result.themes},
        "is_safeguarding": result.is_safeguarding,
        "safeguarding_categories": list(result.safeguarding_categories),
        "safeguarding_cues": list(result.safeguarding_cues),
        "redacted_text": result.redacted_text, "analyser_version": result.analyser_version,
        "codebook_version": result.codebook_version, "analysed_at": written,
        "flag_acknowledged_at": None, "flag_acknowledged_by_id": None, "flag_note": None,
        "quote_status": "none", "quote_text": None, "quote_decided_by_id": None,
        "quote_decided_at": None,
    }
    counts.comments += 1
    age_days = (today - written.date()).days
    if result.is_safeguarding:
        counts.flags += 1
        if acknowledge and age_days > 7 and rng.random() < 0.9:
            row["flag_acknowledged_at"] = written + timedelta(hours=rng.randint(1, 30))
            row["flag_acknowledged_by_id"] = case.keyworker_id
            row["flag_note"] = rng.choice(FLAG_NOTES)
        else:
            counts.unacknowledged_flags += 1
    elif (voice.tone in (PRAISE, MIXED) and voice.question != DO_BETTER and len(text) >= 25
          and result.sentiment in ("positive", "mixed") and age_days > 21
          and rng.random() < 0.25):
        # A manager approved these words, with names taken out, for reports.
        row["quote_status"] = "approved"
        row["quote_text"] = result.redacted_text
        row["quote_decided_by_id"] = case.manager_id
        row["quote_decided_at"] = written + timedelta(days=rng.randint(3, 20))
        counts.quotes += 1
    return row


def _plant_flag(rng: random.Random, case: DemoCase, batch: _Batch, worker: str,
                cache: _AnalysisCache, counts: DemoCounts) -> None:
    """Give the latest submitted response of this case an unread disclosure."""
    wave_ids = {w.id for w in case.waves if w.status is WaveStatus.DONE}
    member_ids = {m.id: m for m in case.members}
    for index in range(len(batch.responses) - 1, -1, -1):
        row = batch.responses[index]
        if row["wave_id"] in wave_ids and row["submitted_at"] is not None:
            member = member_ids[row["member_id"]]
            voice = rng.choice(voices_for(ANYTHING_ELSE, member.audience, SAFEGUARDING))
            comments = [c for c in batch.comments[index] if c["question"] != ANYTHING_ELSE]
            counts.comments -= len(batch.comments[index]) - len(comments)
            counts.flags -= sum(c["is_safeguarding"] for c in batch.comments[index]
                                if c["question"] == ANYTHING_ELSE)
            counts.unacknowledged_flags -= sum(
                c["is_safeguarding"] and c["flag_acknowledged_at"] is None
                for c in batch.comments[index] if c["question"] == ANYTHING_ELSE)
            comments.append(_comment_row(rng, voice, worker, [], cache, row["submitted_at"],
                                         row["submitted_at"].date(), counts, case,
                                         acknowledge=False))
            batch.comments[index] = comments
            return


def _write(session: Session, batch: _Batch, counts: DemoCounts) -> None:
    """Insert a batch with a few multi-row statements: goals and responses first, for their ids."""
    goal_ids: dict[tuple[int, int], int] = {}
    if batch.goals:
        ids = session.execute(insert(Goal.__table__).returning(
            Goal.__table__.c.id, sort_by_parameter_order=True), batch.goals).scalars().all()
        goal_ids = dict(zip(batch.goal_keys, ids, strict=True))
    if not batch.responses:
        return
    response_ids = session.execute(insert(Response.__table__).returning(
        Response.__table__.c.id, sort_by_parameter_order=True), batch.responses).scalars().all()
    answers: list[dict] = []
    ratings: list[dict] = []
    comments: list[dict] = []
    for response_id, rows, rates, notes in zip(response_ids, batch.answers, batch.ratings,
                                               batch.comments, strict=True):
        answers.extend({**row, "response_id": response_id} for row in rows)
        ratings.extend({"response_id": response_id, "goal_id": goal_ids[key], "rating": rating}
                       for key, rating in rates)
        comments.extend({**row, "response_id": response_id} for row in notes)
    _insert_many(session, Answer.__table__, answers)
    _insert_many(session, GoalRating.__table__, ratings)
    if comments:
        session.execute(insert(Comment.__table__), comments)
    counts.answers += len(answers)
    counts.goal_ratings += len(ratings)


def _insert_many(session: Session, table: Table, rows: list[dict]) -> None:
    """Insert plain rows (numbers, codes and times only); PostgreSQL's COPY is several times
    faster than a million single-row inserts."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql":
        session.execute(insert(table), rows)
        return
    columns = list(rows[0])
    cursor = connection.connection.driver_connection.cursor()
    with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[column] for column in columns])
    cursor.close()


def _at(day: date, minute_of_day: int) -> datetime:
    """A UTC time on a day, minutes after midnight."""
    return datetime.combine(day, time(minute_of_day // 60 % 24, minute_of_day % 60), tzinfo=UTC)
