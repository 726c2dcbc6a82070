"""Members aged 13 to 17 answer the young people's version; a response keeps the version it
was started on."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, FAMILY_OUTCOMES_YOUNG_PEOPLE
from surveys.questionnaire.plan import instrument_for_member, plan_pages
from surveys.records.enums import AgeBand, MemberRole
from surveys.records.models import Answer, FamilyMember, Response
from tests.factories import make_case
from tests.surveys.questionnaire.answering import answer_page, make_link


@pytest.mark.parametrize(("role", "age_band", "expected"), [
    ("young_person", "13-17", FAMILY_OUTCOMES_YOUNG_PEOPLE),
    ("child", "13-17", FAMILY_OUTCOMES_YOUNG_PEOPLE),
    ("young_person", "18-24", FAMILY_OUTCOMES),
    ("child", "8-12", FAMILY_OUTCOMES_CHILD),
    ("parent_carer", "25-64", FAMILY_OUTCOMES),
    ("child", None, FAMILY_OUTCOMES_CHILD),
])
def test_members_aged_13_to_17_get_the_young_peoples_version(role, age_band, expected):
    assert instrument_for_member(role, age_band) is expected


def test_young_people_answer_an_area_a_page_with_the_adult_free_text_questions():
    pages = plan_pages("child", "middle", True, "13-17")
    assert pages[0].key == "area-community" and len(pages[0].items) == 6
    assert pages[0].instrument is FAMILY_OUTCOMES_YOUNG_PEOPLE
    assert "our-service" in [page.key for page in pages]


def test_a_teenager_answers_in_their_own_wording(client, db, keyworker, team):
    case = make_case(db, keyworker, team, members=(
        ("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT), ("Ayo", MemberRole.YOUNG_PERSON, AgeBand.TEEN)))
    _, token = make_link(db, case, member_index=1)
    client.get(f"/q/{token}")
    page = client.get("/questionnaire/area-community").get_data(as_text=True)
    assert "How much is this like your family at the moment?" in page
    assert "We do things that help people in our area." in page
    assert "We do things that help our community." not in page
    response = answer_page(client, "/questionnaire/area-community",
                           {item.code: "4" for item in FAMILY_OUTCOMES_YOUNG_PEOPLE.items_in("community")})
    assert response.status_code == 302
    stored = db.scalar(select(Response))
    assert (stored.instrument_code, stored.instrument_version) == ("family-outcomes-young-people", 1)
    assert {a.instrument_code for a in db.scalars(select(Answer))} == {"family-outcomes-young-people"}


def test_a_response_keeps_the_version_it_was_started_on(client, db, keyworker, team):
    case = make_case(db, keyworker, team, members=(("Tobi", MemberRole.CHILD, AgeBand.CHILD),))
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    member = db.get(FamilyMember, case.family.members[0].id)
    member.age_band = AgeBand.TEEN  # a birthday mid-questionnaire
    db.commit()
    page = client.get("/questionnaire/statement-fbf01").get_data(as_text=True)
    assert FAMILY_OUTCOMES_CHILD.item("FBF01").text in page
