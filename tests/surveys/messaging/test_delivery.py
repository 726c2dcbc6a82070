"""Delivery: due messages claimed, sent once, outcomes recorded, temporary failures retried with
backoff, and messages cut off mid-send recovered without sending twice."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveys.messaging.delivery import MAX_ATTEMPTS, claim_due, deliver_due, retry_delay
from surveys.records.models import Message
from tests.message_factories import add_queued_message
from tests.message_servers import API_KEY, EMAIL_TEMPLATE, SMS_TEMPLATE

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture
def queue_message(db):
    """Factory: a queued message due a minute before NOW, with a sealed body."""
    def make(reference: str, to: str = "sam@example.com", channel: str = "email", **values) -> Message:
        return add_queued_message(db, reference, NOW, to=to, channel=channel, **values)
    return make


def _smtp(server) -> dict:
    return {"SMTP_URL": server.url, "SMTP_SENDER": "fv@council.example"}


def _states(db: Session) -> dict[str, str]:
    db.expire_all()
    return {m.reference: m.status for m in db.scalars(select(Message))}


def test_due_messages_are_sent_once_and_recorded(db, queue_message, smtp_server):
    queue_message("a", to="a@example.com")
    queue_message("b", to="b@example.com")
    queue_message("later", not_before=NOW + timedelta(hours=1))
    counts = deliver_due(db, _smtp(smtp_server), NOW)
    assert (counts.sent, counts.failed) == (2, 0)
    again = deliver_due(db, _smtp(smtp_server), NOW)
    assert again.sent == 0
    assert sorted(e["To"] for e in smtp_server.received) == ["a@example.com", "b@example.com"]
    assert "Your link for a" in "".join(e.get_payload(decode=True).decode()
                                        for e in smtp_server.received)
    assert _states(db) == {"a": "sent", "b": "sent", "later": "queued"}
    a = db.scalar(select(Message).where(Message.reference == "a"))
    assert (a.sent_at, a.provider, a.provider_id, a.attempts) == (NOW, "smtp", "a@council.example", 1)


def test_with_nothing_configured_messages_wait_in_the_outbox(db, queue_message):
    queue_message("a")
    queue_message("t", to="07700 900001", channel="sms")
    assert deliver_due(db, {}, NOW).outbox == 2
    assert _states(db) == {"a": "outbox", "t": "outbox"}


def test_a_temporary_failure_is_retried_later_then_given_up(db, queue_message, smtp_server):
    queue_message("a")
    smtp_server.catcher.defer.add("sam@example.com")
    now = NOW
    for attempt in range(1, MAX_ATTEMPTS):
        assert deliver_due(db, _smtp(smtp_server), now).retrying == 1
        message = db.scalar(select(Message).where(Message.reference == "a"))
        db.refresh(message)
        assert (message.status, message.attempts) == ("queued", attempt)
        assert message.not_before == now + retry_delay(attempt)
        assert deliver_due(db, _smtp(smtp_server), now).as_tuple() == (0, 0, 0, 0, 0)  # not yet
        now = message.not_before
    assert deliver_due(db, _smtp(smtp_server), now).failed == 1
    db.refresh(message)
    assert message.status == "permanent-failure"
    assert message.detail.startswith(f"Gave up after {MAX_ATTEMPTS} tries.")
    assert smtp_server.received == []


def test_backoff_doubles_and_is_capped():
    assert [retry_delay(n) for n in (1, 2, 3)] == [timedelta(minutes=m) for m in (1, 2, 4)]
    assert retry_delay(30) == timedelta(hours=6)


def test_a_refused_address_fails_for_good_with_the_reason(db, queue_message, smtp_server):
    queue_message("a")
    smtp_server.catcher.refuse.add("sam@example.com")
    assert deliver_due(db, _smtp(smtp_server), NOW).failed == 1
    message = db.scalar(select(Message).where(Message.reference == "a"))
    assert (message.status, message.failed_at) == ("permanent-failure", NOW)
    assert "refused" in message.detail


def test_a_claimed_message_is_not_claimed_again(app, db, queue_message):
    for n in range(3):
        queue_message(f"m{n}")
    other = Session(bind=app.extensions["fv_engine"])
    try:
        first = claim_due(db, NOW, limit=2)
        second = claim_due(other, NOW)
    finally:
        other.close()
    assert len(first) == 2 and len(second) == 1
    assert not set(first) & set(second)


def test_a_message_cut_off_mid_send_over_smtp_is_sent_after_the_timeout(db, queue_message,
                                                                       smtp_server):
    queue_message("a")
    assert claim_due(db, NOW)  # a worker claimed it, then was killed before sending
    assert deliver_due(db, _smtp(smtp_server), NOW + timedelta(minutes=5)).sent == 0
    counts = deliver_due(db, _smtp(smtp_server), NOW + timedelta(minutes=11))
    assert (counts.recovered, counts.sent) == (1, 1)
    assert len(smtp_server.received) == 1


NOTIFY_SETTINGS = {"NOTIFY_API_KEY": API_KEY, "NOTIFY_SMS_TEMPLATE_ID": SMS_TEMPLATE,
                   "NOTIFY_EMAIL_TEMPLATE_ID": EMAIL_TEMPLATE}


def test_a_message_notify_already_took_is_not_sent_again_after_a_kill(db, queue_message,
                                                                      notify_server):
    config = {**NOTIFY_SETTINGS, "NOTIFY_BASE_URL": notify_server.base_url}
    queue_message("took", to="07700 900001", channel="sms")
    queue_message("lost", to="07700 900002", channel="sms")
    assert len(claim_due(db, NOW)) == 2
    # the killed worker had got as far as Notify with one of them
    from surveys.messaging.protocol import OutgoingMessage
    from surveys.messaging.senders import sender_for
    sender_for(config, "sms").send(OutgoingMessage(reference="took", channel="sms",
                                                   to="07700 900001", body="b"))
    counts = deliver_due(db, config, NOW + timedelta(minutes=11))
    assert (counts.recovered, counts.sent) == (2, 1)
    assert sorted(n["reference"] for n in notify_server.sent) == ["lost", "took"]
    took = db.scalar(select(Message).where(Message.reference == "took"))
    assert (took.status, took.provider_id) == ("sent", notify_server.sent[0]["id"])


def test_notify_outcomes_are_recorded(db, queue_message, notify_server):
    config = {**NOTIFY_SETTINGS, "NOTIFY_BASE_URL": notify_server.base_url}
    queue_message("ok", to="07700 900001", channel="sms")
    queue_message("landline", to="0115 496 0000", channel="sms")
    queue_message("busy", to="07700 900003", channel="sms")
    notify_server.answer_with["07700 900003"] = 429
    counts = deliver_due(db, config, NOW)
    assert (counts.sent, counts.failed, counts.retrying) == (1, 1, 1)
    assert _states(db) == {"ok": "sent", "landline": "permanent-failure", "busy": "queued"}
    landline = db.scalar(select(Message).where(Message.reference == "landline"))
    assert landline.detail == "Notify: phone_number Not a UK mobile number"


def test_logs_name_messages_never_addresses_or_bodies(db, queue_message, smtp_server, caplog):
    caplog.set_level("INFO")
    queue_message("a", to="private.person@example.com")
    deliver_due(db, _smtp(smtp_server), NOW)
    ours = "\n".join(r.getMessage() for r in caplog.records if r.name.startswith("surveys"))
    assert "message 1 (a): sent via smtp" in ours
    assert "private.person" not in ours and "Your link" not in ours


def test_on_sqlite_delivery_puts_the_commit_setting_back(db, queue_message):
    if db.get_bind().dialect.name != "sqlite":
        pytest.skip("a SQLite setting")
    queue_message("a")
    before = db.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    deliver_due(db, {}, NOW)
    assert db.connection().exec_driver_sql("PRAGMA synchronous").scalar() == before
