"""Fixtures for the job queue: a real SMTP server, and a queue in SQLite or Redis of the test's
own (a unique Huey name, emptied afterwards)."""
from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from huey import RedisHuey

from tests.message_servers import SmtpServer

REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


@pytest.fixture
def smtp_server():
    """An aiosmtpd server on a free loopback port, stopped after the test."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", "redis"])
def queue_settings(request, tmp_path):
    """FLASK_QUEUE_URL and FLASK_QUEUE_NAME for a queue of this test's own."""
    name = f"fv-test-{uuid.uuid4().hex[:12]}"
    if request.param == "sqlite":
        yield {"QUEUE_URL": f"sqlite:///{tmp_path / 'queue.db'}", "QUEUE_NAME": name}
        return
    yield {"QUEUE_URL": REDIS_URL, "QUEUE_NAME": name}
    RedisHuey(name, url=REDIS_URL).storage.flush_all()


@pytest.fixture
def worker(database_url, repo_root):
    """Start `flask --app wsgi worker` as a real process with these settings: start(settings,
    *args) -> Popen. Every process is ended after the test."""
    started: list[subprocess.Popen] = []

    def start(settings: dict, *args: str) -> subprocess.Popen:
        env = {**os.environ, "PYTHONPATH": str(repo_root), "FLASK_DATABASE_URL": database_url,
               "FLASK_SECRET_KEY": "test-secret",
               # full CPU priority: the tests wait for the worker (production runs it niced)
               "FLASK_WORKER_NICENESS": "0"}
        env.pop("TEST_DATABASE_URL", None)
        env.update({f"FLASK_{key}": str(value) for key, value in settings.items()})
        process = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "worker", *args],
                                   cwd=Path(repo_root), env=env, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT, text=True)
        started.append(process)
        return process

    yield start
    for process in started:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=30)
