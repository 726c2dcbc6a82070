"""`flask messages plan-due` and `flask messages send-due`: plan what is due now, and queue its
sending for the worker."""
from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from surveys.jobs.queue import enqueue
from surveys.messaging.delivery import due_count
from surveys.records import audit
from surveys.records.db import get_session
from surveys.records.models import Message
from surveys.web import clock

messages_cli = AppGroup("messages", help="Invitations and reminders to families.")


def _plan(db, base_url: str | None):
    """Plan every invitation and reminder due now (audited), returning the counts."""
    from surveys.messaging.planning import plan_due

    counts = plan_due(db, clock.now(), base_url)
    audit.record(db, "messages_planned", actor_id=None, details=counts.as_dict())
    db.commit()
    return counts


@messages_cli.command("plan-due")
@click.option("--base-url", default=None,
              help="The address families' links start with (default: FLASK_PUBLIC_BASE_URL).")
def plan_due_command(base_url: str | None) -> None:
    """Queue every invitation and reminder due now, cancel those no longer needed, print counts."""
    from surveys.messaging.planning import PlanningRefused

    try:
        counts = _plan(get_session(), base_url)
    except PlanningRefused as error:
        raise click.ClickException(str(error)) from error
    for name, value in counts.as_dict().items():
        click.echo(f"{name.replace('_', ' ')}: {value}")


@messages_cli.command("send-due")
@click.option("--base-url", default=None,
              help="The address families' links start with (default: FLASK_PUBLIC_BASE_URL).")
def send_due_command(base_url: str | None) -> None:
    """Plan everything due now, then queue delivery of every message due for the worker."""
    from surveys.messaging.planning import PlanningRefused

    db = get_session()
    try:
        counts = _plan(db, base_url)
    except PlanningRefused as error:  # as the worker's job: what is already queued still goes
        db.rollback()
        click.echo(f"Invitations and reminders not planned: {error}", err=True)
    else:
        for name, value in counts.as_dict().items():
            click.echo(f"{name.replace('_', ' ')}: {value}")
    now = clock.now()
    due = due_count(db, now)
    later = db.scalar(select(func.count(Message.id)).where(
        Message.status == "queued", Message.not_before > now)) or 0
    db.rollback()
    enqueue(current_app._get_current_object(), "deliver-messages")
    click.echo(f"{due} messages due now: delivery queued for the worker "
               f"({later} more waiting for their time).")


def init_app(app: Flask) -> None:
    """Register the commands."""
    app.cli.add_command(messages_cli)
