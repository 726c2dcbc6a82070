"""A family member's questionnaire through their personal link, as they would use it."""
from __future__ import annotations

import gzip
import re
import threading
from datetime import date, timedelta

import pytest
from flask import abort
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from surveys.questionnaire.invitations import hash_token, issue_link
from surveys.questionnaire.plan import plan_pages
from surveys.records.db import utcnow
from surveys.records.models import (
    ActionStatus,
    AgeBand,
    Answer,
    AuditEvent,
    Comment,
    CompletionMode,
    CouncilSettings,
    GoalRating,
    Invitation,
    Locality,
    MemberRole,
    Response,
    Role,
    ServiceAction,
    WaveKind,
    WaveStatus,
)
from surveys.staff import access
from tests.factories import make_case, wave_of
from tests.helpers import csrf_token, sign_in


@pytest.fixture
def keyworker(make_staff, team):
    return make_staff(Role.KEYWORKER, team, name="Kim Keyworker")


@pytest.fixture
def case(db, keyworker, team):
    return make_case(db, keyworker, team, goals=("Less shouting at home", "Get to school on time"))


def _link(db, case, member_index=0, kind=WaveKind.START, days=14):
    wave = wave_of(case, kind)
    member = case.family.members[member_index]
    invitation, token = issue_link(db, wave_id=wave.id, member_id=member.id, valid_days=days,
                                   now=utcnow(), issued_by=None)
    db.commit()
    return invitation, token


def _answer_page(client, url, data):
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data})


def _fill_everything(client, pages, value="4"):
    """Answer every page the way a person would, following each redirect."""
    for page in pages:
        url = f"/questionnaire/{page.key}"
        if page.kind == "items":
            data = {item.code: value for item in page.items}
        elif page.kind == "goals":
            data = {k: "6" for k in re.findall(r'name="(goal_\d+)"', client.get(url).get_data(as_text=True))}
        else:
            data = {"helped_most": "Kim actually listened to us", "do_better": "Ring back sooner",
                    "anything_else": ""}
        response = _answer_page(client, url, data)
        assert response.status_code == 302, (page.key, response.get_data(as_text=True)[:3000])


def test_opening_a_link_swaps_the_token_for_a_session_and_hides_it(client, db, case):
    invitation, token = _link(db, case)
    assert invitation.token_hash == hash_token(token) and token not in invitation.token_hash
    assert len(token) >= 22  # at least 128 random bits, URL-safe
    response = client.get(f"/q/{token}")
    assert response.status_code == 302 and response.headers["Location"] == "/questionnaire"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    page = client.get("/questionnaire")
    html = page.get_data(as_text=True)
    assert "For Grace" in html and token not in html
    assert "Exit this page" in html
    assert page.headers["Cache-Control"] == "no-store"


