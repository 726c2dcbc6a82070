"""Public pages, error pages and the security headers every response carries."""
from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import func, select

from surveys.records.enums import Role
from surveys.records.models import Case, Family
from surveys.records.staff import RoleChange, StaffUser
from tests.helpers import csrf_token, sign_in, submit


@pytest.mark.parametrize(("path", "heading"), [
    ("/accessibility", "Accessibility statement for Family Voice"),
    ("/privacy", "Privacy notice"),
    ("/sign-in", "Sign in to Family Voice"),
])
def test_public_pages_open_without_signing_in(client, path, heading):
    response = client.get(path)
    assert response.status_code == 200
    assert f">{heading}</h1>" in response.get_data(as_text=True)


def test_unknown_page_gets_a_friendly_404(client):
    response = client.get("/no-such-page")
    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)


def test_a_crash_shows_a_friendly_500_without_a_traceback(client, crashing_route):
    response = client.get(crashing_route)
    html = response.get_data(as_text=True)
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in html and "secret detail" not in html


def test_security_headers_on_every_page(client):
    response = client.get("/sign-in")
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
    nonce = re.search(r"'nonce-([^']+)'", csp).group(1)
    html = response.get_data(as_text=True)
    inline_scripts = re.findall(r"<script(?![^>]*\bsrc=)([^>]*)>", html)
    assert inline_scripts and all(f'nonce="{nonce}"' in attrs for attrs in inline_scripts)
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"


def test_each_page_gets_a_new_nonce(client):
    first = client.get("/sign-in").headers["Content-Security-Policy"]
    second = client.get("/sign-in").headers["Content-Security-Policy"]
    assert first != second


def test_no_govuk_crown_or_transport_font(client, repo_root):
    html = client.get("/sign-in").get_data(as_text=True)
    assert "govuk-header__logotype" not in html and "crown" not in html.lower()
    static = repo_root / "surveys" / "static"
    for name in ("family-voice.css", "family.css"):  # staff and family stylesheets
        built = json.loads((static / "manifest.json").read_text())[name]
        css = (static / built).read_text()
        assert "GDS Transport" not in css and "arial" in css.lower()


