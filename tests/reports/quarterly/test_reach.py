"""Reach: who answered, by role and age band, against pandas on the database."""
from __future__ import annotations

import pandas as pd
from sqlalchemy import text

from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import read, shown


def _people(council):
    sent = read(council, """SELECT r.member_id, r.submitted_at, m.member_role, m.age_band,
                                   m.father_or_male_carer, w.case_id
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
    assert "fathers or male carers" in section.paragraphs[1]


def _tell_fathers(council) -> None:
    """About a third of the parents and carers say they are fathers or male carers, some say no
    or prefer not to say, and the rest were never asked."""
    for answer, remainder in (("yes", 0), ("no", 1), ("prefer_not_to_say", 2)):
        council.execute(text("UPDATE family_members SET father_or_male_carer = :answer "
                             "WHERE member_role = 'parent_carer' AND id % 3 = :remainder "
                             "AND (id % 7 <> 0 OR :answer = 'yes')"),
                        {"answer": answer, "remainder": remainder})
    council.commit()


def test_fathers_and_male_carers_who_answered_are_counted_as_pandas_counts_them(council):
    _tell_fathers(council)
    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    _, people = _people(council)
    parents = people[people["member_role"] == "parent_carer"]
    fathers = int((parents["father_or_male_carer"] == "yes").sum())
    assert 8 <= fathers < len(parents)
    assert raw.counts[("reach", "father", "yes")] == fathers
    assert raw.counts[("reach", "father", "other")] == len(parents) - fathers
    section = next(s for s in build_quarterly_report(data).sections if s.key == "reach")
    table = next(t for t in section.tables if t.key == "reach-fathers")
    rows = {row[0].text: row[1].text for row in table.rows}
    assert rows["Fathers and male carers"] == shown(fathers)
    assert rows["All parents and carers who answered"] == shown(len(parents))
    assert f"{shown(fathers)} were fathers or male carers" in section.paragraphs[1]


def test_fathers_in_every_group_follow_the_disclosure_rules(council):
    _tell_fathers(council)
    data = load_quarter_data(council, QUARTER)
    protection = cached_protection(data)
    for group, pcs in protection.counts.items():
        raw = protection.raw[group].counts
        for key in (("reach", "father", "yes"), ("reach", "father", "other")):
            if 0 < raw[key] < 8:
                assert not pcs[key].is_shown, (group, key)
            if pcs[key].is_shown:
                assert pcs[key].shown % 5 == 0 and abs(pcs[key].shown - raw[key]) <= 2


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
