"""Contact details are personal data: erasure and retention delete them (and the addresses and
wording of messages), and a subject-access export includes them."""
from __future__ import annotations

from sqlalchemy import select

from surveys.governance.erasure import erase_member_data
from surveys.governance.retention import anonymise_family
from surveys.governance.subject_access import build_subject_access
from surveys.messaging.planning import plan_due
from surveys.records.models import MemberContact, Message
from tests.surveys.messaging.moments import BASE_URL


def test_erasure_deletes_contact_details_and_empties_messages(db, case, members, consent, now):
    consent(members["Grace"], preference="sms", mobile="+447700900001")
    consent(members["Tobi"], via=members["Grace"])
    plan_due(db, now, BASE_URL)
    db.commit()
    erase_member_data(db, members["Grace"], now)
    db.commit()
    assert db.scalar(select(MemberContact).where(
        MemberContact.member_id == members["Grace"].id)) is None
    tobi = db.scalar(select(MemberContact).where(MemberContact.member_id == members["Tobi"].id))
    assert tobi.via_member_id is None  # Tobi's link can no longer go anywhere
    messages = db.scalars(select(Message)).all()
    assert messages and all(m.to_address is None and m.body == "" and m.subject == ""
                            for m in messages)
    assert {m.status for m in messages} == {"cancelled"}


def test_retention_deletes_every_members_contact_details(db, case, members, consent, now):
    consent(members["Grace"], preference="email", email="grace@example.com")
    consent(members["Ada"], preference="sms", mobile="+447700900003")
    plan_due(db, now, BASE_URL)
    db.commit()
    anonymise_family(db, case.family, now)
    db.commit()
    assert db.scalars(select(MemberContact)).all() == []
    assert all(m.to_address is None and m.body == "" for m in db.scalars(select(Message)))


def test_subject_access_includes_contact_details_and_messages_without_live_links(
        db, case, members, consent, now):
    consent(members["Grace"], preference="email", email="grace@example.com")
    plan_due(db, now, BASE_URL)
    db.commit()
    export = build_subject_access(db, members["Grace"].id, now)
    assert export["contact"]["email"] == "grace@example.com"
    assert export["contact"]["consent_recorded_by_id"] is not None
    assert [m["kind"] for m in export["messages"]][0] == "invitation"
    first = export["messages"][0]
    assert first["to"] == "grace@example.com" and "/q/(link removed)" in first["body"]
    assert BASE_URL + "/q/" + "(link removed)" in first["body"]
    export = build_subject_access(db, members["Ada"].id, now)
    assert export["contact"] is None and export["messages"] == []
