"""Staff sign-in: one generic error, throttling, rotation, revocation and idle time-out."""
from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from surveys.records.enums import Role
from surveys.records.models import AuditEvent
from surveys.records.staff import StaffSession
from surveys.staff.auth import SIGN_IN_ERROR, THROTTLED_ERROR
from tests.helpers import PASSWORD, csrf_token, sign_in, submit


def test_sign_in_takes_a_keyworker_to_their_dashboard(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = sign_in(client, user)
    assert response.status_code == 302
    assert response.headers["Location"] == "/dashboard"
    page = client.get("/dashboard")
    assert page.status_code == 200
    assert "My dashboard" in page.get_data(as_text=True)


def test_wrong_password_and_unknown_email_get_the_same_message(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    wrong = sign_in(client, user, password="not the password")
    unknown = submit(client, "/sign-in", {"email": "nobody@example.gov.uk", "password": PASSWORD})
    for response in (wrong, unknown):
        assert response.status_code == 400
        html = response.get_data(as_text=True)
        assert SIGN_IN_ERROR in html
        assert "<title>Error: Sign in" in html


def test_empty_form_says_what_to_enter(client):
    response = submit(client, "/sign-in", {"email": "", "password": ""})
    html = response.get_data(as_text=True)
    assert "Enter your email address" in html and "Enter your password" in html


def test_ten_failures_in_fifteen_minutes_throttle_the_account(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    for _ in range(10):
        assert sign_in(client, user, password="wrong password!").status_code == 400
    response = sign_in(client, user)  # the right password no longer gets in
    assert response.status_code == 400
    assert THROTTLED_ERROR.split(".")[0] in response.get_data(as_text=True)


def test_sign_in_rotates_the_session_cookie(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    client.get("/sign-in")
    before = client.get_cookie("fv_session").value
    sign_in(client, user)
    after = client.get_cookie("fv_session").value
    assert before != after


def test_sign_out_revokes_the_session_so_a_copied_cookie_stops_working(app, client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    copied = client.get_cookie("fv_session").value
    token = csrf_token(client, "/caseload")
    assert client.post("/sign-out", data={"csrf_token": token}).status_code == 302
    thief = app.test_client()
    thief.set_cookie("fv_session", copied)
    response = thief.get("/caseload")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def test_idle_sessions_end_after_thirty_minutes(client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    row = db.scalar(select(StaffSession).where(StaffSession.user_id == user.id))
    row.last_seen_at = row.last_seen_at - timedelta(minutes=31)
    db.commit()
    response = client.get("/caseload")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]


def _session_signed_in_ago(db, user, ago: timedelta) -> None:
    """Move a person's session back in time as if they signed in `ago` and used it just now."""
    row = db.scalar(select(StaffSession).where(StaffSession.user_id == user.id))
    row.created_at = row.created_at - ago
    row.last_seen_at = row.last_seen_at - timedelta(seconds=30)
    db.commit()


def test_a_busy_session_lasts_until_twelve_hours_after_signing_in(client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    _session_signed_in_ago(db, user, timedelta(hours=11, minutes=59))
    assert client.get("/caseload").status_code == 200


def test_sessions_end_twelve_hours_after_signing_in_however_busy(client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    _session_signed_in_ago(db, user, timedelta(hours=12, minutes=1))
    response = client.get("/caseload")
    assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
    db.expire_all()
    assert db.scalar(select(StaffSession.revoked_at).where(
        StaffSession.user_id == user.id)) is not None


def test_sign_ins_and_failures_are_audited(client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user, password="wrong password!")
    sign_in(client, user)
    actions = [e.action for e in db.scalars(select(AuditEvent).order_by(AuditEvent.id))]
    assert actions[:2] == ["sign_in_failed", "sign_in"]


def test_sign_in_refuses_to_redirect_off_site(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = sign_in(client, user, next_url="//evil.example/x")
    assert response.headers["Location"] == "/dashboard"


def test_sign_in_goes_on_to_a_page_on_this_site(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = sign_in(client, user, next_url="/caseload")
    assert response.headers["Location"] == "/caseload"


def test_forms_without_a_csrf_token_are_refused(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = client.post("/sign-in", data={"email": user.email, "password": PASSWORD})
    assert response.status_code == 400
    assert client.get("/caseload").status_code == 302
