"""A subject-access export: everything held about one family member, as plain JSON-ready data.

Helpers here never commit; the command and the page that call them audit the export.
"""
from __future__ import annotations

import re
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from surveys.messaging.compose import open_body
from surveys.records.models import (
    AuditEvent,
    Comment,
    ErasureRequest,
    FamilyMember,
    Invitation,
    MemberContact,
    Message,
    Response,
)
from surveys.records.sealing import SealingError


class MemberNotFound(Exception):
    """No family member has that number."""


def _iso(value: date | datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def build_subject_access(session: Session, member_id: int, now: datetime) -> dict:
    """The member's record, their questionnaires (answers, goal ratings, comments), the family's
    goals, and the audit events about them, their links, questionnaires and comments."""
    member = session.get(FamilyMember, member_id)
    if member is None:
        raise MemberNotFound(f"There is no family member number {member_id}")
    family = member.family
    responses = session.scalars(
        select(Response).where(Response.member_id == member.id)
        .options(selectinload(Response.answers), selectinload(Response.goal_ratings),
                 selectinload(Response.comments), selectinload(Response.wave))
        .order_by(Response.started_at)).all()
    response_ids = [r.id for r in responses]
    comment_ids = [c.id for r in responses for c in r.comments]
    link_ids = list(session.scalars(select(Invitation.id).where(Invitation.member_id == member.id)))
    request_ids = list(session.scalars(select(ErasureRequest.id)
                                       .where(ErasureRequest.member_id == member.id)))
    about = [(AuditEvent.target_type == "family_member") & (AuditEvent.target_id == member.id)]
    for kind, ids in (("response", response_ids), ("comment", comment_ids),
                      ("invitation", link_ids), ("erasure_request", request_ids)):
        if ids:
            about.append((AuditEvent.target_type == kind) & AuditEvent.target_id.in_(ids))
    contact = session.scalar(select(MemberContact).where(MemberContact.member_id == member.id))
    messages = session.scalars(select(Message).where(or_(
        Message.member_id == member.id, Message.recipient_member_id == member.id))
        .order_by(Message.created_at, Message.id)).all()
    events = session.scalars(select(AuditEvent).where(or_(*about))
                             .order_by(AuditEvent.at, AuditEvent.id)).all()
    return {
        "exported_at": now.isoformat(),
        "member": {
            "id": member.id, "first_name": member.first_name,
            "role_in_family": member.member_role.value, "age_band": member.age_band.value,
            # For a parent or carer, as they told their keyworker (None: not asked).
            "father_or_male_carer": (member.father_or_male_carer.value
                                     if member.father_or_male_carer else None),
            "erased_at": _iso(member.erased_at),
            # Their own choice on their thank-you page (None: not asked yet).
            "shares_results_in_family_pdf": member.shares_results,
            "family": {"reference": family.reference, "family_name": family.family_name},
        },
        "contact": _contact(contact),
        "messages": [_message(m) for m in messages],
        "family_goals": [
            {"case_id": case.id, "position": goal.position, "text": goal.text}
            for case in family.cases for goal in case.goals],
        "responses": [{
            "id": r.id, "wave": r.wave.kind.value, "case_id": r.wave.case_id,
            "questionnaire": r.instrument_code, "version": r.instrument_version,
            "mode": r.mode.value, "started_at": _iso(r.started_at),
            "submitted_at": _iso(r.submitted_at),
            "answers": [{"questionnaire": a.instrument_code, "version": a.instrument_version,
                         "item": a.item_code, "value": a.value} for a in r.answers],
            "goal_ratings": [{"goal_id": g.goal_id, "rating": g.rating}
                             for g in sorted(r.goal_ratings, key=lambda g: g.goal_id)],
            "comments": [_comment(c) for c in r.comments],
        } for r in responses],
        "audit_events": [{
            "at": _iso(e.at), "action": e.action, "actor_id": e.actor_id,
            "target_type": e.target_type, "target_id": e.target_id} for e in events],
    }


def _comment(comment: Comment) -> dict:
    return {"id": comment.id, "question": comment.question, "text": comment.text,
            "written_at": _iso(comment.written_at), "themes": comment.effective_themes,
            "sentiment": comment.effective_sentiment,
            "approved_quote": comment.quote_text if comment.quote_status == "approved" else None}


def _contact(contact: MemberContact | None) -> dict | None:
    if contact is None:
        return None
    return {"preference": contact.preference, "mobile": contact.mobile, "email": contact.email,
            "link_goes_to_member_id": contact.via_member_id,
            "consent_at": _iso(contact.consent_at), "consent_recorded_by_id": contact.consent_by_id,
            "do_not_contact": contact.do_not_contact, "updated_at": _iso(contact.updated_at)}


def _message(message: Message) -> dict:
    """A message about or to the member; its wording is opened (it may hold their link, which
    has ended or will end: the export is for the person it is about)."""
    try:
        # a link may still work: the export says a link was there, never the link itself
        body = re.sub(r"/q/[A-Za-z0-9_-]+", "/q/(link removed)", open_body(message.body or ""))
    except SealingError:
        body = None
    return {"id": message.id, "kind": message.kind, "channel": message.channel,
            "about_member_id": message.member_id, "sent_to_member_id": message.recipient_member_id,
            "to": message.to_address, "subject": message.subject, "body": body,
            "status": message.status, "created_at": _iso(message.created_at),
            "sent_at": _iso(message.sent_at), "delivered_at": _iso(message.delivered_at),
            "failed_at": _iso(message.failed_at)}
