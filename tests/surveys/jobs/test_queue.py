"""Which queue the settings choose, and the jobs run through it (in tests without a queue of
their own, jobs run at once in the test process)."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest
from huey import MemoryHuey, RedisHuey, SqliteHuey
from sqlalchemy import select

from surveys.jobs.queue import enqueue, make_huey, queue_for
from surveys.records.models import AuditEvent, Message
from surveys.web import clock
from tests.message_factories import add_queued_message


@pytest.mark.parametrize("settings, kind", [
    ({}, SqliteHuey),
    ({"QUEUE_URL": "redis://127.0.0.1:6379/3"}, RedisHuey),
    ({"QUEUE_URL": "sqlite:////tmp/fv-queue-test.db"}, SqliteHuey),
    ({"TESTING": True}, MemoryHuey),
])
def test_settings_choose_the_queue(tmp_path, settings, kind):
    assert type(make_huey(settings, str(tmp_path))) is kind


def test_the_default_queue_lives_in_the_instance_folder(tmp_path):
    assert make_huey({}, str(tmp_path)).storage.filename == str(tmp_path / "queue.db")


def test_a_queue_url_that_is_neither_redis_nor_sqlite_says_what_to_set(tmp_path):
    with pytest.raises(ValueError, match="FLASK_QUEUE_URL"):
        make_huey({"QUEUE_URL": "amqp://rabbit"}, str(tmp_path))


def test_the_periodic_jobs_are_registered(app):
    names = {task.name for task in queue_for(app)._registry.periodic_tasks}
    assert {"deliver-messages", "retention", "freeze-reliability"} <= names


def test_send_due_queues_delivery_and_prints_counts(app, db, runner, monkeypatch):
    now = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
    monkeypatch.setattr(clock, "now", lambda: now)
    add_queued_message(db, "due", now)
    add_queued_message(db, "later", now, not_before=now.replace(year=now.year + 1))
    result = runner.invoke(args=["messages", "send-due"])
    assert result.exit_code == 0, result.output
    assert "1 messages due now: delivery queued for the worker (1 more waiting" in result.output
    db.expire_all()
    # nothing configured: the message waits in the outbox for staff to read
    assert {m.reference: m.status for m in db.scalars(select(Message))} == {"due": "outbox",
                                                                             "later": "queued"}


def test_retention_and_reliability_run_as_jobs(app, db):
    enqueue(app, "retention")
    enqueue(app, "freeze-reliability")
    assert db.scalar(select(AuditEvent.action).where(AuditEvent.action == "retention_run")) \
        == "retention_run"
