"""Personal links: the keyworker issues, shows once, revokes and replaces them; bad links get one
friendly page; filling in with a family member or from paper."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from surveys.questionnaire.plan import plan_pages
from surveys.records.db import utcnow
from surveys.records.enums import AgeBand, CompletionMode, MemberRole, WaveKind
from surveys.records.models import CouncilSettings, Invitation, Response
from surveys.records.sealing import hash_token
from tests.factories import make_case, wave_of
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import fill_everything, make_link


@pytest.mark.parametrize("problem", ["unknown", "expired", "revoked", "used"])
def test_every_bad_link_gets_the_same_friendly_page(client, db, case, problem):
    invitation, token = make_link(db, case)
    if problem == "unknown":
        token = "x" * 43
    elif problem == "expired":
        invitation.expires_at = utcnow() - timedelta(minutes=1)
    elif problem == "revoked":
        invitation.revoked_at = utcnow()
    else:
        invitation.used_at = utcnow()
    db.commit()
    response = client.get(f"/q/{token}")
    assert response.status_code == 404
    assert "This link does not work" in response.get_data(as_text=True)


def test_the_link_problem_page_gives_the_councils_own_link_validity(client, db):
    db.add(CouncilSettings(council_name="Northshire Council", middle_wave_weeks=12,
                           close_wave_weeks=24, link_valid_days=7, retention_months=72))
    db.commit()
    for url in ("/q/" + "u" * 43, "/questionnaire/link-problem"):
        html = client.get(url).get_data(as_text=True)
        assert "Links last for 7 days." in html and "2 weeks" not in html


def test_reissuing_a_link_kills_the_old_one(client, db, case):
    _, old = make_link(db, case)
    _, new = make_link(db, case)
    assert client.get(f"/q/{old}").status_code == 404
    assert client.get(f"/q/{new}").status_code == 302


def test_revoking_a_link_ends_a_session_already_in_progress(client, db, case):
    invitation, token = make_link(db, case)
    client.get(f"/q/{token}")
    assert client.get("/questionnaire").status_code == 200
    invitation.revoked_at = utcnow()
    db.commit()
    assert client.get("/questionnaire").headers["Location"] == "/questionnaire/link-problem"


def test_failed_link_lookups_are_limited_per_ip(client, db, case):
    for _ in range(10):
        assert client.get("/q/" + "n" * 43).status_code == 404
    response = client.get("/q/" + "n" * 43)
    assert response.status_code == 429
    assert "Please wait a minute" in response.get_data(as_text=True)


def test_keyworker_issues_a_link_with_a_qr_code_shown_once(client, db, case, keyworker):
    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    response = client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/link",
                           data={"csrf_token": csrf_token(client, case_url)})
    assert response.status_code == 302
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    token = re.search(r"/q/([A-Za-z0-9_-]+)", html).group(1)
    assert 'role="img"' in html and "QR code" in html
    assert "Hello Grace, here is your own link" in html
    invitation = db.scalar(select(Invitation))
    assert invitation.token_hash == hash_token(token)
    again = client.get(response.headers["Location"]).get_data(as_text=True)
    assert token not in again and "only shown once" in again
    case_page = client.get(case_url).get_data(as_text=True)
    assert "Link live until" in case_page and "Not started" in case_page


def test_a_new_links_token_never_rides_in_the_session_cookie(client, db, case, keyworker, make_staff):
    """Between Get a link and its one showing, the token waits sealed on the server: the cookie
    (signed, not encrypted) never holds it, the database holds it only sealed, and showing it
    clears it. A colleague's browser holding the same invitation id shows nothing."""
    import base64
    import zlib

    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    response = client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/link",
                           data={"csrf_token": csrf_token(client, case_url)})
    cookie = client.get_cookie(client.application.config["SESSION_COOKIE_NAME"]).value
    payload = cookie.lstrip(".").split(".")[0]
    raw = base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4))
    session_text = (zlib.decompress(raw) if cookie.startswith(".") else raw).decode()
    invitation = db.scalar(select(Invitation))
    db.refresh(invitation)
    sealed = invitation.shown_token_sealed
    assert sealed and sealed.startswith("gAAAA")
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    token = re.search(r"/q/([A-Za-z0-9_-]+)", html).group(1)
    assert token not in session_text and token not in sealed
    db.refresh(invitation)
    assert invitation.shown_token_sealed is None


