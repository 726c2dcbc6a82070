"""The staff pages: contact and consent (clear errors, nothing lost), who may see them, the
outbox, "send again now", the case page's messages and the dashboard count, and the council's
message settings and wording."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from surveys.records.db import utcnow
from surveys.records.enums import Role
from surveys.records.models import AuditEvent, Locality, MemberContact, Message, Team
from tests.helpers import csrf_token, sign_in, submit


def _contact_url(case, member):
    return f"/cases/{case.id}/members/{member.id}/contact"


def test_a_keyworker_records_consent_and_a_mobile(client, db, case, members, keyworker):
    sign_in(client, keyworker)
    response = submit(client, _contact_url(case, members["Grace"]), {
        "preference": "sms", "mobile": "07700 900123", "consent": "y"})
    assert response.status_code == 302
    contact = db.scalar(select(MemberContact).where(
        MemberContact.member_id == members["Grace"].id))
    assert contact.mobile == "+447700900123" and contact.consent_by_id == keyworker.id
    assert contact.consent_at is not None
    event = db.scalars(select(AuditEvent).where(AuditEvent.action == "contact_changed")).one()
    assert "900123" not in str(event.details) and event.target_id == members["Grace"].id
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "By text to 07700 •••123." in page


@pytest.mark.parametrize("data, error", [
    ({"preference": "sms", "mobile": "01632 960000", "consent": "y"},
     "Enter a UK mobile number, like 07700 900123"),
    ({"preference": "email", "email": "grace-at-example", "consent": "y"},
     "Enter an email address in the correct format, like name@example.com"),
    ({"preference": "sms", "consent": "y"}, "Enter their mobile number"),
    ({"preference": "sms", "mobile": "07700 900123"}, "Confirm that Grace agreed to be contacted"),
    ({}, "Choose how they want to get their link"),
])
def test_bad_details_get_a_clear_message_and_keep_what_was_typed(client, db, case, members,
                                                                 keyworker, data, error):
    sign_in(client, keyworker)
    response = submit(client, _contact_url(case, members["Grace"]), data)
    html = response.get_data(as_text=True)
    assert response.status_code == 400 and error in html
    assert "<title>Error:" in html
    for value in data.values():
        if value not in ("y", "sms", "email"):
            assert value in html
    assert db.scalar(select(MemberContact)) is None


def test_a_child_under_13_can_only_be_given_a_parent_to_reach_them_through(
        client, db, case, members, keyworker):
    sign_in(client, keyworker)
    url = _contact_url(case, members["Tobi"])
    html = client.get(url).get_data(as_text=True)
    assert "never contact them directly" in html and 'name="mobile"' not in html
    response = submit(client, url, {"consent": "y"})
    assert "Choose the parent or carer whose phone or email gets Tobi" in \
        response.get_data(as_text=True)
    response = submit(client, url, {"via_member": str(members["Grace"].id), "consent": "y"})
    assert response.status_code == 302
    contact = db.scalar(select(MemberContact).where(MemberContact.member_id == members["Tobi"].id))
    assert contact.via_member_id == members["Grace"].id and contact.mobile is None


def test_other_teams_keyworkers_and_commissioners_cannot_reach_contact_forms_or_the_outbox(
        client, db, case, members, make_staff):
    other_team = Team(name="Southside", locality=Locality(name="South"))
    db.add(other_team)
    db.commit()
    outsider = make_staff(Role.KEYWORKER, other_team)
    sign_in(client, outsider)
    assert client.get(_contact_url(case, members["Grace"])).status_code == 404
    assert client.post(f"/cases/{case.id}/members/{members['Grace'].id}/send-again",
                       data={"csrf_token": csrf_token(client, "/caseload")}).status_code == 404
    assert client.get("/messages/outbox").status_code == 200  # their own (empty) outbox
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/caseload")})
    for role in (Role.COMMISSIONER, Role.ADMIN):
        person = make_staff(role)
        sign_in(client, person)
        assert client.get(_contact_url(case, members["Grace"])).status_code == 404
        assert client.get("/messages/outbox").status_code == 404
        client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})


def test_the_outbox_shows_only_the_cases_in_scope_with_the_message_opened(
        client, db, case, members, keyworker, consent, make_staff, now):
    from surveys.messaging.planning import plan_due
    from tests.surveys.messaging.moments import BASE_URL

    consent(members["Grace"], preference="email", email="grace@example.com")
    plan_due(db, now, BASE_URL)
    db.commit()
    sign_in(client, keyworker)
    html = client.get("/messages/outbox").get_data(as_text=True)
    assert "Invitation to Grace" in html and "g•••@example.com" in html
    assert "grace@example.com" not in html and f"{BASE_URL}/q/" in html
    other = make_staff(Role.KEYWORKER, case.team)
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/caseload")})
    sign_in(client, other)
    assert "Invitation to Grace" not in client.get("/messages/outbox").get_data(as_text=True)


def test_send_again_queues_a_new_link_and_cancels_the_old_one(client, db, case, members,
                                                              keyworker, consent):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    sign_in(client, keyworker)
    url = f"/cases/{case.id}/members/{members['Grace'].id}/send-again"
    token = csrf_token(client, f"/cases/{case.id}")
    assert client.post(url, data={"csrf_token": token}).status_code == 302
    assert client.post(url, data={"csrf_token": token}).status_code == 302
    invitations = db.scalars(select(Message).where(Message.kind == "invitation")
                             .order_by(Message.id)).all()
    assert [m.reference.rsplit("-", 1)[1] for m in invitations] == ["1", "2"]
    assert invitations[0].status == "cancelled" and invitations[1].status == "queued"
    assert client.post(url, data={}).status_code == 400  # no CSRF token, nothing queued
    assert len(db.scalars(select(Message).where(Message.kind == "invitation")).all()) == 2


def test_a_permanent_failure_shows_what_to_do_and_counts_on_the_dashboard(
        client, db, case, members, keyworker, consent, now):
    from surveys.messaging.planning import plan_due
    from tests.surveys.messaging.moments import BASE_URL

    consent(members["Grace"], preference="sms", mobile="+447700900001")
    plan_due(db, now, BASE_URL)
    db.commit()
    message = db.scalars(select(Message).where(Message.kind == "invitation")).one()
    message.status, message.failed_at = "permanent-failure", utcnow()
    db.commit()
    sign_in(client, keyworker)
    html = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Check the mobile number with the family, then send again" in html
    assert "Next reminder" in html
    assert "1 message to families could not be delivered" in client.get("/caseload").get_data(
        as_text=True)
    # changing the number counts as fixing it
    submit(client, _contact_url(case, members["Grace"]),
           {"preference": "sms", "mobile": "07700 900002", "consent": "y"})
    assert "could not be delivered" not in client.get("/caseload").get_data(as_text=True)


def test_message_settings_check_days_and_keep_the_subject_out_of_the_sender(client, db,
                                                                          make_staff):
    admin = make_staff(Role.ADMIN)
    sign_in(client, admin)
    response = submit(client, "/admin/messages", {"reminder_days": "three",
                                                   "closed_days": "Christmas",
                                                   "message_sender_name": "Early Help Hub"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Enter the days as whole numbers" in html and "is not a date" in html
    assert "Do not say &#39;early help&#39;" in html and "Christmas" in html
    response = submit(client, "/admin/messages", {"reminder_days": "2, 5",
                                                  "closed_days": "25/12/2026",
                                                  "message_sender_name": "Northshire Council"})
    assert response.status_code == 302
    from surveys.records.settings import council_settings

    db.expire_all()
    row = council_settings(db)
    assert (row.reminder_days, row.closed_days) == ("2,5", "2026-12-25")


def test_council_wording_is_checked_and_previewed(client, db, make_staff):
    admin = make_staff(Role.ADMIN)
    sign_in(client, admin)
    html = client.get("/admin/message-wording").get_data(as_text=True)
    assert "Preview for a family member called Grace" in html
    response = submit(client, "/admin/message-wording", {
        "invitation_sms": "Hi {name}, {colour} {link}", "action": "preview"})
    assert response.status_code == 400
    assert "{colour} is not a placeholder we know" in response.get_data(as_text=True)
    response = submit(client, "/admin/message-wording", {
        "invitation_subject": "Your early help questionnaire", "action": "preview"})
    assert "Do not say &#39;early help&#39;" in response.get_data(as_text=True)
    response = submit(client, "/admin/message-wording", {
        "invitation_sms": "Hi {name}, it's {sender}. Tell us how it's going: {link}",
        "action": "preview"})
    assert response.status_code == 200
    assert "Hi Grace, it&#39;s" in response.get_data(as_text=True)
    submit(client, "/admin/message-wording", {
        "invitation_sms": "Hi {name}, it's {sender}. Tell us how it's going: {link}"})
    from surveys.records.settings import council_settings

    db.expire_all()
    assert council_settings(db).message_templates == {
        "invitation.sms": "Hi {name}, it's {sender}. Tell us how it's going: {link}"}
