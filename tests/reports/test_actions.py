""""You said, we did": managers record actions, commissioners read them, families see the latest."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.period import Quarter
from surveys.questionnaire.actions import recent_actions
from surveys.records.enums import ActionStatus, Role, WaveKind
from surveys.records.models import Comment, Locality, ServiceAction
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in, submit


def _action(**values) -> ServiceAction:
    defaults = dict(theme_code="kept_informed", we_heard="You said nobody rang back.",
                    we_did="We return calls within two days.", status=ActionStatus.DONE,
                    owner="Head of Early Help", started_on=date(2026, 5, 1))
    return ServiceAction(**{**defaults, **values})


def test_a_team_manager_records_an_action(client, db, make_staff, team):
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    response = submit(client, "/reports/actions/new", {
        "theme_code": "more_time", "we_heard": "You said support ended too soon.",
        "we_did": "We now plan endings with you.", "status": "in_progress",
        "owner": "Head of Early Help", "locality": str(team.locality_id),
        "started_on": ["1", "7", "2026"]})
    assert response.status_code == 302 and response.headers["Location"] == "/reports/actions"
    action = db.scalars(select(ServiceAction)).one()
    assert (action.theme_code, action.status, action.started_on, action.locality_id) == (
        "more_time", ActionStatus.IN_PROGRESS, date(2026, 7, 1), team.locality_id)
    page = client.get("/reports/actions").get_data(as_text=True)
    assert "We now plan endings with you." in page and "We are doing this" in page


def test_a_done_action_needs_the_date_it_was_done(client, db, make_staff, team):
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    response = submit(client, "/reports/actions/new", {
        "theme_code": "more_time", "we_heard": "x", "we_did": "y", "status": "done",
        "owner": "Head of Early Help", "locality": "", "started_on": ["1", "7", "2026"],
        "completed_on": ["", "", ""]})
    assert response.status_code == 400
    assert "Enter the date the action was done" in response.get_data(as_text=True)


def test_a_manager_changes_an_action_and_a_missing_one_is_explained(client, db, make_staff, team):
    action = _action(status=ActionStatus.PLANNED)
    db.add(action)
    db.commit()
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    url = f"/reports/actions/{action.id}/edit"
    assert "You said nobody rang back." in client.get(url).get_data(as_text=True)
    submit(client, url, {"theme_code": "kept_informed", "we_heard": "You said nobody rang back.",
                         "we_did": "We ring back within a day.", "status": "done",
                         "owner": "Head of Early Help", "locality": "",
                         "started_on": ["1", "5", "2026"], "completed_on": ["1", "6", "2026"]})
    db.refresh(action)
    assert action.status is ActionStatus.DONE and action.completed_on == date(2026, 6, 1)
    assert client.get("/reports/actions/999/edit").status_code == 404


def test_a_manager_looks_after_their_own_locality_and_whole_council_actions(client, db, make_staff,
                                                                           team):
    south = Locality(name="South")
    db.add(south)
    db.flush()
    theirs = _action(we_did="South runs a Saturday drop-in.", locality_id=south.id)
    ours = _action(we_did="North rings back in a day.", locality_id=team.locality_id)
    everyone = _action(we_did="Letters are in plain English.")
    db.add_all([theirs, ours, everyone])
    db.commit()
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    page = client.get("/reports/actions").get_data(as_text=True)
    assert "South runs a Saturday drop-in." in page  # everyone reads every action
    for action, may in [(theirs, False), (ours, True), (everyone, True)]:
        assert (f"/reports/actions/{action.id}/edit" in page) is may
    refused = client.get(f"/reports/actions/{theirs.id}/edit", follow_redirects=True)
    assert "That action belongs to South" in refused.get_data(as_text=True)
    form = client.get("/reports/actions/new").get_data(as_text=True)
    assert ">North<" in form and ">South<" not in form
    response = submit(client, "/reports/actions/new", {
        "theme_code": "more_time", "we_heard": "x", "we_did": "y", "status": "planned",
        "owner": "Head of Early Help", "locality": str(south.id), "started_on": ["1", "7", "2026"]})
    assert response.status_code == 400
    assert db.scalar(select(ServiceAction).where(ServiceAction.we_did == "y")) is None


def test_commissioners_read_actions_but_cannot_change_them(client, db, make_staff):
    db.add(_action())
    db.commit()
    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get("/reports/actions").get_data(as_text=True)
    assert "We return calls within two days." in page and "Add an action" not in page
    assert client.get("/reports/actions/new").status_code == 404


def test_families_see_the_latest_actions_done_first_without_owners(db):
    db.add_all([_action(we_did="planned one", status=ActionStatus.PLANNED, started_on=date(2026, 9, 1)),
                _action(we_did="done one"),
                _action(we_did="doing one", status=ActionStatus.IN_PROGRESS),
                _action(we_did="older done", started_on=date(2025, 1, 1))])
    db.commit()
    shown = recent_actions(db, limit=3)
    assert [a.we_did for a in shown] == ["done one", "older done", "doing one"]
    assert shown[0].status_label == "We did this"
    assert not hasattr(shown[0], "owner")


def test_the_report_counts_an_actions_theme_before_and_after_it_started(db, make_staff, team):
    worker = make_staff(Role.KEYWORKER, team)
    started = date.today() - timedelta(days=40)
    quarter = Quarter.containing(date.today())
    db.add(_action(started_on=started, completed_on=None, status=ActionStatus.IN_PROGRESS))
    for i in range(12):
        case = make_case(db, worker, team, family_name=f"F{i}", opened_on=quarter.start)
        response = add_response(db, wave_of(case, WaveKind.START), case.family.members[0],
                                all_items(3), comments={"do_better": "nobody rang back"})
        comment = db.scalars(select(Comment).where(Comment.response_id == response.id)).one()
        comment.themes, comment.sentiment = ["kept_informed"], "negative"
        from datetime import UTC, datetime, time
        day = started - timedelta(days=10) if i < 9 else started + timedelta(days=5)
        comment.written_at = datetime.combine(day, time(12), tzinfo=UTC)
    db.commit()
    report = build_quarterly_report(load_quarter_data(db, quarter))
    actions = next(s for s in report.sections if s.key == "actions").tables[0]
    row = actions.rows[0]
    # 10 of 10 negative would say something true of every family in the group: never 100% (issue 15)
    assert [c.text for c in row[4:]] == ["10", "not shown", "fewer than 8", "not shown"]
