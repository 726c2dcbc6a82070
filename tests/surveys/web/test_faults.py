"""When the database is away (SQLite locked past its busy timeout, PostgreSQL stopped), people
get a 503 with Retry-After and a friendly page; a family's page keeps what they typed; nothing
is half-stored; and the same app recovers by itself when the database comes back."""
from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError as SAOperationalError
from sqlalchemy.orm import Session

from surveys.questionnaire.invitations import issue_link
from surveys.questionnaire.plan import plan_pages
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from surveys.records.models import Answer, Comment, Response
from surveys.web.errors import is_database_unavailable
from tests.factories import make_case, wave_of
from tests.helpers import CheckingClient, csrf_token
from tests.scratch_postgres import RECOVERY_SECONDS
from wsgi import create_app

AREA_PAGE = next(p for p in plan_pages("parent_carer", "start", True) if p.kind == "items")
WORDS_PAGE = next(p for p in plan_pages("parent_carer", "start", True) if p.kind == "comments")
COULD_NOT_SAVE = "We could not save this page just now. Your answers are still here"
TYPED = "Kim rang back the same day &amp; that helped"

sqlite_only = pytest.mark.skipif(bool(os.environ.get("TEST_DATABASE_URL")),
                                 reason="holds a SQLite write lock")


@pytest.fixture
def app(database_url):
    """The app with a short busy timeout, so a held lock fails in a fifth of a second."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret",
                      "DATABASE_BUSY_TIMEOUT_MS": 200})
    app.test_client_class = CheckingClient
    yield app
    app.extensions["fv_engine"].dispose()


def _open_questionnaire(client, db, make_staff, team):
    """A parent opens their link; return their response id."""
    case = make_case(db, make_staff(Role.KEYWORKER, team), team, goals=("Get to school on time",))
    wave = wave_of(case, WaveKind.START)
    _, token = issue_link(db, wave_id=wave.id, member_id=case.family.members[0].id, valid_days=14,
                          now=utcnow(), issued_by=None)
    db.commit()
    assert client.get(f"/q/{token}").status_code == 302
    return db.scalar(select(Response.id).where(Response.wave_id == wave.id))


@contextlib.contextmanager
def _write_lock(database_url: str):
    """Another process's writer holding SQLite's write lock until the block ends."""
    blocker = sqlite3.connect(database_url.removeprefix("sqlite:///"), isolation_level=None, timeout=5)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        yield
        blocker.execute("ROLLBACK")
    finally:
        blocker.close()


def _stored(db, response_id):
    db.expire_all()
    answers = db.scalar(select(func.count()).select_from(Answer).where(Answer.response_id == response_id))
    comments = db.scalar(select(func.count()).select_from(Comment).where(Comment.response_id == response_id))
    pages_done = db.scalar(select(Response.pages_done).where(Response.id == response_id))
    db.rollback()
    return answers, comments, pages_done


@sqlite_only
def test_a_locked_database_reshows_the_choices_and_the_same_post_then_saves_once(
        client, db, make_staff, team, database_url):
    response_id = _open_questionnaire(client, db, make_staff, team)
    url = f"/questionnaire/{AREA_PAGE.key}"
    data = {"csrf_token": csrf_token(client, url), **{item.code: "4" for item in AREA_PAGE.items}}
    with _write_lock(database_url):
        refused = client.post(url, data=data)
        html = refused.get_data(as_text=True)
        assert refused.status_code == 503 and refused.headers["Retry-After"].isdigit()
        assert COULD_NOT_SAVE in html
        for item in AREA_PAGE.items:
            assert f'name="{item.code}" type="radio" value="4" checked' in html
        assert _stored(db, response_id) == (0, 0, [])
    saved = client.post(url, data=data)
    assert saved.status_code == 302
    assert _stored(db, response_id) == (len(AREA_PAGE.items), 0, [AREA_PAGE.key])
    assert client.post(url, data=data).status_code == 302  # a second Continue stores nothing new
    assert _stored(db, response_id) == (len(AREA_PAGE.items), 0, [AREA_PAGE.key])


@sqlite_only
def test_a_locked_database_reshows_the_free_text_the_family_typed(
        client, db, make_staff, team, database_url):
    response_id = _open_questionnaire(client, db, make_staff, team)
    url = f"/questionnaire/{WORDS_PAGE.key}"
    data = {"csrf_token": csrf_token(client, url), "help_wanted": "Kim rang back the same day & that helped",
            "do_better": "", "anything_else": ""}
    with _write_lock(database_url):
        refused = client.post(url, data=data)
        assert refused.status_code == 503 and "Retry-After" in refused.headers
        assert TYPED in refused.get_data(as_text=True)
        assert _stored(db, response_id) == (0, 0, [])
    assert client.post(url, data=data).status_code == 302
    assert _stored(db, response_id) == (0, 1, [WORDS_PAGE.key])


@sqlite_only
def test_a_locked_database_gives_any_other_page_a_friendly_503(client, db, make_staff, team,
                                                               database_url):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                          member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                          issued_by=None)
    db.commit()
    with _write_lock(database_url):
        refused = client.get(f"/q/{token}")  # opening a link writes the response row
    assert refused.status_code == 503 and refused.headers["Retry-After"].isdigit()
    assert "Sorry, the service is busy" in refused.get_data(as_text=True)
    assert client.get(f"/q/{token}").status_code == 302


@pytest.mark.parametrize(("message", "expected"), [
    ("database is locked", True),
    ("database table is locked", True),
    ("no such table: response", False),
    ('near "SELEC": syntax error', False),
])
def test_only_lock_errors_from_sqlite_count_as_the_database_being_away(message, expected):
    wrapped = SAOperationalError("INSERT INTO answer ...", {}, sqlite3.OperationalError(message))
    assert is_database_unavailable(wrapped) is expected


# --- PostgreSQL: a scratch cluster of the test's own, stopped and started --------------------

def test_a_stopped_postgresql_gives_503_and_the_same_app_recovers_when_it_returns(scratch_cluster):
    url, start, stop = scratch_cluster
    app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret"})
    app.test_client_class = CheckingClient
    client = app.test_client()
    db = Session(bind=app.extensions["fv_engine"])
    try:
        from surveys.records.models import Locality, Team
        from surveys.records.staff import StaffUser

        team = Team(name="Northgate Family Support Team", locality=Locality(name="North"))
        keyworker = StaffUser(email="kim@example.gov.uk", display_name="Kim", role=Role.KEYWORKER,
                              team=team, password_hash="!")
        db.add(keyworker)
        db.commit()
        response_id = _open_questionnaire(client, db, lambda role, team: keyworker, team)
        db.close()  # give its connection back, so the pool holds one the stop will kill
        url_page = f"/questionnaire/{WORDS_PAGE.key}"
        data = {"csrf_token": csrf_token(client, url_page), "help_wanted": "Quicker replies",
                "do_better": "", "anything_else": ""}

        stop()
        refused = client.post(url_page, data=data)
        html = refused.get_data(as_text=True)
        assert refused.status_code == 503 and refused.headers["Retry-After"].isdigit()
        assert "Sorry, we could not save this page just now" in html
        assert "Exit this page" in html  # still the family's layout
        # What they typed comes back in its box, with the rest of the form, to send again.
        assert re.search(r'<textarea[^>]*name="help_wanted"[^>]*>\s*Quicker replies', html), html
        assert f'name="csrf_token" value="{data["csrf_token"]}"' in html
        assert f'action="{url_page}"' in html
        busy = client.get("/questionnaire")
        assert busy.status_code == 503 and "Exit this page" in busy.get_data(as_text=True)

        start()
        started = time.monotonic()
        statuses = []
        while time.monotonic() - started < RECOVERY_SECONDS and len(statuses) < 100:
            statuses.append(client.post(url_page, data=data).status_code)
            if statuses[-1] == 302:
                break
            time.sleep(0.1)
        assert statuses[-1] == 302, statuses
        assert _stored(db, response_id) == (0, 1, [WORDS_PAGE.key])
    finally:
        db.close()
        app.extensions["fv_engine"].dispose()
