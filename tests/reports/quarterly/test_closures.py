"""How cases ended beside outcomes, against pandas on the database."""
from __future__ import annotations

from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.closures import REASON_LABELS, REASONS
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import closing_pairs, read, shown


def test_closure_reasons_count_the_cases_pandas_finds(council):
    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    cases = read(council, "SELECT id, closure_reason, closed_on FROM cases "
                          "WHERE closed_on >= :start AND closed_on <= :end",
                 start=QUARTER.start, end=QUARTER.end)
    expected = cases["closure_reason"].fillna("not_recorded").value_counts()
    for reason in REASONS:
        assert raw.counts[("closure", reason, "closed")] == int(expected.get(reason, 0)), reason
    assert sum(raw.counts[("closure", r, "closed")] for r in REASONS) == len(cases)


def test_members_by_how_their_case_ended_add_up_to_distance_travelled(council):
    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    pairs = closing_pairs(council, QUARTER)
    reasons = read(council, "SELECT id AS case_id, closure_reason FROM cases")
    pairs = pairs.merge(reasons, on="case_id")
    expected = pairs["closure_reason"].fillna("not_recorded").value_counts()
    for reason in REASONS:
        assert raw.counts[("closure", reason, "paired")] == int(expected.get(reason, 0)), reason
    report = build_quarterly_report(data)
    table = next(s for s in report.sections if s.key == "closures").tables[0]
    rows = {row[0].text: row for row in table.rows}
    for reason in REASONS:
        assert rows[REASON_LABELS[reason]][3].text in (shown(int(expected.get(reason, 0))),
                                                       "not shown")
    assert rows["All"][3].text == report.areas[0].n_paired.text


def test_stepped_up_and_down_are_said_in_words(council):
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    section = next(s for s in report.sections if s.key == "closures")
    assert section.paragraphs[0].startswith("Cases stepped up to social care: ")
