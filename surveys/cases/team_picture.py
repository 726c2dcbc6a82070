"""A team manager's picture of their own team over the last 12 months: how many questionnaires
that fell due were answered, how many are overdue, and how far families travelled from start
to close.

Rules only: the view loads the team's cases with their waves, and each closing family's start and
close answers, and passes them in with today's date. The counts are of the manager's own
families, whom they can already see one by one, so nothing is suppressed; the picture never
compares the team with another (that would need the reports' disclosure rules).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean

from family_by_family_scale import (
    IncomparableScoresError,
    MemberAnswers,
    NotEnoughDataError,
    distance_travelled,
    score_family,
)
from surveys.cases.waves import WaveState, wave_state
from surveys.records.enums import WaveKind

WINDOW = timedelta(days=365)  # "the last 12 months"


@dataclass(frozen=True)
class WaveFigures:
    """Questionnaires of one kind (start, middle or close) that fell due in the window."""

    kind: WaveKind
    due: int
    answered: int
    overdue: int

    @property
    def response_rate(self) -> float | None:
        """Answered as a share of those due (None when none fell due)."""
        return self.answered / self.due if self.due else None


@dataclass(frozen=True)
class TeamPicture:
    """The team's figures for the 12 months up to today."""

    since: date
    today: date
    waves: tuple[WaveFigures, ...]
    families_compared: int
    families_better: int
    families_same: int
    families_worse: int
    average_distance: float | None

    @property
    def due(self) -> int:
        """Questionnaires due in the window, of every kind."""
        return sum(w.due for w in self.waves)

    @property
    def answered(self) -> int:
        """Questionnaires due in the window that were answered."""
        return sum(w.answered for w in self.waves)

    @property
    def overdue(self) -> int:
        """Questionnaires due in the window that are more than two weeks late and still needed."""
        return sum(w.overdue for w in self.waves)

    @property
    def response_rate(self) -> float | None:
        """Answered as a share of all that fell due (None when none did)."""
        return self.answered / self.due if self.due else None


def family_distance(start: Sequence[MemberAnswers], close: Sequence[MemberAnswers]) -> float | None:
    """Distance travelled by the family's total score from start to close (close minus start on
    the 1 to 5 scale; positive is better): score_family's equal-weight mean of everyone who
    answered at each wave, as on the family's journey page. None when either wave has no valid
    total or the two cannot be compared."""
    if not start or not close:
        return None
    try:
        return distance_travelled(score_family(start), score_family(close)).total
    except (NotEnoughDataError, IncomparableScoresError):
        return None


def build_team_picture(cases: Iterable, answers: Mapping[int, tuple[Sequence[MemberAnswers],
                                                                   Sequence[MemberAnswers]]],
                       today: date) -> TeamPicture:
    """Count the team's questionnaires due in the last 12 months (due on or after `today - 365
    days`, up to today) that were answered or are overdue, leaving out those no longer needed
    (cancelled, or a start or middle one of a case that has closed); and the distance travelled
    by families whose close questionnaire was completed in those 12 months.

    `cases` are the team's cases with their waves loaded; `answers` maps a case id to its
    family's start and close answers (MemberAnswers), for cases whose close wave is done.
    A family's distance counts as better or worse when its total moved at all: this is a
    picture for the team, not the reliable-change test the journey and reports use.
    """
    since = today - WINDOW
    due = dict.fromkeys(WaveKind, 0)
    answered = dict.fromkeys(WaveKind, 0)
    overdue = dict.fromkeys(WaveKind, 0)
    distances: list[float] = []
    for case in cases:
        for wave in case.waves:
            if not since <= wave.due_on <= today:
                continue
            state = wave_state(wave.status, wave.due_on, today, kind=wave.kind,
                               is_case_open=case.closed_on is None)
            if state is WaveState.CANCELLED:
                continue
            due[wave.kind] += 1
            answered[wave.kind] += state is WaveState.DONE
            overdue[wave.kind] += state is WaveState.OVERDUE
        close = next((w for w in case.waves if w.kind is WaveKind.CLOSE), None)
        if close is None or close.completed_on is None or not since <= close.completed_on <= today:
            continue
        distance = family_distance(*answers.get(case.id, ((), ())))
        if distance is not None:
            distances.append(distance)
    return TeamPicture(
        since=since, today=today,
        waves=tuple(WaveFigures(kind, due[kind], answered[kind], overdue[kind])
                    for kind in WaveKind),
        families_compared=len(distances),
        families_better=sum(d > 0 for d in distances),
        families_same=sum(d == 0 for d in distances),
        families_worse=sum(d < 0 for d in distances),
        average_distance=fmean(distances) if distances else None)
