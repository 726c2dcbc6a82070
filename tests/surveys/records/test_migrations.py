"""Migrations go up and down cleanly and match the models, on SQLite and PostgreSQL."""
from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from surveys.records import migrate
from surveys.records.db import Base


def _tables(url: str) -> set[str]:
    engine = create_engine(url)
    try:
        return set(inspect(engine).get_table_names()) - {"alembic_version"}
    finally:
        engine.dispose()


def test_upgrade_creates_every_table_and_downgrade_removes_them(empty_database_url):
    migrate.upgrade(empty_database_url)
    assert _tables(empty_database_url) == set(Base.metadata.tables)
    migrate.downgrade(empty_database_url)
    assert _tables(empty_database_url) == set()
    migrate.upgrade(empty_database_url)  # and back up again after a full round trip
    assert _tables(empty_database_url) == set(Base.metadata.tables)


def test_migrations_match_the_models(empty_database_url):
    migrate.upgrade(empty_database_url)
    engine = create_engine(empty_database_url)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == [], f"models and migrations differ: write a migration for {diff}"


def test_two_factor_keys_are_sealed_on_upgrade_and_opened_on_downgrade(empty_database_url):
    """Staff who set up two-factor sign-in before keys were sealed keep working: their key is
    encrypted in place, the plain column goes, and a downgrade puts it back as it was."""
    from surveys.records import sealing

    sealing.configure("migration-test-secret", None)
    key = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"
    migrate.upgrade(empty_database_url, "0004")
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO staff_users (email, display_name, role, password_hash, "
                          "is_active_account, created_at, totp_secret) VALUES ('k@example.gov.uk', "
                          "'K', 'keyworker', 'x', true, CURRENT_TIMESTAMP, :key)"), {"key": key})
    migrate.upgrade(empty_database_url)
    with engine.connect() as conn:
        sealed = conn.execute(text("SELECT totp_secret_sealed FROM staff_users")).scalar_one()
        columns = {c["name"] for c in inspect(conn).get_columns("staff_users")}
    assert "totp_secret" not in columns and key not in sealed
    assert sealing.open_sealed(sealed) == key
    migrate.downgrade(empty_database_url, "0004")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT totp_secret FROM staff_users")).scalar_one() == key
    engine.dispose()
