"""Feedback fixtures: three families' comments and the staff around them (tests/feedback/world.py)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.feedback.world import World, build_world


@pytest.fixture
def world(db, make_staff) -> World:
    """Three families and their comments, as on the feedback pages."""
    return build_world(db, make_staff)


class Clock:
    """The time the staff pages see, fixed by the test and moved on by hand."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at


@pytest.fixture
def clock(monkeypatch) -> Clock:
    """Fix the time the feedback pages and the dashboard read (a Friday, 16:00 UTC), so whether a
    flag is late never depends on when the tests run."""
    fixed = Clock(datetime(2026, 12, 4, 16, 0, tzinfo=UTC))
    monkeypatch.setattr("feedback.views.now", fixed)
    monkeypatch.setattr("reports.journey.views.now", fixed)
    return fixed
