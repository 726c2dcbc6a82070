"""Queued messages for the delivery and worker tests (and the messaging benchmark)."""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from surveys.messaging.compose import seal_body
from surveys.records.models import Message


def add_queued_message(db: Session, reference: str, now: datetime, *, to: str = "sam@example.com",
                       channel: str = "email", commit: bool = True, **values) -> Message:
    """A queued message, due a minute before `now` unless not_before is given; its body sealed
    (as every stored body is)."""
    values.setdefault("not_before", now - timedelta(minutes=1))
    message = Message(reference=reference, kind=values.pop("kind", "invitation"), channel=channel,
                      to_address=to, subject="From your keyworker",
                      body=seal_body(f"Your link for {reference}"), created_at=now - timedelta(hours=1),
                      **values)
    db.add(message)
    if commit:
        db.commit()
    return message
