"""Change statement by statement and the entry snapshot, against pandas on the database."""
from __future__ import annotations

import pandas as pd

from family_by_family_scale import FAMILY_OUTCOMES
from reports.lattice import cached_protection, group_raw_figures
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters
from tests.reports.council import QUARTER
from tests.reports.quarterly.independent import AREAS, closing_case_ids, item_answers, shown


def _raw(council):
    data = load_quarter_data(council, QUARTER)
    return data, group_raw_figures(cached_protection(data), Filters(), data.team_localities)


def test_every_statement_counts_moves_as_pandas_does(council):
    data, raw = _raw(council)
    answers = item_answers(council)
    answers = answers[answers["case_id"].isin(closing_case_ids(council, QUARTER))
                      & answers["wave"].isin(["start", "close"]) & answers["value"].notna()]
    wide = answers.pivot_table(index=["member_id", "item_code"], columns="wave", values="value",
                               aggfunc="first").dropna()
    step = wide["close"] - wide["start"]
    for code in FAMILY_OUTCOMES.item_codes:
        mine = step.xs(code, level="item_code") if code in step.index.get_level_values(1) \
            else pd.Series(dtype=float)
        assert raw.counts[("statement", code, "up")] == int((mine > 0).sum()), code
        assert raw.counts[("statement", code, "down")] == int((mine < 0).sum()), code
        assert raw.counts[("statement", code, "paired")] == len(mine), code
    table = next(s for s in build_quarterly_report(data).sections if s.key == "statements").tables[0]
    assert len(table.rows) == 19
    first = step.xs("FBF01", level="item_code")
    assert table.rows[0][1].text in (shown(len(first)), "not shown")


def test_the_entry_snapshot_counts_good_places_as_pandas_does(council):
    data, raw = _raw(council)
    answers = item_answers(council)
    sent = pd.to_datetime(answers["submitted_at"], utc=True).dt.tz_localize(None)
    starts = answers[(answers["wave"] == "start") & (sent >= pd.Timestamp(QUARTER.start))
                     & (sent < pd.Timestamp(QUARTER.next().start))].copy()
    starts["area"] = starts["item_code"].map(AREAS)
    per_area = starts.groupby(["member_id", "case_id", "area"]).agg(
        mean=("value", "mean"), answered=("value", "count"), items=("item_code", "count"))
    sizes = pd.Series(AREAS).value_counts()
    valid = per_area["answered"] * 4 >= per_area.index.get_level_values("area").map(sizes).to_numpy() * 3
    per_area = per_area[valid]
    for area, rows in per_area.groupby(level="area"):
        assert raw.counts[("snapshot", area, "scored")] == len(rows), area
        assert raw.counts[("snapshot", area, "good")] == int((rows["mean"] >= 4).sum()), area


def test_statement_and_snapshot_shares_rest_on_shown_counts(council):
    report = build_quarterly_report(load_quarter_data(council, QUARTER), Filters(locality="East"))
    for key in ("statements", "snapshot"):
        section = next(s for s in report.sections if s.key == key)
        for row in section.tables[0].rows:
            if row[1].text in ("fewer than 8", "not shown"):
                assert all(c.text == "not shown" for c in row[2:]), row
