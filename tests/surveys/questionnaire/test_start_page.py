"""The start page: Start first, one honest time estimate, "You said, we did" as staff wrote it,
and free-text questions that suit the wave."""
from __future__ import annotations

import re
from datetime import date

import pytest
from sqlalchemy import select

from family_by_family_scale.free_text import HELP_WANTED, HELPED_MOST, comment_questions
from surveys.questionnaire.plan import estimated_minutes, plan_pages
from surveys.records.enums import ActionStatus, WaveKind
from surveys.records.models import Comment, ServiceAction
from tests.factories import wave_of
from tests.helpers import csrf_token, sign_in
from tests.surveys.questionnaire.answering import answer_page, make_link


def _add_action(db, we_heard: str) -> None:
    db.add(ServiceAction(theme_code="kept_informed", we_heard=we_heard,
                         we_did="We text you the day before every visit.", status=ActionStatus.DONE,
                         owner="Service manager", started_on=date(2026, 11, 1)))
    db.commit()


def test_start_comes_before_what_we_changed_and_nothing_is_said_twice(client, db, case):
    _add_action(db, "You said visits sometimes came as a surprise.")
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    html = client.get("/questionnaire").get_data(as_text=True)
    assert html.index("Start now") < html.index("You told us, we acted")
    assert "You said visits sometimes came as a surprise." in html
    assert "You said: You said" not in html and "You said:" not in html


def test_the_start_page_and_the_keyworkers_message_give_the_same_estimate(client, db, case, keyworker):
    sign_in(client, keyworker)
    wave = wave_of(case, WaveKind.START)
    member = case.family.members[0]
    case_url = f"/cases/{case.id}"
    issued = client.post(f"{case_url}/waves/{wave.id}/members/{member.id}/link",
                         data={"csrf_token": csrf_token(client, case_url)})
    shown = client.get(issued.headers["Location"]).get_data(as_text=True)
    message_minutes = int(re.search(r"It takes about (\d+) minutes", shown).group(1))
    token = re.search(r"/q/([A-Za-z0-9_-]+)", shown).group(1)

    family = client.application.test_client()
    family.get(f"/q/{token}")
    start = family.get("/questionnaire").get_data(as_text=True)
    page_minutes = int(re.search(r"It takes about (\d+) minutes", start).group(1))
    expected = estimated_minutes(plan_pages("parent_carer", "start", has_goals=True))
    assert message_minutes == page_minutes == expected


@pytest.mark.parametrize(("role", "wave", "minutes"), [
    # 19 statements on 4 area pages, goals, writing: 19*10 + 6*5 + 30 + 120 = 370 s
    ("parent_carer", "start", 7),
    # and 7 service statements on one more page: 370 + 70 + 5 = 445 s
    ("parent_carer", "middle", 8),
    # a child: 19 statements on 19 pages, goals and writing: 190 + 21*5 + 30 + 120 = 445 s
    ("child", "close", 8),
])
def test_the_estimate_follows_the_questionnaires_length(role, wave, minutes):
    assert estimated_minutes(plan_pages(role, wave, has_goals=True)) == minutes


def test_the_start_questionnaire_asks_what_help_they_want_and_later_ones_what_helped(client, db, case):
    assert [key for key, _ in comment_questions("adult", "start")][0] == HELP_WANTED
    assert [key for key, _ in comment_questions("child", "middle")][0] == HELPED_MOST

    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    words = client.get("/questionnaire/your-words").get_data(as_text=True)
    assert "What would you like help with?" in words and "What has helped most?" not in words
    assert answer_page(client, "/questionnaire/your-words",
                       {"help_wanted": "Mornings before school"}).status_code == 302
    assert db.scalar(select(Comment.question)) == HELP_WANTED

    later = client.application.test_client()
    _, token = make_link(db, case, kind=WaveKind.MIDDLE)
    later.get(f"/q/{token}")
    words = later.get("/questionnaire/your-words").get_data(as_text=True)
    assert "What has helped most?" in words and "What would you like help with?" not in words
