"""When messages may go: quiet hours in UK time across the clock changes, closed days, one a day."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from surveys.messaging.timing import (
    SettingsInvalid,
    next_allowed,
    parse_closed_days,
    parse_reminder_days,
    plan_series,
    uk_day,
)


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


@pytest.mark.parametrize("moment, expected", [
    # winter: UK time is UTC
    (utc(2026, 1, 14, 10, 0), utc(2026, 1, 14, 10, 0)),
    (utc(2026, 1, 14, 7, 59), utc(2026, 1, 14, 8, 0)),
    (utc(2026, 1, 14, 20, 0), utc(2026, 1, 15, 8, 0)),
    (utc(2026, 1, 14, 23, 30), utc(2026, 1, 15, 8, 0)),
    # summer (BST, UTC+1): 8am UK is 07:00 UTC, 8pm UK is 19:00 UTC
    (utc(2026, 7, 14, 7, 0), utc(2026, 7, 14, 7, 0)),
    (utc(2026, 7, 14, 6, 59), utc(2026, 7, 14, 7, 0)),
    (utc(2026, 7, 14, 19, 0), utc(2026, 7, 15, 7, 0)),
    (utc(2026, 7, 14, 18, 59), utc(2026, 7, 14, 18, 59)),
    # the clocks go forward on 29 March 2026: a late Saturday message waits to 8am BST Sunday
    (utc(2026, 3, 28, 21, 0), utc(2026, 3, 29, 7, 0)),
    # and back on 25 October 2026: 8am GMT on the Sunday is 08:00 UTC
    (utc(2026, 10, 24, 20, 30), utc(2026, 10, 25, 8, 0)),
    # weekends are allowed unless the council marks them closed
    (utc(2026, 1, 17, 12, 0), utc(2026, 1, 17, 12, 0)),
])
def test_quiet_hours_are_8pm_to_8am_uk_time(moment, expected):
    assert next_allowed(moment) == expected


def test_a_closed_day_moves_the_message_to_8am_on_the_next_open_day():
    closed = {date(2026, 12, 25), date(2026, 12, 26)}
    assert next_allowed(utc(2026, 12, 24, 21, 0), closed) == utc(2026, 12, 27, 8, 0)
    assert next_allowed(utc(2026, 12, 25, 9, 0), closed) == utc(2026, 12, 27, 8, 0)


def test_never_two_messages_to_one_person_on_one_day():
    busy = {date(2026, 1, 14)}
    assert next_allowed(utc(2026, 1, 14, 10, 0), busy_days=busy) == utc(2026, 1, 15, 8, 0)


def test_a_series_has_an_invitation_reminders_and_a_last_note_each_on_its_own_day():
    start = utc(2026, 3, 10, 9, 30)
    series = plan_series(start, start + timedelta(days=14), (3, 7))
    assert [(p.kind, uk_day(p.not_before)) for p in series] == [
        ("invitation", date(2026, 3, 10)), ("reminder", date(2026, 3, 13)),
        ("reminder", date(2026, 3, 17)), ("last-reminder", date(2026, 3, 23))]
    assert len({uk_day(p.not_before) for p in series}) == len(series)
    assert all(next_allowed(p.not_before) == p.not_before for p in series)


def test_a_reminder_that_would_land_on_the_last_notes_day_or_later_is_left_out():
    start = utc(2026, 3, 10, 9, 30)
    series = plan_series(start, start + timedelta(days=5), (3, 4, 7))
    assert [p.kind for p in series] == ["invitation", "reminder", "last-reminder"]


def test_a_one_day_link_gets_no_last_note():
    start = utc(2026, 3, 10, 9, 30)
    assert [p.kind for p in plan_series(start, start + timedelta(days=1), (3,))] == ["invitation"]


def test_a_last_note_that_cannot_go_the_day_before_is_left_out():
    start = utc(2026, 3, 10, 9, 30)
    closed = {date(2026, 3, 23)}
    series = plan_series(start, start + timedelta(days=14), (3, 7), closed)
    assert "last-reminder" not in [p.kind for p in series]


@pytest.mark.parametrize("text, days", [("3,7", (3, 7)), ("7, 3", (3, 7)), ("", ()),
                                        ("2 5 5", (2, 5))])
def test_reminder_days_read_as_people_write_them(text, days):
    assert parse_reminder_days(text) == days


@pytest.mark.parametrize("text", ["three", "0", "61", "1,2,3,4,5,6", "3;7x"])
def test_bad_reminder_days_say_what_to_write(text):
    with pytest.raises(SettingsInvalid):
        parse_reminder_days(text)


def test_closed_days_read_in_uk_and_iso_forms():
    assert parse_closed_days("25/12/2026, 2026-12-26\n1/1/2027") == {
        date(2026, 12, 25), date(2026, 12, 26), date(2027, 1, 1)}
    with pytest.raises(SettingsInvalid, match="not a date"):
        parse_closed_days("31/02/2026")
    with pytest.raises(SettingsInvalid, match="not a date"):
        parse_closed_days("Christmas")
