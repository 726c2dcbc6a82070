"""Fixtures for the questionnaire's tests: a keyworker and a case with a family to answer."""
from __future__ import annotations

import pytest

from surveys.records.enums import Role
from tests.factories import make_case


@pytest.fixture
def keyworker(make_staff, team):
    return make_staff(Role.KEYWORKER, team, name="Kim Keyworker")


@pytest.fixture
def case(db, keyworker, team):
    return make_case(db, keyworker, team, goals=("Less shouting at home", "Get to school on time"))
