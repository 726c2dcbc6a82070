"""A recorded message as a sender is given it: a body that carries a personal link is kept
sealed at rest (surveys.records.sealing), and opened only here, just before it is sent."""
from __future__ import annotations

from surveys.messaging.protocol import OutgoingMessage
from surveys.records import sealing
from surveys.records.models import Message

SEALED = "sealed:"  # the stored body starts with this when it is sealed


def seal_body(plain: str) -> str:
    """A message body as stored: sealed, marked so it can be told from a plain one."""
    return SEALED + sealing.seal(plain)


def open_body(stored: str) -> str:
    """A stored body as plain text (a body without a link may be stored plain)."""
    if stored.startswith(SEALED):
        return sealing.open_sealed(stored[len(SEALED):])
    return stored


def outgoing(message: Message) -> OutgoingMessage:
    """What a sender is given for a recorded message, with its body opened."""
    body = open_body(message.body or "")
    return OutgoingMessage(reference=message.reference, channel=message.channel,
                           to=message.to_address or "", body=body, subject=message.subject or "",
                           personalisation={"subject": message.subject or "", "body": body})
