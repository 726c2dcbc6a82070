"""A keyworker keeps a member's results out of the family's PDF when sharing them could put a
child at risk: the reason is kept with the member, the audit log says who and when, not why."""
from __future__ import annotations

from html import unescape
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from surveys.records.models import AuditEvent
from tests.factories import wave_of
from tests.helpers import csrf_token, sign_in
from tests.reports.journey.families import agree_to_share, make_okafor_family

REASON = "Tobi said his father punishes him for what he tells us."


@pytest.fixture
def keyworker(make_staff, team):
    """The keyworker who holds the Okafor case."""
    return make_staff(Role.KEYWORKER, team, name="Kim Keyworker")


@pytest.fixture
def okafor(db, keyworker, team):
    """Grace and Tobi, who both agreed to share."""
    case = make_okafor_family(db, keyworker, team)
    agree_to_share(db, *case.family.members)
    return case


def _url(case, member) -> str:
    return f"/cases/{case.id}/members/{member.id}/family-pdf"


def _post(client, case, member, **data):
    url = _url(case, member)
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data})


def _pdf_text(client, case) -> str:
    pdf = client.get(f"/cases/{case.id}/journey/our-journey.pdf").data
    return " ".join("\n".join(p.extract_text() for p in PdfReader(BytesIO(pdf)).pages).split())


def test_withholding_keeps_a_member_out_of_the_pdf_and_the_reason_out_of_the_log(
        client, db, okafor, keyworker):
    """Tobi is named in the PDF until withheld; then not, and the page shows staff why."""
    grace, tobi = okafor.family.members
    sign_in(client, keyworker)
    assert "Tobi: a harder time than before" in _pdf_text(client, okafor)
    page = unescape(client.get(_url(okafor, tobi)).get_data(as_text=True))
    assert "Tobi agreed to their own results going in the family's PDF." in page
    response = _post(client, okafor, tobi, withhold="yes", reason=REASON)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/cases/{okafor.id}/journey#family-pdf"
    db.refresh(tobi)
    assert tobi.results_withheld_reason == REASON and tobi.results_withheld_by_id == keyworker.id
    assert tobi.shares_results is True  # his own choice stands; the keyworker's overrides it
    text = _pdf_text(client, okafor)
    assert "Tobi:" not in text and "Grace: a real step forward" in text and "father" not in text
    journey = unescape(client.get(f"/cases/{okafor.id}/journey").get_data(as_text=True))
    assert "Tobi's results are kept out of the family's PDF." in journey
    assert "Kept out by a keyworker" in journey and f"Why: {REASON}" in journey
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "member_results_withheld"))
    assert event.actor_id == keyworker.id and event.target_id == tobi.id
    assert "father" not in str(event.details) and event.details == {"case_id": okafor.id}


def test_releasing_follows_the_members_own_choice_again(client, db, okafor, keyworker):
    """'No' clears the reason and who withheld; Tobi's own yes applies again."""
    _, tobi = okafor.family.members
    sign_in(client, keyworker)
    _post(client, okafor, tobi, withhold="yes", reason=REASON)
    response = _post(client, okafor, tobi, withhold="no", reason="")
    assert response.status_code == 302
    db.refresh(tobi)
    assert (tobi.results_withheld_reason, tobi.results_withheld_at,
            tobi.results_withheld_by_id) == (None, None, None)
    assert "Tobi: a harder time than before" in _pdf_text(client, okafor)
    actions = db.scalars(select(AuditEvent.action).where(AuditEvent.target_id == tobi.id)).all()
    assert actions.count("member_results_released") == 1


@pytest.mark.parametrize(("data", "message"), [
    ({"withhold": "yes", "reason": "  "}, "Enter why sharing their results could put a child at risk"),
    ({"reason": REASON}, "Choose whether to keep their results out of the family's PDF"),
    ({"withhold": "perhaps", "reason": REASON},
     "Choose whether to keep their results out of the family's PDF"),
    ({"withhold": "yes", "reason": "bad\x00text"}, "Why must not contain hidden control characters"),
    ({"withhold": "yes", "reason": "x" * 1001}, "Why must be 1000 characters or fewer"),
])
def test_bad_input_gets_a_clear_message_and_keeps_what_was_typed(
        client, db, okafor, keyworker, data, message):
    """A 400 with the message; nothing stored; the typed reason is still in the box."""
    _, tobi = okafor.family.members
    sign_in(client, keyworker)
    response = _post(client, okafor, tobi, **data)
    assert response.status_code == 400
    html = unescape(response.get_data(as_text=True))
    assert message in html and "<title>Error:" in html
    if data.get("reason", "").strip() and "\x00" not in data["reason"] and len(data["reason"]) < 50:
        assert data["reason"] in html
    db.refresh(tobi)
    assert tobi.results_withheld_at is None


@pytest.mark.parametrize("role", [Role.COMMISSIONER, Role.ADMIN])
def test_only_case_holders_can_withhold(client, db, make_staff, team, okafor, role):
    """Commissioners and administrators never reach a family member's results."""
    _, tobi = okafor.family.members
    sign_in(client, make_staff(role, team))
    assert client.get(_url(okafor, tobi)).status_code == 404


def test_another_keyworkers_family_looks_like_it_is_not_there(
        client, db, okafor, make_staff, team):
    """Out of scope is a 404, exactly like a missing case."""
    _, tobi = okafor.family.members
    sign_in(client, make_staff(Role.KEYWORKER, team))
    assert client.get(_url(okafor, tobi)).status_code == 404
    assert _post(client, okafor, tobi, withhold="yes", reason=REASON).status_code == 404


def test_a_member_of_another_family_is_not_there_under_this_case(
        client, db, okafor, keyworker, team):
    """A member id from another family under this case's URL is a 404, even for their own
    keyworker."""
    other = make_okafor_family(db, keyworker, team, family_name="Nowak")
    sign_in(client, keyworker)
    assert client.get(f"/cases/{okafor.id}/members/{other.family.members[0].id}/family-pdf"
                      ).status_code == 404


def test_a_family_on_their_link_cannot_reach_the_staff_pages(client, db, okafor):
    """A family member's browser holds only their questionnaire: no journey, no PDF, no
    withholding (each sends them to sign in as staff), and nothing changes."""
    grace, tobi = okafor.family.members
    invitation, token = issue_link(db, wave_id=wave_of(okafor, WaveKind.START).id,
                                   member_id=grace.id, valid_days=14, now=utcnow(),
                                   issued_by=None)
    db.commit()
    client.get(f"/q/{token}")
    for url in (f"/cases/{okafor.id}/journey", f"/cases/{okafor.id}/journey/our-journey.pdf",
                _url(okafor, tobi)):
        response = client.get(url)
        assert response.status_code in (302, 404), url
        assert "Tobi" not in response.get_data(as_text=True)
    response = client.post(_url(okafor, tobi), data={"withhold": "yes", "reason": "x"})
    assert response.status_code in (302, 400, 404)
    db.refresh(tobi)
    assert tobi.results_withheld_at is None
