"""Quarterly report emails: commissioners who asked get one email per quarter, on the first
working day after it ends, with a link to the report and never the report itself."""
from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from reports.quarterly.period import Quarter
from reports.report_emails import (
    first_working_day_after,
    quarter_to_announce,
    queue_report_emails,
)
from surveys.jobs.queue import enqueue
from surveys.messaging.compose import open_body
from surveys.messaging.delivery import deliver_due
from surveys.records.enums import Role
from surveys.records.models import Message
from surveys.web import clock
from tests.helpers import csrf_token, sign_in
from tests.message_servers import SmtpServer

URL = "https://family-voice.council.example/reports/quarterly?quarter=2026Q3"
MORNING = datetime(2026, 10, 1, 8, 0, tzinfo=UTC)  # a Thursday, the day after 2026Q3 ended


@pytest.mark.parametrize("quarter_end, closed, first", [
    (date(2026, 9, 30), (), date(2026, 10, 1)),           # Wednesday -> Thursday
    (date(2027, 12, 31), (), date(2028, 1, 3)),           # Friday -> Monday
    (date(2027, 12, 31), (date(2028, 1, 3),), date(2028, 1, 4)),  # a closed Monday skipped
    (date(2028, 3, 31), (), date(2028, 4, 3)),            # Friday -> Monday
    (date(2026, 12, 31), (date(2027, 1, 1),), date(2027, 1, 4)),  # closed Friday, weekend
])
def test_the_first_working_day_after_a_quarter(quarter_end, closed, first):
    assert first_working_day_after(quarter_end, closed) == first


@pytest.mark.parametrize("today, quarter", [
    (date(2026, 9, 30), None),                  # the quarter has not ended
    (date(2026, 10, 1), Quarter(2026, 3)),      # the day
    (date(2026, 10, 20), Quarter(2026, 3)),     # catching up after a worker was down
    (date(2026, 10, 29), None),                 # too late to be news
    (date(2028, 1, 1), None),                   # a Saturday: waits for Monday
    (date(2028, 1, 3), Quarter(2027, 4)),
])
def test_which_quarter_is_announced_today(today, quarter):
    assert quarter_to_announce(today) == quarter


@pytest.fixture
def commissioners(db, make_staff):
    """Two commissioners who asked for the emails, one who did not, one who left, and a team
    manager (who reads reports but is not a commissioner)."""
    wanting = [make_staff(Role.COMMISSIONER), make_staff(Role.COMMISSIONER)]
    make_staff(Role.COMMISSIONER)
    gone = make_staff(Role.COMMISSIONER)
    manager = make_staff(Role.TEAM_MANAGER)
    for user in (*wanting, gone, manager):
        user.wants_report_emails = True
    gone.is_active_account = False
    db.commit()
    return wanting


def test_each_commissioner_who_asked_gets_one_email_per_quarter(db, commissioners):
    assert queue_report_emails(db, MORNING.date(), MORNING, URL) == 2
    db.commit()
    assert queue_report_emails(db, date(2026, 10, 2), MORNING, URL) == 0  # the next day, or a rerun
    db.commit()
    messages = db.scalars(select(Message).order_by(Message.id)).all()
    assert [(m.kind, m.channel, m.staff_user_id, m.to_address, m.reference) for m in messages] == [
        ("report-ready", "email", user.id, user.email, f"report-ready-2026Q3-{user.id}")
        for user in commissioners]
    body = open_body(messages[0].body)
    assert URL in body and "July to September 2026" in body
    assert messages[0].subject == "Family Voice: the report for July to September 2026 is ready"


def test_nothing_is_queued_on_other_days(db, commissioners):
    assert queue_report_emails(db, date(2026, 9, 30), MORNING, URL) == 0


def test_the_email_carries_a_link_and_never_the_report(app, db, commissioners):
    queue_report_emails(db, MORNING.date(), MORNING, URL)
    db.commit()
    server = SmtpServer().start()
    try:
        counts = deliver_due(db, {"SMTP_URL": server.url, "SMTP_SENDER": "fv@council.example"},
                             MORNING)
        received = server.received
    finally:
        server.stop()
    assert counts.sent == 2
    for email in received:
        assert not email.is_multipart()  # no attachment of any kind
        assert URL in email.get_payload(decode=True).decode()


def test_the_daily_job_builds_the_link_from_the_public_address(app, db, commissioners,
                                                               monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: MORNING)
    app.config["PUBLIC_BASE_URL"] = "https://family-voice.council.example/"
    enqueue(app, "report-emails")
    db.expire_all()
    [first, _] = db.scalars(select(Message)).all()
    assert URL in open_body(first.body)


def test_without_a_public_address_the_job_queues_nothing_and_says_why(app, db, commissioners,
                                                                      monkeypatch, caplog):
    monkeypatch.setattr(clock, "now", lambda: MORNING)
    enqueue(app, "report-emails")
    assert db.scalars(select(Message)).all() == []
    assert "FLASK_PUBLIC_BASE_URL" in caplog.text


def test_a_commissioner_starts_and_stops_the_emails_on_their_account_page(client, db, make_staff):
    user = make_staff(Role.COMMISSIONER)
    sign_in(client, user)
    page = client.get("/account").get_data(as_text=True)
    assert "Quarterly report emails" in page and "Email me when a report is ready" in page
    token = csrf_token(client, "/account")
    response = client.post("/account/report-emails",
                           data={"report-emails-csrf_token": token, "report-emails-want": "yes"})
    assert response.headers["Location"] == "/account"
    db.refresh(user)
    assert user.wants_report_emails
    assert "Stop these emails" in client.get("/account").get_data(as_text=True)
    client.post("/account/report-emails",
                data={"report-emails-csrf_token": token, "report-emails-want": "no"})
    db.refresh(user)
    assert not user.wants_report_emails


@pytest.mark.parametrize("data", [{"report-emails-want": "maybe"}, {}])
def test_a_bad_choice_changes_nothing_and_says_so(client, db, make_staff, data):
    user = make_staff(Role.COMMISSIONER)
    sign_in(client, user)
    token = csrf_token(client, "/account")
    response = client.post("/account/report-emails",
                           data={"report-emails-csrf_token": token, **data})
    assert response.status_code == 302
    db.refresh(user)
    assert not user.wants_report_emails
    assert "Nothing was changed" in client.get("/account").get_data(as_text=True)


@pytest.mark.parametrize("role", [Role.KEYWORKER, Role.TEAM_MANAGER, Role.ADMIN])
def test_only_commissioners_see_or_use_the_choice(client, make_staff, team, role):
    user = make_staff(role, team if role in (Role.KEYWORKER, Role.TEAM_MANAGER) else None)
    sign_in(client, user)
    assert "Quarterly report emails" not in client.get("/account").get_data(as_text=True)
    token = csrf_token(client, "/account")
    assert client.post("/account/report-emails", data={"report-emails-csrf_token": token,
                                                       "report-emails-want": "yes"}
                       ).status_code == 404
