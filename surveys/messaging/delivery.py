"""Delivery: take queued messages that are due, send each once, and record what came of it.

Every message was recorded (with its unique reference) before this runs. A worker claims a
message by moving it from `queued` to `sending` and COMMITS that before calling any sender, so two
workers never send the same row: on PostgreSQL the claim reads with FOR UPDATE SKIP LOCKED (workers
take different rows without waiting); on SQLite, which has one writer at a time, each row is
claimed by a conditional UPDATE ... WHERE status = 'queued' and counts only if it changed a row.
The outcome is committed straight after each send.

A worker killed between claim and outcome leaves the row `sending`. After SENDING_TIMEOUT it is
recovered: with Notify we first ask Notify for the reference, so a message it already accepted
is marked sent, not sent again. SMTP has no such question; the residual window is the moment
between the server accepting the DATA and our commit (milliseconds, one message per killed
worker): a message cut off there is sent a second time, with the same Message-ID (built from
the reference) so mail systems and people can see it is the same message.

Here, at the job boundary, is where delivery commits (helpers below never do). Logs carry message
ids and references only, never addresses or bodies.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from notifications_python_client.errors import APIError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from surveys.messaging import compose
from surveys.messaging.protocol import Sender, SendOutcome
from surveys.messaging.senders import NotifySender, sender_for
from surveys.records import sealing
from surveys.records.models import Message

log = logging.getLogger(__name__)

BATCH = 50
MAX_ATTEMPTS = 6  # a temporary failure is retried after 1, 2, 4, 8, 16 minutes, then given up
FIRST_RETRY = timedelta(minutes=1)
LONGEST_RETRY = timedelta(hours=6)
SENDING_TIMEOUT = timedelta(minutes=10)


@dataclass(frozen=True)
class DeliveryCounts:
    sent: int = 0
    outbox: int = 0
    retrying: int = 0
    failed: int = 0
    recovered: int = 0

    def __add__(self, other: DeliveryCounts) -> DeliveryCounts:
        return DeliveryCounts(*(a + b for a, b in zip(self.as_tuple(), other.as_tuple(),
                                                          strict=True)))

    def as_tuple(self) -> tuple[int, ...]:
        """The counts in field order."""
        return (self.sent, self.outbox, self.retrying, self.failed, self.recovered)

    def as_dict(self) -> dict[str, int]:
        """The counts by name, for printing."""
        return dict(zip(("sent", "outbox", "retrying", "failed", "recovered"), self.as_tuple(),
                        strict=True))


def retry_delay(attempts: int) -> timedelta:
    """Exponential backoff: 1 minute after the first try, doubling, at most 6 hours."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), LONGEST_RETRY)


def claim_due(session: Session, now: datetime, limit: int = BATCH) -> list[int]:
    """Move up to `limit` due queued messages to `sending` for this worker and commit; their ids.
    A message is due when queued and its not_before has come."""
    due = (select(Message.id).where(Message.status == "queued", Message.not_before <= now)
           .order_by(Message.not_before, Message.id).limit(limit))
    claim = dict(status="sending", claimed_at=now, attempts=Message.attempts + 1)
    if session.get_bind().dialect.name == "postgresql":
        ids = list(session.scalars(due.with_for_update(skip_locked=True)))
        if ids:
            session.execute(_update().where(Message.id.in_(ids)).values(**claim))
    else:
        ids = []
        for message_id in session.scalars(due).all():
            changed = session.execute(_update().where(
                Message.id == message_id, Message.status == "queued").values(**claim))
            if changed.rowcount == 1:  # another worker may have claimed it since the read
                ids.append(message_id)
    session.commit()
    return ids


def _record(session: Session, message: Message, outcome: SendOutcome, provider: str,
            now: datetime) -> str:
    """Store what came of one send (only if this worker still holds the message); commit."""
    if outcome.status == "temporary-failure" and message.attempts >= MAX_ATTEMPTS:
        outcome = SendOutcome(status="permanent-failure",
                              detail=f"Gave up after {message.attempts} tries. {outcome.detail}"[:300])
    if outcome.status == "temporary-failure":
        values = dict(status="queued", claimed_at=None, not_before=now + retry_delay(message.attempts),
                      detail=outcome.detail[:300] or None)
        kind = "retrying"
    elif outcome.status == "permanent-failure":
        values = dict(status="permanent-failure", failed_at=now, provider=provider,
                      detail=outcome.detail[:300] or None)
        kind = "failed"
    else:  # sent, or kept in the outbox
        values = dict(status=outcome.status, sent_at=now, provider=provider,
                      provider_id=outcome.provider_id, detail=outcome.detail[:300] or None)
        kind = outcome.status
    session.execute(_update().where(
        Message.id == message.id, Message.status == "sending",
        Message.claimed_at == message.claimed_at).values(**values))
    session.commit()
    log.info("message %s (%s): %s via %s, attempt %s", message.id, message.reference,
             outcome.status, provider, message.attempts)
    return kind


