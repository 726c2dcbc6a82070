"""The job queue: Huey, with its queue in SQLite beside the app (instance/queue.db) by default, or
in Redis when FLASK_QUEUE_URL=redis://... is set (several worker machines, or a busy council).

Jobs carry no state of their own: each one reads what is due from the database and records what
it did there, so a job lost with a killed worker (Huey takes a job off the queue before running
it) is simply done again by the next run of the same periodic job, and a job run twice does
nothing the second time (a message is claimed by one worker, and sent once; see
surveys.messaging.delivery). Every job runs inside the Flask app's context; a worker process
creates the app once (the `flask worker` command does) and runs every job in it.

Periodic jobs (the scheduler in `flask worker`; run exactly one scheduler):
  every minute    deliver-messages: send everything due (retries, recovery of cut-off sends)
  02:30 daily     retention: anonymise families past the retention period
  03:00 daily     freeze-reliability: freeze reliable-change figures once enough families answered
  others added by feature packages with `add_periodic` (the quarterly report emails).
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from flask import Flask, current_app
from huey import Huey, MemoryHuey, RedisHuey, SqliteHuey, crontab

from surveys.messaging.delivery import SENDING_TIMEOUT, deliver_due
from surveys.records.db import get_session
from surveys.web import clock

log = logging.getLogger(__name__)
_JOBS = "fv_jobs"
_QUEUE = "fv_queue"
_WRAPPERS = "fv_job_wrappers"


@dataclass(frozen=True)
class Job:
    name: str
    run: Callable[[], object]
    schedule: Callable | None = None  # a huey crontab for periodic jobs
    at_start: bool = False  # also run once when the scheduler starts


def make_huey(config, instance_path: str) -> Huey:
    """The queue the settings ask for: Redis (redis://, rediss://), a SQLite file (sqlite:///path,
    default instance/queue.db), or, in tests without a queue, jobs run at once in-process."""
    name = str(config.get("QUEUE_NAME") or "family-voice")
    url = str(config.get("QUEUE_URL") or "")
    if url.startswith(("redis://", "rediss://", "unix://")):
        return RedisHuey(name, url=url, results=False)
    if url.startswith("sqlite:///"):
        return SqliteHuey(name, filename=url[len("sqlite:///"):], results=False)
    if url:
        raise ValueError("FLASK_QUEUE_URL must be redis://host:port/db or sqlite:///path")
    if config.get("TESTING"):
        return MemoryHuey(name, immediate=True, results=False)
    return SqliteHuey(name, filename=str(Path(instance_path) / "queue.db"), results=False)


def add_job(app: Flask, name: str, run: Callable[[], object],
            schedule: Callable | None = None, *, at_start: bool = False) -> None:
    """Register a job (run inside the app context); periodic when given a crontab schedule."""
    if _QUEUE in app.extensions:
        raise RuntimeError("Register jobs in init_app, before the queue is first used")
    app.extensions.setdefault(_JOBS, {})[name] = Job(name, run, schedule, at_start)


def add_periodic(app: Flask, name: str, run: Callable[[], object], schedule: Callable, *,
                 at_start: bool = False) -> None:
    """Register a job the scheduler runs on a crontab schedule (and, with `at_start`, once as
    soon as the scheduler starts: work a reader should not wait for after a release)."""
    add_job(app, name, run, schedule, at_start=at_start)


def start_jobs(app: Flask) -> list[str]:
    """Queue one run of each job registered to run when the scheduler starts; their names."""
    names = [job.name for job in app.extensions.get(_JOBS, {}).values() if job.at_start]
    for name in names:
        enqueue(app, name)
    return names


def queue_for(app: Flask) -> Huey:
    """This app's queue, created on first use with every registered job."""
    huey = app.extensions.get(_QUEUE)
    if huey is None:
        huey = make_huey(app.config, app.instance_path)
        wrappers = {}
        for job in app.extensions.get(_JOBS, {}).values():
            run = _in_app_context(app, job)
            # A job that raises (say the database is restarting) is tried again with backoff.
            options = dict(name=job.name, retries=3, retry_delay=30, retry_backoff=2)
            if job.schedule is not None:
                wrappers[job.name] = huey.periodic_task(job.schedule, **options)(run)
            else:
                wrappers[job.name] = huey.task(**options)(run)
        app.extensions[_WRAPPERS] = wrappers
        app.extensions[_QUEUE] = huey
    return huey


def _in_app_context(app: Flask, job: Job) -> Callable[[], object]:
    def run():
        with app.app_context():
            log.info("job %s starting", job.name)
            result = job.run()
            log.info("job %s done: %s", job.name, result)
            return result
    run.__name__ = job.name.replace("-", "_")
    return run


def enqueue(app: Flask, name: str) -> None:
    """Put one run of a registered job on the queue (a periodic job may be queued at once too)."""
    queue_for(app)
    app.extensions[_WRAPPERS][name]()


# The jobs this package owns.

def deliver_messages() -> dict[str, int]:
    """Send every message due now; returns the counts."""
    db = get_session()
    now = clock.now()
    # Due invitations and reminders are queued first, so each run sends what fell due since.
    from surveys.messaging.planning import PlanningRefused, plan_due

    try:
        plan_due(db, now)
        db.commit()
    except PlanningRefused as error:  # no public address for links: send what is already queued
        db.rollback()
        log.warning("Invitations not planned: %s", error)
    timeout = timedelta(seconds=float(current_app.config.get("MESSAGE_SENDING_TIMEOUT",
                                                            SENDING_TIMEOUT.total_seconds())))
    return deliver_due(db, current_app.config, now, timeout=timeout).as_dict()


def run_retention() -> dict[str, int]:
    """Anonymise families past the retention period (the `flask retention` command's work)."""
    from surveys.governance.retention import run_retention as retention

    db = get_session()
    now = clock.now()
    counts = retention(db, now.date(), now, dry_run=False)
    db.commit()
    return counts.as_dict()


def freeze_reliability() -> list:
    """Freeze reliable-change figures where enough families have answered at the start."""
    from surveys.questionnaire.reliability import freeze_reliability as freeze

    db = get_session()
    frozen = freeze(db, clock.now())
    db.commit()
    return [list(key) for key in frozen]


def init_app(app: Flask) -> None:
    """Register this package's jobs and the worker command."""
    add_periodic(app, "deliver-messages", deliver_messages, crontab(minute="*"))
    add_periodic(app, "retention", run_retention, crontab(hour="2", minute="30"))
    add_periodic(app, "freeze-reliability", freeze_reliability, crontab(hour="3", minute="0"))
