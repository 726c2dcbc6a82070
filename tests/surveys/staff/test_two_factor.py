"""Two-factor sign-in: a code from an app after the password, set-up on first sign-in, single-use
codes, recovery codes, moving to a new phone and an administrator's reset."""
from __future__ import annotations

import re
import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm.attributes import set_committed_value

from surveys.records.enums import Role
from surveys.records.models import AuditEvent
from surveys.records.staff import RecoveryCode, StaffSession, StaffUser
from surveys.staff import two_factor
from surveys.staff.auth import CODE_ERROR, RECOVERY_ERROR, THROTTLED_ERROR
from tests.helpers import PASSWORD, TOTP_SECRET, csrf_token, next_code, sign_in, submit

NOW = datetime(2026, 12, 2, 9, 30, 15, tzinfo=UTC)


def _password_step(client, user, password: str = PASSWORD):
    return submit(client, "/sign-in", {"email": user.email, "password": password})


def _actions(db) -> list[str]:
    db.expire_all()
    return [e.action for e in db.scalars(select(AuditEvent).order_by(AuditEvent.id))]


# --- the maths, by hand --------------------------------------------------------------------------

def test_codes_match_rfc_6238_test_vectors():
    # RFC 6238 appendix B, SHA-1, with the 20-byte key "12345678901234567890" (base32 below):
    # at 59 s the 8-digit code is 94287082, so the 6-digit code is its last six digits.
    secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
    assert two_factor.code_for_step(secret, 59 // 30) == "287082"
    assert two_factor.code_for_step(secret, 1111111109 // 30) == "081804"
    assert two_factor.code_for_step(secret, 1234567890 // 30) == "005924"
    assert two_factor.code_at(secret, datetime.fromtimestamp(59, UTC)) == "287082"


def test_a_code_counts_for_its_step_and_one_either_side_only():
    step = two_factor.step_at(NOW)
    for offset, accepted in [(-2, False), (-1, True), (0, True), (1, True), (2, False)]:
        code = two_factor.code_for_step(TOTP_SECRET, step + offset)
        found = two_factor.matching_step(TOTP_SECRET, code, NOW, None)
        assert (found == step + offset) if accepted else found is None, offset


def test_a_used_step_and_anything_older_is_refused():
    step = two_factor.step_at(NOW)
    code = two_factor.code_for_step(TOTP_SECRET, step)
    assert two_factor.matching_step(TOTP_SECRET, code, NOW, step) is None
    assert two_factor.matching_step(TOTP_SECRET, code, NOW, step - 1) == step
    older = two_factor.code_for_step(TOTP_SECRET, step - 1)
    assert two_factor.matching_step(TOTP_SECRET, older, NOW, step) is None


@pytest.mark.parametrize("typed", ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦", None])
def test_anything_but_six_digits_is_refused(typed):
    assert two_factor.matching_step(TOTP_SECRET, typed, NOW, None) is None


def test_spaces_and_dashes_people_type_are_ignored():
    code = two_factor.code_for_step(TOTP_SECRET, two_factor.step_at(NOW))
    spaced = f" {code[:3]} - {code[3:]} "
    assert two_factor.matching_step(TOTP_SECRET, spaced, NOW, None) == two_factor.step_at(NOW)


def test_the_key_an_app_scans_names_the_service_and_the_person():
    uri = two_factor.provisioning_uri(TOTP_SECRET, "kim@example.gov.uk")
    assert uri.startswith("otpauth://totp/Family%20Voice:kim%40example.gov.uk?")
    assert f"secret={TOTP_SECRET}" in uri and "issuer=Family%20Voice" in uri
    assert two_factor.grouped("ABCDEFGHIJ") == "ABCD EFGH IJ"


def test_two_requests_racing_with_one_code_cannot_both_pass(db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    moment = datetime.now(UTC)
    code = two_factor.code_for_step(TOTP_SECRET, two_factor.step_at(moment))
    assert two_factor.check_app_code(db, user, code, moment)
    db.commit()
    # The other request read the person before the first one stored the step it used.
    set_committed_value(user, "totp_last_step", None)
    assert not two_factor.check_app_code(db, user, code, moment)


# --- signing in ----------------------------------------------------------------------------------

def test_the_right_password_alone_signs_no_one_in(client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = _password_step(client, user)
    assert response.headers["Location"] == "/sign-in/code"
    assert client.get("/dashboard").status_code == 302
    assert db.scalar(select(StaffSession).where(StaffSession.user_id == user.id)) is None
    page = client.get("/sign-in/code").get_data(as_text=True)
    assert "Enter your security code" in page and 'autocomplete="one-time-code"' in page


def test_the_code_from_the_app_signs_in_once_and_never_again(app, client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    _password_step(client, user)
    code = next_code(app.extensions["fv_engine"], user.email)
    response = submit(client, "/sign-in/code", {"code": code})
    assert response.headers["Location"] == "/dashboard"
    assert client.get("/dashboard").status_code == 200
    assert [a for a in _actions(db) if a != "dashboard_viewed"][-1] == "sign_in"

    # Someone who saw that code over a shoulder, with the password, cannot use it.
    other = app.test_client()
    _password_step(other, user)
    replay = submit(other, "/sign-in/code", {"code": code})
    assert replay.status_code == 400
    assert CODE_ERROR.split(".")[0] in replay.get_data(as_text=True)
    assert other.get("/dashboard").status_code == 302
    assert _actions(db)[-1] == "sign_in_code_failed"


def test_a_wrong_code_says_so_and_keeps_the_person_on_the_page(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    _password_step(client, user)
    response = submit(client, "/sign-in/code", {"code": "000000"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: Enter your security code" in html
    assert 'href="#code"' in html  # the error summary leads to the field
    empty = submit(client, "/sign-in/code", {"code": ""})
    assert "Enter the 6-digit code from your authenticator app" in empty.get_data(as_text=True)


def test_wrong_codes_count_towards_the_same_throttle_as_wrong_passwords(app, client, make_staff,
                                                                         team):
    user = make_staff(Role.KEYWORKER, team)
    for _ in range(5):
        sign_in(client, user, password="wrong password!")
    _password_step(client, user)
    for _ in range(5):
        assert submit(client, "/sign-in/code", {"code": "000000"}).status_code == 400
    right = next_code(app.extensions["fv_engine"], user.email)
    response = submit(client, "/sign-in/code", {"code": right}, follow_redirects=True)
    assert THROTTLED_ERROR.split(".")[0] in response.get_data(as_text=True)
    assert client.get("/dashboard").status_code == 302
    # and the half-finished sign-in is gone: the code page sends them back to the start
    assert client.get("/sign-in/code").headers["Location"] == "/sign-in"


def test_the_second_step_needs_a_recent_first(client, make_staff, team):
    assert client.get("/sign-in/code").headers["Location"] == "/sign-in"
    assert client.get("/sign-in/set-up-app").headers["Location"] == "/sign-in"
    assert client.get("/sign-in/recovery-code").headers["Location"] == "/sign-in"
    user = make_staff(Role.KEYWORKER, team)
    _password_step(client, user)
    with client.session_transaction() as session:
        session["pending_sign_in"] = {**session["pending_sign_in"], "at": time.time() - 601}
    response = client.get("/sign-in/code", follow_redirects=True)
    assert "more than 10 minutes since you entered your password" in response.get_data(as_text=True)


def test_a_forged_pending_sign_in_is_ignored(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    for forged in ({"user": "x", "at": "y"}, "nonsense", {"user": user.id}):
        with client.session_transaction() as session:
            session["pending_sign_in"] = forged
        assert client.get("/sign-in/code").status_code == 302


def test_a_deactivated_account_cannot_finish_signing_in(app, client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    _password_step(client, user)
    token = csrf_token(client, "/sign-in/code")
    db.get(StaffUser, user.id).is_active_account = False
    db.commit()
    code = next_code(app.extensions["fv_engine"], user.email)
    response = client.post("/sign-in/code", data={"csrf_token": token, "code": code})
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/dashboard").status_code == 302


# --- setting up on first sign-in -----------------------------------------------------------------

def test_first_sign_in_sets_up_the_app_and_gives_ten_recovery_codes(app, client, db, make_staff,
                                                                     team):
    user = make_staff(Role.KEYWORKER, team, two_factor=False)
    assert _password_step(client, user).headers["Location"] == "/sign-in/set-up-app"
    first = client.get("/sign-in/set-up-app").get_data(as_text=True)
    key = re.search(r'<code class="fv-setup-key" id="setup-key">([A-Z2-7 ]+)</code>', first).group(1)
    assert 'role="img" aria-label="QR code that adds Family Voice' in first
    # A reload shows the same key, so a half-scanned code still works.
    again = client.get("/sign-in/set-up-app").get_data(as_text=True)
    assert key in again
    secret = key.replace(" ", "")
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_secret == secret
    assert db.get(StaffUser, user.id).totp_confirmed_at is None
    raw = db.execute(text("SELECT * FROM staff_users WHERE id = :id"), {"id": user.id}).one()
    assert not any(secret in str(value) for value in raw)  # the key is sealed in the database

    wrong = submit(client, "/sign-in/set-up-app", {"code": "123456"})
    assert wrong.status_code == 400 and key in wrong.get_data(as_text=True)
    response = submit(client, "/sign-in/set-up-app",
                      {"code": next_code(app.extensions["fv_engine"], user.email, secret)})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and "Save your recovery codes" in html
    codes = re.findall(r"<li><code>([a-z2-9]{4}(?:-[a-z2-9]{4}){3})</code></li>", html)
    assert len(codes) == len(set(codes)) == 10
    assert response.headers["Cache-Control"] == "no-store"
    assert client.get("/dashboard").status_code == 200
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_confirmed_at is not None
    stored = db.scalars(select(RecoveryCode.code_hash).where(RecoveryCode.user_id == user.id)).all()
    assert len(stored) == 10 and not any(c.replace("-", "") in stored for c in codes)
    assert "two_factor_set_up" in _actions(db)


def test_someone_with_an_app_set_up_is_never_shown_a_new_key(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    _password_step(client, user)
    assert client.get("/sign-in/set-up-app").headers["Location"] == "/sign-in/code"


# --- recovery codes ------------------------------------------------------------------------------

def _set_up(client, user) -> list[str]:
    html = sign_in(client, user).get_data(as_text=True)
    codes = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", html)
    assert len(codes) == 10
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})
    return codes


def test_a_recovery_code_signs_in_once(app, client, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team, two_factor=False)
    codes = _set_up(client, user)
    _password_step(client, user)
    response = submit(client, "/sign-in/recovery-code", {"code": codes[3].upper()},
                      follow_redirects=True)
    html = response.get_data(as_text=True)
    assert "Your account" in html and "You have 9 left" in html
    assert _actions(db)[-1] == "sign_in"
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})

    _password_step(client, user)
    again = submit(client, "/sign-in/recovery-code", {"code": codes[3]})
    assert again.status_code == 400 and RECOVERY_ERROR in again.get_data(as_text=True)
    assert _actions(db)[-1] == "sign_in_recovery_code_failed"


def test_new_recovery_codes_need_a_code_from_the_app_and_replace_the_old(app, client, db,
                                                                         make_staff, team):
    user = make_staff(Role.KEYWORKER, team, two_factor=False)
    old = _set_up(client, user)
    sign_in(client, user)
    token = csrf_token(client, "/account")
    wrong = client.post("/account/recovery-codes", data={"csrf_token": token, "codes-code": "000000"})
    assert wrong.status_code == 400 and CODE_ERROR.split(".")[0] in wrong.get_data(as_text=True)
    db.expire_all()
    secret = db.get(StaffUser, user.id).totp_secret
    response = client.post("/account/recovery-codes", data={
        "csrf_token": token, "codes-code": next_code(app.extensions["fv_engine"], user.email, secret)})
    new = re.findall(r"<li><code>([a-z0-9-]+)</code></li>", response.get_data(as_text=True))
    assert len(new) == 10 and not set(new) & set(old)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})
    _password_step(client, user)
    assert submit(client, "/sign-in/recovery-code", {"code": old[0]}).status_code == 400
    assert submit(client, "/sign-in/recovery-code", {"code": new[0]}).status_code == 302


# --- moving to a new phone, and an administrator's reset -----------------------------------------

def test_resetting_your_own_needs_your_password_then_signs_you_out(app, client, db, make_staff,
                                                                   team):
    user = make_staff(Role.KEYWORKER, team)
    sign_in(client, user)
    elsewhere = app.test_client()
    sign_in(elsewhere, user)
    token = csrf_token(client, "/account")
    wrong = client.post("/account/reset-two-factor",
                        data={"csrf_token": token, "reset-password": "not it at all"})
    assert wrong.status_code == 400 and "The password is not right" in wrong.get_data(as_text=True)
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_secret == TOTP_SECRET

    response = client.post("/account/reset-two-factor",
                           data={"csrf_token": token, "reset-password": PASSWORD})
    assert response.headers["Location"] == "/sign-in"
    assert client.get("/dashboard").status_code == 302
    assert elsewhere.get("/dashboard").status_code == 302  # signed out everywhere
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_secret is None
    assert _password_step(client, user).headers["Location"] == "/sign-in/set-up-app"
    assert "two_factor_reset" in _actions(db)


def test_an_administrator_resets_someone_elses_two_factor(app, client, db, make_staff, team):
    admin = make_staff(Role.ADMIN)
    keyworker = make_staff(Role.KEYWORKER, team)
    theirs = app.test_client()
    sign_in(theirs, keyworker)
    sign_in(client, admin)
    users = client.get("/admin/users").get_data(as_text=True)
    assert "Two-factor on" in users
    token = csrf_token(client, f"/admin/users/{keyworker.id}")
    response = client.post(f"/admin/users/{keyworker.id}/reset-two-factor",
                           data={"csrf_token": token}, follow_redirects=True)
    assert "two-factor sign-in is reset" in response.get_data(as_text=True)
    assert theirs.get("/dashboard").status_code == 302
    db.expire_all()
    assert db.get(StaffUser, keyworker.id).totp_confirmed_at is None
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "two_factor_reset")).one()
    assert (event.actor_id, event.target_id) == (admin.id, keyworker.id)

    own = client.post(f"/admin/users/{admin.id}/reset-two-factor", data={"csrf_token": token},
                      follow_redirects=True)
    assert "You cannot reset your own two-factor sign-in here" in own.get_data(as_text=True)


def test_only_administrators_reset_other_people(client, make_staff, team):
    keyworker = make_staff(Role.KEYWORKER, team)
    other = make_staff(Role.KEYWORKER, team)
    sign_in(client, keyworker)
    token = csrf_token(client, "/account")
    response = client.post(f"/admin/users/{other.id}/reset-two-factor", data={"csrf_token": token})
    assert response.status_code == 404


def test_every_role_has_an_account_page(client, make_staff, team):
    for role in Role:
        user = make_staff(role, team if role in (Role.KEYWORKER, Role.TEAM_MANAGER) else None)
        fresh = client.application.test_client()
        sign_in(fresh, user)
        html = fresh.get("/account").get_data(as_text=True)
        assert "Your account" in html and "On since" in html and "0 of 10" in html


# --- the command line ----------------------------------------------------------------------------

def test_demo_codes_are_printed_only_for_the_published_demo_keys(runner, db, make_staff):
    from surveys.demo.council import demo_totp_secret

    assert runner.invoke(args=["demo-codes"]).exit_code != 0
    real = make_staff(Role.ADMIN)
    real.email = "admin@avonbridge.example"  # a real person's key, not the published one
    db.commit()
    assert runner.invoke(args=["demo-codes"]).exit_code != 0
    real.totp_secret = demo_totp_secret(real.email)
    db.commit()
    result = runner.invoke(args=["demo-codes"])
    step = two_factor.step_at(datetime.now(UTC))
    assert result.exit_code == 0
    assert re.search(r"admin@avonbridge\.example\s+(\d{6})", result.output).group(1) in {
        two_factor.code_for_step(real.totp_secret, s) for s in (step - 1, step)}


def test_the_reset_command_is_for_a_locked_out_administrator(runner, db, make_staff):
    admin = make_staff(Role.ADMIN)
    result = runner.invoke(args=["reset-two-factor", "--email", admin.email.upper()])
    assert result.exit_code == 0, result.output
    db.expire_all()
    assert db.get(StaffUser, admin.id).totp_secret is None
    assert runner.invoke(args=["reset-two-factor", "--email", "no@one"]).exit_code != 0

