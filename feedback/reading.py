"""When a safeguarding flag is late to be read: the rules only, on times passed in.

A flag is due for acknowledgement a set number of working days (Monday to Friday, in UK time)
after it was raised, at the same time of day: a flag raised on Friday at 16:00 is due on Monday at
16:00. A flag raised at a weekend counts from the start of Monday. Bank holidays are not known
here, so they count as working days (which raises a flag sooner, never later).
"""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
SATURDAY = 5


def _is_weekend(moment: datetime) -> bool:
    return moment.weekday() >= SATURDAY


def flag_due_by(raised_at: datetime, working_days: int) -> datetime:
    """When a flag raised at `raised_at` (UTC) must have been acknowledged, in UTC."""
    local = raised_at.astimezone(UK) if raised_at.tzinfo else raised_at.replace(
        tzinfo=UTC).astimezone(UK)
    while _is_weekend(local):  # the clock starts on Monday morning
        local = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    left = working_days
    while left > 0:
        local += timedelta(days=1)
        if not _is_weekend(local):
            left -= 1
    # The same wall-clock time in UK time, whether or not the clocks changed in between.
    wall = local.replace(tzinfo=None).replace(tzinfo=UK)
    return wall.astimezone(UTC)


def is_flag_overdue(raised_at: datetime, now: datetime, working_days: int) -> bool:
    """Whether a flag raised at `raised_at` and still not acknowledged at `now` is late."""
    return now >= flag_due_by(raised_at, working_days)
