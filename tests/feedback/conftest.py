"""Feedback fixtures: three families' comments and the staff around them (tests/feedback/world.py)."""
from __future__ import annotations

import pytest

from tests.feedback.world import World, build_world


@pytest.fixture
def world(db, make_staff) -> World:
    """Three families and their comments, as on the feedback pages."""
    return build_world(db, make_staff)
