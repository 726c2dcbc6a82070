"""The job queue with a real worker process, on a SQLite queue and on Redis: due messages are
sent once however often delivery is queued, and a worker killed mid-send loses nothing and sends
nothing twice (counted at the SMTP server)."""
from __future__ import annotations

import signal
from collections import Counter
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from surveys.records.models import Message
from tests.message_factories import add_queued_message

# Messages fell due long ago: the worker reads the real clock, the test never does.
QUEUED_AT = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
BURST_DEADLINE = 120  # seconds a burst worker may take before the test fails


@pytest.fixture
def settings(app, queue_settings, smtp_server):
    """The test's app and its worker share the queue, the database and the SMTP server."""
    values = {**queue_settings, "SMTP_URL": smtp_server.url, "SMTP_SENDER": "fv@council.example"}
    app.config.update(values)
    return values


def _send_due(runner) -> str:
    result = runner.invoke(args=["messages", "send-due"])
    assert result.exit_code == 0, result.output
    return result.output


def _burst(worker, settings, **extra) -> str:
    process = worker({**settings, **extra}, "--burst")
    output, _ = process.communicate(timeout=BURST_DEADLINE)
    assert process.returncode == 0, output
    return output


def _received(smtp_server) -> Counter:
    return Counter(email["Message-ID"].strip("<>").split("@")[0] for email in smtp_server.received)


def test_a_worker_sends_what_is_due_once_however_often_it_is_queued(db, runner, worker, settings,
                                                                    smtp_server):
    now = QUEUED_AT
    for n in range(5):
        add_queued_message(db, f"m{n}", now, to=f"person{n}@example.com")
    assert "5 messages due now" in _send_due(runner)
    _send_due(runner)  # queued twice
    assert "Ran 2 jobs" in _burst(worker, settings)
    _send_due(runner)
    _burst(worker, settings)
    assert _received(smtp_server) == Counter({f"m{n}": 1 for n in range(5)})
    db.expire_all()
    assert {m.status for m in db.scalars(select(Message))} == {"sent"}


def test_a_worker_killed_mid_send_neither_loses_nor_doubles_a_message(db, runner, worker, settings,
                                                                     smtp_server):
    now = QUEUED_AT
    for n in range(4):
        add_queued_message(db, f"m{n}", now, to=f"person{n}@example.com")
    smtp_server.catcher.hold_reference = "<m1@"  # the server holds the second email mid-DATA
    _send_due(runner)
    process = worker(settings, "--burst")
    assert smtp_server.catcher.holding.wait(timeout=BURST_DEADLINE), "the worker never sent m1"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    smtp_server.catcher.hold_reference = None
    smtp_server.catcher.release.set()  # the cut-off send is dropped, as the connection was
    db.expire_all()
    states = {m.reference: m.status for m in db.scalars(select(Message))}
    assert states["m0"] == "sent" and states["m1"] == "sending"
    # Another worker, once a cut-off send counts as stuck (here at once), finishes the job.
    _send_due(runner)
    _burst(worker, settings, MESSAGE_SENDING_TIMEOUT=0)
    assert _received(smtp_server) == Counter({f"m{n}": 1 for n in range(4)})
    db.expire_all()
    assert {m.status for m in db.scalars(select(Message))} == {"sent"}


def test_a_running_worker_sends_as_jobs_arrive_and_stops_gracefully(db, runner, worker, settings,
                                                                   smtp_server):
    process = worker(settings, "--workers", "2", "--no-scheduler")
    for n in range(3):
        add_queued_message(db, f"m{n}", QUEUED_AT, to=f"person{n}@example.com")
    _send_due(runner)
    assert smtp_server.wait_for(3, timeout=BURST_DEADLINE), "the worker never sent them"
    process.send_signal(signal.SIGINT)  # graceful: finish what is running, then stop
    output, _ = process.communicate(timeout=BURST_DEADLINE)
    assert process.returncode == 0, output
    assert _received(smtp_server) == Counter({f"m{n}": 1 for n in range(3)})
    assert "person0@example.com" not in output  # the worker's log names messages, not people
