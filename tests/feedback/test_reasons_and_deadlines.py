"""Why a comment is flagged, in plain words, and when a flag is late: pure rules on values."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from feedback.analysis.harms.names import CATEGORIES
from feedback.reading import flag_due_by, is_flag_overdue
from feedback.reasons import FALLBACK_REASON, REASONS, flag_reasons


@pytest.mark.parametrize(("categories", "reasons"), [
    (["suicidal_thoughts"], ("May be about someone thinking of ending their life",)),
    (["violence"], ("May be about violence at home",)),
    (["violence", "unsafe_at_home"], ("May be about violence at home",
                                      "May be about someone feeling unsafe at home")),
    (["a_category_added_later"], (FALLBACK_REASON,)),
    (["violence", "new_one", "other_new_one"], ("May be about violence at home", FALLBACK_REASON)),
    ([], (FALLBACK_REASON,)),
    (None, (FALLBACK_REASON,)),
])
def test_flag_reasons_are_plain_sentences_with_a_fallback(categories, reasons):
    assert flag_reasons(categories) == reasons


def test_every_category_the_analyser_returns_today_has_its_own_words():
    assert set(CATEGORIES) <= set(REASONS)
    for reason in REASONS.values():
        assert reason.startswith("May be about ") and "_" not in reason


def at(day: int, hour: int, minute: int = 0, month: int = 12) -> datetime:
    return datetime(2026, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(("raised", "days", "due"), [
    (at(4, 16), 1, at(7, 16)),      # Friday 16:00 -> Monday 16:00
    (at(1, 9), 1, at(2, 9)),        # Tuesday -> Wednesday
    (at(1, 9), 3, at(4, 9)),        # Tuesday -> Friday
    (at(3, 10), 2, at(7, 10)),      # Thursday, two working days -> Monday
    (at(5, 10), 1, at(8, 0)),       # Saturday: the clock starts on Monday morning
    (at(6, 23), 1, at(8, 0)),       # Sunday night likewise
    # Friday 16:00 before the clocks go forward is due at 16:00 UK time on Monday (15:00 UTC).
    (at(27, 16, month=3), 1, at(30, 15, month=3)),
])
def test_a_flag_is_due_working_days_later_at_the_same_time(raised, days, due):
    assert flag_due_by(raised, days) == due


def test_a_flag_is_late_from_the_moment_it_is_due():
    assert not is_flag_overdue(at(4, 16), at(7, 15, 59), 1)
    assert is_flag_overdue(at(4, 16), at(7, 16), 1)
