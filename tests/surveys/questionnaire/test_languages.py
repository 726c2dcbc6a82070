"""Family pages in Welsh (complete) and Urdu (right to left): the switch on every family page,
the choice kept for the session, the member's language set by their keyworker, and the
"needs review by a speaker" mark staff see until the council confirms a review."""
from __future__ import annotations

import re

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from family_by_family_scale.free_text import COMMENT_QUESTIONS
from surveys.questionnaire.catalogues import read_catalogue
from surveys.records.enums import Role
from surveys.records.models import AuditEvent, CouncilSettings, FamilyMember
from tests.helpers import csrf_token, sign_in, submit
from tests.surveys.questionnaire.answering import answer_page, make_link


def _family_facing_messages(repo_root) -> set[str]:
    """Every string babel.cfg marks for translation, extracted afresh from the code and templates."""
    with (repo_root / "babel.cfg").open() as handle:
        method_map, options_map = parse_mapping_cfg(handle)
    found = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
            str(repo_root), method_map, options_map):
        found.add(message if isinstance(message, str) else message[0])
    return found


def test_every_family_facing_message_has_a_welsh_translation(repo_root):
    """Fails when wording is added or changed without Welsh: run `make translations`, translate."""
    catalogue = read_catalogue("cy")
    translated = {}
    for message in catalogue:
        if message.id and not message.fuzzy:
            key = message.id if isinstance(message.id, str) else message.id[0]
            strings = (message.string,) if isinstance(message.string, str) else message.string
            if all(strings):
                translated[key] = message
    missing = sorted(_family_facing_messages(repo_root) - set(translated))
    assert missing == [], "No Welsh for: " + "; ".join(missing)


def test_welsh_translations_keep_every_placeholder():
    problems = [(message.id, [str(error) for error in errors])
                for message, errors in read_catalogue("cy").check()]
    assert problems == []


@pytest.mark.parametrize("instrument", [FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD], ids=["adult", "child"])
def test_all_nineteen_statements_and_the_scale_are_in_welsh(instrument):
    catalogue = read_catalogue("cy")
    wording = [item.text for item in instrument.items] + [label for _v, label in instrument.scale]
    assert len(instrument.items) == 19
    for text in wording:
        assert catalogue[text] is not None and catalogue[text].string, text
        assert catalogue[text].string != text


def _switch(html: str) -> str:
    return html[html.index('<nav class="fv-language-switch"'):html.index("</nav>", html.index(
        '<nav class="fv-language-switch"'))]


