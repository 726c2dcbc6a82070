"""Every comment is read by a person, flags only order the reading: the comments to read, marking
them as read, reasons in plain words, and flags not acknowledged in time raised to the team
manager."""
from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from surveys.records.enums import WaveKind
from surveys.records.models import AuditEvent, Comment, CouncilSettings
from tests.feedback.world import (
    COLLEAGUE_COMMENT,
    OTHER_TEAM_COMMENT,
    OWN_COMPLAINT,
    OWN_DISCLOSURE,
    OWN_PRAISE,
    add_comments,
    card_ids,
    page_text,
)
from tests.helpers import csrf_token, sign_in, submit

FRIDAY_4PM = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)
MONDAY_4PM = datetime(2026, 12, 7, 16, 0, tzinfo=UTC)
NOTE = "Flags are an aid to order the reading, not a screen: every comment needs a person to read it."
# What the analyser says to itself, which staff never see: scores, question keys, codes, cues.
INTERNALS = ("textblob", "+0.20", "praise:", "complaint:", "answering", "do_better",
             "anything_else", "suicidal_thoughts", "unsafe_at_home", "self_harm", "hits me”",
             "Words that raised", "why we think this", "Why we think this")


def mark_read(client, comment: Comment, **args):
    """Press "Mark as read" on a comment, as the list does."""
    token = csrf_token(client, "/feedback/unread")
    query = "".join(f"&{k}={v}" for k, v in args.items()).replace("&", "?", 1)
    return client.post(f"/feedback/comments/{comment.id}/read{query}", data={"csrf_token": token})


def raised_at(db, comment: Comment, when: datetime) -> Comment:
    """Say a comment (and so its flag) was written at a fixed time."""
    stored = db.get(Comment, comment.id)
    stored.written_at = when
    db.commit()
    return stored


def test_keyworker_sees_only_their_own_caseloads_unread_comments(client, world, clock):
    sign_in(client, world.keyworker)
    response = client.get("/feedback/unread")
    assert response.status_code == 200
    text = page_text(response)
    assert text.startswith("Comments to read – Family Voice")
    assert NOTE in text
    assert "3 comments to read" in text
    for own in (OWN_PRAISE, OWN_COMPLAINT, OWN_DISCLOSURE):
        assert own in text
    assert COLLEAGUE_COMMENT not in text and OTHER_TEAM_COMMENT not in text


def test_team_manager_sees_their_teams_unread_comments_only(client, world, clock):
    sign_in(client, world.manager)
    response = client.get("/feedback/unread")
    text = page_text(response)
    assert "4 comments to read" in text
    assert COLLEAGUE_COMMENT in text and OWN_PRAISE in text
    assert OTHER_TEAM_COMMENT not in text


def test_flagged_comments_come_first_each_with_its_reason_in_plain_words(client, world, db, clock):
    suicidal, = add_comments(db, world.own_case, {"anything_else": "Sometimes I think about "
                                                  "ending my life"}, wave=WaveKind.MIDDLE)
    sign_in(client, world.keyworker)
    response = client.get("/feedback/unread")
    ids = card_ids(response)
    assert set(ids[:2]) == {world.disclosure.id, suicidal.id}
    assert set(ids[2:]) == {world.praise.id, world.complaint.id}
    html = response.get_data(as_text=True)
    disclosure_card = html.split(f'id="comment-{world.disclosure.id}"')[1].split(' id="comment-')[0]
    suicidal_card = html.split(f'id="comment-{suicidal.id}"')[1].split(' id="comment-')[0]
    assert "May be about violence or control at home" in disclosure_card
    assert "May be about someone thinking of ending their life" in suicidal_card
    text = page_text(response)
    assert "2 have a safeguarding flag: read them today" in text
    for internal in INTERNALS:
        assert internal not in text, internal


