"""Migration 0010 gives each frozen set of reliable-change figures the day it came into force
(the day it was frozen, for sets frozen before), lets a questionnaire keep several sets, and goes
back down keeping the first, on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from surveys.records import migrate

INSERT = ("INSERT INTO reliability_estimates (instrument_code, instrument_version, scope, sd, "
          "reliability, families, frozen_at{extra}) VALUES ('family-outcomes', 1, 'total', :sd, "
          "0.9, 60, '2025-03-01 23:30:00+00:00'{value})")


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def test_0010_keeps_a_history_of_sets_and_goes_back_down(empty_database_url):
    migrate.upgrade(empty_database_url, "0009")
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:
        conn.execute(text(INSERT.format(extra="", value="")), {"sd": 0.5})
    migrate.upgrade(empty_database_url, "0010")
    with engine.begin() as conn:
        # Frozen at 23:30 UTC on 1 March: in force from 1 March, whatever the server's zone.
        assert _as_date(conn.execute(text("SELECT in_force_from FROM reliability_estimates")
                                     ).scalar_one()) == date(2025, 3, 1)
        conn.execute(text(INSERT.format(extra=", in_force_from", value=", '2025-09-01'")),
                     {"sd": 0.7})
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.execute(text(INSERT.format(extra=", in_force_from", value=", '2025-09-01'")),
                     {"sd": 0.8})
    migrate.downgrade(empty_database_url, "0009")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT sd FROM reliability_estimates")).scalars().all() == [0.5]
    engine.dispose()
    migrate.upgrade(empty_database_url)  # and up again
