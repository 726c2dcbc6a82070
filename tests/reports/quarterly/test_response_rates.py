"""Response rates in the quarterly report: a questionnaire that fell due and went unanswered is
counted as not answered even when the case closed afterwards (closing cancels the waves not done).
Found on the 750-family demo, where every past quarter's start and middle rates read 100%."""
from __future__ import annotations

from datetime import date

import pytest

from reports.quarterly.figures import raw_figures
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.quarterly.period import Quarter
from surveys.records.enums import Role, WaveKind, WaveStatus
from tests.factories import make_case, wave_of

QUARTER = Quarter(2025, 2)  # April to June 2025


@pytest.fixture
def worker(make_staff, team):
    """The keyworker holding every case here."""
    return make_staff(Role.KEYWORKER, team)


def _closed_case(db, worker, team, *, middle_due: date, closed_on: date) -> None:
    """A case whose middle questionnaire was never answered and was cancelled when it closed."""
    case = make_case(db, worker, team, opened_on=date(2025, 1, 6))
    middle = wave_of(case, WaveKind.MIDDLE)
    middle.due_on, middle.status = middle_due, WaveStatus.CANCELLED
    case.closed_on = closed_on
    db.commit()


def test_a_wave_that_fell_due_before_the_case_closed_counts_as_not_answered(db, worker, team):
    _closed_case(db, worker, team, middle_due=date(2025, 4, 10), closed_on=date(2025, 5, 20))
    raw = raw_figures(load_quarter_data(db, QUARTER), Filters())
    assert raw.counts[("waves", "middle", "answered")] == 0
    assert raw.counts[("waves", "middle", "not_answered")] == 1


def test_a_wave_cancelled_before_it_fell_due_is_not_counted(db, worker, team):
    _closed_case(db, worker, team, middle_due=date(2025, 6, 20), closed_on=date(2025, 5, 20))
    raw = raw_figures(load_quarter_data(db, QUARTER), Filters())
    assert raw.counts[("waves", "middle", "not_answered")] == 0
