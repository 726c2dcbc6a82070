"""Fixtures for sending: a real SMTP server and a stand-in Notify API, both on loopback."""
from __future__ import annotations

import pytest

from tests.message_servers import FakeNotify, SmtpServer


@pytest.fixture
def smtp_server():
    """An aiosmtpd server on a free loopback port, stopped after the test."""
    server = SmtpServer().start()
    yield server
    server.stop()


@pytest.fixture
def notify_server():
    """Notify's API as documented, on a free loopback port."""
    server = FakeNotify().start()
    yield server
    server.stop()
