"""Changes of role: nobody changes their own; a change that gives access to families' cases
waits for a different administrator to confirm it; one that only takes access away applies at
once; the person is signed out whenever their role actually changes; every step is audited."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from surveys.records.enums import Role, RoleChangeStatus
from surveys.records.models import AuditEvent, Locality, Team
from surveys.records.staff import RoleChange, StaffUser
from surveys.staff.role_changes import gives_case_access
from tests.factories import make_case
from tests.helpers import csrf_token, sign_in, submit

KW, TM, COM, ADM = Role.KEYWORKER, Role.TEAM_MANAGER, Role.COMMISSIONER, Role.ADMIN


@pytest.mark.parametrize(("before", "after", "gives"), [
    ((ADM, None), (TM, 1), True),
    ((COM, None), (KW, 1), True),
    ((KW, 1), (TM, 1), True),      # own caseload -> the whole team's
    ((TM, 1), (TM, 2), True),      # another team's cases
    ((KW, 1), (KW, 2), True),
    ((TM, 1), (KW, 1), False),     # narrower
    ((KW, 1), (COM, None), False),
    ((TM, 1), (ADM, None), False),
    ((COM, None), (ADM, None), False),
])
def test_which_changes_give_access_to_cases(before, after, gives):
    assert gives_case_access(*before, *after) is gives


def _edit(client, person: StaffUser, role: Role, team: Team | None):
    return submit(client, f"/admin/users/{person.id}", {
        "display_name": person.display_name, "email": person.email, "role": role.value,
        "team": str(team.id) if team else "", "password": ""})


def _decide(client, change_id: int, decision: str):
    token = csrf_token(client, "/admin/users")
    return client.post(f"/admin/role-changes/{change_id}",
                       data={"csrf_token": token, "decision": decision}, follow_redirects=True)


def _role_of(db, user_id: int) -> tuple[Role, int | None]:
    db.expire_all()
    user = db.get(StaffUser, user_id)
    return user.role, user.team_id


def _is_signed_in(browser) -> bool:
    return browser.get("/account").status_code == 200


def _audit(db, action: str) -> list[AuditEvent]:
    return db.scalars(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_an_administrator_cannot_make_themselves_a_team_manager(client, db, make_staff, team):
    admin = make_staff(ADM)
    keyworker = make_staff(KW, team)
    case = make_case(db, keyworker, team)
    sign_in(client, admin)
    response = _edit(client, admin, TM, team)
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "<title>Error:" in html and "You cannot change your own role or team" in html
    assert _role_of(db, admin.id) == (ADM, None)
    assert db.scalars(select(RoleChange)).all() == []
    # and, in the same session, still no case content or subject-access download
    assert client.get(f"/cases/{case.id}").status_code == 404
    member = case.family.members[0]
    assert client.get(f"/cases/{case.id}/members/{member.id}/subject-access").status_code == 404


def test_giving_case_access_waits_for_a_different_administrator(app, client, db, make_staff,
                                                                 team):
    asker, confirmer = make_staff(ADM), make_staff(ADM)
    person = make_staff(COM)
    their_browser = app.test_client()
    sign_in(their_browser, person)
    sign_in(client, asker)
    response = _edit(client, person, TM, team)
    assert response.status_code == 302 and response.headers["Location"] == "/admin/users"
    page = client.get("/admin/users").get_data(as_text=True)
    assert "waits for another administrator to confirm it" in page
    assert "You asked for this: another administrator must confirm it." in page
    assert _role_of(db, person.id) == (COM, None)  # nothing changed yet
    assert _is_signed_in(their_browser)
    change = db.scalars(select(RoleChange)).one()
    assert change.status is RoleChangeStatus.PENDING

    refused = _decide(client, change.id, "confirm")  # the asker cannot confirm it
    assert "a different administrator must confirm it" in refused.get_data(as_text=True)
    assert _role_of(db, person.id) == (COM, None)

    other = app.test_client()
    sign_in(other, confirmer)
    confirmed = _decide(other, change.id, "confirm")
    assert confirmed.request.path == "/admin/users"
    assert f"{person.display_name} is now a team manager" in confirmed.get_data(as_text=True)
    assert _role_of(db, person.id) == (TM, team.id)
    assert not _is_signed_in(their_browser)  # signed out when the role changed
    asked, = _audit(db, "role_change_requested")
    done, = _audit(db, "role_change_confirmed")
    assert (asked.actor_id, done.actor_id) == (asker.id, confirmer.id)
    assert done.details == {"role_change_id": change.id, "requested_by_id": asker.id,
                            "decided_by_id": confirmer.id, "from_role": "commissioner",
                            "from_team_id": None, "to_role": "team_manager",
                            "to_team_id": team.id, "new_account": False}


def test_the_person_whose_role_it_is_cannot_confirm_it(app, client, db, make_staff, team):
    asker, person = make_staff(ADM), make_staff(ADM)
    sign_in(client, asker)
    _edit(client, person, TM, team)
    change = db.scalars(select(RoleChange)).one()
    theirs = app.test_client()
    sign_in(theirs, person)
    page = theirs.get("/admin/users").get_data(as_text=True)
    assert "This is your own role: another administrator must confirm it." in page
    refused = _decide(theirs, change.id, "confirm")
    assert "change to your own role" in refused.get_data(as_text=True)
    assert _role_of(db, person.id) == (ADM, None)


def test_a_rejected_change_changes_nothing(app, client, db, make_staff, team):
    asker, other_admin = make_staff(ADM), make_staff(ADM)
    person = make_staff(COM)
    sign_in(client, asker)
    _edit(client, person, KW, team)
    change = db.scalars(select(RoleChange)).one()
    other = app.test_client()
    sign_in(other, other_admin)
    rejected = _decide(other, change.id, "reject")
    assert "nothing changed" in rejected.get_data(as_text=True)
    assert _role_of(db, person.id) == (COM, None)
    db.refresh(change)
    assert change.status is RoleChangeStatus.REJECTED and change.decided_by_id == other_admin.id
    assert len(_audit(db, "role_change_rejected")) == 1
    assert "None are waiting." in other.get("/admin/users").get_data(as_text=True)


def test_moving_a_team_manager_to_another_team_waits_too(client, db, make_staff, team):
    other_team = Team(name="Southfield Family Support Team",
                      locality=Locality(name="South"))
    db.add(other_team)
    db.commit()
    admin = make_staff(ADM)
    manager = make_staff(TM, team)
    sign_in(client, admin)
    assert _edit(client, manager, TM, other_team).status_code == 302
    assert _role_of(db, manager.id) == (TM, team.id)
    change = db.scalars(select(RoleChange)).one()
    assert (change.to_role, change.to_team_id) == (TM, other_team.id)


def test_taking_case_access_away_applies_at_once_and_signs_them_out(app, client, db, make_staff,
                                                                     team):
    admin = make_staff(ADM)
    keyworker = make_staff(KW, team)
    their_browser = app.test_client()
    sign_in(their_browser, keyworker)
    assert their_browser.get("/caseload").status_code == 200
    sign_in(client, admin)
    response = _edit(client, keyworker, COM, None)
    assert response.status_code == 302
    assert _role_of(db, keyworker.id) == (COM, None)
    assert db.scalars(select(RoleChange)).all() == []
    page = their_browser.get("/caseload")
    assert page.status_code == 302 and "/sign-in" in page.headers["Location"]
    changed, = _audit(db, "role_changed")
    assert changed.details["from_role"] == "keyworker" and changed.details["to_role"] == "commissioner"


def test_a_single_administrator_is_told_what_to_do(client, db, make_staff, team):
    admin = make_staff(ADM)
    person = make_staff(COM)
    sign_in(client, admin)
    _edit(client, person, KW, team)
    page = client.get("/admin/users").get_data(as_text=True)
    assert "You are the only administrator" in page
    assert "flask --app wsgi create-user --role admin" in page
    edit = client.get(f"/admin/users/{person.id}").get_data(as_text=True)
    assert "is waiting for another administrator to confirm it" in edit


def test_a_second_change_for_someone_waits_for_the_first(client, db, make_staff, team):
    admin = make_staff(ADM)
    person = make_staff(COM)
    sign_in(client, admin)
    _edit(client, person, KW, team)
    response = _edit(client, person, TM, team)
    assert response.status_code == 400
    assert "already waiting for another administrator" in response.get_data(as_text=True)
    assert len(db.scalars(select(RoleChange)).all()) == 1


def test_a_new_keyworker_account_cannot_sign_in_until_another_administrator_confirms(
        app, client, db, make_staff, team):
    asker, confirmer = make_staff(ADM), make_staff(ADM)
    sign_in(client, asker)
    response = submit(client, "/admin/users/new", {
        "display_name": "Sam Second", "email": "sam@example.gov.uk", "role": "team_manager",
        "team": str(team.id), "password": "a long temporary pass"})
    assert response.status_code == 302
    page = client.get("/admin/users").get_data(as_text=True)
    assert "they can sign in once another administrator confirms it" in page
    assert "New account: team manager" in page
    new = app.test_client()
    refused = submit(new, "/sign-in", {"email": "sam@example.gov.uk",
                                      "password": "a long temporary pass"})
    assert refused.status_code == 400  # not yet
    change = db.scalars(select(RoleChange)).one()
    assert change.is_new_account
    assert "a different administrator must confirm it" in _decide(
        client, change.id, "confirm").get_data(as_text=True)
    other = app.test_client()
    sign_in(other, confirmer)
    confirmed = _decide(other, change.id, "confirm")
    assert "account is confirmed: they can sign in now" in confirmed.get_data(as_text=True)
    allowed = submit(new, "/sign-in", {"email": "sam@example.gov.uk",
                                      "password": "a long temporary pass"})
    assert allowed.status_code == 302  # on to setting up the authenticator app
    done, = _audit(db, "role_change_confirmed")
    assert done.details["new_account"] is True


def test_a_rejected_new_account_stays_unusable(app, client, db, make_staff, team):
    asker, other_admin = make_staff(ADM), make_staff(ADM)
    sign_in(client, asker)
    submit(client, "/admin/users/new", {
        "display_name": "Sam Second", "email": "sam@example.gov.uk", "role": "keyworker",
        "team": str(team.id), "password": "a long temporary pass"})
    change = db.scalars(select(RoleChange)).one()
    other = app.test_client()
    sign_in(other, other_admin)
    assert "new account is rejected" in _decide(other, change.id, "reject").get_data(as_text=True)
    assert "Deactivated" in other.get("/admin/users").get_data(as_text=True)
    refused = submit(app.test_client(), "/sign-in", {"email": "sam@example.gov.uk",
                                                     "password": "a long temporary pass"})
    assert refused.status_code == 400


def test_a_new_commissioner_account_works_at_once(client, db, make_staff):
    sign_in(client, make_staff(ADM))
    submit(client, "/admin/users/new", {
        "display_name": "Cass Commissioner", "email": "cass@example.gov.uk",
        "role": "commissioner", "team": "", "password": "a long temporary pass"})
    user = db.scalars(select(StaffUser).where(StaffUser.email == "cass@example.gov.uk")).one()
    assert user.is_active_account and db.scalars(select(RoleChange)).all() == []
