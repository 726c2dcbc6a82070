"""Reach: who answered, by role and age band, against pandas on the database."""
from __future__ import annotations

import pandas as pd

from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import read, shown


def _people(council):
    sent = read(council, """SELECT r.member_id, r.submitted_at, m.member_role, m.age_band, w.case_id
                            FROM responses r JOIN family_members m ON r.member_id = m.id
                            JOIN waves w ON r.wave_id = w.id
                            WHERE r.submitted_at IS NOT NULL""")
    when = pd.to_datetime(sent["submitted_at"], utc=True).dt.tz_localize(None)
    sent = sent[(when >= pd.Timestamp(QUARTER.start)) & (when < pd.Timestamp(QUARTER.next().start))]
    return sent, sent.drop_duplicates("member_id")


def test_who_answered_is_counted_as_pandas_counts_it(council):
    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    sent, people = _people(council)
    for role, n in people["member_role"].value_counts().items():
        assert raw.counts[("reach", "role", role)] == n, role
    for band, n in people["age_band"].value_counts().items():
        assert raw.counts[("reach", "age", band)] == n, band
    assert raw.counts[("reach", "families")] == sent["case_id"].nunique()
    report = build_quarterly_report(data)
    section = next(s for s in report.sections if s.key == "reach")
    rows = {row[0].text: row[1].text for row in section.tables[0].rows}
    assert rows["Everyone who answered"] == shown(len(people))
    assert rows["Parents and carers"] in (
        shown(int((people["member_role"] == "parent_carer").sum())), "not shown")
    assert "fathers or male carers" in section.paragraphs[0]


def test_reach_in_a_team_report_shows_no_count_of_one_to_seven(council):
    data = load_quarter_data(council, QUARTER)
    team = sorted(data.team_localities)[0]
    report = build_quarterly_report(data, Filters(team=team))
    if report.refusal:
        return
    section = next(s for s in report.sections if s.key == "reach")
    for table in section.tables:
        for row in table.rows:
            text = row[1].text
            assert text in ("fewer than 8", "not shown") or int(text.replace(",", "")) % 5 == 0
