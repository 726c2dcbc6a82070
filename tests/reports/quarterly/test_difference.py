"""The question "Did we make a difference?" in the quarterly report: counts, the share and its
interval checked against figures worked out again from the database with pandas, by role,
and protected."""
from __future__ import annotations

import csv
import io
import math

import pandas as pd
import pytest

from family_by_family_scale import MADE_A_DIFFERENCE, MADE_A_DIFFERENCE_YOUNG_PEOPLE
from reports.disclosure import FEWER_THAN, HIDDEN
from reports.exports import aggregate_csv
from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.by_role import ROLE_LABELS, ROLES
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from reports.quarterly.trends import trend_points, trends_section
from surveys.records.models import Answer
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import read

Z = 1.959963984540054


def _families_answer_at_the_close(db) -> None:
    """The seeded council predates the question: give every close questionnaire an answer (young
    people in their own wording), mostly "quite a lot" or "a lot", some "prefer not to say"."""
    rows = read(db, """SELECT r.id, r.submitted_at, m.member_role FROM responses r
                       JOIN waves w ON r.wave_id = w.id JOIN family_members m ON r.member_id = m.id
                       WHERE w.kind = 'close' AND r.submitted_at IS NOT NULL
                         AND m.member_role IN ('parent_carer', 'young_person')""")
    sent = pd.to_datetime(rows["submitted_at"], utc=True)
    for number, (response_id, submitted, role) in enumerate(
            zip(rows["id"], sent, rows["member_role"], strict=True)):
        asked = MADE_A_DIFFERENCE_YOUNG_PEOPLE if role == "young_person" else MADE_A_DIFFERENCE
        value = (None, 4, 3, 4, 2, 3, 4, 1, 3, 4, 4)[number % 11]
        db.add(Answer(response_id=int(response_id), instrument_code=asked.code,
                      instrument_version=asked.version, item_code="DIF01", value=value,
                      answered_at=submitted.to_pydatetime()))
    db.commit()


def _answers_in_quarter(db) -> pd.DataFrame:
    """Every DIF01 answer sent in the quarter, with its family and role, straight from SQL."""
    answers = read(db, """
        SELECT w.case_id, m.member_role, a.value, r.submitted_at
        FROM answers a JOIN responses r ON a.response_id = r.id
        JOIN waves w ON r.wave_id = w.id JOIN family_members m ON r.member_id = m.id
        WHERE a.item_code = 'DIF01' AND r.submitted_at IS NOT NULL""")
    sent = pd.to_datetime(answers["submitted_at"], utc=True).dt.tz_localize(None)
    return answers[(sent >= pd.Timestamp(QUARTER.start))
                   & (sent < pd.Timestamp(QUARTER.next().start))]


def _rounded(n: int) -> int:
    return 5 * round(n / 5)


def _design_effect(frame: pd.DataFrame) -> float:
    """Kish's design effect with families as clusters (CR1), worked out with pandas."""
    y = (frame["value"] >= 3).astype(float)
    n, p = len(y), y.mean()
    sums = (y - p).groupby(frame["case_id"].to_numpy()).sum()
    g = len(sums)
    variance = g / (g - 1) * (sums ** 2).sum() / n ** 2
    return max(1.0, math.ceil(round(variance / (p * (1 - p) / n), 9) * 10) / 10)


def _wilson(p: float, m: float) -> tuple[float, float]:
    centre = (p + Z * Z / (2 * m)) / (1 + Z * Z / m)
    half = Z / (1 + Z * Z / m) * math.sqrt(p * (1 - p) / m + Z * Z / (4 * m * m))
    return max(0.0, centre - half), min(1.0, centre + half)


def test_the_share_who_said_we_made_a_difference_is_what_pandas_finds(council):
    _families_answer_at_the_close(council)
    answers = _answers_in_quarter(council)
    answered = answers[answers["value"].notna()]
    assert len(answered) >= 20 and answers["value"].isna().any()
    made, total = int((answered["value"] >= 3).sum()), len(answered)

    data = load_quarter_data(council, QUARTER)
    raw = group_raw_figures(cached_protection(data), Filters(), data.team_localities)
    assert raw.counts[("difference", "answered")] == total
    assert raw.counts[("difference", "made")] == made
    for value in (1, 2, 3, 4):
        assert raw.counts[("difference", value)] == int((answered["value"] == value).sum())
    for role in ROLES:
        mine = answered[answered["member_role"] == role]
        assert raw.counts[("difference-role", role, "answered")] == len(mine), role
        assert raw.counts[("difference-role", role, "made")] == int((mine["value"] >= 3).sum())

    report = build_quarterly_report(data)
    section = next(s for s in report.sections if s.key == "difference")
    rows = {row[0].text: row for row in section.tables[0].rows}
    share = _rounded(made) / _rounded(total)
    low, high = _wilson(share, _rounded(total) / _design_effect(answered))
    assert rows["Made a difference (quite a lot or a lot)"][1].text == f"{_rounded(made)}"
    assert rows["Made a difference (quite a lot or a lot)"][2].text == f"{round(100 * share)}%"
    assert rows["Everyone who answered"][1].text == f"{_rounded(total)}"
    interval = f"{round(100 * share)}% said working with us had made a difference to their " \
               f"family quite a lot or a lot (95% confidence interval {round(100 * low)}% to " \
               f"{round(100 * high)}%)"
    assert interval in section.paragraphs[0]
    assert any(f"{round(100 * share)}% of family members who answered at the close" in line
               for line in report.headlines)

    by_role = {row[0].text: row for row in section.tables[1].rows}
    assert list(by_role) == [ROLE_LABELS[r] for r in ROLES]
    parents = answered[answered["member_role"] == "parent_carer"]
    assert by_role[ROLE_LABELS["parent_carer"]][1].text == f"{_rounded(len(parents))}"
    assert by_role[ROLE_LABELS["child"]][1].text == FEWER_THAN  # under 13s are not asked

    # The CSV carries the same shown figures, and nothing finer.
    csv_rows = list(csv.DictReader(io.StringIO(aggregate_csv(report))))
    shown = next(r for r in csv_rows if r["table"] == section.tables[0].caption
                 and r["row"].startswith("Made a difference") and r["column"] == "Share")
    assert (shown["value"], shown["status"]) == (str(round(100 * share)), "shown")


@pytest.mark.parametrize("locality", ["North", "East", "South", "West"])
def test_a_locality_report_never_shows_a_small_count_of_answers(council, locality):
    _families_answer_at_the_close(council)
    report = build_quarterly_report(load_quarter_data(council, QUARTER), Filters(locality=locality))
    if report.refusal:
        return
    section = next(s for s in report.sections if s.key == "difference")
    for table in section.tables:
        for row in table.rows:
            text = row[1].text
            assert text in (FEWER_THAN, HIDDEN) or int(text.replace(",", "")) % 5 == 0


def test_the_trend_shows_each_quarters_share_who_said_we_made_a_difference(council):
    _families_answer_at_the_close(council)
    values = pd.to_numeric(_answers_in_quarter(council)["value"], errors="coerce").dropna()
    expected = _rounded(int((values >= 3).sum())) / _rounded(len(values))
    # The quarter's own trend point (the other seven quarters are worked out the same way).
    points = [trend_points(load_quarter_data(council, QUARTER))[Filters()]]
    assert points[-1].difference is not None
    assert math.isclose(points[-1].difference.estimate, expected)
    table = trends_section(points).tables[0]
    assert table.columns[-1] == "Said we made a difference"
    assert table.rows[-1][-1].text == f"{round(100 * expected)}%"
