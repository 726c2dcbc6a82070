"""Leaving safely: "Exit this page" ends the family's session on the server, and the pages that
invite a family to write say where to get help."""
from __future__ import annotations

from sqlalchemy import select

from surveys.records.enums import Role
from surveys.records.models import CouncilSettings, Invitation
from surveys.records.settings import DEFAULTS
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import make_link


def test_exit_this_page_ends_the_session_so_back_shows_nothing_of_theirs(client, db, case):
    invitation, token = make_link(db, case)
    client.get(f"/q/{token}")
    assert client.get("/questionnaire/area-community").status_code == 200
    kept_cookie = client.get_cookie("fv_session").value  # as if someone copied it beforehand

    response = client.get("/questionnaire/exit")
    assert response.status_code == 302
    assert response.headers["Location"] == "https://www.bbc.co.uk/weather"
    assert response.headers["Referrer-Policy"] == "no-referrer"
    back = client.get("/questionnaire/area-community")
    assert back.status_code == 302 and back.headers["Location"] == "/questionnaire/link-problem"

    client.set_cookie("fv_session", kept_cookie)  # the old cookie is refused by the server too
    again = client.get("/questionnaire")
    assert again.status_code == 302 and again.headers["Location"] == "/questionnaire/link-problem"
    db.expire_all()
    assert db.get(Invitation, invitation.id).session_version == 1


def test_after_exit_the_family_can_open_their_link_again_and_carry_on(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    client.get("/questionnaire/exit")
    assert client.get(f"/q/{token}").headers["Location"] == "/questionnaire"
    assert "For Grace" in client.get("/questionnaire").get_data(as_text=True)


def test_exit_with_no_session_still_leaves_at_once(client):
    response = client.get("/questionnaire/exit")
    assert response.status_code == 302 and response.headers["Location"].startswith("https://www.bbc")


def test_the_exit_button_goes_through_the_server_and_the_start_page_mentions_it(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire").get_data(as_text=True)
    assert 'href="/questionnaire/exit"' in html
    assert "Exit this page" in html and "press the Shift key 3 times" in html


def test_the_writing_page_and_thank_you_say_where_to_get_help(client, db, case):
    row = CouncilSettings(**{**DEFAULTS, "help_contact": "Call the Family Hub on 01632 960 123"})
    db.add(row)
    db.commit()
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire/your-words").get_data(as_text=True)
    for text in ("Call the Family Hub on 01632 960 123", "Childline free on 0800 1111",
                 "Samaritans free on 116 123", "call 999"):
        assert text in html
    assert "Childline" not in client.get("/questionnaire/area-community").get_data(as_text=True)


def test_an_administrator_sets_the_councils_help_contact(client, db, make_staff):
    sign_in(client, make_staff(Role.ADMIN))
    page = client.get("/admin/settings").get_data(as_text=True)
    assert "Who families can contact at the council for help" in page
    data = {"council_name": "Northshire Council", "middle_wave_weeks": "12", "close_wave_weeks": "24",
            "link_valid_days": "14", "retention_months": "72", "flag_read_working_days": "1",
            "help_contact": "  Call the Family Hub on 01632 960 123  ",
            "csrf_token": csrf_token(client, "/admin/settings")}
    assert client.post("/admin/settings", data=data).status_code == 302
    db.expire_all()
    assert db.scalar(select(CouncilSettings)).help_contact == "Call the Family Hub on 01632 960 123"
