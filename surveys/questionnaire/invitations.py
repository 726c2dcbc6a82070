"""Personal questionnaire links: bearer secrets of 256 random bits, of which only a hash is kept."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from surveys.records.models import Invitation
from surveys.records.sealing import hash_token


def issue_link(session: Session, *, wave_id: int, member_id: int, valid_days: int, now: datetime,
               issued_by: int | None) -> tuple[Invitation, str]:
    """A new link for a member at a wave; any earlier live link for them is revoked."""
    session.execute(update(Invitation).where(
        Invitation.wave_id == wave_id, Invitation.member_id == member_id,
        Invitation.revoked_at.is_(None), Invitation.used_at.is_(None)).values(
            revoked_at=now, shown_token_sealed=None))
    token = secrets.token_urlsafe(32)
    invitation = Invitation(wave_id=wave_id, member_id=member_id, token_hash=hash_token(token),
                            created_at=now, expires_at=now + timedelta(days=valid_days),
                            created_by_id=issued_by)
    session.add(invitation)
    session.flush()
    return invitation, token


def find_live_link(session: Session, token: str, now: datetime) -> Invitation | None:
    """The live link for a token; unknown, expired, revoked and used links all give None."""
    if not token or len(token) > 100:
        return None
    invitation = session.scalar(select(Invitation).where(Invitation.token_hash == hash_token(token)))
    if invitation is None or not invitation.is_live(now):
        return None
    return invitation
