"""Commands for staff accounts: the first administrator, and a locked-out person's two-factor reset."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext

from surveys.records.db import get_session, utcnow


@click.command("create-user")
@with_appcontext
@click.option("--email", required=True)
@click.option("--name", "display_name", required=True)
@click.option("--role", type=click.Choice(["keyworker", "team_manager", "commissioner", "admin"]),
              required=True)
@click.password_option()
def create_user_command(email: str, display_name: str, role: str, password: str) -> None:
    """Create a staff account (for the first administrator of a real council)."""
    from surveys.records.enums import Role
    from surveys.records.staff import StaffUser
    from surveys.staff.passwords import MIN_PASSWORD_LENGTH, hash_password

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.ClickException(f"The password must be at least {MIN_PASSWORD_LENGTH} characters.")
    db = get_session()
    db.add(StaffUser(email=email.strip().lower(), display_name=display_name, role=Role(role),
                     password_hash=hash_password(password)))
    db.commit()
    click.echo(f"Created {role} account for {email}.")


@click.command("reset-two-factor")
@with_appcontext
@click.option("--email", required=True, help="The member of staff's email address.")
def reset_two_factor_command(email: str) -> None:
    """Reset someone's two-factor sign-in (say, the only administrator, locked out)."""
    from sqlalchemy import select

    from surveys.records import audit
    from surveys.records.staff import StaffUser
    from surveys.staff.sessions import reset_two_factor_of

    db = get_session()
    user = db.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"No staff account for {email}.")
    reset_two_factor_of(db, user, utcnow())
    audit.record(db, "two_factor_reset", actor_id=None, target_type="staff_user",
                 target_id=user.id, details={"by": "command line"})
    db.commit()
    click.echo(f"Two-factor sign-in reset for {user.email}: they set up an app at their next sign-in.")


def init_app(app: Flask) -> None:
    """Register the commands."""
    for command in (create_user_command, reset_two_factor_command):
        app.cli.add_command(command)
