"""`flask messages send-due`: queue the sending of everything due now, for the worker."""
from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from sqlalchemy import func, select

from surveys.jobs.queue import enqueue
from surveys.messaging.delivery import due_count
from surveys.records.db import get_session
from surveys.records.models import Message
from surveys.web import clock


@click.group("messages")
def messages_group() -> None:
    """Texts and emails to families and staff."""


@messages_group.command("send-due")
@with_appcontext
def send_due_command() -> None:
    """Queue delivery of every message due now and say how many there are."""
    db = get_session()
    now = clock.now()
    # MERGE (lead): counts = planning.plan_due(db, now); db.commit(); echo the counts planned.
    due = due_count(db, now)
    later = db.scalar(select(func.count(Message.id)).where(
        Message.status == "queued", Message.not_before > now)) or 0
    db.rollback()
    enqueue(current_app._get_current_object(), "deliver-messages")
    click.echo(f"{due} messages due now: delivery queued for the worker "
               f"({later} more waiting for their time).")


def init_app(app: Flask) -> None:
    """Register the commands."""
    app.cli.add_command(messages_group)
