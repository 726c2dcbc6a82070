"""Answers are stored once however often a page is saved or sent, even at the same moment."""
from __future__ import annotations

import threading

from sqlalchemy import func, select

from family_by_family_scale import FAMILY_OUTCOMES
from surveys.questionnaire.plan import plan_pages
from surveys.records.models import Answer, AuditEvent, Comment, Response
from tests.helpers import csrf_token
from tests.surveys.questionnaire.answering import fill_everything, make_link


def test_twenty_identical_submissions_at_once_store_exactly_one(app, db, case):
    _, token = make_link(db, case)
    client = app.test_client()
    client.get(f"/q/{token}")
    fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
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
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
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
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    pages = plan_pages("parent_carer", "start", has_goals=True)
    fill_everything(client, pages)
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
    _, token = make_link(db, case)
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
