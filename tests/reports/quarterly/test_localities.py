"""Localities and support levels side by side: each row is exactly what that group's own report
shows, and the counts agree with pandas on the database."""
from __future__ import annotations

import pytest

from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from surveys.records.enums import SupportLevel
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import read, shown


def _section(report):
    return next(s for s in report.sections if s.key == "side-by-side")


def _own_row(report):
    """A group's own figures, as its report shows them, in the side-by-side columns' order."""
    cases = {row[0].text: row[1].text for row in report.tables()[0].rows}
    rates = {row[0].text: row[4].text for row in next(
        t for t in report.tables() if t.key == "questionnaires").rows}
    total = report.areas[0]
    improved = total.shares["improved"]
    return (cases["Cases open at any time in the quarter"], cases["Cases closed"], rates["Close"],
            total.n_paired.text, "not shown" if improved is None else f"{round(100 * improved.estimate)}%")


def test_each_locality_reads_as_in_its_own_report(council):
    data = load_quarter_data(council, QUARTER)
    table = _section(build_quarterly_report(data)).tables[0]
    assert table.key == "localities"
    rows = {row[0].text: tuple(c.text for c in row[1:6]) for row in table.rows}
    assert list(rows) == ["East", "North", "South", "West", "Whole council"]
    for locality in ("East", "North", "South", "West"):
        own = build_quarterly_report(data, Filters(locality=locality))
        assert rows[locality] == _own_row(own), locality
    assert rows["Whole council"] == _own_row(build_quarterly_report(data))


def test_cases_open_in_each_locality_agree_with_pandas(council):
    cases = read(council, """SELECT c.id, l.name AS locality, c.opened_on, c.closed_on
                             FROM cases c JOIN localities l ON c.locality_id = l.id""")
    for column in ("opened_on", "closed_on"):
        cases[column] = cases[column].astype("datetime64[ns]")
    active = cases[(cases["opened_on"] <= str(QUARTER.end))
                   & (cases["closed_on"].isna() | (cases["closed_on"] >= str(QUARTER.start)))]
    expected = active.groupby("locality").size()
    table = _section(build_quarterly_report(load_quarter_data(council, QUARTER))).tables[0]
    for row in table.rows[:-1]:
        assert row[1].text in (shown(int(expected[row[0].text])), "not shown"), row[0].text
    assert table.rows[-1][1].text == shown(len(active))


@pytest.mark.parametrize("filters", [Filters(), Filters(locality="North")])
def test_support_levels_read_as_in_their_own_reports(council, filters):
    data = load_quarter_data(council, QUARTER)
    section = _section(build_quarterly_report(data, filters))
    table = next(t for t in section.tables if t.key == "support-levels")
    rows = {row[0].text: tuple(c.text for c in row[1:6]) for row in table.rows}
    assert list(rows)[-1] == "All support levels"
    for level in SupportLevel:
        own = build_quarterly_report(data, Filters(locality=filters.locality,
                                                   support_level=level.value))
        if own.refusal is None:
            assert rows[level.label] == _own_row(own), level


def test_a_locality_report_has_no_localities_table(council):
    section = _section(build_quarterly_report(load_quarter_data(council, QUARTER),
                                              Filters(locality="North")))
    assert [t.key for t in section.tables] == ["support-levels"]
