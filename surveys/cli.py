"""Flask commands: migrate the database, build the demo council, add a user."""
from __future__ import annotations

from datetime import date

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from surveys.records import migrate
from surveys.records.db import get_session, utcnow


@click.command("db-upgrade")
@with_appcontext
def db_upgrade_command() -> None:
    """Apply every database migration not yet applied."""
    migrate.upgrade(current_app.config["DATABASE_URL"])
    click.echo("Database is up to date.")


@click.command("seed-demo")
@with_appcontext
@click.option("--families", default=60, show_default=True, help="How many families to create.")
@click.option("--seed", default=2026, show_default=True, help="Random seed, for the same council.")
@click.option("--if-empty", is_flag=True, help="Do nothing when the database already has staff.")
def seed_demo_command(families: int, seed: int, if_empty: bool) -> None:
    """Build a realistic demo council: localities, teams, staff, families and their answers."""
    import time

    from surveys.demo.council import DEMO_PASSWORD, build_demo_council_with_counts, is_empty

    db = get_session()
    if not is_empty(db):
        if if_empty:
            click.echo("The database already has data: demo council not added.")
            _print_demo_sign_ins(None)
            return
        raise click.ClickException("The database already has data. Use an empty database.")
    began = time.perf_counter()
    sign_ins, counts = build_demo_council_with_counts(db, families=families, seed=seed,
                                                      today=date.today())
    db.commit()
    seconds = time.perf_counter() - began
    click.echo(f"Demo council built with {families} families in {seconds:.1f} seconds: "
               f"{counts.responses} questionnaires sent and {counts.in_progress} in progress, "
               f"{counts.comments} comments ({counts.flags} safeguarding flags, "
               f"{counts.quotes} approved quotes), {counts.rows:,} rows.")
    _print_demo_sign_ins(sign_ins, DEMO_PASSWORD)


def _print_demo_sign_ins(sign_ins, password: str | None = None) -> None:
    from surveys.demo.council import DEMO_PASSWORD, DemoSignIn

    sign_ins = sign_ins or [
        DemoSignIn("Keyworker", "keyworker@avonbridge.example", ""),
        DemoSignIn("Team manager", "manager@avonbridge.example", ""),
        DemoSignIn("Commissioner", "commissioner@avonbridge.example", ""),
        DemoSignIn("Administrator", "admin@avonbridge.example", ""),
    ]
    from surveys.demo.council import demo_totp_secret
    from surveys.staff.two_factor import grouped

    click.echo("\nDemo sign-ins (password for each: %s)" % (password or DEMO_PASSWORD))
    click.echo("Staff also enter a code from an authenticator app: add the key beside each account "
               "to one,\nor run `make codes` in another terminal to see the current codes.")
    for s in sign_ins:
        click.echo(f"  {s.role:<14} {s.email:<33} key {grouped(demo_totp_secret(s.email))}")
    click.echo("")


@click.command("demo-codes")
@with_appcontext
def demo_codes_command() -> None:
    """Print the current two-factor codes of the demo accounts (their keys are public)."""
    from sqlalchemy import select

    from surveys.demo.council import DEMO_EMAILS, demo_totp_secret
    from surveys.records.models import StaffUser
    from surveys.staff.two_factor import STEP_SECONDS, code_for_step, step_at

    db = get_session()
    now = utcnow()
    step = step_at(now)
    shown = 0
    for email in DEMO_EMAILS:
        user = db.scalar(select(StaffUser).where(StaffUser.email == email))
        # Only a key that is still the published demo key: never a real person's.
        if user is None or user.totp_secret != demo_totp_secret(email):
            continue
        click.echo(f"  {email:<33} {code_for_step(user.totp_secret, step)}   "
                   f"(next: {code_for_step(user.totp_secret, step + 1)})")
        shown += 1
    if not shown:
        raise click.ClickException("No demo accounts with the published demo keys here.")
    left = STEP_SECONDS - int(now.timestamp()) % STEP_SECONDS
    click.echo(f"Codes change in {left} seconds; each works once.")


