"""Erasing one family member's personal data, on a request approved by a second manager.

On approval the member's first name is replaced (and whether they are a father or male carer
cleared), their comments are deleted (text, analysis and any
approved quote: they asked for their words to go), their questionnaire links are deleted, and
their answers and goal ratings are kept as anonymised numbers under the questionnaire version,
because the council keeps anonymised statistics (see surveys/lifecycle_data.py). The family's
goals are shared by the whole family and are left alone. Helpers here never commit.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from surveys.governance.retention_rules import ERASED_FIRST_NAME, LifecycleCounts
from surveys.records import audit
from surveys.records.db import reclaim_after_commit
from surveys.records.enums import ErasureStatus, Role
from surveys.records.models import (
    Comment,
    ErasureRequest,
    FamilyMember,
    Invitation,
    MemberContact,
    Message,
    Response,
)
from surveys.records.staff import StaffUser

WITHHELD_REASON_ERASED = "The reason was erased with this person's details."


class ErasureRefused(Exception):
    """An erasure request or decision that is not allowed, with what the person should do."""


def erase_member_data(session: Session, member: FamilyMember, now: datetime, *,
                      first_name: str = ERASED_FIRST_NAME) -> LifecycleCounts:
    """Replace a member's first name, clear whether they are a father or male carer, and delete
    their comments and links; answers stay."""
    responses = select(Response.id).where(Response.member_id == member.id)
    comments = session.execute(delete(Comment).where(Comment.response_id.in_(responses))).rowcount
    # Contact details go, and so do the addresses and wording of messages about or to them
    # (the rows stay, as a count of what was sent, with nothing personal left in them).
    session.execute(update(MemberContact).where(MemberContact.via_member_id == member.id)
                    .values(via_member_id=None))
    session.execute(delete(MemberContact).where(MemberContact.member_id == member.id))
    session.execute(update(Message).where(or_(
        Message.member_id == member.id, Message.recipient_member_id == member.id)).values(
            to_address=None, subject="", body="", invitation_id=None,
            status=_cancel_if_queued()))
    links = session.execute(delete(Invitation).where(Invitation.member_id == member.id)).rowcount
    member.first_name = first_name
    member.erased_at = now
    # Whether they are a father or male carer is about them, not a number the statistics keep.
    member.father_or_male_carer = None
    if member.results_withheld_reason is not None:
        # Why a keyworker kept their results out is free text that may name people: it goes;
        # the results stay out of the family's PDF.
        member.results_withheld_reason = WITHHELD_REASON_ERASED
    session.flush()
    # Once committed, wipe the old text from the database files too (WAL, dead tuples).
    reclaim_after_commit(session, Comment.__tablename__, FamilyMember.__tablename__,
                         Invitation.__tablename__, MemberContact.__tablename__,
                         Message.__tablename__)
    return LifecycleCounts(members=1, comments=comments, links=links)


def _cancel_if_queued():
    """A message not yet sent is never sent once its details are gone."""
    from sqlalchemy import case

    return case((Message.status.in_(("queued", "temporary-failure")), "cancelled"),
                else_=Message.status)


def _refuse_under_legal_hold(member: FamilyMember) -> None:
    """A family under a legal hold keeps its data, whoever asks, until the hold is lifted."""
    if member.family.legal_hold:
        raise ErasureRefused("This family's data is under a legal hold, so it cannot be erased. "
                             "Ask an administrator to lift the hold first if it is no longer needed")


def request_erasure(session: Session, member: FamilyMember, case_id: int, requester: StaffUser,
                    reason: str, ip_address: str | None = None) -> ErasureRequest:
    """Record a request to erase a member's data, waiting for another manager's decision."""
    if member.erased_at is not None:
        raise ErasureRefused("This person's data has already been erased")
    if not reason.strip():
        raise ErasureRefused("Enter why this person's data should be erased")
    _refuse_under_legal_hold(member)
    pending = session.scalar(select(ErasureRequest).where(
        ErasureRequest.member_id == member.id, ErasureRequest.status == ErasureStatus.PENDING))
    if pending is not None:
        raise ErasureRefused("There is already a request waiting for a decision for this person")
    request = ErasureRequest(member_id=member.id, case_id=case_id, reason=reason.strip(),
                             requested_by_id=requester.id)
    session.add(request)
    session.flush()
    audit.record(session, "erasure_requested", actor_id=requester.id, target_type="family_member",
                 target_id=member.id, ip_address=ip_address,
                 # The reason is free text that may name people: it stays on the request, which
                 # can be corrected, never in the append-only log.
                 details={"erasure_request_id": request.id})
    return request


def decide_erasure(session: Session, request: ErasureRequest, decider: StaffUser, approve: bool,
                   now: datetime, note: str | None = None,
                   ip_address: str | None = None) -> LifecycleCounts:
    """Approve (and erase at once) or reject a pending request; the asker cannot decide it."""
    if request.status is not ErasureStatus.PENDING:
        raise ErasureRefused("This request has already been decided")
    if decider.id == request.requested_by_id:
        raise ErasureRefused("A different team manager or an administrator must decide "
                             "a request you made")
    if decider.role not in (Role.TEAM_MANAGER, Role.ADMIN):
        raise ErasureRefused("Only a team manager or an administrator can decide erasure requests")
    if approve:  # a hold may have been placed since the request was made
        _refuse_under_legal_hold(request.member)
    request.status = ErasureStatus.APPROVED if approve else ErasureStatus.REJECTED
    request.decided_by_id = decider.id
    request.decided_at = now
    request.decision_note = note or None
    counts = erase_member_data(session, request.member, now) if approve else LifecycleCounts()
    audit.record(session, "erasure_approved" if approve else "erasure_rejected",
                 actor_id=decider.id, target_type="family_member", target_id=request.member_id,
                 ip_address=ip_address,
                 details={"erasure_request_id": request.id, "requested_by_id": request.requested_by_id,
                          "decided_by_id": decider.id,
                          **({"erased": counts.as_dict()} if approve else {})})
    return counts
