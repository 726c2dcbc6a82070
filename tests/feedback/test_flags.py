"""Safeguarding flags: shown first, acknowledged by a named person with an audit trail, never
quoted, and offered to other pages through feedback.queries.unacknowledged_flags."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from feedback.queries import count_unacknowledged_flags, unacknowledged_flags
from surveys.records.db import utcnow
from surveys.records.enums import WaveKind
from surveys.records.models import AuditEvent, Comment
from tests.feedback.world import (
    OWN_DISCLOSURE,
    add_comments,
    card_ids,
    page_text,
)
from tests.helpers import sign_in, submit


def acknowledge_url(comment: Comment) -> str:
    """The page to acknowledge a comment's flag."""
    return f"/feedback/comments/{comment.id}/acknowledge"


def test_flagged_comments_are_marked_for_attention(client, world):
    sign_in(client, world.keyworker)
    html = client.get("/feedback").get_data(as_text=True)
    assert f'<div class="govuk-summary-card fv-flag" id="comment-{world.disclosure.id}">' in html
    assert f'<div class="govuk-summary-card" id="comment-{world.praise.id}">' in html
    card = html.split(f'id="comment-{world.disclosure.id}"')[1].split(' id="comment-')[0]
    assert "govuk-warning-text" in card
    assert f'href="/feedback/comments/{world.disclosure.id}/acknowledge"' in html


def test_acknowledging_names_the_person_and_needs_their_confirmation(client, world, db):
    sign_in(client, world.keyworker)
    response = client.get(acknowledge_url(world.disclosure))
    assert response.status_code == 200
    text = page_text(response)
    assert text.startswith("Acknowledge the safeguarding flag – Family Voice")
    assert OWN_DISCLOSURE in text
    assert "You are acknowledging this flag as Priya Raman" in text

    response = submit(client, acknowledge_url(world.disclosure), {"note": "Rang the parent"})
    assert response.status_code == 400
    text = page_text(response)
    assert text.startswith("Error: Acknowledge the safeguarding flag")
    assert "Confirm you have read the comment and acted on any concern" in text
    assert "Rang the parent" in text  # what was typed is kept
    db.expire_all()
    assert db.get(Comment, world.disclosure.id).flag_acknowledged_at is None


def test_acknowledgement_is_recorded_and_audited(client, world, db):
    sign_in(client, world.keyworker)
    response = submit(client, acknowledge_url(world.disclosure) + "?flag=open", {
        "confirm": "y", "note": "Spoke to mum, referral made to the front door"})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/feedback?flag=open#comment-{world.disclosure.id}"
    db.expire_all()
    comment = db.get(Comment, world.disclosure.id)
    assert comment.flag_acknowledged_by_id == world.keyworker.id
    assert utcnow() - comment.flag_acknowledged_at < timedelta(minutes=1)
    assert comment.flag_note == "Spoke to mum, referral made to the front door"
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "safeguarding_flag_acknowledged"))
    assert event.actor_id == world.keyworker.id
    assert (event.target_type, event.target_id) == ("comment", comment.id)

    text = page_text(client.get("/feedback"))
    assert "Safeguarding flag acknowledged by Priya Raman" in text
    assert "needs a safeguarding read" not in text
    assert "Acknowledged by Priya Raman on" in text and "What they did: Spoke to mum" in text
    assert f"/feedback/comments/{comment.id}/acknowledge" not in client.get(
        "/feedback").get_data(as_text=True)


def test_a_flag_is_acknowledged_once(client, world, db):
    sign_in(client, world.manager)
    submit(client, acknowledge_url(world.disclosure), {"confirm": "y"})
    response = client.get(acknowledge_url(world.disclosure), follow_redirects=True)
    assert "This flag has already been acknowledged" in page_text(response)
    db.expire_all()
    assert db.get(Comment, world.disclosure.id).flag_acknowledged_by_id == world.manager.id
    events = db.scalars(select(AuditEvent).where(
        AuditEvent.action == "safeguarding_flag_acknowledged")).all()
    assert len(events) == 1


