"""First and latest reading for everyone measured twice, the "in a good place" share, and
outcomes per family: the rules, and the figures checked against the database with pandas."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from family_by_family_scale import FAMILY_OUTCOMES, score_table
from reports.disclosure import round_count
from reports.lattice import cached_protection, protected_counts
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.family_outcomes import family_kinds
from reports.quarterly.load import load_quarter_data
from reports.quarterly.members import first_and_latest
from reports.quarterly.readings import GOOD_PLACE
from tests.reports.council import QUARTER
from tests.reports.disclosure_rules import assert_rules_hold


@pytest.mark.parametrize(("members", "kind"), [
    (["improved", "no_change"], "better"),
    (["improved", "deteriorated"], "mixed"),
    (["no_change", "no_change"], "no_change"),
    (["deteriorated", "no_change"], "worse"),
    (["improved"], "better"),
])
def test_a_familys_outcome_reads_its_members_together(members, kind):
    index = pd.MultiIndex.from_tuples([(1, m) for m in range(len(members))],
                                      names=["case_id", "member_id"])
    assert family_kinds(pd.Series(members, index=index)).loc[1] == kind


def _answers(response_id, member_id, submitted, value, wave="middle"):
    return {"response_id": response_id, "case_id": 1, "member_id": member_id, "wave": wave,
            "submitted": pd.Timestamp(submitted), "instrument_code": "FBF",
            "instrument_version": 1, **dict.fromkeys(FAMILY_OUTCOMES.item_codes, float(value))}


def test_the_first_and_latest_reading_needs_two_readings_and_the_latest_in_the_window():
    rows = pd.DataFrame([
        _answers(1, 10, "2026-01-05", 2, "start"), _answers(2, 10, "2026-08-01", 3),
        _answers(3, 10, "2026-09-01", 4),           # latest of member 10, in the window
        _answers(4, 11, "2026-08-02", 3, "start"),  # member 11 answered once only
        _answers(5, 12, "2026-02-01", 2, "start"),  # member 12 did not answer in the window
    ])
    pairs = first_and_latest(rows, date(2026, 7, 1), date(2026, 9, 30))
    assert sorted(zip(pairs["reading"], pairs["response_id"], strict=True)) == [
        ("first", 1), ("latest", 3)]


def test_every_group_keeps_the_disclosure_rules_on_the_new_lines(council):
    data = load_quarter_data(council, QUARTER)
    protection = cached_protection(data)
    for group, raw in protection.raw.items():
        protected = protected_counts(protection, group, data.team_localities)
        new = [line for line in raw.lines if line.total in (("readings", "members"),
                                                            ("change", "families"))]
        assert len(new) == 4
        assert_rules_hold(raw.counts, new, protected)


def test_first_latest_and_good_place_match_the_database(council):
    # Worked out apart from the report: every outcome questionnaire sent by the quarter's end.
    frame = pd.read_sql(
        "select r.id as response_id, w.case_id, r.member_id, w.kind as wave, r.submitted_at, "
        "r.instrument_code, r.instrument_version, a.item_code, a.value from responses r "
        "join waves w on r.wave_id = w.id join answers a on a.response_id = r.id "
        "where r.submitted_at is not null", council.connection())
    frame["submitted"] = pd.to_datetime(frame["submitted_at"], utc=True).dt.tz_localize(None)
    frame = frame[frame["submitted"] < pd.Timestamp(QUARTER.next().start)]
    frame = frame[frame["item_code"].isin(FAMILY_OUTCOMES.item_codes)]
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    wide = frame.pivot_table(index=["response_id", "case_id", "member_id", "submitted",
                                    "instrument_code", "instrument_version"],
                             columns="item_code", values="value", aggfunc="first").reset_index()
    for code in FAMILY_OUTCOMES.item_codes:
        if code not in wide:
            wide[code] = float("nan")
    scored = score_table(wide).dropna(subset=["total"]).sort_values(["submitted", "response_id"])
    in_quarter = scored["submitted"] >= pd.Timestamp(QUARTER.start)
    latest = scored[in_quarter].groupby("member_id").last()
    first = scored.groupby("member_id").first()
    # Answered this quarter, and the first scored reading is an earlier questionnaire.
    twice = latest.index[first.loc[latest.index, "response_id"].to_numpy()
                         != latest["response_id"].to_numpy()]
    good_first = int((first.loc[twice, "total"] >= GOOD_PLACE).sum())
    good_latest = int((latest.loc[twice, "total"] >= GOOD_PLACE).sum())

    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    section = next(s for s in report.sections if s.key == "readings")
    members = dict((r[0].text, r[1]) for r in section.tables[0].rows)["Family members measured twice"]
    assert members.number == round_count(len(twice))
    good = {r[0].text: r[2] for r in section.tables[1].rows}
    for label, count in (("First reading", good_first), ("Latest reading", good_latest)):
        if good[label].number is not None:
            assert good[label].number == round(100 * round_count(count) / round_count(len(twice)))


def test_outcomes_per_family_add_up_to_the_families_in_distance_travelled(council):
    report = build_quarterly_report(load_quarter_data(council, QUARTER))
    sections = {s.key: s for s in report.sections}
    families = sections["family-outcomes"].tables[0].rows[-1][1].text
    assert f"Family members from {families} families" in sections["distance"].paragraphs[0]
    order = [s.key for s in report.sections]
    assert order.index("distance") < order.index("family-outcomes") < order.index("readings")