def test_a_parent_answers_every_page_checks_and_sends(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    assert [p.key for p in pages][:2] == ["area-community", "area-getting-on"]
    first = client.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert f"Section 1 of {len(pages)}" in first
    _fill_everything(client, pages)
    check = client.get("/questionnaire/check-your-answers").get_data(as_text=True)
    assert "Mostly like us" in check and "Kim actually listened to us" in check
    response = client.post("/questionnaire/check-your-answers",
                           data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    assert response.headers["Location"] == "/questionnaire/thank-you"
    thanks = client.get("/questionnaire/thank-you").get_data(as_text=True)
    assert "Thank you, your answers have been sent" in thanks

    stored = db.scalar(select(Response))
    assert stored.is_submitted and stored.mode is CompletionMode.ONLINE
    assert stored.instrument_code == FAMILY_OUTCOMES.code
    answers = db.scalars(select(Answer).where(Answer.response_id == stored.id)).all()
    assert len(answers) == len(FAMILY_OUTCOMES.items) and {a.value for a in answers} == {4}
    assert {r.rating for r in db.scalars(select(GoalRating))} == {6}
    comment = db.scalar(select(Comment).where(Comment.question == "helped_most"))
    assert comment.sentiment == "positive" and comment.analyser_version
    assert "[name]" in comment.redacted_text  # the keyworker's name is known to the system
    db.expire_all()
    assert wave_of(case, WaveKind.START).status is WaveStatus.DONE
    assert db.scalar(select(Invitation)).used_at is not None
    # the link is dead after submission: same friendly page as any bad link
    assert client.get(f"/q/{token}").status_code == 404


def test_middle_wave_adds_the_service_experience_page(client, db, case):
    pages = plan_pages("parent_carer", "middle", has_goals=False)
    assert "our-service" in [p.key for p in pages]
    assert next(p for p in pages if p.key == "our-service").items == SERVICE_EXPERIENCE.items
    assert "our-service" not in [p.key for p in plan_pages("parent_carer", "start", False)]


def test_a_child_gets_one_statement_per_page_in_child_wording(client, db, case):
    _, token = _link(db, case, member_index=1)
    client.get(f"/q/{token}")
    pages = plan_pages("child", "start", has_goals=True)
    assert sum(1 for p in pages if p.kind == "items") == len(FAMILY_OUTCOMES_CHILD.items)
    html = client.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert FAMILY_OUTCOMES_CHILD.items[0].text in html
    assert f"Question 1 of {len(pages)}" in html
    _fill_everything(client, pages, value="3")
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    stored = db.scalar(select(Response))
    assert stored.instrument_code == FAMILY_OUTCOMES_CHILD.code and stored.is_submitted


def test_reopening_the_link_resumes_at_the_first_unanswered_page(app, client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    _fill_everything(client, pages[:2])
    fresh = app.test_client()  # the browser was closed: a new session from the same link
    fresh.get(f"/q/{token}")
    html = fresh.get("/questionnaire").get_data(as_text=True)
    assert "Carry on" in html and f'href="/questionnaire/{pages[2].key}"' in html
    earlier = fresh.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert earlier.count('checked') == len(pages[0].items)  # earlier answers kept


def test_carry_on_goes_to_the_first_unanswered_page_even_after_a_gap(app, client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    _fill_everything(client, [pages[0], pages[2]])  # the second page was skipped
    fresh = app.test_client()
    fresh.get(f"/q/{token}")
    start = fresh.get("/questionnaire").get_data(as_text=True)
    carry_on = re.search(r'<a href="([^"]+)"[^>]*govuk-button--start[^>]*>\s*Carry on', start)
    assert carry_on and carry_on.group(1) == f"/questionnaire/{pages[1].key}"
    saved = _answer_page(fresh, carry_on.group(1), {item.code: "3" for item in pages[1].items})
    assert saved.headers["Location"] == f"/questionnaire/{pages[3].key}"  # the saved page is skipped


def test_a_child_is_told_what_happens_to_their_answers(client, db, case):
    _, token = _link(db, case, member_index=1)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire").get_data(as_text=True)
    assert "What happens to your answers" in html
    assert "Your keyworker will read your answers" in html
    assert "Nobody outside our team will know what you said" in html
    assert "your keyworker will talk to you about it" in html


def test_the_start_page_shows_actions_for_the_whole_council_and_the_familys_locality(
        client, db, case):
    south = Locality(name="South")
    db.add(south)
    db.flush()
    today = date.today()

    def action(we_did, status, locality_id, days_ago):
        db.add(ServiceAction(theme_code="kept_informed", we_heard="Nobody rang back.", we_did=we_did,
                             status=status, owner="Service manager", locality_id=locality_id,
                             started_on=today - timedelta(days=days_ago)))

    action("Evening visits across the council.", ActionStatus.DONE, None, 30)
    action("A drop-in at North library.", ActionStatus.IN_PROGRESS, case.locality_id, 20)
    action("Texts before every North visit.", ActionStatus.PLANNED, case.locality_id, 10)
    action("A new South family hub.", ActionStatus.DONE, south.id, 1)  # newest, but not theirs
    db.commit()
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire").get_data(as_text=True)
    assert "<strong>We did:</strong> Evening visits across the council." in html
    assert "<strong>We are doing:</strong> A drop-in at North library." in html
    assert "<strong>We will:</strong> Texts before every North visit." in html
    assert "South family hub" not in html
    assert html.count("We did:") == 1


@pytest.mark.parametrize("problem", ["unknown", "expired", "revoked", "used"])
def test_every_bad_link_gets_the_same_friendly_page(client, db, case, problem):
    invitation, token = _link(db, case)
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
    _, old = _link(db, case)
    _, new = _link(db, case)
    assert client.get(f"/q/{old}").status_code == 404
    assert client.get(f"/q/{new}").status_code == 302


def test_revoking_a_link_ends_a_session_already_in_progress(client, db, case):
    invitation, token = _link(db, case)
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


def test_a_link_never_shows_another_members_answers(app, client, db, case):
    _, parent_token = _link(db, case, 0)
    client.get(f"/q/{parent_token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    _fill_everything(client, pages[:1], value="5")
    _, child_token = _link(db, case, 1)
    child = app.test_client()
    child.get(f"/q/{child_token}")
    html = child.get("/questionnaire/area-community")  # a parent's page key
    assert html.status_code == 404
    child_page = child.get(f"/questionnaire/{plan_pages('child', 'start', True)[0].key}")
    assert "checked" not in child_page.get_data(as_text=True)


def test_missing_and_out_of_range_answers_get_clear_messages(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    page = plan_pages("parent_carer", "start", True)[0]
    url = f"/questionnaire/{page.key}"
    data = {page.items[0].code: "9", page.items[1].code: "3", "extra": "ignored"}
    response = _answer_page(client, url, data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "<title>Error:" in html
    assert "There is a problem" in html and "Prefer not to say" in html
    assert 'value="3" checked' in html  # what was chosen is kept
    assert db.scalar(select(func.count(Answer.id))) == 0


def test_a_doubled_field_gets_a_message_not_a_silent_choice(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    page = plan_pages("parent_carer", "start", True)[0]
    url = f"/questionnaire/{page.key}"
    data = [("csrf_token", csrf_token(client, url))] + [(i.code, "4") for i in page.items]
    data.append((page.items[0].code, "1"))
    response = client.post(url, data=MultiDict(data))
    assert response.status_code == 400
    assert "Choose one answer only" in response.get_data(as_text=True)


@pytest.mark.parametrize("text", ["x" * 2001, "nul\x00here"])
def test_bad_free_text_keeps_what_was_typed(client, db, case, text):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    response = _answer_page(client, "/questionnaire/your-words",
                            {"helped_most": text, "do_better": "Ring back sooner"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Ring back sooner" in html
    assert db.scalar(select(func.count(Comment.id))) == 0


def test_emoji_and_right_to_left_text_are_kept(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    text = "شكرا جزيلا 🙏 she was brilliant"
    assert _answer_page(client, "/questionnaire/your-words", {"helped_most": text}).status_code == 302
    assert db.scalar(select(Comment.text)) == text


def test_an_expired_form_reshows_what_was_typed(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    response = client.post("/questionnaire/your-words",
                           data={"csrf_token": "stale", "helped_most": "The group on Tuesdays"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The group on Tuesdays" in html and "timed out" in html


def test_bodies_over_64kb_get_a_page(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    response = client.post("/questionnaire/your-words", data={"helped_most": "x" * 70_000})
    assert response.status_code == 413
    html = response.get_data(as_text=True)
    assert "What you sent was too long" in html
    assert "Exit this page" in html and "Go to the start of your questionnaire" in html


@pytest.mark.parametrize(("url", "status", "heading"), [
    ("/questionnaire/not-a-page", 404, "Page not found"),  # the questionnaire's own 404
    ("/no-such-page", 404, "Page not found"),  # anywhere else, while a family's link is open
    ("/refuses-the-request", 400, "Sorry, we could not use what was sent"),
])
def test_a_family_who_hits_an_error_keeps_the_family_page(app, client, db, case, url,
                                                          status, heading):
    # Nothing a family can reach refuses with a bare 400 today; this stands in for one that does.
    app.add_url_rule("/refuses-the-request", "refuses", lambda: abort(400))
    access.allow(app, {"refuses": access.PUBLIC})  # this test's app only
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    response = client.get(url)
    html = response.get_data(as_text=True)
    assert response.status_code == status and f"<h1 class=\"govuk-heading-l\">{heading}</h1>" in html
    assert "Exit this page" in html and 'href="/questionnaire"' in html
    assert "Family Voice home page" not in html


def test_staff_and_strangers_get_the_ordinary_error_page(client, db, case, keyworker):
    stranger = client.get("/no-such-page").get_data(as_text=True)
    assert "Page not found" in stranger and "Exit this page" not in stranger
    assert "Family Voice home page" in stranger
    sign_in(client, keyworker)
    staff = client.get("/cases/999999").get_data(as_text=True)
    assert "Exit this page" not in staff and "Sign out" in staff


def test_twenty_identical_submissions_at_once_store_exactly_one(app, db, case):
    _, token = _link(db, case)
    client = app.test_client()
    client.get(f"/q/{token}")
    _fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
    token_value = csrf_token(client, "/questionnaire/check-your-answers")
    cookie = client.get_cookie("fv_session").value
    barrier = threading.Barrier(20)
    results = []

    def send():
        c = app.test_client()
        c.set_cookie("fv_session", cookie)
        barrier.wait()
        response = c.post("/questionnaire/check-your-answers", data={"csrf_token": token_value})
        results.append((response.status_code, response.headers.get("Location")))

    threads = [threading.Thread(target=send) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    # Every tap, first or not, lands on the thank-you page: the answers are sent.
    assert results == [(302, "/questionnaire/thank-you")] * 20, results
    assert db.scalar(select(func.count(Response.id))) == 1
    assert db.scalar(select(func.count(Answer.id))) == len(FAMILY_OUTCOMES.items)
    assert db.scalar(select(func.count(Comment.id))) == 2
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "questionnaire_submitted")).all()
    assert len(events) == 1


def test_a_second_tap_on_send_lands_on_the_thank_you_page_and_sends_nothing_twice(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    _fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
    url = "/questionnaire/check-your-answers"
    token_value = csrf_token(client, url)
    first = client.post(url, data={"csrf_token": token_value})
    second = client.post(url, data={"csrf_token": token_value})  # after the first was stored
    assert first.headers["Location"] == second.headers["Location"] == "/questionnaire/thank-you"
    thanks = client.get(second.headers["Location"])
    assert thanks.status_code == 200
    assert "Thank you, your answers have been sent" in thanks.get_data(as_text=True)
    assert client.get(url).headers["Location"] == "/questionnaire/thank-you"  # Back, after sending
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "questionnaire_submitted")).all()
    assert len(events) == 1
    assert db.scalar(select(func.count(Comment.id))) == 2


def test_back_and_continue_after_sending_says_the_answers_are_sent_and_changes_nothing(
        client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    _fill_everything(client, pages)
    url = "/questionnaire/check-your-answers"
    token_value = csrf_token(client, url)
    client.post(url, data={"csrf_token": token_value})
    area = f"/questionnaire/{pages[0].key}"
    # Their browser's Back shows the old page with its form; they change an answer and Continue.
    later = client.post(area, data={"csrf_token": token_value,
                                    **{item.code: "1" for item in pages[0].items}})
    assert later.headers["Location"] == "/questionnaire/thank-you"
    html = client.get("/questionnaire/thank-you").get_data(as_text=True)
    assert "You have already sent your answers, so they cannot be changed here" in html
    assert client.get("/questionnaire").headers["Location"] == "/questionnaire/thank-you"
    assert set(db.scalars(select(Answer.value).where(Answer.item_code.in_(
        [item.code for item in pages[0].items])))) == {4}


def test_twenty_identical_page_saves_at_once_store_each_answer_once(app, db, case):
    _, token = _link(db, case)
    client = app.test_client()
    client.get(f"/q/{token}")
    page = plan_pages("parent_carer", "start", True)[0]
    url = f"/questionnaire/{page.key}"
    data = {"csrf_token": csrf_token(client, url), **{i.code: "2" for i in page.items}}
    cookie = client.get_cookie("fv_session").value
    barrier = threading.Barrier(20)
    statuses = []

    def send():
        c = app.test_client()
        c.set_cookie("fv_session", cookie)
        barrier.wait()
        statuses.append(c.post(url, data=data).status_code)

    threads = [threading.Thread(target=send) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert statuses.count(302) == 20, statuses
    assert db.scalar(select(func.count(Answer.id))) == len(page.items)


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
    _fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
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


def test_pages_are_small_enough_for_a_poor_signal(client, db, case):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    start = client.get("/questionnaire")
    css = client.get("/static/family-voice.css")
    js = client.get("/static/govuk-frontend.min.js")
    init = client.get("/static/init.js")
    first_load = sum(len(gzip.compress(r.data)) for r in (start, css, js, init))
    for r in (css, js, init):
        r.close()
    assert first_load <= 40 * 1024, first_load
    later = client.get("/questionnaire/area-community")
    assert len(gzip.compress(later.data)) <= 10 * 1024


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


def test_the_fiftieth_familys_start_answers_freeze_the_councils_figures(client, db, case):
    """49 families have answered at the start; when this family sends theirs, reliable change
    switches from the provisional figures to this council's own, frozen."""
    from surveys.records.models import ReliabilityEstimate
    from tests.factories import add_families_answering_start

    add_families_answering_start(db, case.keyworker, case.team, 49)
    assert db.scalar(select(ReliabilityEstimate)) is None
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    _fill_everything(client, pages, value="2")
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    scopes = {row.scope: row.families for row in db.scalars(select(ReliabilityEstimate))}
    assert scopes.get("total") == 50


def test_a_crash_while_a_family_answers_keeps_their_layout(client, db, case, crashing_route):
    _, token = _link(db, case)
    client.get(f"/q/{token}")
    response = client.get(crashing_route)
    html = response.get_data(as_text=True)
    assert response.status_code == 500 and "secret detail" not in html
    assert "Sorry, there is a problem with the service" in html and "Exit this page" in html
    assert "Go to the start of your questionnaire" in html
