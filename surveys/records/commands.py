"""Commands for the database: apply the migrations, seal the two-factor keys with a new data key."""
from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from surveys.records import migrate
from surveys.records.db import get_session


@click.command("db-upgrade")
@with_appcontext
def db_upgrade_command() -> None:
    """Apply every database migration not yet applied."""
    migrate.upgrade(current_app.config["DATABASE_URL"])
    click.echo("Database is up to date.")


@click.command("rotate-data-key")
@with_appcontext
def rotate_data_key_command() -> None:
    """Seal every two-factor key again with the first key in DATA_KEYS (after adding a new key
    in front of the old one); the old key can then be removed."""
    from sqlalchemy import select

    from surveys.records import audit, sealing
    from surveys.records.staff import StaffUser

    db = get_session()
    users = db.scalars(select(StaffUser).where(StaffUser.totp_secret_sealed.is_not(None))).all()
    try:
        for user in users:
            user.totp_secret_sealed = sealing.reseal(user.totp_secret_sealed)
    except sealing.SealingError as error:
        db.rollback()
        raise click.ClickException(str(error)) from error
    audit.record(db, "data_key_rotated", actor_id=None, details={"keys_resealed": len(users)})
    db.commit()
    click.echo(f"{len(users)} two-factor keys sealed with the newest data key.")


def init_app(app: Flask) -> None:
    """Register the commands."""
    for command in (db_upgrade_command, rotate_data_key_command):
        app.cli.add_command(command)
