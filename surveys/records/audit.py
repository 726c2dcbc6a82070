"""Recording what staff did to family data, and sign-ins, in the append-only audit log."""
from __future__ import annotations

from sqlalchemy.orm import Session

from surveys.records.models import AuditEvent


def record(session: Session, action: str, *, actor_id: int | None, target_type: str | None = None,
           target_id: int | None = None, details: dict | None = None,
           ip_address: str | None = None) -> AuditEvent:
    """Add an audit event to the session; the view's commit stores it with the change it records."""
    event = AuditEvent(action=action, actor_id=actor_id, target_type=target_type,
                       target_id=target_id, details=details, ip_address=ip_address)
    session.add(event)
    return event
