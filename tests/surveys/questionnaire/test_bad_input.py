"""Wrong input on the questionnaire gets a clear message and loses nothing; errors keep the family's
layout."""
from __future__ import annotations

import pytest
from flask import abort
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from surveys.questionnaire.plan import plan_pages
from surveys.records.models import Answer, Comment
from surveys.staff import access
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import answer_page, make_link


def test_missing_and_out_of_range_answers_get_clear_messages(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    page = plan_pages("parent_carer", "start", True)[0]
    url = f"/questionnaire/{page.key}"
    data = {page.items[0].code: "9", page.items[1].code: "3", "extra": "ignored"}
    response = answer_page(client, url, data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and "<title>Error:" in html
    assert "There is a problem" in html and "Prefer not to say" in html
    assert 'value="3" checked' in html  # what was chosen is kept
    assert db.scalar(select(func.count(Answer.id))) == 0


def test_a_doubled_field_gets_a_message_not_a_silent_choice(client, db, case):
    _, token = make_link(db, case)
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
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    response = answer_page(client, "/questionnaire/your-words",
                            {"help_wanted": text, "do_better": "Ring back sooner"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Ring back sooner" in html
    assert db.scalar(select(func.count(Comment.id))) == 0


def test_emoji_and_right_to_left_text_are_kept(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    text = "شكرا جزيلا 🙏 she was brilliant"
    assert answer_page(client, "/questionnaire/your-words", {"help_wanted": text}).status_code == 302
    assert db.scalar(select(Comment.text)) == text


def test_an_expired_form_reshows_what_was_typed(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    response = client.post("/questionnaire/your-words",
                           data={"csrf_token": "stale", "help_wanted": "The group on Tuesdays"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "The group on Tuesdays" in html and "timed out" in html


def test_bodies_over_64kb_get_a_page(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    response = client.post("/questionnaire/your-words", data={"help_wanted": "x" * 70_000})
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
    _, token = make_link(db, case)
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


def test_a_crash_while_a_family_answers_keeps_their_layout(client, db, case, crashing_route):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    response = client.get(crashing_route)
    html = response.get_data(as_text=True)
    assert response.status_code == 500 and "secret detail" not in html
    assert "Sorry, there is a problem with the service" in html and "Exit this page" in html
    assert "Go to the start of your questionnaire" in html