def _update():
    # Plain UPDATEs: the rows are re-read where needed, so the session need not mirror them.
    return update(Message).execution_options(synchronize_session=False)


class Senders:
    """One sender per channel for a batch (so SMTP keeps its connection), closed at the end."""

    def __init__(self, config: Mapping, choose: Callable[[Mapping, str], Sender] = sender_for):
        self.config = config
        self.choose = choose
        self.by_channel: dict[str, Sender] = {}

    def __call__(self, channel: str) -> Sender:
        if channel not in self.by_channel:
            self.by_channel[channel] = self.choose(self.config, channel)
        return self.by_channel[channel]

    def close(self) -> None:
        """Close every sender that holds a connection."""
        for sender in self.by_channel.values():
            close = getattr(sender, "close", None)
            if close:
                close()
        self.by_channel.clear()


def send_claimed(session: Session, ids: list[int], senders: Senders, now: datetime) -> DeliveryCounts:
    """Send each claimed message and record its outcome."""
    tally = dict.fromkeys(("sent", "outbox", "retrying", "failed"), 0)
    for message_id in ids:
        message = session.get(Message, message_id, populate_existing=True)
        if message is None or message.status != "sending":
            continue
        try:
            outgoing = compose.outgoing(message)
        except sealing.SealingError:
            outcome, provider = SendOutcome(
                status="permanent-failure",
                detail="The message could not be opened: the data key has changed."), "none"
        else:
            sender = senders(message.channel)
            log.info("message %s (%s): sending via %s", message.id, message.reference, sender.name)
            outcome, provider = sender.send(outgoing), sender.name
        tally[_record(session, message, outcome, provider, now)] += 1
    return DeliveryCounts(**tally)


def recover_stuck(session: Session, senders: Senders, now: datetime,
                  timeout: timedelta = SENDING_TIMEOUT) -> int:
    """Put messages left `sending` longer than `timeout` (their worker was killed) back in the
    queue, or mark them sent when Notify already holds their reference; how many were settled."""
    stuck = session.scalars(select(Message).where(
        Message.status == "sending", Message.claimed_at < now - timeout)).all()
    settled = 0
    for message in stuck:
        values: dict = dict(status="queued", claimed_at=None, not_before=now)
        sender = senders(message.channel)
        if isinstance(sender, NotifySender):
            try:
                provider_id = sender.find(message.reference)
            except APIError:
                log.warning("message %s (%s): Notify cannot say yet whether it was sent; "
                            "left for the next run", message.id, message.reference)
                continue
            if provider_id:
                values = dict(status="sent", sent_at=now, provider=sender.name,
                              provider_id=provider_id)
        changed = session.execute(_update().where(
            Message.id == message.id, Message.status == "sending",
            Message.claimed_at == message.claimed_at).values(**values))
        session.commit()
        if changed.rowcount == 1:
            settled += 1
            log.warning("message %s (%s): worker stopped mid-send; %s", message.id,
                        message.reference, "Notify already had it" if values["status"] == "sent"
                        else "queued again")
    return settled


def deliver_due(session: Session, config: Mapping, now: datetime, *, batch: int = BATCH,
                most: int | None = None, timeout: timedelta = SENDING_TIMEOUT,
                choose: Callable[[Mapping, str], Sender] = sender_for) -> DeliveryCounts:
    """Recover messages cut off mid-send, then send everything due now, a batch at a time, until
    nothing due is left (or `most` have been tried)."""
    senders = Senders(config, choose)
    total = DeliveryCounts()
    restore = _quicker_sqlite_commits(session)
    try:
        total += DeliveryCounts(recovered=recover_stuck(session, senders, now, timeout))
        tried = 0
        while most is None or tried < most:
            ids = claim_due(session, now, batch if most is None else min(batch, most - tried))
            if not ids:
                break
            tried += len(ids)
            total += send_claimed(session, ids, senders, now)
    finally:
        senders.close()
        session.rollback()
        restore()
    return total


def _quicker_sqlite_commits(session: Session) -> Callable[[], None]:
    """On SQLite, this run's connection commits without waiting for the disk (WAL with
    synchronous=NORMAL: a commit survives the worker being killed, only a power cut or an OS
    crash can lose the last few). Delivery commits twice per message so that a killed worker
    never doubles one; with a disk flush each, the flushes were most of a send's cost and slowed
    the family pages' own reads and writes. Losing a recorded outcome to a power cut means the
    message is recovered and sent again: the same residual window as SMTP's. Returns the undo."""
    if session.get_bind().dialect.name != "sqlite":
        return lambda: None
    connection = session.connection()
    before = connection.exec_driver_sql("PRAGMA synchronous").scalar()
    connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
    session.commit()

    def restore() -> None:
        session.connection().exec_driver_sql(f"PRAGMA synchronous={int(before)}")
        session.commit()
    return restore


def due_count(session: Session, now: datetime) -> int:
    """How many queued messages are due now."""
    return session.scalar(select(func.count(Message.id)).where(
        Message.status == "queued", Message.not_before <= now)) or 0
