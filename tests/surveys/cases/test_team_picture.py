"""A team manager's picture of their own team over the last 12 months: response rates, overdue
questionnaires and distance travelled, counted from their own families only."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest

from family_by_family_scale import FAMILY_OUTCOMES, MemberAnswers
from surveys.cases.team_picture import build_team_picture, family_distance
from surveys.records.enums import ClosureReason, Role, WaveKind, WaveStatus
from surveys.records.models import Team
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in

TODAY = date(2026, 11, 23)


@dataclass
class _Wave:
    kind: WaveKind
    due_on: date
    status: WaveStatus = WaveStatus.SCHEDULED
    completed_on: date | None = None


@dataclass
class _Case:
    id: int
    waves: list[_Wave] = field(default_factory=list)
    closed_on: date | None = None


def _answers(value: int) -> list[MemberAnswers]:
    return [MemberAnswers("1", {code: value for code in FAMILY_OUTCOMES.item_codes})]


def test_waves_due_in_the_last_12_months_count_towards_the_rates():
    cases = [
        _Case(1, [_Wave(WaveKind.START, TODAY - timedelta(days=400), WaveStatus.DONE),  # too old
                  _Wave(WaveKind.MIDDLE, TODAY - timedelta(days=300), WaveStatus.DONE),
                  _Wave(WaveKind.CLOSE, TODAY - timedelta(days=30))]),  # overdue
        _Case(2, [_Wave(WaveKind.START, TODAY - timedelta(days=10)),  # due, not yet overdue
                  _Wave(WaveKind.MIDDLE, TODAY + timedelta(days=5))]),  # not due yet
        _Case(3, [_Wave(WaveKind.START, TODAY - timedelta(days=100), WaveStatus.CANCELLED),
                  _Wave(WaveKind.MIDDLE, TODAY - timedelta(days=60))],  # closed: not needed
              closed_on=TODAY - timedelta(days=20)),
    ]
    picture = build_team_picture(cases, {}, TODAY)
    rows = {w.kind: (w.due, w.answered, w.overdue) for w in picture.waves}
    assert rows == {WaveKind.START: (1, 0, 0), WaveKind.MIDDLE: (1, 1, 0),
                    WaveKind.CLOSE: (1, 0, 1)}
    assert (picture.due, picture.answered, picture.overdue) == (3, 1, 1)
    assert picture.response_rate == pytest.approx(1 / 3)
    assert picture.since == TODAY - timedelta(days=365)


def test_distance_travelled_counts_families_whose_close_was_answered_in_the_window():
    def closing(case_id: int, completed: date) -> _Case:
        return _Case(case_id, [_Wave(WaveKind.CLOSE, completed, WaveStatus.DONE, completed)])

    cases = [closing(1, TODAY - timedelta(days=30)), closing(2, TODAY - timedelta(days=60)),
             closing(3, TODAY - timedelta(days=90)), closing(4, TODAY - timedelta(days=500)),
             closing(5, TODAY - timedelta(days=5))]
    answers = {1: (_answers(2), _answers(4)), 2: (_answers(3), _answers(3)),
               3: (_answers(4), _answers(3)), 4: (_answers(1), _answers(5)),  # too long ago
               5: (_answers(2), [])}  # nobody answered at the close: not compared
    picture = build_team_picture(cases, answers, TODAY)
    assert picture.families_compared == 3
    assert (picture.families_better, picture.families_same, picture.families_worse) == (1, 1, 1)
    assert picture.average_distance == pytest.approx((2 + 0 - 1) / 3)


@pytest.mark.parametrize(("start", "close", "expected"), [
    (_answers(2), _answers(5), 3.0), ((), _answers(5), None), (_answers(2), (), None),
    ([MemberAnswers("1", dict.fromkeys(FAMILY_OUTCOMES.item_codes))], _answers(3), None)])
def test_family_distance_is_close_minus_start_or_nothing(start, close, expected):
    assert family_distance(start, close) == (pytest.approx(expected) if expected else None)


def test_the_team_page_shows_the_managers_own_teams_last_12_months(client, db, make_staff, team,
                                                                     today):
    manager = make_staff(Role.TEAM_MANAGER, team)
    keyworker = make_staff(Role.KEYWORKER, team)
    closed = make_case(db, keyworker, team, opened_on=today - timedelta(weeks=30))
    parent = closed.family.members[0]
    add_response(db, wave_of(closed, WaveKind.START), parent, all_items(2))
    add_response(db, wave_of(closed, WaveKind.CLOSE), parent, all_items(4))
    closed.closed_on, closed.closure_reason = today - timedelta(weeks=5), ClosureReason.OUTCOMES_MET
    make_case(db, keyworker, team, family_name="Nowak", opened_on=today - timedelta(days=21))
    db.commit()
    # another team's overdue questionnaire and improving family are not this manager's
    other_team = Team(name="Other team", locality=team.locality)
    db.add(other_team)
    db.commit()
    elsewhere = make_case(db, make_staff(Role.KEYWORKER, other_team), other_team,
                          opened_on=today - timedelta(weeks=30))
    add_response(db, wave_of(elsewhere, WaveKind.START), elsewhere.family.members[0], all_items(1))
    add_response(db, wave_of(elsewhere, WaveKind.CLOSE), elsewhere.family.members[0], all_items(5))

    sign_in(client, manager)
    html = client.get("/team").get_data(as_text=True)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert "Your team's last 12 months" in html
    # start and close of the closed case (its middle no longer needed) and the new case's start,
    # three weeks late
    assert "2 of 3 answered (67%). 1 is overdue" in text
    assert re.search(r"Start 2 1 50% 1 Middle 0 0 – 0 Close 1 1 100% 0", text), text
    assert "1 family answered both the start and close questionnaires" in text
    assert "moved by +2.0 on the 1 to 5 scale" in text
    assert "1 moved up" in text and "0 moved down" in text
    assert "Other team" not in text