def test_session_cookie_is_http_only_and_same_site(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    response = sign_in(client, user)
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_bodies_over_64kb_are_refused_with_a_page(client):
    response = client.post("/sign-in", data={"email": "a" * 70_000, "password": "x"})
    assert response.status_code == 413
    assert "too long" in response.get_data(as_text=True)


def test_admin_creates_assigns_and_deactivates_a_user(client, db, make_staff, team):
    admin = make_staff(Role.ADMIN)
    sign_in(client, admin)
    response = submit(client, "/admin/users/new", {
        "display_name": "Nadia Kowalczyk", "email": "Nadia.K@Council.gov.uk", "role": "keyworker",
        "team": str(team.id), "password": "a long temporary pass"})
    assert response.status_code == 302
    user = db.scalar(select(StaffUser).where(StaffUser.email == "nadia.k@council.gov.uk"))
    assert user.role is Role.KEYWORKER and user.team_id == team.id
    # a keyworker sees families' cases: a second administrator confirms the new account, and
    # later the promotion to team manager (the whole team's cases)
    second = client.application.test_client()
    sign_in(second, make_staff(Role.ADMIN))

    def confirm_waiting_change():
        change = db.scalar(select(RoleChange).order_by(RoleChange.id.desc()))
        assert second.post(f"/admin/role-changes/{change.id}", data={
            "csrf_token": csrf_token(second, "/admin/users"),
            "decision": "confirm"}).status_code == 302

    confirm_waiting_change()
    response = submit(client, f"/admin/users/{user.id}", {
        "display_name": "Nadia Kowalczyk", "email": "nadia.k@council.gov.uk",
        "role": "team_manager", "team": str(team.id), "password": ""})
    assert response.status_code == 302
    confirm_waiting_change()
    db.expire_all()
    assert db.get(StaffUser, user.id).role is Role.TEAM_MANAGER

    other = client.application.test_client()
    sign_in(other, db.get(StaffUser, user.id), password="a long temporary pass")
    assert other.get("/team").status_code == 200
    token = csrf_token(client, f"/admin/users/{user.id}")
    assert client.post(f"/admin/users/{user.id}/deactivate",
                       data={"csrf_token": token}).status_code == 302
    assert other.get("/team").status_code == 302  # signed out at once
    assert "Deactivated" in client.get("/admin/users").get_data(as_text=True)


def test_admin_form_explains_what_is_wrong(client, make_staff, team):
    sign_in(client, make_staff(Role.ADMIN))
    response = submit(client, "/admin/users/new", {
        "display_name": "", "email": "not-an-email", "role": "keyworker", "team": "",
        "password": "short"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    for message in ("Enter the person&#39;s full name", "Enter an email address in the correct format",
                    "Choose a team for a keyworker or team manager", "at least 12 characters"):
        assert message in html


def test_admin_never_sees_case_content(client, make_staff, team):
    sign_in(client, make_staff(Role.ADMIN))
    assert client.get("/caseload").status_code == 404
    assert client.get("/cases/1").status_code == 404


def test_admin_changes_settings_with_checks(client, db, make_staff):
    sign_in(client, make_staff(Role.ADMIN))
    bad = submit(client, "/admin/settings", {"council_name": "Testshire", "middle_wave_weeks": "20",
                                             "close_wave_weeks": "10", "link_valid_days": "14",
                                             "retention_months": "72",
                                             "flag_read_working_days": "1"})
    assert "The closing questionnaire must come after the middle one" in bad.get_data(as_text=True)
    good = submit(client, "/admin/settings", {"council_name": "Testshire", "middle_wave_weeks": "10",
                                              "close_wave_weeks": "20", "link_valid_days": "7",
                                              "retention_months": "84",
                                              "flag_read_working_days": "2"})
    assert good.status_code == 302
    page = client.get("/admin/settings").get_data(as_text=True)
    assert "Testshire" in page and 'value="84"' in page
    assert re.search(r'name="flag_read_working_days" type="text" value="2"|'
                     r'value="2"[^>]*name="flag_read_working_days"|'
                     r'name="flag_read_working_days"[^>]*value="2"', page)


def test_demo_council_has_four_localities_and_about_sixty_families(runner, db):
    result = runner.invoke(args=["seed-demo", "--families", "60", "--seed", "7"])
    assert result.exit_code == 0, result.output
    assert "keyworker@avonbridge.example" in result.output
    assert db.scalar(select(func.count(Family.id))) == 60
    cases = db.scalars(select(Case)).all()
    assert {c.locality.name for c in cases} == {"North", "East", "South", "West"}
    assert any(not c.is_open for c in cases) and any(c.is_open for c in cases)
    again = runner.invoke(args=["seed-demo", "--if-empty"])
    assert again.exit_code == 0 and db.scalar(select(func.count(Family.id))) == 60


@pytest.mark.parametrize(("field", "typed", "message"), [
    ("middle_wave_weeks", "twelve", "Enter the weeks to the middle questionnaire as a whole number, "
                                    "like 12"),
    ("close_wave_weeks", "24.5", "Enter the weeks to the closing questionnaire as a whole number, "
                                 "like 24"),
    ("link_valid_days", "a fortnight", "Enter the days a link stays valid as a whole number, like 14"),
    ("retention_months", "6 years", "Enter the months to keep a family&#39;s details as a whole "
                                    "number, like 72"),
    ("flag_read_working_days", "1.5", "Enter the number of working days as a whole number, like 2"),
    ("flag_read_working_days", "", "Enter how many working days staff have to acknowledge a flag"),
])
def test_a_setting_that_is_not_a_whole_number_says_what_to_enter(client, make_staff, field, typed,
                                                                  message):
    sign_in(client, make_staff(Role.ADMIN))
    data = {"council_name": "Testshire", "middle_wave_weeks": "10", "close_wave_weeks": "20",
            "link_valid_days": "7", "retention_months": "84", "flag_read_working_days": "2"}
    response = submit(client, "/admin/settings", {**data, field: typed})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error:" in html
    assert html.count(message) == 2  # in the error summary and beside the box
    assert "Not a valid integer" not in html
    assert f'value="{typed}"' in html  # what was typed stays, to be put right
    if not typed:  # an empty box gets one message, not two
        assert "whole number" not in html
