"""The keyworker's and team manager's dashboard: what is due, who has not answered, comments,
cases heading to close; and a fixed number of queries whatever the caseload."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event

from surveys.records.enums import Role, WaveKind
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in


def _section(html: str, start_id: str, end_id: str | None) -> str:
    start = html.index(f'id="{start_id}"')
    return html[start:html.index(f'id="{end_id}"')] if end_id else html[start:]


def test_dashboard_sorts_waves_and_names_who_has_not_answered(client, db, make_staff, team):
    """Opened today, Grace has answered: start due, Tobi still to answer. Opened 3 weeks ago, no
    answers: start overdue. Opened 22 weeks ago with start and middle done: close due in 2
    weeks, so heading to close."""
    keyworker = make_staff(Role.KEYWORKER, team)
    today = date.today()
    new = make_case(db, keyworker, team, family_name="Nowak")
    make_case(db, keyworker, team, family_name="Adeyemi", opened_on=today - timedelta(weeks=3))
    closing = make_case(db, keyworker, team, family_name="Patel",
                        opened_on=today - timedelta(weeks=22))
    add_response(db, wave_of(new, WaveKind.START), new.family.members[0], all_items(3))
    for kind in (WaveKind.START, WaveKind.MIDDLE):
        add_response(db, wave_of(closing, kind), closing.family.members[0], all_items(3))
        add_response(db, wave_of(closing, kind), closing.family.members[1], all_items(3))

    sign_in(client, keyworker)
    html = client.get("/dashboard").get_data(as_text=True)
    assert "3 open cases" in html
    overdue = _section(html, "overdue", "due")
    assert "Adeyemi family" in overdue and "Grace, Tobi" in overdue
    due = _section(html, "due", "closing")
    assert "Nowak family" in due and "Partly answered" in due and "Adeyemi" not in due
    assert "<td class=\"govuk-table__cell\">Tobi</td>" in due
    heading = _section(html, "closing", "recent-comments")
    assert "Patel family" in heading and "Nowak" not in heading
    assert f'href="/cases/{closing.id}/journey"' in heading


def test_recent_comments_put_unacknowledged_flags_first(client, db, make_staff, team):
    """A safeguarding flag no one has acknowledged comes before newer comments."""
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team)
    grace, tobi = case.family.members
    flagged = add_response(db, wave_of(case, WaveKind.START), tobi, all_items(3),
                           comments={"anything_else": "Dad shouts and I get scared."})
    flagged.comments[0].is_safeguarding = True
    db.commit()
    add_response(db, wave_of(case, WaveKind.START), grace, all_items(3),
                 comments={"helped_most": "Talking it through every week."})
    sign_in(client, keyworker)
    html = client.get("/dashboard").get_data(as_text=True)
    comments = _section(html, "recent-comments", None)
    assert comments.index("Dad shouts") < comments.index("Talking it through")
    assert "1 safeguarding flag needs acknowledging" in html


def test_team_manager_sees_the_whole_team_and_keyworkers_only_their_own(
        client, db, make_staff, team):
    """Same dashboard, scoped by case_scope."""
    first, second = make_staff(Role.KEYWORKER, team), make_staff(Role.KEYWORKER, team)
    make_case(db, first, team, family_name="Nowak")
    make_case(db, second, team, family_name="Adeyemi")
    sign_in(client, first)
    html = client.get("/dashboard").get_data(as_text=True)
    assert "Nowak" in html and "Adeyemi" not in html
    manager_client = client.application.test_client()
    sign_in(manager_client, make_staff(Role.TEAM_MANAGER, team))
    html = manager_client.get("/dashboard").get_data(as_text=True)
    assert "Team dashboard" in html and "Nowak" in html and "Adeyemi" in html


@pytest.mark.parametrize("role", [Role.COMMISSIONER, Role.ADMIN])
def test_dashboard_is_for_case_holders_only(client, make_staff, team, role):
    """Commissioners and administrators have their own home pages."""
    sign_in(client, make_staff(role, team))
    assert client.get("/dashboard").status_code == 404


def test_home_after_sign_in_and_nav_lead_to_the_dashboard(client, make_staff, team):
    """Keyworkers and team managers land on the dashboard, and the header links to it."""
    response = sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    assert response.headers["Location"] == "/dashboard"
    assert '<a href="/dashboard">Dashboard</a>' in client.get("/dashboard").get_data(as_text=True)


def _queries_for_dashboard(app, client) -> int:
    count = 0

    def counter(*_args):
        nonlocal count
        count += 1

    engine = app.extensions["fv_engine"]
    event.listen(engine, "before_cursor_execute", counter)
    try:
        assert client.get("/dashboard").status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", counter)
    return count


def test_dashboard_runs_the_same_number_of_queries_for_10_and_60_cases(
        app, db, make_staff, team):
    """No query per case: the count is fixed whatever the caseload (a count, not a timing)."""
    counts = {}
    for size in (10, 60):
        keyworker = make_staff(Role.KEYWORKER, team)
        for n in range(size):
            case = make_case(db, keyworker, team, family_name=f"Family {n}")
            add_response(db, wave_of(case, WaveKind.START), case.family.members[0],
                         all_items(3), comments={"helped_most": f"Comment {n}"})
        client = app.test_client()
        sign_in(client, keyworker)
        client.get("/dashboard")  # warm up: first-request work is not the dashboard's
        counts[size] = _queries_for_dashboard(app, client)
    assert counts[10] == counts[60]


def test_an_unacknowledged_flag_links_straight_to_acknowledging_it(client, db, make_staff, team):
    from sqlalchemy import select as _select

    from surveys.records.enums import Role as _Role
    from surveys.records.enums import WaveKind as _WaveKind
    from surveys.records.models import Comment as _Comment
    from tests.factories import add_response, all_items, make_case, wave_of
    from tests.helpers import sign_in as _sign_in

    worker = make_staff(_Role.KEYWORKER, team)
    case = make_case(db, worker, team)
    add_response(db, wave_of(case, _WaveKind.START), case.family.members[0], all_items(3),
                 comments={"anything_else": "my partner hits me when he drinks"})
    comment = db.scalar(_select(_Comment))
    comment.is_safeguarding = True
    db.commit()
    _sign_in(client, worker)
    link = f'href="/feedback/comments/{comment.id}/acknowledge"'
    assert link in client.get("/dashboard").get_data(as_text=True)
    assert link in client.get(f"/cases/{case.id}/journey").get_data(as_text=True)


def test_a_case_whose_close_questionnaire_was_cancelled_is_heading_to_close_without_one(
        client, db, make_staff, team):
    """Close wave cancelled, planned end in a week: the case is listed as closing with no
    closing questionnaire, so the keyworker can still ask the family before closing."""
    from surveys.records.enums import WaveStatus

    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team, family_name="Hughes",
                     opened_on=date.today() - timedelta(weeks=23))
    wave_of(case, WaveKind.CLOSE).status = WaveStatus.CANCELLED
    db.commit()
    sign_in(client, keyworker)
    heading = _section(client.get("/dashboard").get_data(as_text=True), "closing",
                       "recent-comments")
    assert "Hughes family" in heading and "no closing questionnaire" in heading
    assert "Cancelled" in heading


def test_the_flag_count_covers_every_open_flag_not_only_the_recent_comments(
        client, db, make_staff, team):
    """20 unacknowledged flags: the list shows a page of recent comments, the banner says 20."""
    keyworker = make_staff(Role.KEYWORKER, team)
    for n in range(20):
        case = make_case(db, keyworker, team, family_name=f"Family {n}")
        response = add_response(db, wave_of(case, WaveKind.START), case.family.members[0],
                                all_items(3), comments={"anything_else": f"Worried {n}"})
        response.comments[0].is_safeguarding = True
    db.commit()
    sign_in(client, keyworker)
    html = client.get("/dashboard").get_data(as_text=True)
    assert "20 safeguarding flags need acknowledging" in " ".join(html.split())
