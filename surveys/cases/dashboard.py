"""What a keyworker (or a team manager, across their team) needs to act on this week.

Rules only: the views load the cases with their waves and members, which members have
submitted at which wave, and the recent comments, and pass them in with today's date.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from surveys.cases.waves import DUE_WINDOW, WaveState, wave_state
from surveys.records.enums import WaveKind, WaveStatus

DUE_SOON = timedelta(days=7)  # "due this week"
CLOSE_SOON = timedelta(weeks=4)  # "heading to close"


@dataclass(frozen=True)
class WaveDue:
    """A wave that is due this week or overdue, with who has not answered it yet."""

    case_id: int
    family_name: str
    reference: str
    keyworker: str
    wave: str
    due_on: date
    state: WaveState
    not_answered: tuple[str, ...]
    is_partly_answered: bool = False

    @property
    def is_overdue(self) -> bool:
        """Whether the wave is more than two weeks past its due date."""
        return self.state is WaveState.OVERDUE


@dataclass(frozen=True)
class ClosingCase:
    """An open case whose close questionnaire is due within four weeks, or past, and not done
    (or was cancelled, so the case is heading to close without one)."""

    case_id: int
    family_name: str
    reference: str
    keyworker: str
    close_due_on: date
    state: WaveState


@dataclass(frozen=True)
class RecentComment:
    """A comment a family member wrote, for the dashboard (flags first)."""

    case_id: int
    family_name: str
    member_name: str
    wave: str
    text: str
    written_at: datetime
    is_safeguarding: bool
    needs_attention: bool
    comment_id: int | None = None


@dataclass(frozen=True)
class Dashboard:
    """Everything on the dashboard."""

    overdue: tuple[WaveDue, ...]
    due: tuple[WaveDue, ...]
    closing: tuple[ClosingCase, ...]
    comments: tuple[RecentComment, ...]
    case_count: int
    open_flags: int | None = None

    @property
    def flags_to_acknowledge(self) -> int:
        """Safeguarding flags in scope that no one has acknowledged: all of them when counted
        (the recent comments show at most a page), else those among the recent comments."""
        if self.open_flags is not None:
            return self.open_flags
        return sum(c.needs_attention for c in self.comments)


def build_dashboard(cases: Iterable, submitted: set[tuple[int, int]],
                    comments: Sequence[RecentComment], today: date,
                    open_flags: int | None = None) -> Dashboard:
    """Sort open cases' waves into overdue and due this week (due now, or due within 7 days),
    list who has not answered each (a wave with first answers stays listed while in its
    two-week due window and someone has still to answer), and find cases whose close wave is
    due within 4 weeks or past without being done, or was cancelled (heading to close with no
    close questionnaire at all). `open_flags` is the count of unacknowledged flags in scope.

    `cases` are open cases with their family (and members), keyworker and waves loaded;
    `submitted` holds (wave id, member id) for every submitted questionnaire.
    """
    overdue: list[WaveDue] = []
    due: list[WaveDue] = []
    closing: list[ClosingCase] = []
    count = 0
    for case in cases:
        count += 1
        family = case.family
        for wave in case.waves:
            state = wave_state(wave.status, wave.due_on, today)
            waiting = tuple(m.first_name for m in family.members
                            if m.answers_questionnaire and (wave.id, m.id) not in submitted)
            if state is WaveState.DONE:
                # A wave counts as done at its first answers; while it is still in its due
                # window, keep asking the others.
                if waiting and wave.due_on <= today <= wave.due_on + DUE_WINDOW:
                    due.append(WaveDue(case.id, family.family_name, family.reference,
                                       case.keyworker.display_name, wave.kind.label,
                                       wave.due_on, wave_state(WaveStatus.SCHEDULED,
                                                               wave.due_on, today),
                                       waiting, is_partly_answered=True))
                continue
            if state is WaveState.CANCELLED:
                if wave.kind is WaveKind.CLOSE and wave.due_on <= today + CLOSE_SOON:
                    closing.append(ClosingCase(case.id, family.family_name, family.reference,
                                               case.keyworker.display_name, wave.due_on, state))
                continue
            if wave.due_on <= today + DUE_SOON:  # overdue, due now, or due within the week
                item = WaveDue(case.id, family.family_name, family.reference,
                               case.keyworker.display_name, wave.kind.label, wave.due_on, state,
                               waiting)
                (overdue if state is WaveState.OVERDUE else due).append(item)
            if wave.kind is WaveKind.CLOSE and wave.due_on <= today + CLOSE_SOON:
                closing.append(ClosingCase(case.id, family.family_name, family.reference,
                                           case.keyworker.display_name, wave.due_on, state))
    return Dashboard(
        overdue=tuple(sorted(overdue, key=lambda w: (w.due_on, w.family_name))),
        due=tuple(sorted(due, key=lambda w: (w.due_on, w.family_name))),
        closing=tuple(sorted(closing, key=lambda c: (c.close_due_on, c.family_name))),
        comments=tuple(sorted(comments, key=lambda c: (
            not c.needs_attention, not c.is_safeguarding, -c.written_at.timestamp()))),
        case_count=count, open_flags=open_flags)
