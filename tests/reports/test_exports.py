"""Exports: aggregate CSVs for report readers, answer-level CSVs for a team manager's own team."""
from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from feedback.csv_safety import FORMULA_TRIGGERS
from reports.exports import _write, pseudonym
from surveys.records.enums import Role, WaveKind
from surveys.records.models import AuditEvent, Family, FamilyMember, Team
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in


@given(st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=4), max_size=6))
def test_no_exported_cell_can_run_as_a_formula(rows):
    width = max((len(r) for r in rows), default=1)
    text = _write([f"c{i}" for i in range(width)], [r + [""] * (width - len(r)) for r in rows])
    for row in csv.reader(io.StringIO(text)):
        for cell in row:
            assert not cell.startswith(FORMULA_TRIGGERS)


def test_pseudonyms_are_stable_and_reveal_nothing():
    assert pseudonym("s", "case", 1) == pseudonym("s", "case", 1)
    assert pseudonym("s", "case", 1) != pseudonym("s", "case", 2) != pseudonym("t", "case", 1)
    assert "1" != pseudonym("s", "case", 1)[1:]


def _two_teams(db, make_staff, team):
    other = Team(name="Southmead Family Support Team", locality=team.locality)
    db.add(other)
    db.commit()
    manager = make_staff(Role.TEAM_MANAGER, team)
    ours = make_case(db, make_staff(Role.KEYWORKER, team), team, family_name="Okafor")
    theirs = make_case(db, make_staff(Role.KEYWORKER, other), other, family_name="Lindqvist")
    for case in (ours, theirs):
        add_response(db, wave_of(case, WaveKind.START), case.family.members[0],
                     {**all_items(3), "FBF01": None})
    return manager, ours, theirs


def test_team_manager_downloads_only_their_teams_answers_without_names(client, db, make_staff, team):
    manager, ours, theirs = _two_teams(db, make_staff, team)
    sign_in(client, manager)
    assert client.get("/reports/exports").status_code == 200
    long = client.get("/reports/exports/answers-long.csv")
    assert long.status_code == 200 and long.mimetype == "text/csv"
    assert "attachment" in long.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(long.get_data(as_text=True))))
    assert len(rows) == 19
    assert {r["wave"] for r in rows} == {"start"}
    assert {r["instrument_version"] for r in rows} == {"1"}
    assert {r["completion_mode"] for r in rows} == {"online"}
    assert {r["member_role"] for r in rows} == {"parent_carer"}
    assert next(r for r in rows if r["item_code"] == "FBF01")["value"] == ""
    body = long.get_data(as_text=True)
    for family in db.scalars(select(Family)):
        assert family.reference not in body and family.family_name not in body
    for member in db.scalars(select(FamilyMember)):
        assert member.first_name not in body
    assert rows[0]["case_id"] == pseudonym("test-secret", "case", ours.id)

    wide = client.get("/reports/exports/answers-wide.csv").get_data(as_text=True)
    wide_rows = list(csv.DictReader(io.StringIO(wide)))
    assert len(wide_rows) == 1 and wide_rows[0]["FBF02"] == "3" and wide_rows[0]["FBF01"] == ""
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "report_exported")).all()
    assert {e.details["kind"] for e in events} == {"answers_long", "answers_wide"}
    assert all(e.actor_id == manager.id for e in events)


def test_commissioners_get_aggregate_csvs_only(client, db, make_staff, team):
    _two_teams(db, make_staff, team)
    sign_in(client, make_staff(Role.COMMISSIONER))
    for url in ("/reports/exports", "/reports/exports/answers-long.csv",
                "/reports/exports/answers-wide.csv"):
        assert client.get(url).status_code == 404
    aggregate = client.get("/reports/quarterly/csv")
    assert aggregate.status_code == 200
    assert aggregate.get_data(as_text=True).startswith(
        "quarter,group,table,row,column,kind,value,low,high,status,shown")
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "report_exported")).one()
    assert event.details["kind"] == "quarterly_csv"


@given(st.floats(min_value=-10_000, max_value=10_000, allow_nan=False), st.integers(0, 3),
       st.sampled_from(["number", "count", "percent"]))
def test_a_shown_number_is_written_as_a_plain_number(value, places, kind):
    """Whatever a report shows ("+0.49", "\u22120.12", "1,320"), the CSV's value cell is the
    same number in plain digits: at most a leading ASCII minus, which a spreadsheet reads as a
    number, never a formula; the shown text beside it never starts a formula."""
    import re

    from reports.exports import _cell_fields
    from reports.quarterly.model import Cell

    shown = f"{value:+,.{places}f}".replace("-", "\u2212")
    kind_out, number, _, _, status = _cell_fields(Cell(shown, kind))
    assert status == "shown" and kind_out == kind
    assert number == pytest.approx(float(f"{value:.{places}f}"))
    row = next(csv.reader(io.StringIO(_write(["value", "shown"], [[number, shown]]).split(
        "\r\n", 1)[1])))
    assert re.fullmatch(r"-?\d+(\.\d+)?", row[0]), row[0]
    assert not row[1].startswith(FORMULA_TRIGGERS)
