"""The one place pages read the clock; everything below them takes dates and times as arguments."""
from __future__ import annotations

from datetime import UTC, date, datetime


def today() -> date:
    """Today's date, read in views only."""
    return date.today()


def now() -> datetime:
    """The time now, in UTC, read in views only."""
    return datetime.now(UTC)
