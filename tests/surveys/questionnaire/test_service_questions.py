"""Who is asked the service questions, in whose words, at which wave: the seven statements at the
middle and close, "Did we make a difference?" at the close; young people in their own words;
children under 13 neither."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    MADE_A_DIFFERENCE,
    MADE_A_DIFFERENCE_YOUNG_PEOPLE,
    SERVICE_EXPERIENCE,
    SERVICE_EXPERIENCE_YOUNG_PEOPLE,
)
from surveys.questionnaire.plan import plan_pages
from surveys.records.enums import AgeBand, MemberRole, WaveKind
from surveys.records.models import Answer
from tests.factories import make_case
from tests.surveys.questionnaire.answering import answer_page, fill_everything, make_link

ADULT = (SERVICE_EXPERIENCE, MADE_A_DIFFERENCE)
YOUNG = (SERVICE_EXPERIENCE_YOUNG_PEOPLE, MADE_A_DIFFERENCE_YOUNG_PEOPLE)


@pytest.mark.parametrize(("role", "age_band", "wave", "expected"), [
    ("parent_carer", "25-64", "start", ()),
    ("parent_carer", "25-64", "middle", ADULT[:1]),
    ("parent_carer", "25-64", "close", ADULT),
    ("young_person", "13-17", "start", ()),
    ("young_person", "13-17", "middle", YOUNG[:1]),
    ("young_person", "13-17", "close", YOUNG),
    ("child", "13-17", "close", YOUNG),
    ("young_person", "18-24", "close", ADULT),
    ("child", "8-12", "middle", ()),
    ("child", "8-12", "close", ()),
])
def test_each_member_gets_the_service_questions_for_their_age_and_wave(role, age_band, wave,
                                                                       expected):
    pages = plan_pages(role, wave, True, age_band)
    service = [p for p in pages if p.key in ("our-service", "made-a-difference")]
    assert tuple(p.instrument for p in service) == expected
    assert [p.key for p in service] == ["our-service", "made-a-difference"][:len(expected)]
    if expected:  # after the goals, before the free-text page
        assert [p.key for p in pages[-len(expected) - 2:]] == [
            "goals", *(p.key for p in service), "your-words"]


def test_the_difference_question_is_a_page_of_its_own_headed_by_the_question():
    page = plan_pages("parent_carer", "close", False)[-2]
    assert page.key == "made-a-difference" and page.is_one_question
    assert page.title == "Did we make a difference?" and page.items == MADE_A_DIFFERENCE.items
    assert not next(p for p in plan_pages("parent_carer", "close", False)
                    if p.key == "our-service").is_one_question


def test_a_response_started_on_the_adult_version_keeps_the_adult_service_wording():
    pages = plan_pages("young_person", "close", False, "13-17", instrument=FAMILY_OUTCOMES)
    assert {p.instrument for p in pages if p.key in ("our-service", "made-a-difference")} == set(ADULT)


def test_a_young_person_answers_the_service_questions_in_their_own_words_at_the_close(
        client, db, keyworker, team):
    case = make_case(db, keyworker, team, members=(
        ("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT), ("Ayo", MemberRole.YOUNG_PERSON, AgeBand.TEEN)))
    _, token = make_link(db, case, member_index=1, kind=WaveKind.CLOSE)
    client.get(f"/q/{token}")
    pages = plan_pages("young_person", "close", False, "13-17")
    fill_everything(client, [p for p in pages if p.key not in ("our-service", "made-a-difference")])

    service = client.get("/questionnaire/our-service").get_data(as_text=True)
    assert "How true is this for you at the moment?" in service
    assert "I have one main worker who helps me sort things out myself." in service
    assert "I have one key person who helps me to help myself." not in service
    assert answer_page(client, "/questionnaire/our-service",
                       {code: "5" for code in SERVICE_EXPERIENCE_YOUNG_PEOPLE.item_codes}
                       ).status_code == 302

    url = "/questionnaire/made-a-difference"
    html = client.get(url).get_data(as_text=True)
    assert "<title>Has working with us made a difference to you and your family?" in html
    assert "Think about the whole time we have worked with you." in html
    assert re.findall(r'radios__label[^>]*>\s*(.*?)\s*</label>', html) == [
        "No difference", "A little", "Quite a lot", "A lot", "Prefer not to say"]
    refused = answer_page(client, url, {"DIF01": "5"})  # off its four-point scale
    assert refused.status_code == 400
    assert "<title>Error: Has working with us" in refused.get_data(as_text=True)
    assert answer_page(client, url, {"DIF01": "3"}).status_code == 302

    check = client.get("/questionnaire/check-your-answers").get_data(as_text=True)
    assert "Did we make a difference?" in check and "Quite a lot" in check
    stored = {a.item_code: (a.instrument_code, a.value) for a in db.scalars(select(Answer))}
    assert stored["DIF01"] == ("made-a-difference-young-people", 3)
    assert stored["SVC03"] == ("service-experience-young-people", 5)


def test_a_child_under_13_is_not_asked_the_service_questions(client, db, case):
    _, token = make_link(db, case, member_index=1, kind=WaveKind.CLOSE)
    client.get(f"/q/{token}")
    assert client.get("/questionnaire/made-a-difference").status_code == 404
    assert client.get("/questionnaire/our-service").status_code == 404
