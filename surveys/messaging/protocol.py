"""What a sender is given and what it reports back: the contract between planning and delivery.

A message is recorded (with its unique `reference`) before any sender sees it, so running a job
twice can find that it was already sent; the reference goes to the provider too (Notify keeps it as
`reference`, SMTP as the Message-ID's local part) so a delivery receipt finds its message.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, Protocol

Channel = Literal["sms", "email"]
# sent: the provider accepted it (delivery may still fail later, reported by a receipt);
# outbox: nothing is configured, the message waits on the app's outbox page for staff to read;
# temporary-failure: try again later (network, rate limit, provider down);
# permanent-failure: do not try again (invalid number, rejected address, bad key).
Status = Literal["sent", "outbox", "temporary-failure", "permanent-failure"]


@dataclass(frozen=True)
class OutgoingMessage:
    reference: str
    channel: Channel
    to: str
    body: str
    subject: str = ""
    # the council's Notify template for this kind of message fills itself from these
    personalisation: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SendOutcome:
    status: Status
    provider_id: str | None = None
    detail: str = ""


class Sender(Protocol):
    name: str

    def send(self, message: OutgoingMessage) -> SendOutcome: ...


class OutboxSender:
    """Nothing configured (the demo): the recorded message itself is the outbox staff can open."""

    name = "outbox"

    def send(self, message: OutgoingMessage) -> SendOutcome:
        return SendOutcome(status="outbox", detail="Kept in the outbox: no sender is configured.")
