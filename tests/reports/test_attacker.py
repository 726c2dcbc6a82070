"""The differencing attacker (tests/reports/attacker.py) against the real report and export code:
for random councils, the aggregate CSVs of every group for one quarter must give away no count
from 1 to 7 and no mean of a group under 8. Runs on SQLite, and on PostgreSQL via
TEST_DATABASE_URL as the rest of the suite does."""
from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete

from reports.assemble import SUPPORT_LABELS
from reports.quarterly.load import load_quarter_data
from reports.quarterly.period import Quarter
from surveys.records.db import Base
from tests.reports.attacker import attack, exact_share_model, group_csvs, published_share_model
from tests.reports.council import seed_council

TODAY = date(2026, 11, 20)
QUARTER = Quarter.containing(TODAY).previous()


def _empty(db) -> None:
    for table in reversed(Base.metadata.sorted_tables):
        if table.name != "audit_events":
            db.execute(delete(table))
    db.commit()


@settings(max_examples=3, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(families=st.integers(min_value=25, max_value=70), seed=st.integers(0, 10_000))
def test_no_small_count_or_mean_can_be_worked_out_from_every_groups_csv(db, families, seed):
    _empty(db)
    seed_council(db, families=families, seed=seed, today=TODAY)
    db.commit()
    data = load_quarter_data(db, QUARTER)
    csvs = group_csvs(data, SUPPORT_LABELS)
    assert len(csvs) == 60  # the council, 4 localities and 10 teams, each alone and by 3 levels
    found = attack(csvs, data.team_localities, SUPPORT_LABELS, published_share_model)
    assert found.contradictions == []  # the attacker's reading of the rules is right
    assert found.recovered == []
    assert found.small_means == []
    assert found.shares_decoded == 0 or found.shares_seen > 0


def test_the_attacker_finds_small_counts_when_shares_come_from_exact_counts():
    """The attacker is not blind: a share with its interval from exact counts gives them away."""
    from family_by_family_scale import wilson_interval
    from reports.quarterly.model import Filters
    from tests.reports.attacker import percent_text

    table = "Questionnaires and response rates by wave"
    header = "quarter,group,table,row,column,value\r\n"

    def csv_for(due: str, answered: str, rate: str, ci: str) -> str:
        return header + "".join(f"2026Q3,g,{table},Start,{c},{v}\r\n" for c, v in (
            ("Waves due", due), ("Answered", answered), ("Not answered", "fewer than 8"),
            ("Response rate", rate), ("95% confidence interval", ci)))

    w = wilson_interval(9, 12)
    shown = (percent_text(w.estimate), f"{percent_text(w.low)} to {percent_text(w.high)}")
    found = attack({Filters(): csv_for("10", "10", *shown)}, {}, [], exact_share_model)
    assert found.shares_decoded == 1
    assert (Filters(), (table, "Start", "Not answered"), 3) in found.recovered