def test_only_flagged_comments_in_scope_can_be_acknowledged(client, world, db):
    sign_in(client, world.keyworker)
    colleague_flag, = add_comments(db, world.colleague_case, {"anything_else": OWN_DISCLOSURE},
                                   wave=WaveKind.MIDDLE)
    # An unflagged comment of their own has no flag to acknowledge; a colleague's flag is out
    # of scope. Both are a plain 404 that shows nothing of the comment.
    for comment in (world.praise, world.colleague_comment, colleague_flag):
        response = client.get(acknowledge_url(comment))
        assert response.status_code == 404, comment.text
        assert "Page not found" in page_text(response)
        assert comment.text not in page_text(response)
        assert colleague_flag.id not in card_ids(response)


def test_flagged_comments_are_never_offered_as_quotes(client, world, db):
    sign_in(client, world.manager)
    html = client.get("/feedback").get_data(as_text=True)
    assert f"/feedback/comments/{world.disclosure.id}/quote" not in html
    assert f"/feedback/comments/{world.praise.id}/quote" in html
    response = client.get(f"/feedback/comments/{world.disclosure.id}/quote", follow_redirects=True)
    assert "This comment has a safeguarding flag, so it cannot be used as a quote" in page_text(
        response)
    token_html = client.get(f"/feedback/comments/{world.praise.id}/quote").get_data(as_text=True)
    token = token_html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    client.post(f"/feedback/comments/{world.disclosure.id}/quote",
                data={"csrf_token": token, "quote_text": "Fine words", "approve": "Approve quote"})
    db.expire_all()
    assert db.get(Comment, world.disclosure.id).quote_status == "none"


def test_unacknowledged_flags_for_the_dashboard(world, db, app):
    older, = add_comments(db, world.own_case, {"anything_else": "Dad hits me when he is angry"},
                          wave=WaveKind.MIDDLE)
    older.written_at = utcnow() - timedelta(days=3)
    acknowledged, = add_comments(db, world.own_case, {"anything_else": "He hit me again"},
                                 wave=WaveKind.CLOSE)
    acknowledged.flag_acknowledged_at, acknowledged.flag_acknowledged_by_id = utcnow(), world.manager.id
    add_comments(db, world.own_case, {"anything_else": "She slapped me"}, member=1,
                 submitted=False)  # a draft is not yet sent
    colleague_flag, = add_comments(db, world.colleague_case, {"anything_else": OWN_DISCLOSURE},
                                   wave=WaveKind.MIDDLE)
    other_flag, = add_comments(db, world.other_case, {"anything_else": OWN_DISCLOSURE},
                               wave=WaveKind.MIDDLE)
    db.commit()

    def ids(user):
        return [c.id for c in unacknowledged_flags(db, user)]

    assert ids(world.keyworker) == [world.disclosure.id, older.id]
    assert ids(world.manager) == [colleague_flag.id, world.disclosure.id, older.id]
    assert ids(world.other_keyworker) == [other_flag.id]
    assert ids(world.commissioner) == [] and ids(world.admin) == []
    assert count_unacknowledged_flags(db, world.manager) == 3
    # The case is loaded with each flag, so a dashboard can link to it.
    assert unacknowledged_flags(db, world.keyworker)[0].response.wave.case.id == world.own_case.id


@pytest.mark.parametrize("who", ["keyworker", "manager"])
def test_banner_counts_flags_in_scope(client, world, db, who):
    add_comments(db, world.colleague_case, {"anything_else": OWN_DISCLOSURE}, wave=WaveKind.MIDDLE)
    sign_in(client, getattr(world, who))
    text = page_text(client.get("/feedback"))
    expected = {"keyworker": "1 comment needs", "manager": "2 comments need"}[who]
    assert f"{expected} a safeguarding read today" in text
