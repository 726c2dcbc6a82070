"""Rules for how long family data is kept and what is left once it is anonymised or erased.

What retention and erasure delete (personal data, or words that can identify someone):
  the family name and members' first names (replaced by a placeholder), comments (the rows: text,
  the analyser's quoted cues, redacted text, approved quotes and flag notes all go), goal text
  (retention only: goals are the whole family's), and questionnaire links.
What is kept, anonymised, for the council's statistics:
  answers with their questionnaire code and version, goal ratings (numbers), wave kind, completion
  mode, member role and age band, support level, closure reason, team and locality, the family's
  pseudonymous reference, and (after retention) dates coarsened to the first of their month.
The audit log is kept whole: it holds staff actions on record numbers, never names or comments.

Pure: plain values in, plain values out; no Flask, no database.
"""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

DEFAULT_RETENTION_MONTHS = 72
ANONYMISED_FAMILY_NAME = "Anonymised"
ANONYMISED_FIRST_NAME = "Anonymised"
ERASED_FIRST_NAME = "Erased"


def add_months(day: date, months: int) -> date:
    """The same day `months` later, pulled back to the month's last day when it is shorter."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_ends_on(closed_on: list[date | None], months: int) -> date | None:
    """The day a family's data falls due for anonymisation: `months` after its last case closed.

    None while any case is open (a None closing date) or when there are no cases at all.
    """
    if not closed_on or any(day is None for day in closed_on):
        return None
    return add_months(max(closed_on), months)


def is_due_for_retention(closed_on: list[date | None], months: int, today: date, *,
                         legal_hold: bool, anonymised: bool) -> bool:
    """Whether retention should anonymise the family today: past its end date, not on legal
    hold and not already anonymised."""
    if legal_hold or anonymised:
        return False
    ends = retention_ends_on(closed_on, months)
    return ends is not None and ends <= today


def month_of(value: date | datetime | None) -> date | datetime | None:
    """A date or time coarsened to the first moment of its month, keeping its type and zone."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return value.replace(day=1)


@dataclass(frozen=True)
class LifecycleCounts:
    """What a retention run or an erasure changed: counts only, never names."""

    families: int = 0
    members: int = 0
    comments: int = 0
    goals: int = 0
    links: int = 0
    held: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts as a plain dict, for the audit log and the command's output."""
        return {"families": self.families, "members": self.members, "comments": self.comments,
                "goals": self.goals, "links": self.links, "held": self.held}
