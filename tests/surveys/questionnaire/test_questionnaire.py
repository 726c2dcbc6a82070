"""A family member's questionnaire through their personal link, as they would use it."""
from __future__ import annotations

import gzip
import re
from datetime import date, timedelta

from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from surveys.questionnaire.plan import plan_pages
from surveys.records.enums import ActionStatus, CompletionMode, WaveKind, WaveStatus
from surveys.records.models import Answer, Comment, GoalRating, Invitation, Locality, Response, ServiceAction
from surveys.records.sealing import hash_token
from tests.factories import wave_of
from tests.helpers import csrf_token
from tests.surveys.questionnaire.answering import answer_page, fill_everything, make_link


def test_opening_a_link_swaps_the_token_for_a_session_and_hides_it(client, db, case):
    invitation, token = make_link(db, case)
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
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    assert [p.key for p in pages][:2] == ["area-community", "area-getting-on"]
    first = client.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert f"Section 1 of {len(pages)}" in first
    fill_everything(client, pages)
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
    comment = db.scalar(select(Comment).where(Comment.question == "help_wanted"))  # a start wave
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
    _, token = make_link(db, case, member_index=1)
    client.get(f"/q/{token}")
    pages = plan_pages("child", "start", has_goals=True)
    assert sum(1 for p in pages if p.kind == "items") == len(FAMILY_OUTCOMES_CHILD.items)
    html = client.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert FAMILY_OUTCOMES_CHILD.items[0].text in html
    assert f"Question 1 of {len(pages)}" in html
    fill_everything(client, pages, value="3")
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    stored = db.scalar(select(Response))
    assert stored.instrument_code == FAMILY_OUTCOMES_CHILD.code and stored.is_submitted


def test_reopening_the_link_resumes_at_the_first_unanswered_page(app, client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    fill_everything(client, pages[:2])
    fresh = app.test_client()  # the browser was closed: a new session from the same link
    fresh.get(f"/q/{token}")
    html = fresh.get("/questionnaire").get_data(as_text=True)
    assert "Carry on" in html and f'href="/questionnaire/{pages[2].key}"' in html
    earlier = fresh.get(f"/questionnaire/{pages[0].key}").get_data(as_text=True)
    assert earlier.count('checked') == len(pages[0].items)  # earlier answers kept


def test_carry_on_goes_to_the_first_unanswered_page_even_after_a_gap(app, client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    fill_everything(client, [pages[0], pages[2]])  # the second page was skipped
    fresh = app.test_client()
    fresh.get(f"/q/{token}")
    start = fresh.get("/questionnaire").get_data(as_text=True)
    carry_on = re.search(r'<a href="([^"]+)"[^>]*govuk-button--start[^>]*>\s*Carry on', start)
    assert carry_on and carry_on.group(1) == f"/questionnaire/{pages[1].key}"
    saved = answer_page(fresh, carry_on.group(1), {item.code: "3" for item in pages[1].items})
    assert saved.headers["Location"] == f"/questionnaire/{pages[3].key}"  # the saved page is skipped


def test_a_child_is_told_what_happens_to_their_answers(client, db, case):
    _, token = make_link(db, case, member_index=1)
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
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire").get_data(as_text=True)
    assert "<strong>We did:</strong> Evening visits across the council." in html
    assert "<strong>We are doing:</strong> A drop-in at North library." in html
    assert "<strong>We will:</strong> Texts before every North visit." in html
    assert "South family hub" not in html
    assert html.count("We did:") == 1


def test_a_link_never_shows_another_members_answers(app, client, db, case):
    _, parent_token = make_link(db, case, 0)
    client.get(f"/q/{parent_token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    fill_everything(client, pages[:1], value="5")
    _, child_token = make_link(db, case, 1)
    child = app.test_client()
    child.get(f"/q/{child_token}")
    html = child.get("/questionnaire/area-community")  # a parent's page key
    assert html.status_code == 404
    child_page = child.get(f"/questionnaire/{plan_pages('child', 'start', True)[0].key}")
    assert "checked" not in child_page.get_data(as_text=True)


def test_pages_are_small_enough_for_a_poor_signal(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    start = client.get("/questionnaire")
    # every file the start page asks for, by the hashed names it links to
    urls = re.findall(r'(?:href|src)="(/static/[^"]+)"', start.get_data(as_text=True))
    assert any(u.endswith(".css") for u in urls) and any(u.endswith(".js") for u in urls)
    files = [client.get(u) for u in urls]
    assert all(f.status_code == 200 for f in files)
    first_load = sum(len(gzip.compress(r.data)) for r in (start, *files))
    for r in files:
        r.close()
    assert first_load <= 40 * 1024, first_load
    later = client.get("/questionnaire/area-community")
    assert len(gzip.compress(later.data)) <= 10 * 1024


def test_the_fiftieth_familys_start_answers_freeze_the_councils_figures(client, db, case):
    """49 families have answered at the start; when this family sends theirs, reliable change
    switches from the provisional figures to this council's own, frozen."""
    from surveys.records.models import ReliabilityEstimate
    from tests.factories import add_families_answering_start

    add_families_answering_start(db, case.keyworker, case.team, 49)
    assert db.scalar(select(ReliabilityEstimate)) is None
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    fill_everything(client, pages, value="2")
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    scopes = {row.scope: row.families for row in db.scalars(select(ReliabilityEstimate))}
    assert scopes.get("total") == 50
