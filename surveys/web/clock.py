"""The one place pages read today's date; everything below them takes dates as arguments."""
from __future__ import annotations

from datetime import date


def today() -> date:
    """Today's date, read in views only."""
    return date.today()