def test_every_family_page_has_the_switch_with_the_current_language_not_a_link(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    for url in ("/questionnaire", "/questionnaire/area-community", "/questionnaire/not-a-page"):
        switch = _switch(client.get(url).get_data(as_text=True))
        assert '<span aria-current="true" lang="en-GB">English</span>' in switch
        assert re.search(r'<a [^>]*href="/language/cy\?next=[^"]+"[^>]*hreflang="cy" lang="cy">Cymraeg</a>',
                         switch)
        assert ">English</a>" not in switch


def test_switching_to_welsh_returns_to_the_same_page_and_is_kept_for_the_session(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    answer_page(client, "/questionnaire/area-community", {item.code: "4" for item in
                                                        FAMILY_OUTCOMES.items_in("community")})
    response = client.get("/language/cy?next=/questionnaire/area-community")
    assert response.status_code == 302 and response.headers["Location"] == "/questionnaire/area-community"
    page = client.get("/questionnaire/area-community").get_data(as_text=True)
    assert '<html lang="cy"' in page and "Cysylltiad â’n cymuned" in page
    assert "Rydym yn gwneud pethau sy’n helpu ein cymuned." in page
    assert page.count("checked") == len(FAMILY_OUTCOMES.items_in("community"))  # saved answers shown
    # kept for the session: the next page, with no browser preference, is Welsh too
    start = client.get("/questionnaire").get_data(as_text=True)
    assert "Sut mae pethau i’ch teulu?" in start and "How are things" not in start
    assert '<span aria-current="true" lang="cy">Cymraeg</span>' in _switch(start)
    assert 'lang="en-GB">English</a>' in _switch(start)
    client.get("/language/en_GB?next=/questionnaire")
    assert "How are things for your family?" in client.get("/questionnaire").get_data(as_text=True)


def test_welsh_errors_on_a_page_sent_without_answers(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    client.get("/language/cy?next=/questionnaire")
    url = "/questionnaire/area-community"
    page = client.post(url, data={"csrf_token": csrf_token(client, url)}).get_data(as_text=True)
    assert "<title>Gwall:" in page and "Mae problem wedi codi" in page
    assert "Dewiswch ateb ar gyfer “Rydym yn gwneud pethau sy’n helpu ein cymuned”" in page


@pytest.mark.parametrize("target", ["https://example.com/", "//example.com/x", "/\\example.com",
                                    "javascript:alert(1)", ""])
def test_the_switch_never_sends_anyone_off_the_site(client, target):
    response = client.get("/language/cy", query_string={"next": target})
    assert response.status_code == 302 and response.headers["Location"] == "/questionnaire"


def test_a_language_not_offered_is_not_found(client):
    assert client.get("/language/fr?next=/questionnaire").status_code == 404


def test_staff_pages_stay_english_whatever_the_session_chose(client, db, keyworker, case):
    client.get("/language/cy?next=/questionnaire")
    sign_in(client, keyworker)
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert '<html lang="en-GB"' in page and "fv-language-switch" not in page


def test_a_keyworker_sets_a_members_language_and_their_link_opens_in_it(app, client, db, keyworker, case):
    member = case.family.members[0]
    sign_in(client, keyworker)
    case_page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert f'action="/cases/{case.id}/members/{member.id}/language"' in case_page
    response = client.post(
        f"/cases/{case.id}/members/{member.id}/language",
        data={"csrf_token": csrf_token(client, f"/cases/{case.id}"), "language": "cy"})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(FamilyMember, member.id).language == "cy"
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "member_language_set")) is not None
    family = app.test_client()
    _, token = make_link(db, case)
    family.get(f"/q/{token}")
    assert "Sut mae pethau i’ch teulu?" in family.get("/questionnaire").get_data(as_text=True)


def test_a_keyworker_cannot_set_the_language_of_another_teams_member(client, db, make_staff, team, case):
    from surveys.records.models import Locality, Team
    from tests.factories import make_case

    other_team = Team(name="Southgate", locality=Locality(name="South"))
    db.add(other_team)
    db.commit()
    outsider = make_staff(Role.KEYWORKER, other_team)
    own_case = make_case(db, outsider, other_team, family_name="Jones")
    sign_in(client, outsider)
    token = csrf_token(client, f"/cases/{own_case.id}")
    member = case.family.members[0]
    response = client.post(f"/cases/{case.id}/members/{member.id}/language",
                           data={"csrf_token": token, "language": "cy"})
    assert response.status_code == 404
    # another family's member through one's own case is refused too
    response = client.post(f"/cases/{own_case.id}/members/{member.id}/language",
                           data={"csrf_token": token, "language": "cy"})
    assert response.status_code == 404
    db.expire_all()
    assert db.get(FamilyMember, member.id).language is None


def test_an_unknown_language_for_a_member_is_refused_with_a_message(client, db, keyworker, case):
    member = case.family.members[0]
    sign_in(client, keyworker)
    response = client.post(f"/cases/{case.id}/members/{member.id}/language",
                           data={"csrf_token": csrf_token(client, f"/cases/{case.id}"), "language": "xx"},
                           follow_redirects=True)
    assert "Choose one of the languages offered" in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(FamilyMember, member.id).language is None


def test_welsh_is_marked_for_review_until_an_administrator_confirms_it(client, db, make_staff,
                                                                       keyworker, case):
    sign_in(client, keyworker)
    assert "Welsh wording needs review by a Welsh speaker" in client.get(
        f"/cases/{case.id}").get_data(as_text=True)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, f"/cases/{case.id}")})
    admin = make_staff(Role.ADMIN)
    sign_in(client, admin)
    page = client.get("/admin/languages").get_data(as_text=True)
    assert "Welsh" in page and "Needs review by a Welsh speaker" in page
    response = submit(client, "/admin/languages", {"language": "cy", "reviewed": "yes"})
    assert response.status_code == 302
    db.expire_all()
    assert db.scalar(select(CouncilSettings)).reviewed_languages == "cy"
    assert "Reviewed by a Welsh speaker" in client.get("/admin/languages").get_data(as_text=True)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/admin/languages")})
    sign_in(client, keyworker)
    case_page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Welsh wording needs review" not in case_page
    assert "Urdu wording needs review by an Urdu speaker" in case_page


def test_only_an_administrator_confirms_a_review(client, keyworker):
    sign_in(client, keyworker)
    assert client.get("/admin/languages").status_code in (403, 404)
def test_urdu_pages_are_right_to_left(client, db, case):
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    client.get("/language/ur?next=/questionnaire")
    page = client.get("/questionnaire/area-community").get_data(as_text=True)
    assert '<html lang="ur" dir="rtl"' in page
    catalogue = read_catalogue("ur")
    for item in FAMILY_OUTCOMES.items_in("community"):
        assert catalogue[item.text].string and catalogue[item.text].string in page


def test_urdu_has_the_questionnaires_core_wording():
    """Urdu proves right-to-left pages: every statement (adult and child), answer, area and
    question is translated, though not yet every message."""
    catalogue = read_catalogue("ur")
    core = ["Continue", "Back", "Start now", "Check your answers", "Send my answers", "Exit this page",
            "There is a problem", "Choose an answer", "Choose a language", "Skip to main content"]
    for instrument in (FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE):
        core += [item.text for item in instrument.items] + [label for _v, label in instrument.scale]
        core += [area.title for area in instrument.areas] + [instrument.question,
                                                            instrument.prefer_not_to_say]
    core += [label for questions in COMMENT_QUESTIONS.values() for _key, label in questions]
    missing = [text for text in core if not (catalogue.get(text) and catalogue.get(text).string)]
    assert missing == []