@click.command("reset-two-factor")
@with_appcontext
@click.option("--email", required=True, help="The member of staff's email address.")
def reset_two_factor_command(email: str) -> None:
    """Reset someone's two-factor sign-in (say, the only administrator, locked out)."""
    from sqlalchemy import select

    from surveys.records import audit
    from surveys.records.models import StaffUser
    from surveys.staff.auth import reset_two_factor_of

    db = get_session()
    user = db.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None:
        raise click.ClickException(f"No staff account for {email}.")
    reset_two_factor_of(db, user, utcnow())
    audit.record(db, "two_factor_reset", actor_id=None, target_type="staff_user",
                 target_id=user.id, details={"by": "command line"})
    db.commit()
    click.echo(f"Two-factor sign-in reset for {user.email}: they set up an app at their next sign-in.")


@click.command("rotate-data-key")
@with_appcontext
def rotate_data_key_command() -> None:
    """Seal every two-factor key again with the first key in DATA_KEYS (after adding a new key
    in front of the old one); the old key can then be removed."""
    from sqlalchemy import select

    from surveys.records import audit, sealing
    from surveys.records.models import StaffUser

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


@click.command("create-user")
@with_appcontext
@click.option("--email", required=True)
@click.option("--name", "display_name", required=True)
@click.option("--role", type=click.Choice(["keyworker", "team_manager", "commissioner", "admin"]),
              required=True)
@click.password_option()
def create_user_command(email: str, display_name: str, role: str, password: str) -> None:
    """Create a staff account (for the first administrator of a real council)."""
    from surveys.records.models import Role, StaffUser
    from surveys.staff.passwords import MIN_PASSWORD_LENGTH, hash_password

    if len(password) < MIN_PASSWORD_LENGTH:
        raise click.ClickException(f"The password must be at least {MIN_PASSWORD_LENGTH} characters.")
    db = get_session()
    db.add(StaffUser(email=email.strip().lower(), display_name=display_name, role=Role(role),
                     password_hash=hash_password(password)))
    db.commit()
    click.echo(f"Created {role} account for {email}.")


@click.command("freeze-reliability")
@with_appcontext
def freeze_reliability_command() -> None:
    """Freeze this council's reliable-change figures where 50 families have answered at the start,
    and say which questionnaires still use the provisional ones (also done on each start send)."""
    from family_by_family_scale import MINIMUM_FAMILIES_FOR_ESTIMATE
    from surveys.questionnaire.reliability import (
        OUTCOME_QUESTIONNAIRES,
        freeze_reliability,
        load_frozen_parameters,
        scopes_of,
        start_answers,
    )

    db = get_session()
    newly = set(freeze_reliability(db, utcnow()))
    db.commit()
    frozen = load_frozen_parameters(db)
    for instrument in OUTCOME_QUESTIONNAIRES:
        families = len({family for family, _ in start_answers(db, instrument)})
        click.echo(f"{instrument.title} (version {instrument.version}): "
                   f"{families} families have answered at the start.")
        for scope in scopes_of(instrument):
            key = (instrument.code, instrument.version, scope)
            if key in frozen:
                p = frozen[key]
                state = "frozen now" if key in newly else "frozen"
                click.echo(f"  {scope}: {state}, SD {p.sd:.3f}, reliability {p.reliability:.3f} "
                           f"({p.n_families} families)")
            else:
                click.echo(f"  {scope}: provisional (needs {MINIMUM_FAMILIES_FOR_ESTIMATE} families "
                           "with a valid start score and a usable estimate)")


def init_app(app: Flask) -> None:
    """Register the commands."""
    from surveys.governance.commands import COMMANDS as LIFECYCLE_COMMANDS

    for command in (db_upgrade_command, seed_demo_command, create_user_command,
                    demo_codes_command, reset_two_factor_command, freeze_reliability_command,
                    rotate_data_key_command,
                    *LIFECYCLE_COMMANDS):
        app.cli.add_command(command)
