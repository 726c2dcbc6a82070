"""Changing passwords: staff change their own (with the current one), an administrator sets a
new one; either way the person's other sessions end, and both are audited."""
from __future__ import annotations

from sqlalchemy import select

from surveys.records.enums import Role
from surveys.records.models import AuditEvent
from surveys.staff.auth import SIGN_IN_ERROR
from tests.helpers import PASSWORD, csrf_token, sign_in, submit

NEW_PASSWORD = "a brand new staple"


def _actions(db) -> list[str]:
    return [e.action for e in db.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_an_administrator_setting_a_new_password_signs_the_person_out(app, client, db,
                                                                       make_staff, team):
    keyworker = make_staff(Role.KEYWORKER, team)
    admin = make_staff(Role.ADMIN)
    their_browser = app.test_client()
    sign_in(their_browser, keyworker)
    assert their_browser.get("/caseload").status_code == 200
    sign_in(client, admin)
    response = submit(client, f"/admin/users/{keyworker.id}", {
        "display_name": keyworker.display_name, "email": keyworker.email, "role": "keyworker",
        "team": str(team.id), "password": NEW_PASSWORD})
    assert response.status_code == 302
    page = their_browser.get("/caseload")
    assert page.status_code == 302 and "/sign-in" in page.headers["Location"]
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "user_changed")).one()
    assert event.target_id == keyworker.id and event.details["password_set"] is True


def test_changing_your_password_keeps_you_signed_in_and_signs_out_other_browsers(
        app, client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    phone = app.test_client()
    sign_in(phone, user)
    sign_in(client, user)
    account = client.get("/account").get_data(as_text=True)
    assert 'href="/account/password"' in account
    response = submit(client, "/account/password", {
        "current_password": PASSWORD, "new_password": NEW_PASSWORD,
        "confirm_password": NEW_PASSWORD}, follow_redirects=True)
    assert response.request.path == "/account"
    assert "Your password is changed" in response.get_data(as_text=True)
    assert client.get("/caseload").status_code == 200
    page = phone.get("/caseload")
    assert page.status_code == 302 and "/sign-in" in page.headers["Location"]
    stranger = app.test_client()
    old = submit(stranger, "/sign-in", {"email": user.email, "password": PASSWORD})
    assert old.status_code == 400 and SIGN_IN_ERROR in old.get_data(as_text=True)
    new = submit(stranger, "/sign-in", {"email": user.email, "password": NEW_PASSWORD})
    assert new.status_code == 302 and new.headers["Location"] == "/sign-in/code"
    assert "password_changed" in _actions(db)


def test_a_wrong_current_password_changes_nothing(app, client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    response = submit(client, "/account/password", {
        "current_password": "not my password", "new_password": NEW_PASSWORD,
        "confirm_password": NEW_PASSWORD})
    assert response.status_code == 400
    html = response.get_data(as_text=True)
    assert "<title>Error: Change your password" in html
    assert "Your current password is not right" in html
    assert NEW_PASSWORD not in html  # never sent back
    assert _actions(db)[-1] == "password_change_failed"
    check = submit(app.test_client(), "/sign-in", {"email": user.email, "password": PASSWORD})
    assert check.status_code == 302  # the old password still works


def test_the_new_password_follows_the_same_rules(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    for new, confirm, message in [
            ("too short", "too short", "Password must be at least 12 characters"),
            (NEW_PASSWORD, NEW_PASSWORD + "x", "The new passwords do not match"),
            (PASSWORD, PASSWORD, "different from your current one")]:
        response = submit(client, "/account/password", {
            "current_password": PASSWORD, "new_password": new, "confirm_password": confirm})
        assert response.status_code == 400
        assert message in response.get_data(as_text=True)


def test_every_role_can_change_their_password(client, make_staff, team):
    for role in Role:
        user = make_staff(role, team if role in (Role.KEYWORKER, Role.TEAM_MANAGER) else None)
        sign_in(client, user)
        assert client.get("/account/password").status_code == 200
        client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})
