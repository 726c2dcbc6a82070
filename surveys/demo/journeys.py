"""How each demo case goes: how long support lasts, whether the family leaves early, which
questionnaires they answer and when, and why the case closed.

Shaped like an early help service's own figures: support lasts 3 to 9 months; about 85% of
families answer at the start, about two in three at the middle and a little over half at the
close; families who get worse are the likeliest to leave early (and to be stepped up to social
care); some close questionnaires come weeks late. Waves follow the app's own rules
(surveys/cases/views.py): closing a case brings the close
wave forward to the closing day, where it stays to be answered (or not) after the case closed;
the start and middle waves not done by then are cancelled.
Plain values only: no database code.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from surveys.demo.families import A_LOT, IMPROVED, SAME, WORSE, DemoCase, DemoWave
from surveys.records.enums import ClosureReason, SupportLevel, WaveKind, WaveStatus

# How a family's answers move from start to close (see answers.py): most a little better,
# some a lot, about a quarter no different, about one in ten worse.
OUTCOME_WEIGHTS = {A_LOT: 17, IMPROVED: 46, SAME: 27, WORSE: 10}
# Chance a family leaves before support was meant to end, by how things were going.
LEAVES_EARLY = {A_LOT: 0.05, IMPROVED: 0.12, SAME: 0.2, WORSE: 0.3}
# Why a case closed when support ran its course, by how things went.
PLANNED_CLOSURE = {
    A_LOT: {ClosureReason.OUTCOMES_MET: 85, ClosureReason.STEPPED_DOWN: 15},
    IMPROVED: {ClosureReason.OUTCOMES_MET: 72, ClosureReason.STEPPED_DOWN: 25,
               ClosureReason.STEPPED_UP: 3},
    SAME: {ClosureReason.OUTCOMES_MET: 35, ClosureReason.STEPPED_DOWN: 45,
           ClosureReason.STEPPED_UP: 20},
    WORSE: {ClosureReason.OUTCOMES_MET: 10, ClosureReason.STEPPED_DOWN: 20,
            ClosureReason.STEPPED_UP: 70},
}
EARLY_CLOSURE = {ClosureReason.FAMILY_WITHDREW: 35, ClosureReason.NO_CONTACT: 25,
                 ClosureReason.MOVED_AWAY: 20, ClosureReason.STEPPED_UP: 20}


def _weighted(rng: random.Random, weights: dict):
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _delay(rng: random.Random) -> int:
    """Days from a questionnaire falling due to its first answer: mostly within the week, a
    quarter within the month, one in ten a month or two late."""
    roll = rng.random()
    if roll < 0.65:
        return rng.randint(0, 7)
    if roll < 0.9:
        return rng.randint(8, 28)
    return rng.randint(29, 60)


def _done(wave: DemoWave, day: date, today: date) -> bool:
    """Mark the wave answered on `day`, unless that is still to come."""
    if day > today:
        return False
    wave.status = WaveStatus.DONE
    wave.completed_on = day
    return True


def plan_journey(case: DemoCase, support_level: SupportLevel, rng: random.Random,
                 today: date) -> ClosureReason | None:
    """Decide how the case goes up to today: sets its outcome, its waves' statuses and dates, and
    its closing day; returns why it closed (None while it is still open)."""
    case.outcome = _weighted(rng, OUTCOME_WEIGHTS)
    start, middle, close = (case.wave(k) for k in (WaveKind.START, WaveKind.MIDDLE, WaveKind.CLOSE))
    # Support lasts 3 to 9 months, most often about 5; edge-of-care cases a little longer.
    weeks = rng.triangular(13, 39, 21) + (4 if support_level is SupportLevel.SUPPORT else 0)
    end = case.opened_on + timedelta(days=min(273, round(weeks * 7)))
    leaves = rng.random() < LEAVES_EARLY[case.outcome]
    if leaves:
        end = case.opened_on + timedelta(days=rng.randint(21, max(22, (end - case.opened_on).days - 14)))
    is_closed = end <= today

    # Start: due the day the case opens; most answer within days, with their keyworker there.
    started = False
    if rng.random() < 0.87:
        day = case.opened_on + timedelta(days=rng.choice([0, 0, 1, 2, 3, 5, 7, 10, 14]))
        started = day <= end and _done(start, day, today)

    # Middle: answered while the case is still open, or cancelled when it closes first.
    if middle.due_on <= min(end, today) and rng.random() < (0.68 if started else 0.3):
        day = middle.due_on + timedelta(days=_delay(rng))
        if day <= end:
            _done(middle, day, today)
    if is_closed:  # as closing a case does in the app: waves not done are no longer needed
        for wave in (start, middle):
            if wave.status is WaveStatus.SCHEDULED:
                wave.status = WaveStatus.CANCELLED

    # Close: brought forward to the closing day when support ends sooner than planned.
    if is_closed:
        close.due_on = min(close.due_on, end)
    answered_before = started or middle.status is WaveStatus.DONE
    if leaves:
        chance = 0.12
    else:
        chance = 0.72 if answered_before else 0.3
    if close.due_on <= today and (is_closed or close.due_on <= end) and rng.random() < chance:
        # When support runs on past the planned close, some answer then and some at the end.
        at_end = not leaves and end > close.due_on and rng.random() < 0.5
        day = (max(close.due_on, end - timedelta(days=rng.randint(0, 7))) if at_end
               else close.due_on + timedelta(days=_delay(rng)))
        _done(close, day, today)

    if not is_closed:
        return None
    case.closed_on = end
    return _weighted(rng, EARLY_CLOSURE if leaves else PLANNED_CLOSURE[case.outcome])
