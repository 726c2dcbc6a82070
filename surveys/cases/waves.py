"""Case and wave lifecycle rules: when waves fall due and what state a person should see.

Plain values in, plain values out: the clock is passed in by the views.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from surveys.records.enums import WaveKind, WaveStatus


class WaveState(StrEnum):
    """What a person sees about a wave."""

    DONE = "done"
    OVERDUE = "overdue"
    DUE = "due"
    SCHEDULED = "scheduled"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        """Plain-English wave state."""
        return {"done": "Done", "overdue": "Overdue", "due": "Due now",
                "scheduled": "Not due yet", "cancelled": "Not needed"}[self.value]

    @property
    def tag_colour(self) -> str:
        """GOV.UK tag colour for the state."""
        return {"done": "green", "overdue": "red", "due": "yellow",
                "scheduled": "grey", "cancelled": "grey"}[self.value]


# A wave is "due" from its due date for this long before it counts as overdue.
DUE_WINDOW = timedelta(days=14)


@dataclass(frozen=True)
class PlannedWave:
    """A wave to create when a case opens."""

    kind: WaveKind
    due_on: date


def plan_waves(opened_on: date, middle_weeks: int, close_weeks: int) -> tuple[PlannedWave, ...]:
    """Start due on the day the case opens; middle and close at the council's intervals."""
    if not 0 < middle_weeks < close_weeks:
        raise ValueError("the middle wave must fall after the start and before the close")
    return (
        PlannedWave(WaveKind.START, opened_on),
        PlannedWave(WaveKind.MIDDLE, opened_on + timedelta(weeks=middle_weeks)),
        PlannedWave(WaveKind.CLOSE, opened_on + timedelta(weeks=close_weeks)),
    )


def wave_state(status: WaveStatus, due_on: date, today: date, *, kind: WaveKind | None = None,
               is_case_open: bool = True) -> WaveState:
    """Done, cancelled, overdue (two weeks past due), due (on or after due date) or not due yet.

    Once a case has closed, only its close questionnaire may still be asked for (closing asks it
    at once, while the family is still in touch); a start or middle wave never answered is no
    longer needed, so it never reads as overdue."""
    if status is WaveStatus.DONE:
        return WaveState.DONE
    if status is WaveStatus.CANCELLED or (not is_case_open and kind is not WaveKind.CLOSE):
        return WaveState.CANCELLED
    if today > due_on + DUE_WINDOW:
        return WaveState.OVERDUE
    if today >= due_on:
        return WaveState.DUE
    return WaveState.SCHEDULED


def is_invited_now(status: WaveStatus, due_on: date, today: date, *, kind: WaveKind,
                   is_case_open: bool) -> bool:
    """Whether families are sent links for this wave now: it is due (or overdue) and nobody has
    answered yet, and the case is open; once someone in the family has answered (the wave is
    done), the others for the two weeks after it fell due; once a case has closed, only its
    close questionnaire, for those two weeks."""
    if status is WaveStatus.CANCELLED or due_on > today:
        return False
    within_window = today <= due_on + DUE_WINDOW
    if not is_case_open and kind is not WaveKind.CLOSE:
        return False
    if status is WaveStatus.DONE or not is_case_open:
        return within_window
    return True
