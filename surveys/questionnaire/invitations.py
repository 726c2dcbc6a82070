"""Personal questionnaire links: bearer secrets of 256 random bits, of which only a hash is kept."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from surveys.records.models import Invitation, Message
from surveys.records.sealing import hash_token


def issue_link(session: Session, *, wave_id: int, member_id: int, valid_days: int, now: datetime,
               issued_by: int | None) -> tuple[Invitation, str]:
    """A new link for a member at a wave; any earlier live link for them is revoked (and the
    texts and emails still waiting to carry it are cancelled)."""
    earlier = list(session.scalars(select(Invitation.id).where(
        Invitation.wave_id == wave_id, Invitation.member_id == member_id,
        Invitation.revoked_at.is_(None), Invitation.used_at.is_(None))))
    if earlier:
        session.execute(update(Invitation).where(Invitation.id.in_(earlier)).values(
            revoked_at=now, shown_token_sealed=None))
        cancel_queued_messages(session, earlier, LINK_REPLACED)
    token = secrets.token_urlsafe(32)
    invitation = Invitation(wave_id=wave_id, member_id=member_id, token_hash=hash_token(token),
                            created_at=now, expires_at=now + timedelta(days=valid_days),
                            created_by_id=issued_by)
    session.add(invitation)
    session.flush()
    return invitation, token


LINK_REPLACED = "Not needed: the link was replaced, stopped or has ended"
ANSWERED = "Not needed: they have answered"


def cancel_queued_messages(session: Session, invitation_ids: list[int], reason: str) -> int:
    """Cancel the texts and emails still waiting to carry these links; how many."""
    if not invitation_ids:
        return 0
    return session.execute(update(Message).where(
        Message.invitation_id.in_(invitation_ids), Message.status == "queued").values(
            status="cancelled", detail=reason)).rowcount


def find_live_link(session: Session, token: str, now: datetime) -> Invitation | None:
    """The live link for a token; unknown, expired, revoked and used links all give None."""
    if not token or len(token) > 100:
        return None
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token)))
    if invitation is None or not invitation.is_live(now):
        return None
    return invitation
