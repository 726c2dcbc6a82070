"""The journey page shows each member's own answer at the close to "Has working with us made a
difference?", in the words they were asked, and a young person's service answers in theirs."""
from __future__ import annotations

import re

from family_by_family_scale import MADE_A_DIFFERENCE_YOUNG_PEOPLE, SERVICE_EXPERIENCE_YOUNG_PEOPLE
from reports.journey.build import build_journey
from reports.journey.model import MemberRecord, ResponseRecord
from surveys.records.enums import AgeBand, MemberRole, Role, WaveKind
from surveys.records.models import Answer
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in


def test_each_member_is_shown_with_their_own_answer_at_the_close_only():
    members = [MemberRecord(1, "Grace", "Parent or carer"), MemberRecord(2, "Ayo", "Young person")]
    young = {"DIF01": ("made-a-difference-young-people", 1)}
    responses = [
        ResponseRecord(1, "middle", "family-outcomes", 1, all_items(3), {"SVC01": 4}, {}),
        ResponseRecord(1, "close", "family-outcomes", 1, all_items(4), {"DIF01": 4}, {}),
        ResponseRecord(2, "close", "family-outcomes-young-people", 1, all_items(3),
                       {"DIF01": None}, {}, young),
    ]
    journey = build_journey(members, responses)
    assert [(d.name, d.label, d.question) for d in journey.made_a_difference] == [
        ("Grace", "A lot", "Has working with us made a difference to your family?"),
        ("Ayo", "Prefer not to say",
         "Has working with us made a difference to you and your family?")]


def test_the_journey_page_shows_the_familys_answers_in_their_own_words(client, db, make_staff,
                                                                       team):
    keyworker = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, keyworker, team, members=(
        ("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT), ("Ayo", MemberRole.YOUNG_PERSON, AgeBand.TEEN)))
    grace, ayo = case.family.members
    close = wave_of(case, WaveKind.CLOSE)
    add_response(db, close, grace, all_items(4), service={"SVC07": 5, "DIF01": 3})
    response = add_response(db, close, ayo, all_items(3))
    for asked, code, value in ((SERVICE_EXPERIENCE_YOUNG_PEOPLE, "SVC03", 4),
                               (MADE_A_DIFFERENCE_YOUNG_PEOPLE, "DIF01", 4)):
        response.answers.append(Answer(instrument_code=asked.code,
                                       instrument_version=asked.version, item_code=code,
                                       value=value))
    db.commit()
    sign_in(client, keyworker)
    html = client.get(f"/cases/{case.id}/journey").get_data(as_text=True)
    made = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html[html.index('id="made-a-difference"'):
                                                            html.index('id="comments"')]))
    assert "Grace Quite a lot Has working with us made a difference to your family?" in made
    assert "Ayo A lot Has working with us made a difference to you and your family?" in made
    assert "I have one main worker who helps me sort things out myself." in made
    assert "They listen to me and then they act." in made
