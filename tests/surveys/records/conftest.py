"""Fixtures for the system of record's tests: an empty database to migrate up and down."""
from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text


@pytest.fixture
def empty_database_url(tmp_path):
    """An empty database: a new SQLite file, or a scratch schema on the test PostgreSQL."""
    pg_url = os.environ.get("TEST_DATABASE_URL")
    if not pg_url:
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    url = pg_url.replace("postgresql://", "postgresql+psycopg://", 1)
    schema = "empty_check_" + os.environ.get("PYTEST_XDIST_WORKER", "main")
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    engine.dispose()
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}options=-csearch_path%3D{schema}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text(f"DROP SCHEMA IF EXISTS {schema} CASCADE"))
    engine.dispose()