def test_mark_as_read_removes_the_comment_and_records_who_and_when(client, world, db, clock):
    sign_in(client, world.keyworker)
    response = mark_read(client, world.praise)
    assert response.status_code == 302
    assert response.headers["Location"] == "/feedback/unread"
    response = client.get("/feedback/unread")
    text = page_text(response)
    assert f"Comment from {world.own_case.family.reference} marked as read" in text
    assert "2 comments to read" in text
    assert world.praise.id not in card_ids(response)
    db.expire_all()
    stored = db.get(Comment, world.praise.id)
    assert stored.read_by_id == world.keyworker.id and stored.read_at is not None
    # Still on the feedback list, where every comment stays.
    assert world.praise.id in card_ids(client.get("/feedback"))
    # Reading is audited, with the comment and case but never what the family wrote.
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "comment_read"))
    assert (event.actor_id, event.target_type, event.target_id) == (
        world.keyworker.id, "comment", world.praise.id)
    assert event.details == {"case": world.own_case.id}
    assert OWN_PRAISE not in json.dumps(event.details)


def test_a_comment_is_marked_read_once(client, world, db, clock):
    sign_in(client, world.keyworker)
    mark_read(client, world.praise)
    response = mark_read(client, world.praise)
    assert "Someone has already read this comment" in page_text(client.get("/feedback/unread"))
    assert response.status_code == 302
    assert len(db.scalars(select(AuditEvent).where(AuditEvent.action == "comment_read")).all()) == 1


def test_a_flag_is_read_by_acknowledging_it(client, world, db, clock):
    sign_in(client, world.keyworker)
    page = client.get("/feedback/unread").get_data(as_text=True)
    card = page.split(f'id="comment-{world.disclosure.id}"')[1].split(' id="comment-')[0]
    assert "Mark as read" not in card and "Read and acknowledge flag" in card
    mark_read(client, world.disclosure)
    text = page_text(client.get("/feedback/unread"))
    assert "acknowledge the flag to mark it as read" in text
    assert "3 comments to read" in text

    url = f"/feedback/comments/{world.disclosure.id}/acknowledge?from=unread"
    response = submit(client, url, {"confirm": "y"})
    assert response.headers["Location"] == "/feedback/unread"
    response = client.get("/feedback/unread")
    assert world.disclosure.id not in card_ids(response)
    db.expire_all()
    assert db.get(Comment, world.disclosure.id).read_by_id == world.keyworker.id


def test_comments_outside_scope_cannot_be_marked_read(client, world, db, clock):
    sign_in(client, world.keyworker)
    for comment in (world.colleague_comment, world.other_comment):
        response = mark_read(client, comment)
        assert response.status_code == 404
        assert comment.text not in page_text(response)
    db.expire_all()
    assert db.get(Comment, world.colleague_comment.id).read_at is None


@pytest.mark.parametrize("who", ["commissioner", "admin"])
def test_commissioners_and_admins_never_reach_the_comments_to_read(client, world, db, who):
    sign_in(client, getattr(world, who))
    response = client.get("/feedback/unread")
    assert response.status_code == 404
    assert OWN_PRAISE not in page_text(response)
    response = client.post(f"/feedback/comments/{world.praise.id}/read", data={})
    assert response.status_code == 404
    db.expire_all()
    assert db.get(Comment, world.praise.id).read_at is None


@pytest.mark.parametrize(("now", "is_late"), [
    (MONDAY_4PM - timedelta(minutes=1), False),  # the weekend does not count
    (MONDAY_4PM, True),
])
def test_a_flag_raised_on_friday_is_late_on_monday_at_the_same_time(
        client, world, db, clock, now, is_late):
    raised_at(db, world.disclosure, FRIDAY_4PM)
    clock.at = now
    sign_in(client, world.manager)
    for path in ("/feedback/unread", "/feedback", "/dashboard"):
        text = page_text(client.get(path))
        assert ("Flags not read in time" in text) is is_late, path


