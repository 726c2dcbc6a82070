"""What the staff pages show about messages: each member's messages and contact on the case
page, the failures a team has to fix, and the outbox."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from surveys.records.models import Case, MemberContact, Message

# What a keyworker should do about a message that could not be delivered.
WHAT_TO_DO = {"sms": "Check the mobile number with the family, then send again",
              "email": "Check the email address with the family, then send again"}
STATUS_LABELS = {"queued": ("Waiting to send", "grey"), "sending": ("Sending", "blue"),
                 "sent": ("Sent", "blue"), "outbox": ("In the outbox", "purple"),
                 "delivered": ("Delivered", "green"), "permanent-failure": ("Failed", "red"),
                 "temporary-failure": ("Trying again", "yellow"),
                 "cancelled": ("Not needed", "grey")}
KIND_LABELS = {"invitation": "Invitation", "reminder": "Reminder",
               "last-reminder": "Last reminder", "report-ready": "Report ready"}


@dataclass
class MemberMessages:
    """One member's messages (newest first), their next reminder and failures to fix."""

    messages: list[Message] = field(default_factory=list)
    next_reminder: datetime | None = None
    failures: list[Message] = field(default_factory=list)


def _failure_not_fixed():
    """A permanent failure after which the member's contact details were not changed."""
    return (Message.status == "permanent-failure") & or_(
        MemberContact.updated_at.is_(None),
        MemberContact.updated_at < func.coalesce(Message.failed_at, Message.created_at))


def messages_by_member(session: Session, case: Case) -> dict[int, MemberMessages]:
    """Each member's messages at this case, newest first, with what is next and what failed."""
    by_member: dict[int, MemberMessages] = {m.id: MemberMessages() for m in case.family.members}
    rows = session.execute(
        select(Message, MemberContact.updated_at)
        .outerjoin(MemberContact, MemberContact.member_id == func.coalesce(
            Message.recipient_member_id, Message.member_id))
        .where(Message.case_id == case.id).order_by(Message.not_before.desc(), Message.id.desc()))
    for message, contact_updated in rows:
        entry = by_member.setdefault(message.member_id, MemberMessages())
        entry.messages.append(message)
        if message.status == "queued" and message.kind != "invitation":
            if entry.next_reminder is None or message.not_before < entry.next_reminder:
                entry.next_reminder = message.not_before
        if message.status == "permanent-failure" and (
                contact_updated is None or contact_updated < (message.failed_at or message.created_at)):
            entry.failures.append(message)
    return by_member


def failures_to_fix(session: Session, scope: ColumnElement[bool]) -> int:
    """Messages in these cases that could not be delivered, whose details nobody has changed
    since."""
    return session.scalar(
        select(func.count(Message.id)).join(Case, Case.id == Message.case_id)
        .outerjoin(MemberContact, MemberContact.member_id == func.coalesce(
            Message.recipient_member_id, Message.member_id))
        .where(scope, _failure_not_fixed())) or 0


def outbox(session: Session, scope: ColumnElement[bool], limit: int = 100) -> list[Message]:
    """The newest messages to families in these cases."""
    return list(session.scalars(
        select(Message).join(Case, Case.id == Message.case_id).where(scope)
        .order_by(Message.created_at.desc(), Message.id.desc()).limit(limit)))
