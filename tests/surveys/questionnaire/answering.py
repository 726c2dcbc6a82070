"""Helpers for the questionnaire's tests: a live link for a member, and answering pages as a
family would."""
from __future__ import annotations

import re

from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import WaveKind
from tests.factories import wave_of
from tests.helpers import csrf_token


def make_link(db, case, member_index=0, kind=WaveKind.START, days=14):
    wave = wave_of(case, kind)
    member = case.family.members[member_index]
    invitation, token = issue_link(db, wave_id=wave.id, member_id=member.id, valid_days=days,
                                   now=utcnow(), issued_by=None)
    db.commit()
    return invitation, token


def answer_page(client, url, data):
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data})


def fill_everything(client, pages, value="4"):
    """Answer every page the way a person would, following each redirect."""
    for page in pages:
        url = f"/questionnaire/{page.key}"
        if page.kind == "items":
            data = {item.code: value for item in page.items}
        elif page.kind == "goals":
            data = {k: "6" for k in re.findall(r'name="(goal_\d+)"', client.get(url).get_data(as_text=True))}
        else:
            # The first question is "What would you like help with?" at the start, "What has
            # helped most?" later: both keys are sent, and only the page's own is kept.
            said = "Kim actually listened to us"
            data = {"helped_most": said, "help_wanted": said, "do_better": "Ring back sooner",
                    "anything_else": ""}
        response = answer_page(client, url, data)
        assert response.status_code == 302, (page.key, response.get_data(as_text=True)[:3000])
