"""Shared fixtures: an app on a fresh database per test (SQLite, or PostgreSQL when
TEST_DATABASE_URL is set), a client that checks every page it fetches, and factories."""
from __future__ import annotations

import os
import re
import shutil
import time
from collections import Counter
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode

import pytest
from flask.testing import FlaskClient
from sqlalchemy import create_engine, make_url, select, text
from sqlalchemy.orm import Session

from surveys.records import migrate
from surveys.records.db import Base
from surveys.records.models import Locality, Role, StaffUser, Team
from surveys.staff.passwords import hash_password
from surveys.staff.two_factor import DRIFT_STEPS, code_for_step, step_at
from wsgi import create_app

PASSWORD = "correct horse battery"
_PASSWORD_HASH = hash_password(PASSWORD)
# Every test member of staff has two-factor sign-in set up with this authenticator key.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def pytest_configure(config):
    """Register which database this run uses, so reports say which one passed."""
    config.fv_database = "postgresql" if os.environ.get("TEST_DATABASE_URL") else "sqlite"


def pytest_report_header(config):
    """Say which database the run is using."""
    return f"Family Voice test database: {config.fv_database}"


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A database migrated to head once per run: a SQLite file to copy, or the PostgreSQL URL."""
    pg_url = os.environ.get("TEST_DATABASE_URL")
    if pg_url:
        url = _worker_database(_psycopg(pg_url))
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
        migrate.upgrade(url)
        return url
    path = tmp_path_factory.mktemp("template") / "template.db"
    migrate.upgrade(f"sqlite:///{path}")
    return path


def _psycopg(url: str) -> str:
    return re.sub(r"^postgres(ql)?://", "postgresql+psycopg://", url)


def _worker_database(url: str) -> str:
    """Under pytest-xdist each worker gets its own PostgreSQL database beside the one given."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not worker:
        return url
    base = make_url(url)
    name = f"{base.database}_{worker}"
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        if not conn.scalar(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name}):
            conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


@pytest.fixture
def database_url(migrated_template, tmp_path):
    """A fresh, migrated database for one test."""
    if isinstance(migrated_template, str):
        engine = create_engine(migrated_template)
        tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
        with engine.begin() as conn:
            # The audit log refuses TRUNCATE (a trigger); a superuser emptying a test database
            # may pass it by, for this transaction only.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        engine.dispose()
        return migrated_template
    path = tmp_path / "test.db"
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


class _PageChecker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.h1 = 0
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids[value] += 1
        if tag == "h1":
            self.h1 += 1
        if tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def check_page(html: str) -> _PageChecker:
    """Every page: a meaningful title, exactly one <h1>, en-GB, no duplicate ids."""
    checker = _PageChecker()
    checker.feed(html)
    assert '<html lang="en-GB"' in html
    assert checker.h1 == 1, f"expected one <h1>, found {checker.h1}"
    assert checker.title.strip() and "GOV.UK" not in checker.title
    duplicates = [i for i, n in checker.ids.items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    return checker


class CheckingClient(FlaskClient):
    """A test client that checks every HTML page it receives (as Notify's admin tests do)."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and response.status_code != 302 and response.data:
            check_page(response.get_data(as_text=True))
        return response


@pytest.fixture
def app(database_url):
    """The app on this test's database."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret"})
    app.test_client_class = CheckingClient
    yield app
    app.extensions["fv_engine"].dispose()


@pytest.fixture
def client(app):
    """A browser-like client."""
    return app.test_client()


@pytest.fixture
def runner(app):
    """A runner for the app's commands."""
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    """A session of the test's own, apart from the app's per-request sessions, for arranging
    data and checking what the pages stored (it re-reads after each commit)."""
    session = Session(bind=app.extensions["fv_engine"])
    yield session
    session.rollback()
    session.close()


@pytest.fixture
def team(db):
    """A team in the North locality."""
    locality = Locality(name="North")
    team = Team(name="Northgate Family Support Team", locality=locality)
    db.add(team)
    db.commit()
    return team


@pytest.fixture
def crashing_route(app):
    """A public page, /boom, whose view raises with a detail no one should see; the path."""
    from surveys.staff.access import ACCESS, PUBLIC

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret detail")

    ACCESS["boom"] = PUBLIC
    yield "/boom"
    del ACCESS["boom"]


@pytest.fixture
def make_staff(db):
    """Factory: a member of staff with the test password."""
    counter = Counter()

    def make(role: Role, team: Team | None = None, name: str | None = None, *,
             two_factor: bool = True) -> StaffUser:
        counter[role] += 1
        user = StaffUser(email=f"{role.value}{counter[role]}@example.gov.uk",
                         display_name=name or f"{role.label} {counter[role]}", role=role,
                         team=team, password_hash=_PASSWORD_HASH)
        if two_factor:
            user.totp_secret = TOTP_SECRET
            user.totp_confirmed_at = datetime.now(UTC)
        db.add(user)
        db.commit()
        return user

    return make


def csrf_token(client, url: str) -> str:
    """The CSRF token from the form on a page, as a browser would send it back."""
    html = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'type="hidden" name="csrf_token" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def submit(client, url: str, data: dict, *, follow_redirects: bool = False):
    """Fetch a form page and post data to it with its CSRF token."""
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data},
                       follow_redirects=follow_redirects)


def next_code(engine, email: str, secret: str | None = None) -> str:
    """The code a person's authenticator app shows now (their own key, unless another is
    given), or the next unused one: codes work once, so a test signing the same person in
    twice within 30 seconds uses the next step's code."""
    with Session(bind=engine) as session:
        user = session.scalars(select(StaffUser).where(StaffUser.email == email)).one()
        stored, last = user.totp_secret, user.totp_last_step
    step = step_at(datetime.now(UTC))
    if last is not None and last >= step - DRIFT_STEPS:
        step = last + 1
    while step > step_at(datetime.now(UTC)) + DRIFT_STEPS:  # used up: wait for the clock
        time.sleep(1)
    return code_for_step(secret or stored, step)


def sign_in(client, user: StaffUser, password: str = PASSWORD, *, next_url: str | None = None):
    """Sign a member of staff in through the real forms: password, then the code from their app.
    Returns the last response (a redirect to where they land, when both steps pass)."""
    url = "/sign-in" + (f"?{urlencode({'next': next_url})}" if next_url is not None else "")
    response = submit(client, url, {"email": user.email, "password": password})
    engine = client.application.extensions["fv_engine"]
    location = response.headers.get("Location", "") if response.status_code == 302 else ""
    if location.endswith("/sign-in/code"):
        response = submit(client, "/sign-in/code", {"code": next_code(engine, user.email)})
    elif location.endswith("/sign-in/set-up-app"):
        # First sign-in: the set-up page makes the key; the test reads it as an app would scan it.
        token = csrf_token(client, "/sign-in/set-up-app")
        response = client.post("/sign-in/set-up-app", data={
            "csrf_token": token, "code": next_code(engine, user.email)})
    return response


@pytest.fixture
def today() -> date:
    """Today's date as the views see it."""
    return date.today()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return Path(__file__).resolve().parent.parent


CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium per test process (Playwright's sync API allows one per thread);
    tests skip when it is not installed."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (make test installs it when run as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()
