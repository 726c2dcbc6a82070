"""Commands for messages to families: plan what is due now."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import AppGroup

from surveys.records import audit
from surveys.records.db import get_session, utcnow

messages_cli = AppGroup("messages", help="Invitations and reminders to families.")


@messages_cli.command("plan-due")
@click.option("--base-url", default=None,
              help="The address families' links start with (default: FLASK_PUBLIC_BASE_URL).")
def plan_due_command(base_url: str | None) -> None:
    """Queue every invitation and reminder due now, cancel those no longer needed, print counts."""
    from surveys.messaging.planning import PlanningRefused, plan_due

    db = get_session()
    try:
        counts = plan_due(db, utcnow(), base_url)
    except PlanningRefused as error:
        raise click.ClickException(str(error)) from error
    audit.record(db, "messages_planned", actor_id=None, details=counts.as_dict())
    db.commit()
    for name, value in counts.as_dict().items():
        click.echo(f"{name.replace('_', ' ')}: {value}")


def init_app(app: Flask) -> None:
    """Register the commands (the delivery commands join the same `messages` group)."""
    app.cli.add_command(messages_cli)