def test_links_are_built_on_the_public_address_never_the_host_header(app, client, db, case, keyworker):
    """In production a link is made only on the configured public address: a forged Host header
    cannot send a family elsewhere, and without the setting no link is issued at all."""
    from surveys.questionnaire.links import public_base_url

    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    link_url = f"{case_url}/waves/{wave.id}/members/{member.id}/link"
    app.testing = False
    refused = client.post(link_url, data={"csrf_token": csrf_token(client, case_url)},
                          follow_redirects=True)
    assert "FLASK_PUBLIC_BASE_URL" in refused.get_data(as_text=True)
    assert db.scalar(select(func.count(Invitation.id))) == 0
    with app.test_request_context(headers={"Host": "evil.example"}):
        assert public_base_url() is None
        app.config["PUBLIC_BASE_URL"] = "https://voice.council.gov.uk/"
        assert public_base_url() == "https://voice.council.gov.uk"
    response = client.post(link_url, data={"csrf_token": csrf_token(client, case_url)})
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert re.search(r"https://voice\.council\.gov\.uk/q/[A-Za-z0-9_-]+", html)


def test_the_link_limit_can_be_shared_between_processes_through_redis(database_url, db, case):
    import socket
    import uuid

    from wsgi import create_app

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=1).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    settings = {"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "t",
                "RATELIMIT_STORAGE_URI": "redis://127.0.0.1:6379",
                "RATELIMIT_KEY_PREFIX": f"test-{uuid.uuid4().hex}"}
    first, second = create_app(settings), create_app(settings)  # two workers, one count
    try:
        for _ in range(5):
            assert first.test_client().get("/q/" + "r" * 43).status_code == 404
        for _ in range(5):
            assert second.test_client().get("/q/" + "r" * 43).status_code == 404
        assert first.test_client().get("/q/" + "r" * 43).status_code == 429
    finally:
        for app in (first, second):
            app.extensions["fv_engine"].dispose()


def test_keyworker_fills_in_a_paper_form_and_the_mode_is_kept(client, db, case, keyworker):
    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    response = client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/paper",
                           data={"csrf_token": csrf_token(client, case_url)})
    assert response.headers["Location"] == "/questionnaire"
    start = client.get("/questionnaire").get_data(as_text=True)
    assert "You are filling this in for Grace (paper form)" in start
    fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    stored = db.scalar(select(Response))
    assert stored.mode is CompletionMode.PAPER and stored.entered_by_id == keyworker.id
    assert stored.is_submitted
    assert "Answered" in client.get(case_url).get_data(as_text=True)


def test_keyworker_sets_goals_in_the_familys_words(client, db, keyworker, team):
    case = make_case(db, keyworker, team)
    sign_in(client, keyworker)
    url = f"/cases/{case.id}/goals"
    bad = client.post(url, data={"csrf_token": csrf_token(client, url), "goal_1": ""})
    assert "Enter at least one goal" in bad.get_data(as_text=True)
    good = client.post(url, data={"csrf_token": csrf_token(client, url), "goal_1": "Less shouting",
                                  "goal_2": "Sort out our debts"})
    assert good.status_code == 302
    assert "Sort out our debts" in client.get(f"/cases/{case.id}").get_data(as_text=True)


def test_a_name_with_quotes_cannot_break_out_of_the_qr_codes_label(client, db, keyworker, team):
    case = make_case(db, keyworker, team, members=(
        ('Jo" onload="alert(1)', MemberRole.PARENT_CARER, AgeBand.ADULT),))
    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    case_url = f"/cases/{case.id}"
    response = client.post(f"{case_url}/waves/{wave.id}/members/{case.family.members[0].id}/link",
                           data={"csrf_token": csrf_token(client, case_url)})
    html = client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'onload="alert(1)' not in html and "Jo&#34; onload=&#34;alert(1)" in html
