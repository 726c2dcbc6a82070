"""Trends over the last eight quarters: each quarter's figures are its own report's, checked
against the database with pandas, read once and kept while the quarter's rows stay the same."""
from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pandas as pd
import pytest
from sqlalchemy import select

from family_by_family_scale import SERVICE_EXPERIENCE
from reports.disclosure import round_count
from reports.quarterly import trend_load
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.quarterly.period import Quarter
from reports.quarterly.trend_load import load_trends
from reports.quarterly.trends import trend_quarters, trends_section
from surveys.records.enums import Role
from surveys.records.models import Response
from tests.helpers import sign_in
from tests.reports.council import QUARTER, TODAY


def test_the_trend_covers_the_eight_quarters_to_the_one_asked_for():
    quarters = trend_quarters(Quarter(2026, 3))
    assert quarters[0] == Quarter(2024, 4) and quarters[-1] == Quarter(2026, 3)
    assert len(set(quarters)) == 8 and list(quarters) == sorted(quarters)


def test_each_quarter_shows_its_own_reports_figures(council):
    points = load_trends(council, QUARTER, Filters(), TODAY)
    for point in points[-3:]:
        report = build_quarterly_report(load_quarter_data(council, point.quarter))
        total = report.areas[0]
        assert point.improved == total.shares["improved"]
        assert point.mean_change == total.mean_change
        assert point.paired == total.n_paired


def test_service_experience_is_pooled_from_the_rounded_counts_the_database_gives(council):
    point = load_trends(council, QUARTER, Filters(), TODAY)[-1]
    # Worked out apart from the report: every answer to a service statement sent in the quarter.
    answers = pd.read_sql(
        "select a.item_code, a.value, r.submitted_at from answers a "
        "join responses r on a.response_id = r.id where r.submitted_at is not null",
        council.connection())
    submitted = pd.to_datetime(answers["submitted_at"], utc=True).dt.tz_localize(None)
    in_quarter = answers[(submitted >= pd.Timestamp(QUARTER.start))
                         & (submitted < pd.Timestamp(QUARTER.next().start))
                         & answers["item_code"].isin(SERVICE_EXPERIENCE.item_codes)]
    values = pd.to_numeric(in_quarter["value"], errors="coerce")
    agree = values.ge(4).groupby(in_quarter["item_code"]).sum()
    answered = values.notna().groupby(in_quarter["item_code"]).sum()
    assert point.service is not None, "the seeded council's last quarter shows its service share"
    expected = (sum(round_count(int(n)) for n in agree)
                / sum(round_count(int(n)) for n in answered))
    assert abs(point.service.estimate - expected) < 1e-9


def test_earlier_quarters_are_read_once_and_kept(council, monkeypatch):
    load_trends(council, QUARTER, Filters(), TODAY)
    reads = []
    real = trend_load.load_quarter_data
    monkeypatch.setattr(trend_load, "load_quarter_data",
                        lambda session, quarter: reads.append(quarter) or real(session, quarter))
    again = load_trends(council, QUARTER, Filters(locality="North"), TODAY)
    assert reads == [] and len(again) == 8


def test_quarters_without_enough_families_show_nothing_and_draw_no_empty_chart(council):
    points = load_trends(council, QUARTER, Filters(), TODAY)
    assert points[0].improved is None and points[0].response_rate is None
    section = trends_section(points[:1])
    assert section.charts == () and "Too few quarters" in section.paragraphs[0]
    assert all(c.text == "not shown" for c in section.tables[0].rows[0][1:])


def test_the_page_and_csv_carry_the_trend(client, council, make_staff, monkeypatch):
    monkeypatch.setattr("reports.views.today", lambda: TODAY)
    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get(f"/reports/quarterly?quarter={QUARTER.code}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert "Trends over the last eight quarters" in html and "chart-trends-chart" in html
    rows = list(csv.DictReader(io.StringIO(
        client.get(f"/reports/quarterly/csv?quarter={QUARTER.code}").get_data(as_text=True))))
    trend = [r for r in rows if r["table"] == "The last eight quarters"]
    assert {r["row"] for r in trend} >= {QUARTER.code, QUARTER.previous().code}


def test_a_stored_quarter_is_read_back_as_worked_out_by_another_process(council, tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())  # none kept yet
    worked_out = load_trends(council, QUARTER, Filters(locality="North"), TODAY, store=tmp_path)
    assert len(list(tmp_path.glob("trend-*.json"))) == 8
    # Another process (or the next start): nothing kept in memory, nothing read again.
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())
    monkeypatch.setattr(trend_load, "load_quarter_data",
                        lambda session, quarter: pytest.fail("read a stored quarter again"))
    assert load_trends(council, QUARTER, Filters(locality="North"), TODAY,
                       store=tmp_path) == worked_out
    assert load_trends(council, QUARTER, Filters(), TODAY, store=tmp_path) == load_trends(
        council, QUARTER, Filters(), TODAY)


def test_a_new_answer_names_another_stored_file(council, tmp_path, monkeypatch):
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())
    load_trends(council, QUARTER, Filters(), TODAY, store=tmp_path)
    before = {p.name for p in tmp_path.glob("trend-*.json")}
    after_quarter = datetime(QUARTER.next().start.year, QUARTER.next().start.month, 1, tzinfo=UTC)
    late = council.scalars(select(Response).where(Response.submitted_at >= after_quarter)).first()
    late.submitted_at = datetime(QUARTER.end.year, QUARTER.end.month, QUARTER.end.day, 12,
                                 tzinfo=UTC)
    council.flush()
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())
    load_trends(council, QUARTER, Filters(), TODAY, store=tmp_path)
    after = {p.name for p in tmp_path.glob("trend-*.json")}
    assert after > before, "the quarter with the new answer is worked out and stored again"


def test_a_store_that_cannot_be_written_is_skipped(council, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    points = load_trends(council, QUARTER, Filters(), TODAY, store=blocked / "store")
    assert len(points) == 8
