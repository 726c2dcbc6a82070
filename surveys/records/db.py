"""The database engine and the per-request session.

The session is opened lazily for each request and closed at the request boundary; views commit,
helpers never do (as in indico).
"""
from __future__ import annotations

import enum
import logging
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path

from flask import Flask, current_app, g
from sqlalchemy import Connection, DateTime, Engine, Enum, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import DeclarativeBase, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

from surveys.records.private_files import create_private, make_private


class Base(DeclarativeBase):
    """Declarative base for every Family Voice table."""


class UTCDateTime(TypeDecorator):
    """A timezone-aware UTC timestamp on both SQLite (which drops the zone) and PostgreSQL."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        """Store aware datetimes in UTC; refuse naive ones so local times never sneak in."""
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value, dialect):
        """Read back as aware UTC."""
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)


DEFAULT_BUSY_TIMEOUT_MS = 15_000


def make_engine(url: str, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS) -> Engine:
    """Create an engine with the settings each database needs. On SQLite a writer waits up to
    busy_timeout_ms for another's lock before giving up with "database is locked"."""
    if url.startswith("sqlite"):
        _make_sqlite_files_private(make_url(url).database)
        busy_timeout_ms = int(busy_timeout_ms)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection, _record):  # pragma: no cover - exercised on connect
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            # Deleted rows are overwritten with zeros, whatever the SQLite build's default.
            cursor.execute("PRAGMA secure_delete=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=5)


def _make_sqlite_files_private(database: str | None) -> None:
    """The database file is created owner-only before SQLite opens it (an empty file is an empty
    database), so its -wal and -shm, which SQLite creates with the database file's mode, are too;
    files left readable by older versions are tightened."""
    if not database or database == ":memory:" or database.startswith("file:"):
        return
    path = Path(database)
    try:
        create_private(path)
    except FileNotFoundError:
        return  # no such folder: SQLite says so itself on connecting
    for suffix in ("-wal", "-shm"):
        make_private(path.with_name(path.name + suffix))


def init_app(app: Flask) -> None:
    """Create the engine for the app's database URL and close sessions at the request boundary."""
    app.config.setdefault("DATABASE_BUSY_TIMEOUT_MS", DEFAULT_BUSY_TIMEOUT_MS)
    engine = make_engine(app.config["DATABASE_URL"], app.config["DATABASE_BUSY_TIMEOUT_MS"])
    app.extensions["fv_engine"] = engine
    app.extensions["fv_sessionmaker"] = sessionmaker(bind=engine, expire_on_commit=False)
    app.teardown_appcontext(_close_session)


def get_session() -> Session:
    """The session for this request or CLI command, opened on first use."""
    if "db_session" not in g:
        g.db_session = current_app.extensions["fv_sessionmaker"]()
    return g.db_session


def _close_session(exc: BaseException | None) -> None:
    session = g.pop("db_session", None)
    if session is not None:
        if exc is not None:
            session.rollback()
        session.close()


def upsert(session: Session | Connection, table, values: dict | list[dict], conflict: list[str],
           update: list[str]) -> None:
    """INSERT ... ON CONFLICT DO UPDATE (or DO NOTHING) on SQLite and PostgreSQL alike, so a
    retried or doubled request stores one row, whoever gets there first. Several rows go in one
    executemany; the statement is built once per table and dialect (building costs more CPU than
    running it). Given a session's connection (a hot path, such as saving a questionnaire page),
    it runs in the same transaction without the session's own bookkeeping."""
    dialect = session.dialect if isinstance(session, Connection) else session.get_bind().dialect
    statement = _upsert_statement(dialect.name, table, tuple(conflict), tuple(update))
    session.execute(statement, values)


@lru_cache(maxsize=64)
def _upsert_statement(dialect: str, table, conflict: tuple[str, ...], update: tuple[str, ...]):
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    statement = insert(table)
    if update:
        return statement.on_conflict_do_update(
            index_elements=list(conflict), set_={name: statement.excluded[name] for name in update})
    return statement.on_conflict_do_nothing(index_elements=list(conflict))


_RECLAIM = "fv_reclaim_tables"
log = logging.getLogger(__name__)


def reclaim_after_commit(session: Session, *tables: str) -> None:
    """Ask for free text deleted or overwritten in these tables to leave the database files once
    the session commits (see _reclaim). Helpers that delete what people wrote call this; they
    never commit, so the wiping waits for whoever does."""
    session.info.setdefault(_RECLAIM, set()).update(tables)


@event.listens_for(Session, "after_commit")
def _reclaim_committed(session: Session) -> None:
    tables = session.info.pop(_RECLAIM, None)
    if tables:
        bind = session.get_bind()
        reclaim_space(getattr(bind, "engine", bind), sorted(tables))


@event.listens_for(Session, "after_soft_rollback")
def _forget_rolled_back(session: Session, _previous) -> None:
    session.info.pop(_RECLAIM, None)


def reclaim_space(engine: Engine, tables: list[str]) -> None:
    """Push deleted text out of the database's files, after the delete has committed.

    SQLite (with secure_delete on) has already zeroed the rows in the pages; the old pages stay
    in the -wal file until a checkpoint, so copy them back and truncate the WAL to nothing.
    PostgreSQL keeps deleted rows as dead tuples until VACUUM (which cannot run inside a
    transaction) frees them. The data is already gone for the app, so a failure here is logged,
    never raised: the person's erasure has happened either way."""
    try:
        if engine.dialect.name == "sqlite":
            with engine.connect() as conn:
                busy, _log, _done = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").one()
            if busy:
                log.warning("WAL checkpoint after deleting text was blocked by a reader; "
                            "the next checkpoint will finish it")
        elif engine.dialect.name == "postgresql":
            with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                quoted = ", ".join(conn.dialect.identifier_preparer.quote(t) for t in tables)
                conn.exec_driver_sql(f"VACUUM {quoted}")
    except DBAPIError:
        log.warning("Could not reclaim space after deleting text from %s", ", ".join(tables),
                    exc_info=True)


def enum_type(cls: type[enum.Enum], name: str) -> Enum:
    """A column type for a vocabulary: the readable value, checked by a CHECK constraint rather
    than a native PostgreSQL enum type, so migrations stay simple on both databases."""
    return Enum(cls, name=name, native_enum=False, create_constraint=True, length=20,
                values_callable=lambda e: [m.value for m in e], validate_strings=True)
