"""When a message to a family may go: never between 8pm and 8am UK time, never on a day the
council marks closed, and never a second message to the same person on the same day.

Rules only: times in and out are aware datetimes in UTC; "the day" is the UK's (Europe/London,
so BST moves the quiet hours an hour against UTC in summer).
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

UK = ZoneInfo("Europe/London")
QUIET_FROM = time(20, 0)  # nothing is sent from 8pm...
QUIET_UNTIL = time(8, 0)  # ...until 8am
# The "your link ends tomorrow" note goes mid-morning the day before a link ends.
LAST_REMINDER_AT = time(10, 0)
MAX_REMINDER_DAY = 60


class SettingsInvalid(ValueError):
    """Council message settings that cannot be used, with what to write instead."""


@dataclass(frozen=True)
class PlannedSend:
    """One message of an invitation's series: its kind, its number in the series, and when."""

    kind: str  # invitation, reminder, last-reminder
    number: int
    not_before: datetime


def uk_day(moment: datetime) -> date:
    """The UK calendar day a moment falls on."""
    return moment.astimezone(UK).date()


def next_allowed(moment: datetime, closed_days: Collection[date] = (),
                 busy_days: Collection[date] = ()) -> datetime:
    """The first moment at or after `moment` outside quiet hours, on a day that is neither closed
    nor already holding a message to this person (a busy day)."""
    local = moment.astimezone(UK)
    for _ in range(800):  # a year of closed days cannot hold it for ever
        day = local.date()
        if day in closed_days or day in busy_days or local.time() >= QUIET_FROM:
            local = datetime.combine(day + timedelta(days=1), QUIET_UNTIL, tzinfo=UK)
            continue
        if local.time() < QUIET_UNTIL:
            local = datetime.combine(day, QUIET_UNTIL, tzinfo=UK)
        return local.astimezone(UTC)
    raise SettingsInvalid("There is no open day to send on in the next two years")


def plan_series(first: datetime, expires_at: datetime, reminder_days: Collection[int],
                closed_days: Collection[date] = (), busy_days: Collection[date] = ()
                ) -> tuple[PlannedSend, ...]:
    """The invitation, its reminders and the last "ends tomorrow" note for a link that ends at
    `expires_at`: each at an allowed moment on a day of its own; a reminder that would land on
    or after the last note's day (or the link's end) is left out, and so is a last note that
    cannot go on the day before the link ends."""
    busy = set(busy_days)
    invitation = next_allowed(first, closed_days, busy)
    busy.add(uk_day(invitation))
    plans = [PlannedSend("invitation", 1, invitation)]
    ends = uk_day(expires_at)
    last_day = ends - timedelta(days=1)
    last = None
    if last_day > uk_day(invitation):
        moment = next_allowed(datetime.combine(last_day, LAST_REMINDER_AT, tzinfo=UK),
                              closed_days, busy)
        if uk_day(moment) == last_day and moment < expires_at:
            last = PlannedSend("last-reminder", 1, moment)
            busy.add(last_day)
    stop = last_day if last else ends
    number = 0
    for days in sorted(set(reminder_days)):
        moment = next_allowed(invitation + timedelta(days=days), closed_days, busy)
        if uk_day(moment) >= stop or moment >= expires_at:
            continue
        number += 1
        busy.add(uk_day(moment))
        plans.append(PlannedSend("reminder", number, moment))
    if last:
        plans.append(last)
    return tuple(sorted(plans, key=lambda p: p.not_before))


def parse_reminder_days(text: str) -> tuple[int, ...]:
    """Reminder days as written in settings ("3,7" or "3, 7"), sorted, each once."""
    parts = [p for p in re.split(r"[,\s]+", (text or "").strip()) if p]
    if not all(p.isdigit() for p in parts):
        raise SettingsInvalid("Enter the days as whole numbers separated by commas, like 3, 7")
    days = sorted({int(p) for p in parts})
    if any(d < 1 or d > MAX_REMINDER_DAY for d in days):
        raise SettingsInvalid(f"Each reminder day must be between 1 and {MAX_REMINDER_DAY}")
    if len(days) > 5:
        raise SettingsInvalid("Enter no more than 5 reminder days")
    return tuple(days)


def parse_closed_days(text: str) -> frozenset[date]:
    """Closed days as written in settings: dates like 25/12/2026 or 2026-12-25, separated by
    commas or new lines."""
    days = set()
    for part in (p for p in re.split(r"[,\s]+", (text or "").strip()) if p):
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", part):
                days.add(date.fromisoformat(part))
            elif re.fullmatch(r"\d{1,2}/\d{1,2}/\d{4}", part):
                d, m, y = (int(n) for n in part.split("/"))
                days.add(date(y, m, d))
            else:
                raise ValueError(part)
        except ValueError as error:
            raise SettingsInvalid(f"'{part[:20]}' is not a date: enter dates like 25/12/2026, "
                                  "separated by commas") from error
    return frozenset(days)


def closed_days_text(days: Collection[date]) -> str:
    """Closed days as stored: ISO dates in order, comma-separated."""
    return ",".join(d.isoformat() for d in sorted(days))
