"""Commands for the data lifecycle: retention, subject access, backup and restore."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.private_files import write_private


@click.command("retention")
@with_appcontext
@click.option("--dry-run", is_flag=True, help="Count what would be anonymised; change nothing.")
def retention_command(dry_run: bool) -> None:
    """Anonymise families whose last case closed more than the retention period ago."""
    from surveys.governance.retention import run_retention

    db = get_session()
    counts = run_retention(db, date.today(), utcnow(), dry_run=dry_run)
    db.commit()
    figures = ", ".join(f"{n} {what}" for what, n in counts.as_dict().items())
    click.echo(f"{'Would anonymise' if dry_run else 'Anonymised'}: {figures} "
               "(held = due but on legal hold, left alone).")


@click.command("subject-access")
@with_appcontext
@click.option("--member-id", type=int, required=True, help="The family member's number.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def subject_access_command(member_id: int, output: Path) -> None:
    """Write everything held about one family member to a JSON file."""
    from surveys.governance.subject_access import MemberNotFound, build_subject_access

    db = get_session()
    try:
        data = build_subject_access(db, member_id, utcnow())
    except MemberNotFound as error:
        raise click.ClickException(str(error)) from error
    # Everything held about a person: readable by whoever runs the command, nobody else.
    write_private(output, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())
    audit.record(db, "subject_access_exported", actor_id=None, target_type="family_member",
                 target_id=member_id, details={"via": "command"})
    db.commit()
    click.echo(f"Subject-access export for member {member_id} written to {output}.")


def _print_tables(manifest: dict) -> None:
    for name, table in manifest["tables"].items():
        click.echo(f"  {name:<24} {table['rows']:>8} rows  sha256 {table['sha256'][:16]}…")


@click.command("backup")
@with_appcontext
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True)
def backup_command(output: Path) -> None:
    """Back the database up, with a manifest of row counts and checksums beside it."""
    from surveys.governance.backup import BackupError, backup, manifest_path

    try:
        manifest = backup(current_app.extensions["fv_engine"], output, utcnow(),
                          key=current_app.config.get("BACKUP_KEY"))
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    how = ("encrypted with FLASK_BACKUP_KEY" if manifest["encrypted"] else
           "NOT encrypted (set FLASK_BACKUP_KEY to encrypt backups)")
    click.echo(f"Backup written to {output}, {how}, readable by you only; "
               f"manifest {manifest_path(output)}:")
    _print_tables(manifest)


@click.command("restore")
@with_appcontext
@click.option("--input", "input_", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option("--force", is_flag=True, help="Replace a database that already holds data.")
def restore_command(input_: Path, force: bool) -> None:
    """Restore a backup, then check every table against its manifest."""
    from surveys.governance.backup import BackupError, restore

    try:
        manifest = restore(current_app.extensions["fv_engine"], input_, force=force,
                           key=current_app.config.get("BACKUP_KEY"))
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Restored {input_}; every table matches the manifest:")
    _print_tables(manifest)


COMMANDS = (retention_command, subject_access_command, backup_command, restore_command)


def init_app(app: Flask) -> None:
    """Register the commands."""
    for command in COMMANDS:
        app.cli.add_command(command)
