"""Small quarters: the rolling 12 months chosen automatically and said in the headline, quarters
in progress labelled as partial, and no chart drawn with nothing in it."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pandas as pd
import pytest

from reports.disclosure import round_count
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.quarterly.period import Quarter
from reports.quarterly.rolling import (
    RollingYear,
    as_rolling_year,
    is_partial,
    needs_wider_window,
    partial_label,
)
from surveys.records.enums import Role
from tests.helpers import sign_in
from tests.reports.council import QUARTER, TODAY


@pytest.mark.parametrize(("last", "until", "start", "end", "words"), [
    (Quarter(2026, 3), None, date(2025, 10, 1), date(2026, 9, 30),
     "the 12 months to September 2026"),
    (Quarter(2026, 1), None, date(2025, 4, 1), date(2026, 3, 31), "the 12 months to March 2026"),
    (Quarter(2026, 4), date(2026, 11, 20), date(2026, 1, 1), date(2026, 11, 20),
     "the 12 months to 20 November 2026"),
])
def test_a_rolling_year_is_the_four_quarters_to_the_one_asked_for(last, until, start, end, words):
    window = RollingYear(last, until=until)
    assert (window.start, window.end, window.to_words) == (start, end, words)
    assert window.previous().end == window.start - timedelta(days=1)


def test_a_quarter_in_progress_is_labelled_partial():
    quarter = Quarter(2026, 4)
    assert is_partial(quarter, date(2026, 11, 20)) and not is_partial(quarter, date(2027, 1, 1))
    assert partial_label(quarter, date(2026, 11, 20)) == "partial: 1 October to 20 November 2026"


def _small_team(council):
    data = load_quarter_data(council, QUARTER)
    for team in sorted(data.team_localities):
        report = build_quarterly_report(data, Filters(team=team))
        if report.refusal is None and needs_wider_window(report):
            return team
    pytest.fail("the seeded council has a team too small for a quarter on its own")


def test_a_small_quarter_reports_the_12_months_and_says_so(council):
    team = _small_team(council)
    window = RollingYear(QUARTER)
    wide = build_quarterly_report(load_quarter_data(council, window), Filters(team=team))
    report = as_rolling_year(wide, QUARTER, window)
    assert report.headlines[0] == (
        "Too few families closed this quarter to report on their own; these figures are for "
        f"{window.to_words} ({window.label}).")
    assert report.title == f"Quarterly report: {QUARTER.label}"
    words = " ".join([*report.headlines[1:], *report.definitions,
                      *(p for s in report.sections for p in s.paragraphs),
                      *(t.caption for t in report.tables())])
    assert "this quarter" not in words and "the quarter" not in words

    # Worked out apart from the report: cases of the team closed in the 12 months.
    cases = pd.read_sql("select c.id, c.closed_on, t.name as team from cases c "
                        "join teams t on c.team_id = t.id", council.connection())
    closed = pd.to_datetime(cases["closed_on"])
    expected = int(((cases["team"] == team) & (closed >= pd.Timestamp(window.start))
                    & (closed <= pd.Timestamp(window.end))).sum())
    shown = dict((row[0].text, row[1]) for row in report.tables()[0].rows)["Cases closed"]
    assert shown.text in ("fewer than 8", "not shown") or shown.number == round_count(expected)


def test_no_chart_is_drawn_with_nothing_in_it(council):
    data = load_quarter_data(council, QUARTER)
    for team in sorted(data.team_localities):
        report = build_quarterly_report(data, Filters(team=team))
        for section in report.sections:
            assert all(chart.has_values for chart in section.charts), (team, section.key)


def test_the_page_chooses_the_window_and_marks_a_partial_quarter(client, council, make_staff,
                                                                 monkeypatch):
    monkeypatch.setattr("reports.views.today", lambda: TODAY)
    sign_in(client, make_staff(Role.COMMISSIONER))
    team = _small_team(council)
    page = client.get(f"/reports/quarterly?quarter={QUARTER.code}&team={team}")
    assert page.status_code == 200
    text = re.sub(r"\s+", " ", page.get_data(as_text=True))
    assert f"these figures are for {RollingYear(QUARTER).to_words}" in text
    current = Quarter.containing(TODAY)
    page = client.get(f"/reports/quarterly?quarter={current.code}")
    assert page.status_code == 200
    assert partial_label(current, TODAY) in page.get_data(as_text=True)
    pdf = client.get(f"/reports/quarterly/pdf?quarter={QUARTER.code}&team={team}")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
