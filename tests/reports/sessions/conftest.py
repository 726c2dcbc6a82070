"""Co-production session fixtures: two teams in two localities, the people of every role, and a
clock fixed for the pages (time is injected, never read from the wall clock)."""
from __future__ import annotations

from datetime import date

import pytest

from surveys.records.enums import Role
from surveys.records.models import Locality, Team

TODAY = date(2026, 11, 20)


@pytest.fixture
def clock(monkeypatch):
    """The pages' today: 20 November 2026."""
    monkeypatch.setattr("reports.sessions.views.today", lambda: TODAY)
    return TODAY


@pytest.fixture
def teams(db):
    """Northgate (North) and Southmead (South)."""
    north = Team(name="Northgate Family Support Team", locality=Locality(name="North"))
    south = Team(name="Southmead Family Support Team", locality=Locality(name="South"))
    db.add_all([north, south])
    db.commit()
    return north, south


@pytest.fixture
def people(make_staff, teams):
    """A manager and a keyworker in each team, a commissioner and an administrator."""
    north, south = teams
    return {"manager": make_staff(Role.TEAM_MANAGER, north),
            "keyworker": make_staff(Role.KEYWORKER, north),
            "other_manager": make_staff(Role.TEAM_MANAGER, south),
            "other_keyworker": make_staff(Role.KEYWORKER, south),
            "commissioner": make_staff(Role.COMMISSIONER),
            "admin": make_staff(Role.ADMIN)}
