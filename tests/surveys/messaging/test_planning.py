"""Planning what is due: invitations with their reminders, once however often it runs, cancelled
when no longer needed, sealed at rest, and a child's link only ever to their parent or carer."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select, text

from surveys.messaging.compose import outgoing
from surveys.messaging.planning import plan_due
from surveys.records.db import utcnow
from surveys.records.enums import WaveKind
from surveys.records.models import Invitation, Message
from tests.factories import add_response, all_items, wave_of
from tests.surveys.messaging.moments import BASE_URL


def _messages(db):
    return db.scalars(select(Message).order_by(Message.not_before, Message.id)).all()


def test_a_due_wave_queues_an_invitation_reminders_and_a_last_note(db, case, members, consent,
                                                                   now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    counts = plan_due(db, now, BASE_URL)
    db.commit()
    assert (counts.invitations, counts.reminders) == (1, 3)
    assert [m.kind for m in _messages(db)] == ["invitation", "reminder", "reminder",
                                               "last-reminder"]
    invitation = db.scalars(select(Invitation)).one()
    assert invitation.member_id == members["Grace"].id
    assert {m.invitation_id for m in _messages(db)} == {invitation.id}


def test_planning_twice_queues_each_message_once(db, case, members, consent, now):
    consent(members["Grace"], preference="email", email="grace@example.com")
    plan_due(db, now, BASE_URL)
    db.commit()
    first = [(m.reference, m.not_before) for m in _messages(db)]
    again = plan_due(db, now + timedelta(hours=2), BASE_URL)
    db.commit()
    assert again.invitations == 0 and again.already_planned == 1
    assert [(m.reference, m.not_before) for m in _messages(db)] == first
    assert db.scalar(select(func.count(Invitation.id))) == 1


def test_bodies_with_links_are_sealed_at_rest_and_opened_for_the_sender(db, case, members,
                                                                        consent, now):
    consent(members["Grace"], preference="email", email="grace@example.com")
    plan_due(db, now, BASE_URL)
    db.commit()
    message = _messages(db)[0]
    assert BASE_URL not in message.body and "/q/" not in message.body
    sent = outgoing(message)
    assert sent.to == "grace@example.com" and sent.channel == "email"
    assert f"{BASE_URL}/q/" in sent.body and sent.reference == message.reference
    assert sent.subject.startswith("Grace, a message from")
    assert "early help" not in (sent.subject + sent.body[:120]).lower()


def test_a_child_under_13_is_reached_only_through_the_chosen_parent(db, case, members, consent,
                                                                    now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    # the child's own number is never used, even if someone typed one
    consent(members["Tobi"], preference="sms", mobile="+447700900002", via=members["Grace"])
    plan_due(db, now, BASE_URL)
    db.commit()
    tobi = [m for m in _messages(db) if m.member_id == members["Tobi"].id]
    assert tobi and {m.to_address for m in tobi} == {"+447700900001"}
    assert {m.recipient_member_id for m in tobi} == {members["Grace"].id}
    assert "This link is for Tobi to answer." in outgoing(tobi[0]).body
    # one message a day to Grace: her own invitation and Tobi's go on different days
    grace_days = [m.not_before.date() for m in _messages(db)
                  if (m.recipient_member_id or m.member_id) == members["Grace"].id]
    assert len(grace_days) == len(set(grace_days))


def test_a_child_without_a_chosen_parent_gets_nothing(db, case, members, consent, now):
    consent(members["Tobi"], preference="sms", mobile="+447700900002")
    counts = plan_due(db, now, BASE_URL)
    assert counts.invitations == 0 and counts.not_contactable == 3
    assert _messages(db) == []


def test_dont_contact_and_missing_consent_send_nothing(db, case, members, consent, now):
    consent(members["Grace"], preference="sms", mobile="+447700900001", do_not_contact=True)
    contact = consent(members["Ada"], preference="email", email="ada@example.com")
    contact.consent_at = None
    db.commit()
    assert plan_due(db, now, BASE_URL).invitations == 0


def test_answering_cancels_the_reminders_still_queued(db, case, members, consent, now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    plan_due(db, now, BASE_URL)
    db.commit()
    add_response(db, wave_of(case, WaveKind.START), members["Grace"], all_items(3))
    counts = plan_due(db, now + timedelta(days=1), BASE_URL)
    db.commit()
    assert counts.cancelled == 4
    assert {m.status for m in _messages(db)} == {"cancelled"}
    assert counts.invitations == 0


def test_withdrawn_consent_or_a_replaced_link_cancels_what_is_queued(db, case, members, consent,
                                                                     now):
    grace = consent(members["Grace"], preference="sms", mobile="+447700900001")
    consent(members["Ada"], preference="email", email="ada@example.com")
    plan_due(db, now, BASE_URL)
    db.commit()
    grace.do_not_contact = True
    ada_link = db.scalars(select(Invitation).where(
        Invitation.member_id == members["Ada"].id)).one()
    ada_link.revoked_at = utcnow()
    db.commit()
    plan_due(db, now + timedelta(hours=1), BASE_URL)
    db.commit()
    assert {m.status for m in _messages(db)} == {"cancelled"}
    details = {m.detail for m in _messages(db)}
    assert "Not sent: their contact details or consent changed" in details
    assert "Not needed: the link was replaced, stopped or has ended" in details


def test_a_member_with_a_link_from_their_keyworker_is_not_sent_another(db, case, members,
                                                                       consent, now):
    from surveys.questionnaire.invitations import issue_link

    consent(members["Grace"], preference="sms", mobile="+447700900001")
    issue_link(db, wave_id=wave_of(case, WaveKind.START).id, member_id=members["Grace"].id,
               valid_days=14, now=now, issued_by=None)
    db.commit()
    counts = plan_due(db, now, BASE_URL)
    assert counts.has_live_link == 1 and counts.invitations == 0


def test_waves_not_yet_due_send_nothing(db, case, members, consent, now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    plan_due(db, now, BASE_URL)
    db.commit()
    assert {m.wave_id for m in _messages(db)} == {wave_of(case, WaveKind.START).id}


def test_in_the_evening_the_invitation_waits_for_8am(db, case, members, consent, now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    evening = now.replace(hour=21)
    plan_due(db, evening, BASE_URL)
    db.commit()
    first = _messages(db)[0]
    assert first.kind == "invitation"
    assert (first.not_before.day, first.not_before.hour) == (evening.day + 1, 8)


def test_sending_the_answers_cancels_the_reminders_at_once(app, db, keyworker, team, consent):
    import re

    from surveys.questionnaire.plan import plan_pages
    from tests.factories import make_case
    from tests.helpers import csrf_token
    from tests.surveys.questionnaire.answering import fill_everything

    case = make_case(db, keyworker, team)  # opened today, by the real clock the link runs on
    grace = case.family.members[0]
    consent(grace, preference="email", email="grace@example.com")
    plan_due(db, utcnow(), BASE_URL)
    db.commit()
    invitation = db.scalars(select(Message).where(Message.kind == "invitation")).one()
    token = re.search(r"/q/([A-Za-z0-9_-]+)", outgoing(invitation).body).group(1)
    client = app.test_client()
    assert client.get(f"/q/{token}").status_code == 302
    fill_everything(client, plan_pages("parent_carer", "start", has_goals=False))
    url = "/questionnaire/check-your-answers"
    assert client.post(url, data={"csrf_token": csrf_token(client, url)}).status_code == 302
    db.expire_all()
    waiting = db.scalars(select(Message).where(Message.kind != "invitation")).all()
    assert waiting and {m.status for m in waiting} == {"cancelled"}


def test_stopping_a_link_cancels_its_messages_at_once(db, case, members, consent, now):
    from surveys.questionnaire.invitations import issue_link

    consent(members["Grace"], preference="sms", mobile="+447700900001")
    plan_due(db, now, BASE_URL)
    db.commit()
    issue_link(db, wave_id=wave_of(case, WaveKind.START).id, member_id=members["Grace"].id,
               valid_days=14, now=now, issued_by=None)  # a keyworker's "New link"
    db.commit()
    assert {m.status for m in _messages(db)} == {"cancelled"}


def test_once_one_member_has_answered_the_others_are_still_invited(db, case, members, consent,
                                                                   now):
    consent(members["Ada"], preference="sms", mobile="+447700900003")
    add_response(db, wave_of(case, WaveKind.START), members["Grace"], all_items(3))
    counts = plan_due(db, now, BASE_URL)
    assert counts.invitations == 1
    assert {m.member_id for m in _messages(db)} == {members["Ada"].id}


def test_two_planners_at_once_queue_each_message_once(app, db, case, members, consent, now):
    """Two processes planning at the same moment (a worker and `messages plan-due`): the second
    waits on the unique reference, finds it taken, and gives its savepoint back."""
    import threading

    from sqlalchemy.orm import Session

    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("SQLite lets one writer in at a time: the second planner waits its turn")
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    engine = app.extensions["fv_engine"]
    first, second = Session(engine), Session(engine)
    results = {}
    try:
        results["first"] = plan_due(first, now, BASE_URL)  # not committed yet: holds the rows

        def plan_second():
            results["second"] = plan_due(second, now, BASE_URL)
            second.commit()

        thread = threading.Thread(target=plan_second)
        thread.start()
        # wait (for the state, not for a time) until the second is held on the first's row
        with engine.connect() as watcher:
            waiting = 0
            while not waiting and thread.is_alive():
                waiting = watcher.execute(text(
                    "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                    "WHERE NOT l.granted AND a.datname = current_database()")).scalar()
                watcher.rollback()
        assert waiting and thread.is_alive()
        first.commit()
        thread.join(timeout=30)
    finally:
        first.close()
        second.close()
    assert results["first"].invitations == 1
    assert results["second"].invitations == 0 and results["second"].already_planned == 1
    assert db.scalar(select(func.count(Invitation.id))) == 1
    assert len(_messages(db)) == 4


def test_the_councils_closed_days_and_reminder_days_shape_the_series(db, case, members, consent,
                                                                     now):
    from surveys.records.models import CouncilSettings

    db.add(CouncilSettings(council_name="Northshire Council", middle_wave_weeks=12,
                           close_wave_weeks=24, link_valid_days=14, retention_months=72,
                           reminder_days="2", closed_days=now.date().isoformat(),
                           message_sender_name="Northshire Families"))
    db.commit()
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    plan_due(db, now, BASE_URL)
    db.commit()
    messages = _messages(db)
    assert [(m.kind, m.not_before.day) for m in messages] == [
        ("invitation", 11), ("reminder", 13), ("last-reminder", 23)]
    assert messages[0].not_before.hour == 8
    assert "this is Northshire Families" in outgoing(messages[0]).body
