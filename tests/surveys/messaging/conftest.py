"""Fixtures for messages to families: a keyworker, a family with a parent, a teenager and a
child under 13, and a fixed moment (a Tuesday morning in March, UK time = UTC); for sending, a
real SMTP server and a stand-in Notify API, both on loopback."""
from __future__ import annotations

import pytest

from surveys.records.db import utcnow
from surveys.records.enums import AgeBand, MemberRole, Role
from surveys.records.models import MemberContact
from tests.factories import make_case
from tests.message_servers import FakeNotify, SmtpServer
from tests.surveys.messaging.moments import NOW


@pytest.fixture
def now():
    return NOW


@pytest.fixture
def keyworker(make_staff, team):
    return make_staff(Role.KEYWORKER, team, name="Kim Keyworker")


@pytest.fixture
def case(db, keyworker, team):
    return make_case(db, keyworker, team, opened_on=NOW.date(), members=(
        ("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT),
        ("Ada", MemberRole.YOUNG_PERSON, AgeBand.TEEN),
        ("Tobi", MemberRole.CHILD, AgeBand.CHILD)))


@pytest.fixture
def members(case):
    return {m.first_name: m for m in case.family.members}


@pytest.fixture
def consent(db, keyworker):
    """Factory: record a member's consented contact."""

    def record(member, *, preference="sms", mobile=None, email=None, via=None,
               do_not_contact=False):
        contact = MemberContact(member_id=member.id, preference=preference, mobile=mobile,
                                email=email, via_member_id=via.id if via else None,
                                consent_at=utcnow(), consent_by_id=keyworker.id,
                                do_not_contact=do_not_contact)
        db.add(contact)
        db.commit()
        return contact

    return record


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
