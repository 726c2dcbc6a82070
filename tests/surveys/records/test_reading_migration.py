"""Migration 0009 adds who read each comment and the council's time to acknowledge a flag, and
goes back down cleanly, on SQLite and PostgreSQL (beside the other migration tests)."""
from __future__ import annotations

from sqlalchemy import create_engine, inspect, text

from surveys.records import migrate


def _columns(url: str, table: str) -> set[str]:
    engine = create_engine(url)
    try:
        return {column["name"] for column in inspect(engine).get_columns(table)}
    finally:
        engine.dispose()


def test_0009_adds_reading_and_the_flag_setting_and_goes_back_down(empty_database_url):
    migrate.upgrade(empty_database_url, "0008")
    engine = create_engine(empty_database_url)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO council_settings (council_name, middle_wave_weeks, "
                          "close_wave_weeks, link_valid_days, retention_months) "
                          "VALUES ('Testshire', 12, 24, 14, 72)"))
    migrate.upgrade(empty_database_url, "0009")
    assert {"read_at", "read_by_id", "flagged_at"} <= _columns(empty_database_url, "comments")
    with engine.connect() as conn:
        # A council that had settings before gets the default: one working day.
        assert conn.execute(text("SELECT flag_read_working_days FROM council_settings")
                            ).scalar_one() == 1
    migrate.downgrade(empty_database_url, "0008")
    assert not {"read_at", "read_by_id", "flagged_at"} & _columns(empty_database_url, "comments")
    assert "flag_read_working_days" not in _columns(empty_database_url, "council_settings")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT council_name FROM council_settings")).scalar_one() \
            == "Testshire"
    engine.dispose()
    migrate.upgrade(empty_database_url)  # and up again
    assert "flag_read_working_days" in _columns(empty_database_url, "council_settings")
