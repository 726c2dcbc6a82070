"""Shared fixtures: an app on a fresh database per test (SQLite, or PostgreSQL when
TEST_DATABASE_URL is set), a client that checks every page it fetches, and factories."""
from __future__ import annotations

import os
import re
import shutil
from collections import Counter
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from argon2 import profiles
from jinja2 import FileSystemBytecodeCache
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from surveys.questionnaire.catalogues import compile_catalogues
from surveys.records import migrate
from surveys.records.db import Base
from surveys.records.enums import Role
from surveys.records.models import Locality, Team
from surveys.records.staff import StaffUser
from surveys.staff.passwords import hash_password, use_parameters
from tests import scratch_postgres
from tests.factories import migrated_empty_database
from tests.helpers import PASSWORD, TOTP_SECRET, CheckingClient
from wsgi import create_app

# argon2id at its cheapest: each sign-in's real hashing (0.1 s) over thousands of sign-ins was minutes
# a run. test_passwords.py holds the shipped parameters.
use_parameters(profiles.CHEAPEST)
_PASSWORD_HASH = hash_password(PASSWORD)


def pytest_configure(config):
    """Register which database this run uses, so reports say which one passed."""
    config.fv_database = "postgresql" if os.environ.get("TEST_DATABASE_URL") else "sqlite"


def pytest_report_header(config):
    """Say which database the run is using."""
    return f"Family Voice test database: {config.fv_database}"


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The family pages' catalogues compiled, as `make setup` does (.mo files are not committed)."""
    compile_catalogues()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A database migrated to head once per run: a SQLite file to copy, or the PostgreSQL URL."""
    pg_url = os.environ.get("TEST_DATABASE_URL")
    if pg_url:
        return migrated_empty_database(_worker_database(_psycopg(pg_url)))
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
        # DELETE, not TRUNCATE: most tests leave a few rows, and emptying 25 tables by TRUNCATE
        # took 0.1 to 0.2 s a test (new files for every table), DELETE a few milliseconds;
        # over the suite that was minutes. Sequences start again at 1, as RESTART IDENTITY did.
        deletes = "; ".join(f'DELETE FROM "{t.name}"' for t in reversed(Base.metadata.sorted_tables))
        with engine.begin() as conn:
            # The audit log refuses deletion (a trigger); a superuser emptying a test database
            # may pass it by, for this transaction only.
            conn.execute(text("SET LOCAL session_replication_role = replica"))
            conn.exec_driver_sql(deletes)
            conn.execute(text("SELECT setval(c.oid, 1, false) FROM pg_class c WHERE c.relkind = 'S'"))
        engine.dispose()
        return migrated_template
    path = tmp_path / "test.db"
    shutil.copy(migrated_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def template_bytecode(tmp_path_factory):
    """Compiled templates kept for the run: each test's app would otherwise compile every template
    it renders again (Jinja's own cache lives in one app), a tenth of a second a test."""
    return FileSystemBytecodeCache(str(tmp_path_factory.mktemp("jinja")))


@pytest.fixture
def app(database_url, template_bytecode):
    """The app on this test's database."""
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "test-secret"})
    app.jinja_env.bytecode_cache = template_bytecode
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
def scratch_cluster():
    """A throwaway PostgreSQL cluster on a free loopback port, to stop and start: (url, start, stop)."""
    with scratch_postgres.scratch_cluster() as cluster:
        yield cluster


@pytest.fixture
def crashing_route(app):
    """A public page, /boom, whose view raises with a detail no one should see; the path."""
    from surveys.staff.access import PUBLIC, allow

    @app.route("/boom")
    def boom():
        raise RuntimeError("secret detail")

    allow(app, {"boom": PUBLIC})  # this test's app only
    return "/boom"


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


@pytest.fixture
def today() -> date:
    """Today's date as the views see it."""
    return date.today()


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return Path(__file__).resolve().parent.parent
