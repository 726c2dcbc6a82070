"""Commands for the demo council: build it, and show its accounts' current two-factor codes."""
from __future__ import annotations

from datetime import date

import click
from flask import Flask
from flask.cli import with_appcontext

from surveys.demo.families import DEMO_FAMILIES
from surveys.records.db import get_session, utcnow


@click.command("seed-demo")
@with_appcontext
@click.option("--families", default=DEMO_FAMILIES, show_default=True,
              help="How many families, over two and a half years: the default gives about 600 in "
                   "the last two years, a mid-sized council's early help caseload.")
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
    from surveys.records.staff import StaffUser
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


@click.command("demo-family-link")
@click.option("--base-url", default=None, help="The site's address (default: PUBLIC_BASE_URL, "
              "else http://127.0.0.1:5000).")
@with_appcontext
def demo_family_link_command(base_url: str | None) -> None:
    """Print a fresh personal link for one demo parent whose start questionnaire is due, so a
    newcomer can see the family's side without signing in. Only on the demo council: a real
    family's link is never printed."""
    from flask import current_app

    from surveys.demo.council import DEMO_COUNCIL
    from surveys.questionnaire.invitations import issue_link
    from surveys.records.settings import council_settings

    db = get_session()
    settings = council_settings(db)
    if settings.council_name != DEMO_COUNCIL:
        click.echo("No demo family link: this is not the demo council.")
        return
    found = _demo_member_due_to_start(db)
    if found is None:
        click.echo("No demo family link: no demo parent has a start questionnaire still to answer.")
        return
    wave, member = found
    _, token = issue_link(db, wave_id=wave.id, member_id=member.id,
                          valid_days=settings.link_valid_days, now=utcnow(), issued_by=None)
    db.commit()
    base = (base_url or current_app.config.get("PUBLIC_BASE_URL") or "http://127.0.0.1:5000").rstrip("/")
    click.echo(f"\nTry it as a family ({member.first_name}'s start questionnaire; a new link at "
               f"each start):\n  {base}/q/{token}\n")


def _demo_member_due_to_start(db):
    """The first open case's parent who has not yet sent their start questionnaire."""
    from sqlalchemy import exists, select

    from surveys.records.enums import MemberRole, WaveKind, WaveStatus
    from surveys.records.models import Case, FamilyMember, Response, Wave

    sent = exists().where(Response.wave_id == Wave.id, Response.member_id == FamilyMember.id,
                          Response.submitted_at.is_not(None))
    return db.execute(
        select(Wave, FamilyMember)
        .join(Case, Case.id == Wave.case_id)
        .join(FamilyMember, FamilyMember.family_id == Case.family_id)
        .where(Case.closed_on.is_(None), Wave.kind == WaveKind.START,
               Wave.status != WaveStatus.CANCELLED, FamilyMember.member_role == MemberRole.PARENT_CARER,
               ~sent)
        .order_by(Case.id, FamilyMember.id).limit(1)).first()


def init_app(app: Flask) -> None:
    """Register the commands."""
    for command in (seed_demo_command, demo_codes_command, demo_family_link_command):
        app.cli.add_command(command)
