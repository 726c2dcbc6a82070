"""On their thank-you page each member says whether their own results go in the family's
"Our journey" booklet: their own yes or no, in words for their age, changeable later."""
from __future__ import annotations

from html import unescape

import pytest
from sqlalchemy import select

from surveys.questionnaire.plan import plan_pages
from surveys.records.enums import AgeBand, MemberRole
from surveys.records.models import AuditEvent, FamilyMember
from tests.factories import make_case
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import fill_everything, make_link

THANKS = "/questionnaire/thank-you"


def _send(client, db, case, member_index=0):
    """Open a member's link, answer everything and send it, as they would."""
    _, token = make_link(db, case, member_index=member_index)
    client.get(f"/q/{token}")
    member = case.family.members[member_index]
    fill_everything(client, plan_pages(member.member_role.value, "start",
                                       has_goals=bool(case.goals)))
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    return member


def _choose(client, value):
    return client.post(THANKS, data={"csrf_token": csrf_token(client, THANKS), "shares": value})


def test_a_parent_says_yes_then_changes_their_mind(client, db, case):
    """Nothing is shared until asked; yes is kept, shown back, and can become no later."""
    grace = _send(client, db, case)
    html = unescape(client.get(THANKS).get_data(as_text=True))
    assert "Can your own answers go in your family's “Our journey” booklet?" in html
    assert "You can change your mind at any time." in html
    assert "You said" not in html
    db.refresh(grace)
    assert grace.shares_results is None
    response = _choose(client, "yes")
    assert response.status_code == 302 and response.headers["Location"] == THANKS + "#sharing"
    db.refresh(grace)
    assert grace.shares_results is True and grace.shares_results_changed_at is not None
    html = unescape(client.get(THANKS).get_data(as_text=True))
    assert "You said yes. Your answers can go in your family's booklet." in html
    assert 'value="yes" checked' in html
    _choose(client, "no")
    db.refresh(grace)
    assert grace.shares_results is False
    events = db.scalars(select(AuditEvent).where(AuditEvent.action == "results_sharing_chosen")
                        .order_by(AuditEvent.id)).all()
    assert [e.details for e in events] == [{"shares": True}, {"shares": False}]
    assert all(e.target_id == grace.id and e.actor_id is None for e in events)


def test_a_child_is_asked_in_a_childs_words_and_only_their_own_answer_changes(client, db, case):
    """Tobi (8-12) is asked whether the grown-ups may see his answers; his yes leaves Grace's
    choice alone: a family's browser can only ever answer for its own member."""
    grace, tobi = case.family.members
    grace.shares_results = False
    db.commit()
    _send(client, db, case, member_index=1)
    html = unescape(client.get(THANKS).get_data(as_text=True))
    assert "Can the grown-ups in your family see your answers?" in html
    assert "It is OK to say no." in html
    assert "Yes, they can see my answers" in html and "No, keep my answers private" in html
    # A member id slipped into the form is ignored: the session says whose answers these are.
    client.post(THANKS, data={"csrf_token": csrf_token(client, THANKS), "shares": "yes",
                              "member_id": str(grace.id)})
    db.refresh(grace)
    db.refresh(tobi)
    assert tobi.shares_results is True and grace.shares_results is False


def test_a_young_person_is_asked_about_their_parents_or_carers(client, db, keyworker, team):
    """A 13-17 year old gets their own words."""
    case = make_case(db, keyworker, team,
                     members=(("Kofi", MemberRole.YOUNG_PERSON, AgeBand.TEEN),))
    _send(client, db, case)
    html = unescape(client.get(THANKS).get_data(as_text=True))
    assert "Can your parents or carers see your own answers?" in html


@pytest.mark.parametrize("value", ["", "maybe", "yes\x00"])
def test_no_answer_or_a_made_up_one_gets_a_clear_message(client, db, case, value):
    """Bad input: the page again with 'Choose yes or no', status 400, nothing stored."""
    grace = _send(client, db, case)
    response = _choose(client, value)
    assert response.status_code == 400
    html = unescape(response.get_data(as_text=True))
    assert "Choose yes or no" in html and "<title>Error:" in html
    db.refresh(grace)
    assert grace.shares_results is None


def test_two_answers_at_once_get_a_message_not_a_guess(client, db, case):
    """A doubled field is refused, as on the questionnaire's own pages."""
    grace = _send(client, db, case)
    response = client.post(THANKS, data={"csrf_token": csrf_token(client, THANKS),
                                         "shares": ["yes", "no"]})
    assert response.status_code == 400
    db.refresh(grace)
    assert grace.shares_results is None


def test_without_a_session_the_question_cannot_be_answered(client, db, case):
    """No link opened: the friendly link problem page, and no one's choice changes."""
    response = client.post(THANKS, data={"shares": "yes"})
    assert response.status_code in (302, 400)
    assert db.scalar(select(FamilyMember.shares_results).where(
        FamilyMember.shares_results.is_not(None))) is None


def test_filling_in_with_them_the_keyworker_records_the_members_own_answer(
        client, db, case, keyworker):
    """In 'fill in with them' the member answers on the keyworker's device; the audit log says
    the keyworker entered it."""
    sign_in(client, keyworker)
    grace = case.family.members[0]
    wave = case.waves[0]
    start = client.post(f"/cases/{case.id}/waves/{wave.id}/members/{grace.id}/assisted",
                        data={"csrf_token": csrf_token(client, f"/cases/{case.id}")})
    assert start.status_code == 302, start.get_data(as_text=True)[:500]
    fill_everything(client, plan_pages("parent_carer", "start", has_goals=True))
    client.post("/questionnaire/check-your-answers",
                data={"csrf_token": csrf_token(client, "/questionnaire/check-your-answers")})
    assert "Can your own answers go in" in unescape(client.get(THANKS).get_data(as_text=True))
    _choose(client, "yes")
    db.refresh(grace)
    assert grace.shares_results is True
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "results_sharing_chosen"))
    assert event.actor_id == keyworker.id
    assert db.get(type(grace), grace.id).shares_results is True
