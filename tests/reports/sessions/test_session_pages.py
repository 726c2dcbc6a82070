"""Recording co-production sessions: a team manager records, changes and deletes their team's,
an administrator any team's, keyworkers read their own team's, and nobody else reaches them."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from surveys.records.enums import ActionStatus
from surveys.records.models import AuditEvent, CoproductionSession, ServiceAction
from tests.helpers import sign_in, submit

GOOD = {"held_on": ["12", "11", "2026"], "title": "Redesigning the first visit",
        "worked_on": "Parents rewrote the questions we ask at a first visit.", "families": "7",
        "action": ""}


def _session(team, **values) -> CoproductionSession:
    defaults = dict(held_on=date(2026, 10, 1), title="Plain-English letters",
                    worked_on="Families marked up our letters.", families=6)
    return CoproductionSession(team_id=team.id, **{**defaults, **values})


def _events(db, action: str) -> list[AuditEvent]:
    return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_team_manager_records_a_session_for_their_team(client, db, people, teams, clock):
    north, _ = teams
    sign_in(client, people["manager"])
    response = submit(client, "/reports/co-production-sessions/new", GOOD)
    assert response.status_code == 302
    assert response.headers["Location"] == "/reports/co-production-sessions"
    stored = db.scalars(select(CoproductionSession)).one()
    assert (stored.team_id, stored.held_on, stored.families, stored.action_id) == (
        north.id, date(2026, 11, 12), 7, None)
    assert stored.created_by_id == people["manager"].id
    [event] = _events(db, "coproduction_session_recorded")
    assert (event.actor_id, event.target_type, event.target_id) == (
        people["manager"].id, "coproduction_session", stored.id)
    page = client.get("/reports/co-production-sessions").get_data(as_text=True)
    assert "Redesigning the first visit" in page and "12 November 2026" in page


def test_a_manager_cannot_record_for_another_team_by_posting_its_id(client, db, people, teams,
                                                                   clock):
    north, south = teams
    sign_in(client, people["manager"])
    response = submit(client, "/reports/co-production-sessions/new",
                      {**GOOD, "team": str(south.id)})
    assert response.status_code == 302
    assert db.scalars(select(CoproductionSession)).one().team_id == north.id


def test_an_administrator_records_for_the_team_they_choose(client, db, people, teams, clock):
    _, south = teams
    sign_in(client, people["admin"])
    page = client.get("/reports/co-production-sessions/new").get_data(as_text=True)
    assert "Southmead Family Support Team" in page and "Choose a team" in page
    missing = submit(client, "/reports/co-production-sessions/new", GOOD)
    assert missing.status_code == 400
    assert "Choose the team that held the session" in missing.get_data(as_text=True)
    assert submit(client, "/reports/co-production-sessions/new",
                  {**GOOD, "team": str(south.id)}).status_code == 302
    assert db.scalars(select(CoproductionSession)).one().team_id == south.id


def test_a_session_may_relate_to_a_you_said_we_did_action(client, db, people, teams, clock):
    action = ServiceAction(theme_code="explained", we_heard="Letters were hard to follow.",
                           we_did="We rewrote our letters with parents.",
                           status=ActionStatus.DONE, owner="Participation Lead",
                           started_on=date(2026, 6, 1), completed_on=date(2026, 9, 1))
    db.add(action)
    db.commit()
    sign_in(client, people["manager"])
    assert "We rewrote our letters with parents." in client.get(
        "/reports/co-production-sessions/new").get_data(as_text=True)
    submit(client, "/reports/co-production-sessions/new", {**GOOD, "action": str(action.id)})
    stored = db.scalars(select(CoproductionSession)).one()
    assert stored.action_id == action.id
    page = client.get(f"/reports/co-production-sessions/{stored.id}").get_data(as_text=True)
    assert "We rewrote our letters with parents." in page


BAD = [
    ({"held_on": ["21", "11", "2026"]}, "The date of the session must be today or in the past"),
    ({"held_on": ["31", "2", "2026"]}, "The date of the session must be a real date"),
    ({"held_on": ["", "", ""]}, "Enter the date of the session"),
    ({"held_on": ["1", "1", "1999"]}, "The date of the session must be after 1 January 2000"),
    ({"families": "0"}, "must be between 1 and 500"),
    ({"families": "501"}, "must be between 1 and 500"),
    ({"families": "2.5"}, "Enter how many families took part as a whole number"),
    ({"families": "six"}, "Enter how many families took part as a whole number"),
    ({"families": "99999999999999999999999"}, "must be between 1 and 500"),
    ({"families": ""}, "Enter how many families took part"),
    ({"title": "   "}, "Enter a short title for what was worked on"),
    ({"title": "x" * 121}, "The title must be 120 characters or fewer"),
    ({"title": "Letters\x00"}, "The title must not contain hidden control characters"),
    ({"worked_on": ""}, "Enter a few lines on what was worked on"),
    ({"action": "99999"}, "Choose an action from the list, or None"),
]


@pytest.mark.parametrize(("change", "message"), BAD, ids=[m for _, m in BAD])
def test_bad_input_is_explained_and_nothing_is_saved(client, db, people, clock, change, message):
    sign_in(client, people["manager"])
    response = submit(client, "/reports/co-production-sessions/new", {**GOOD, **change})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert message in html
    assert "<title>Error: " in html
    assert db.scalars(select(CoproductionSession)).all() == []


def test_today_is_a_good_date_and_what_was_typed_stays_after_an_error(client, db, people, clock):
    sign_in(client, people["manager"])
    kept = submit(client, "/reports/co-production-sessions/new", {**GOOD, "families": "0"})
    assert "Redesigning the first visit" in kept.get_data(as_text=True)
    today = [str(clock.day), str(clock.month), str(clock.year)]
    assert submit(client, "/reports/co-production-sessions/new",
                  {**GOOD, "held_on": today}).status_code == 302


def test_a_manager_changes_and_deletes_a_session_and_both_are_audited(client, db, people, teams,
                                                                     clock):
    north, _ = teams
    record = _session(north)
    db.add(record)
    db.commit()
    record_id = record.id
    sign_in(client, people["manager"])
    url = f"/reports/co-production-sessions/{record_id}/edit"
    assert "Plain-English letters" in client.get(url).get_data(as_text=True)
    response = submit(client, url, {**GOOD, "families": "9"})
    assert response.status_code == 302
    db.refresh(record)
    assert (record.families, record.title) == (9, "Redesigning the first visit")
    assert record.updated_at is not None
    assert len(_events(db, "coproduction_session_changed")) == 1
    delete = f"/reports/co-production-sessions/{record_id}/delete"
    assert "This cannot be undone" in client.get(delete).get_data(as_text=True)
    assert submit(client, delete, {}).status_code == 302
    db.expire_all()
    assert db.scalars(select(CoproductionSession)).all() == []
    [event] = _events(db, "coproduction_session_deleted")
    assert event.target_id == record_id and "Redesigning" not in str(event.details)


def test_a_delete_without_the_pages_token_deletes_nothing(client, db, people, teams, clock):
    north, _ = teams
    record = _session(north)
    db.add(record)
    db.commit()
    sign_in(client, people["manager"])
    response = client.post(f"/reports/co-production-sessions/{record.id}/delete", data={})
    assert response.status_code == 400
    db.expire_all()
    assert db.get(CoproductionSession, record.id) is not None


def test_keyworkers_read_their_own_teams_sessions_only(client, db, people, teams, clock):
    north, south = teams
    ours, theirs = _session(north, title="Ours: plain letters"), _session(
        south, title="Theirs: the wait for a first visit")
    db.add_all([ours, theirs])
    db.commit()
    sign_in(client, people["keyworker"])
    page = client.get("/reports/co-production-sessions").get_data(as_text=True)
    assert "Ours: plain letters" in page and "Theirs" not in page
    assert "Record a session" not in page
    assert client.get(f"/reports/co-production-sessions/{ours.id}").status_code == 200
    assert client.get(f"/reports/co-production-sessions/{theirs.id}").status_code == 404
    for path in ("new", f"{ours.id}/edit", f"{ours.id}/delete"):
        assert client.get(f"/reports/co-production-sessions/{path}").status_code == 404


@pytest.mark.parametrize("who", ["other_keyworker", "other_manager", "commissioner"])
def test_no_one_outside_the_team_reaches_its_sessions(client, db, people, teams, clock, who):
    north, _ = teams
    record = _session(north, title="Northgate's own session")
    db.add(record)
    db.commit()
    sign_in(client, people[who])
    for path in ("", "/edit", "/delete"):
        assert client.get(f"/reports/co-production-sessions/{record.id}{path}").status_code == 404
    listing = client.get("/reports/co-production-sessions")
    assert listing.status_code == (404 if who == "commissioner" else 200)
    assert "Northgate's own session" not in listing.get_data(as_text=True)
    if who == "other_manager":
        response = submit(client, f"/reports/co-production-sessions/{record.id}/edit", GOOD)
        assert response.status_code == 404
    db.expire_all()
    assert db.get(CoproductionSession, record.id).title == "Northgate's own session"


def test_an_administrator_reads_every_teams_sessions(client, db, people, teams, clock):
    north, south = teams
    db.add_all([_session(north, title="North panel"), _session(south, title="South panel")])
    db.commit()
    sign_in(client, people["admin"])
    page = client.get("/reports/co-production-sessions").get_data(as_text=True)
    assert "North panel" in page and "South panel" in page
