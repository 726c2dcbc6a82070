"""Results by role in the family: children's and young people's own answers beside parents',
checked against figures worked out from the database with pandas, and protected both ways."""
from __future__ import annotations

import pandas as pd
import pytest

from family_by_family_scale import SERVICE_EXPERIENCE
from reports.disclosure import FEWER_THAN, HIDDEN
from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.by_role import ROLE_LABELS, ROLES
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from surveys.records.models import Answer
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import closing_pairs, read, shown


def _table(report):
    section = next(s for s in report.sections if s.key == "by-role")
    return {row[0].text: row for row in section.tables[0].rows}


def test_each_role_counts_the_members_pandas_finds_in_the_database(council):
    data = load_quarter_data(council, QUARTER)
    pairs = closing_pairs(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    by_role = pairs.groupby("member_role").size()
    for role in ROLES:
        assert raw.counts[("role", role, "paired")] == int(by_role.get(role, 0)), role
    assert sum(raw.counts[("role", r, "paired")] for r in ROLES) == raw.counts[
        ("change", "total", "paired")]
    changes, _ = raw.extras["role_changes"]["parent_carer"]
    expected = pairs.loc[pairs["member_role"] == "parent_carer", "change"]
    assert sorted(changes) == pytest.approx(sorted(expected.tolist()))


def test_the_whole_council_shows_each_role_as_rounded_counts_and_means(council):
    data = load_quarter_data(council, QUARTER)
    pairs = closing_pairs(council, QUARTER)
    rows = _table(build_quarterly_report(data))
    assert list(rows) == [ROLE_LABELS[r] for r in ROLES]
    for role in ROLES:
        mine = pairs[pairs["member_role"] == role]
        cell = rows[ROLE_LABELS[role]][1]
        assert cell.text in (shown(len(mine)), HIDDEN)
        average = rows[ROLE_LABELS[role]][6]
        if average.number is not None:
            assert len(mine) >= 8
            assert average.number == pytest.approx(mine["change"].mean())
    parents = rows[ROLE_LABELS["parent_carer"]]
    assert parents[1].number and parents[6].number is not None, "parents' figures are shown"


def test_no_role_mean_of_one_to_seven_people_can_be_worked_out(council):
    """Within every group, a reader may subtract the roles' shown means (times their shown
    counts) from everyone's: no role of 1 to 7 people is ever the only one left unknown."""
    data = load_quarter_data(council, QUARTER)
    protection = cached_protection(data)
    for group, counts in protection.counts.items():
        raw = protection.raw[group]
        known = {("change", "total", "paired"): counts[("change", "total", "paired")].means,
                 **{("role", r, "paired"): counts[("role", r, "paired")].means for r in ROLES}}
        unknown = [k for k, ok in known.items() if not ok and raw.counts[k] > 0]
        if len(unknown) == 1:
            assert raw.counts[unknown[0]] >= 8, (group, unknown)
        for role in ROLES:
            if counts[("role", role, "paired")].means:
                assert raw.counts[("role", role, "paired")] >= 8


@pytest.mark.parametrize("locality", ["North", "East", "South", "West"])
def test_a_locality_report_never_shows_a_small_role_count(council, locality):
    report = build_quarterly_report(load_quarter_data(council, QUARTER), Filters(locality=locality))
    if report.refusal:
        return
    for row in _table(report).values():
        text = row[1].text
        assert text in (FEWER_THAN, HIDDEN) or int(text.replace(",", "")) % 5 == 0


def _young_people_answer_the_service_statements(db):
    """The questionnaire asks 13 to 17 year olds the service statements too (the seeded council
    only gives them to parents): add them to young people's middle and close questionnaires."""
    rows = read(db, """SELECT r.id, r.submitted_at FROM responses r
                       JOIN waves w ON r.wave_id = w.id
                       JOIN family_members m ON r.member_id = m.id
                       WHERE m.member_role = 'young_person' AND w.kind IN ('middle', 'close')
                         AND r.submitted_at IS NOT NULL""")
    sent = pd.to_datetime(rows["submitted_at"], utc=True)
    for number, (response_id, submitted) in enumerate(zip(rows["id"], sent, strict=True)):
        for code in SERVICE_EXPERIENCE.item_codes:
            db.add(Answer(response_id=int(response_id), instrument_code=SERVICE_EXPERIENCE.code,
                          instrument_version=SERVICE_EXPERIENCE.version, item_code=code,
                          value=(number + int(code[-1])) % 5 + 1,
                          answered_at=submitted.to_pydatetime()))
    db.commit()


def test_service_experience_by_role_counts_as_pandas_does(council):
    _young_people_answer_the_service_statements(council)
    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    answers = read(council, """
        SELECT a.item_code, a.value, r.submitted_at, m.member_role
        FROM answers a JOIN responses r ON a.response_id = r.id
        JOIN family_members m ON r.member_id = m.id
        WHERE a.item_code LIKE 'SVC%' AND a.value IS NOT NULL AND r.submitted_at IS NOT NULL""")
    sent = pd.to_datetime(answers["submitted_at"], utc=True).dt.tz_localize(None)
    answers = answers[(sent >= pd.Timestamp(QUARTER.start))
                      & (sent < pd.Timestamp(QUARTER.next().start))]
    assert set(answers["member_role"]) >= {"parent_carer", "young_person"}
    for (code, role), rows in answers.groupby(["item_code", "member_role"]):
        assert raw.counts[("service-role", role, code, "answered")] == len(rows), (code, role)
        assert raw.counts[("service-role", role, code, "agree")] == int((rows["value"] >= 4).sum())
    section = next(s for s in build_quarterly_report(data).sections if s.key == "service-by-role")
    assert len(section.tables[0].rows) == 7
    for row in section.tables[0].rows:
        for cell in row[1::2]:
            assert cell.text in ("fewer than 8", "not shown") or int(cell.text) % 5 == 0
