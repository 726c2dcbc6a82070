"""Quarterly report emails (issue 19, part 6): commissioners who asked for it on their account
page get an email on the first working day after a quarter ends, with a link to the report. The
report itself is never attached: it stays behind sign-in, two-factor and disclosure control.

The email is a Message like any other (kind report-ready, for a staff user), queued here and sent
by the worker. Its reference names the quarter and the person, so running the job twice (or on
several days) queues one email per person per quarter. The job runs every morning; it queues
from the first working day after the quarter ends until CATCH_UP_DAYS after, so a worker that
was down on the day still sends it when it is back.
"""
from __future__ import annotations

import logging
from collections.abc import Collection
from datetime import date, datetime, timedelta

from flask import Flask, current_app, url_for
from huey import crontab
from sqlalchemy import select
from sqlalchemy.orm import Session

from reports.quarterly.period import Quarter
from surveys.jobs.queue import add_periodic
from surveys.messaging.compose import seal_body
from surveys.messaging.planning import message_settings
from surveys.records.db import get_session, upsert
from surveys.records.enums import Role
from surveys.records.models import Message
from surveys.records.settings import council_settings
from surveys.records.staff import StaffUser
from surveys.web import clock

log = logging.getLogger(__name__)

CATCH_UP_DAYS = 28
SATURDAY = 5


def first_working_day_after(day: date, closed: Collection[date] = ()) -> date:
    """The first day after `day` that is a weekday and not a day the council is closed."""
    following = day + timedelta(days=1)
    while following.weekday() >= SATURDAY or following in closed:
        following += timedelta(days=1)
    return following


def quarter_to_announce(today: date, closed: Collection[date] = ()) -> Quarter | None:
    """The quarter whose report emails are due today: the one just ended, from the first working
    day after it until CATCH_UP_DAYS after its end; None on other days."""
    ended = Quarter.containing(today).previous()
    first = first_working_day_after(ended.end, closed)
    return ended if first <= today <= ended.end + timedelta(days=CATCH_UP_DAYS) else None


def reference_for(quarter: Quarter, user_id: int) -> str:
    """One email per person per quarter."""
    return f"report-ready-{quarter.code}-{user_id}"


def queue_report_emails(session: Session, today: date, now: datetime, report_url: str,
                        closed: Collection[date] = ()) -> int:
    """Queue a report-ready email for each active commissioner who asked for one, when today is
    a day to announce the quarter just ended; how many were new (the caller commits)."""
    quarter = quarter_to_announce(today, closed)
    if quarter is None:
        return 0
    people = session.execute(select(StaffUser.id, StaffUser.email).where(
        StaffUser.role == Role.COMMISSIONER, StaffUser.is_active_account.is_(True),
        StaffUser.wants_report_emails.is_(True))).all()
    have = set(session.scalars(select(Message.reference).where(
        Message.reference.in_([reference_for(quarter, user_id) for user_id, _ in people]))))
    subject = f"Family Voice: the report for {quarter.label} is ready"
    body = (f"The Family Voice quarterly report for {quarter.label} is ready.\n\n"
            f"Sign in to read it: {report_url}\n\n"
            "You get this email because you asked for it on your Family Voice account page, "
            "where you can also stop it.")
    rows = [dict(reference=reference_for(quarter, user_id), kind="report-ready", channel="email",
                 staff_user_id=user_id, to_address=email, subject=subject, body=seal_body(body),
                 status="queued", attempts=0, created_at=now, not_before=now)
            for user_id, email in people if reference_for(quarter, user_id) not in have]
    if rows:
        # Two schedulers by mistake, or a rerun: the unique reference keeps it to one email.
        upsert(session, Message.__table__, rows, conflict=["reference"], update=[])
    log.info("report emails for %s: %s queued", quarter.code, len(rows))
    return len(rows)


def send_report_emails() -> int:
    """The daily job: queue the report-ready emails due today (the worker then sends them)."""
    base_url = current_app.config.get("PUBLIC_BASE_URL")
    if not base_url:
        log.warning("Report emails not queued: set FLASK_PUBLIC_BASE_URL so the link can be built")
        return 0
    now = clock.now()
    quarter = Quarter.containing(now.date()).previous()
    with current_app.test_request_context("/"):  # the path only; the address is the setting
        path = url_for("reports.quarterly", quarter=quarter.code)
    db = get_session()
    closed = message_settings(council_settings(db)).closed_days
    count = queue_report_emails(db, now.date(), now, str(base_url).rstrip("/") + path, closed)
    db.commit()
    return count


def init_app(app: Flask) -> None:
    """Run the report emails every morning at 08:00."""
    add_periodic(app, "report-emails", send_report_emails, crontab(hour="8", minute="0"))