def test_team_manager_sees_their_teams_late_flags_first_and_no_other_teams(
        client, app, world, db, clock):
    colleague_flag, = add_comments(db, world.colleague_case, {"anything_else": OWN_DISCLOSURE},
                                   wave=WaveKind.MIDDLE)
    other_flag, = add_comments(db, world.other_case, {"anything_else": OWN_DISCLOSURE},
                               wave=WaveKind.MIDDLE)
    for comment in (world.disclosure, colleague_flag, other_flag):
        raised_at(db, comment, FRIDAY_4PM - timedelta(days=7))
    raised_at(db, colleague_flag, FRIDAY_4PM - timedelta(days=8))  # the oldest comes first
    fresh_flag, = add_comments(db, world.own_case, {"anything_else": "I want to kill myself"},
                               wave=WaveKind.CLOSE)
    raised_at(db, fresh_flag, FRIDAY_4PM - timedelta(hours=1))  # still in time
    clock.at = FRIDAY_4PM
    sign_in(client, world.manager)

    for path in ("/feedback/unread", "/feedback"):
        response = client.get(path)
        text = page_text(response)
        assert "Flags not read in time: 2" in text, path
        assert card_ids(response)[:3] == [colleague_flag.id, world.disclosure.id, fresh_flag.id]
        assert other_flag.id not in card_ids(response)
        assert "Tomasz Nowicki's case" in text and "Priya Raman's case" in text

    dashboard = client.get("/dashboard").get_data(as_text=True)
    late = dashboard.split('id="late-flags"')[1].split('id="overdue"')[0]
    assert f"/feedback/comments/{colleague_flag.id}/acknowledge" in late
    assert f"/feedback/comments/{world.disclosure.id}/acknowledge" in late
    assert f"/feedback/comments/{fresh_flag.id}/acknowledge" not in late
    assert f"/feedback/comments/{other_flag.id}/acknowledge" not in late
    assert "May be about violence or control at home" in late

    # The other team's keyworker sees their own late flag, and nothing of this team's.
    other_client = app.test_client()
    sign_in(other_client, world.other_keyworker)
    response = other_client.get("/feedback/unread")
    assert "Flags not read in time: 1" in page_text(response)
    assert card_ids(response)[0] == other_flag.id
    assert world.disclosure.id not in card_ids(response)


def test_an_acknowledged_flag_is_never_late(client, world, db, clock):
    comment = raised_at(db, world.disclosure, FRIDAY_4PM - timedelta(days=30))
    comment.flag_acknowledged_at = FRIDAY_4PM - timedelta(days=29)
    comment.flag_acknowledged_by_id = world.keyworker.id
    db.commit()
    sign_in(client, world.manager)
    assert "Flags not read in time" not in page_text(client.get("/dashboard"))


def test_the_council_sets_how_many_working_days_a_flag_may_wait(client, world, db, clock):
    db.add(CouncilSettings(council_name="Testshire", middle_wave_weeks=12, close_wave_weeks=24,
                           link_valid_days=14, retention_months=72, flag_read_working_days=2))
    raised_at(db, world.disclosure, FRIDAY_4PM)
    sign_in(client, world.manager)
    clock.at = MONDAY_4PM
    assert "Flags not read in time" not in page_text(client.get("/feedback/unread"))
    clock.at = MONDAY_4PM + timedelta(days=1)
    assert "Flags not read in time: 1" in page_text(client.get("/feedback/unread"))


def test_every_comment_read_leaves_an_empty_list_that_promises_nothing(client, world, db, clock):
    sign_in(client, world.keyworker)
    mark_read(client, world.praise)
    mark_read(client, world.complaint)
    submit(client, f"/feedback/comments/{world.disclosure.id}/acknowledge", {"confirm": "y"})
    text = page_text(client.get("/feedback/unread"))
    assert "You have read every comment." in text and NOTE in text
    for reassurance in ("no concerns", "nothing to worry", "safe"):
        assert reassurance not in text.lower().replace("safeguarding", ""), reassurance


def test_opening_the_comments_to_read_is_audited_with_cases_not_words(client, world, db, clock):
    sign_in(client, world.keyworker)
    client.get("/feedback/unread")
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "unread_comments_viewed"))
    assert event.actor_id == world.keyworker.id
    assert event.details == {"cases": [world.own_case.id]}
