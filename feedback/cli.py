"""Feedback commands: analyse a spreadsheet of past comments (analyse-feedback), and re-analyse
stored comments after the analyser or codebook changes (reanalyse-feedback)."""

import csv

import click
from flask.cli import with_appcontext
from sqlalchemy import or_, select
from sqlalchemy.orm import selectinload

from feedback.analysis.analyser import ANALYSER_VERSION, analyse
from feedback.analysis.codebook import CODEBOOK_VERSION
from feedback.analysis.questions import resolve_question
from feedback.csv_safety import neutralise_cell
from surveys.questionnaire.comments import known_names_for, needs_reanalysis, store_analysis
from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.models import Comment, Response

ADDED_COLUMNS = ("sentiment", "polarity", "themes", "safeguarding", "sentiment_cues",
                 "theme_cues", "safeguarding_cues")


def _read_rows(path: str) -> tuple[list[str], list[dict[str, str]]]:
    """Return the header and rows of a CSV, turning read errors into instructions."""
    try:
        with open(path, newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            return list(reader.fieldnames or []), rows
    except UnicodeDecodeError as error:
        raise click.ClickException(
            f"Could not read {path}: it is not UTF-8 text. Save it as 'CSV UTF-8' and try again."
        ) from error
    except (OSError, csv.Error) as error:
        raise click.ClickException(f"Could not read {path}: {error}") from error


def added_column_names(header: list[str]) -> dict[str, str]:
    """The output name of each added column: its own name, or "analysed_<name>" (then
    "analysed_<name>_2", ...) when the input already has a column of that name, so the
    analysis never overwrites what the input file holds."""
    taken = set(header)
    names = {}
    for column in ADDED_COLUMNS:
        name, n = column, 1
        while name in taken:
            n += 1
            name = f"analysed_{column}" if n == 2 else f"analysed_{column}_{n - 1}"
        names[column] = name
        taken.add(name)
    return names


def _result_cells(text: str, question: str | None) -> dict[str, str]:
    """Return the added columns for one comment."""
    result = analyse(text, question)
    return {
        "sentiment": result.sentiment,
        # A number the code formatted, never a formula, so it is written as a number.
        "polarity": f"{result.polarity:.3f}",
        "themes": ";".join(result.theme_codes),
        # "not flagged", never "no": a comment without a flag is not known to be safe.
        "safeguarding": "flagged" if result.is_safeguarding else "not flagged",
        "sentiment_cues": "; ".join(result.sentiment_cues),
        "theme_cues": "; ".join(f"{match.code}: {', '.join(match.cues)}" for match in result.themes),
        "safeguarding_cues": "; ".join(result.safeguarding_cues),
    }


@click.command("analyse-feedback")
@click.argument("input_csv", type=click.Path(exists=True, dir_okay=False))
@click.argument("output_csv", type=click.Path(dir_okay=False, writable=True))
@click.option("--text-column", required=True, help="Column holding what the family wrote.")
@click.option("--question-column", default=None,
              help="Column holding the question key or the question text.")
def analyse_feedback_command(input_csv, output_csv, text_column, question_column):
    """Analyse a CSV of past comments and write it back with sentiment, themes and flags."""
    header, rows = _read_rows(input_csv)
    for option, column in (("--text-column", text_column), ("--question-column", question_column)):
        if column is not None and column not in header:
            found = ", ".join(header) or "none"
            raise click.BadParameter(f"There is no column called '{column}' in {input_csv}. "
                                     f"The columns are: {found}.", param_hint=option)
    names = added_column_names(header)
    out_header = header + list(names.values())
    flagged = 0
    try:
        with open(output_csv, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=out_header, extrasaction="ignore")
            writer.writerow({column: neutralise_cell(column) for column in out_header})
            for row in rows:
                question = resolve_question(row.get(question_column)) if question_column else None
                cells = {key: value if isinstance(value, str) else "" for key, value in row.items()
                         if key is not None}
                result = _result_cells(cells.get(text_column, ""), question)
                cells |= {names[key]: value for key, value in result.items()}
                flagged += result["safeguarding"] == "flagged"
                writer.writerow({key: value if key == names["polarity"] else neutralise_cell(value)
                                 for key, value in cells.items()})
    except OSError as error:
        raise click.ClickException(f"Could not write {output_csv}: {error}") from error
    click.echo(f"Analysed {len(rows)} comments; {flagged} flagged for a safeguarding read. "
               f"Written to {output_csv}.")
    renamed = [f"'{name}'" for column, name in names.items() if name != column]
    if renamed:
        click.echo(f"Your file already had columns with the analysis's names, so they are kept "
                   f"as they were and the analysis is in {', '.join(renamed)}.")
    click.echo("Flags only order the reading: every comment needs a person to read it.")


def _outdated():
    """SQL for comments analysed by another analyser or codebook version, or never analysed;
    the same test as needs_reanalysis, so the database does the first sift."""
    return or_(Comment.analyser_version.is_(None), Comment.analyser_version != ANALYSER_VERSION,
               Comment.codebook_version.is_(None), Comment.codebook_version != CODEBOOK_VERSION)


def _reanalyse(session, comment: Comment, known_names: tuple[str, ...], now) -> dict[str, bool]:
    """Re-run the analysis on one comment, keeping what staff decided; say what changed."""
    was_flagged = bool(comment.is_safeguarding)
    was_open_flag = was_flagged and comment.flag_acknowledged_at is None
    old_flag = (comment.safeguarding_categories, comment.safeguarding_cues)
    store_analysis(comment, question=comment.question, known_names=known_names, now=now)
    kept_flag = was_open_flag and not comment.is_safeguarding
    if kept_flag:
        # A flag nobody has read yet stays until a person acknowledges it: recall comes first.
        comment.is_safeguarding = True
        comment.safeguarding_categories, comment.safeguarding_cues = old_flag
    newly_flagged = comment.is_safeguarding and not was_flagged
    if newly_flagged and comment.flag_acknowledged_at is None:
        # A new flag needs a person to read the comment again, even if someone read it before,
        # and its time to be acknowledged starts now.
        comment.read_at = comment.read_by_id = None
        comment.flagged_at = now
    withdrawn = comment.is_safeguarding and comment.quote_status == "approved"
    if withdrawn:
        # Flagged comments are never quoted, even ones approved before the analyser changed.
        comment.quote_status, comment.quote_text = "none", None
        audit.record(session, "quote_withdrawn", actor_id=None, target_type="comment",
                     target_id=comment.id, details={"reason": "flagged on re-analysis"})
    return {"newly_flagged": newly_flagged,
            "corrected": comment.corrected_sentiment is not None
            or comment.corrected_themes is not None,
            "kept_flag": kept_flag, "withdrawn": withdrawn}


@click.command("reanalyse-feedback")
@click.option("--batch-size", default=500, show_default=True, type=click.IntRange(1, 10_000),
              help="How many comments to re-analyse and save at a time.")
@click.option("--dry-run", is_flag=True, help="Count what would change, and save nothing.")
@with_appcontext
def reanalyse_feedback_command(batch_size: int, dry_run: bool) -> None:
    """Re-analyse stored comments only where the analyser or codebook has changed since,
    keeping staff corrections, flag acknowledgements and quote decisions."""
    session = get_session()
    now = utcnow()
    totals = dict.fromkeys(("reanalysed", "newly_flagged", "corrected", "kept_flag", "withdrawn"), 0)
    last_id, batch_number = 0, 0
    while True:
        batch = session.scalars(
            select(Comment).join(Response, Comment.response_id == Response.id)
            .where(Response.submitted_at.is_not(None), _outdated(), Comment.id > last_id)
            .options(selectinload(Comment.response))
            .order_by(Comment.id).limit(batch_size)).all()
        if not batch:
            break
        last_id, batch_number = batch[-1].id, batch_number + 1
        names: dict[int, tuple[str, ...]] = {}
        done = 0
        for comment in batch:
            if not needs_reanalysis(comment):
                continue
            if comment.response_id not in names:
                names[comment.response_id] = known_names_for(session, comment.response)
            changes = _reanalyse(session, comment, names[comment.response_id], now)
            done += 1
            for key, happened in changes.items():
                totals[key] += happened
        totals["reanalysed"] += done
        if dry_run:
            session.rollback()
        else:
            session.commit()
        click.echo(f"Batch {batch_number}: re-analysed {done} comments.")
    versions = f"analyser {ANALYSER_VERSION}, codebook {CODEBOOK_VERSION}"
    if not totals["reanalysed"]:
        click.echo(f"Every comment is up to date ({versions}). Nothing to re-analyse.")
        return
    verb = "Would re-analyse" if dry_run else "Re-analysed"
    click.echo(f"{verb} {totals['reanalysed']} comments with {versions}.")
    click.echo(f"Staff corrections kept on {totals['corrected']}; reports still use them.")
    click.echo(f"Newly flagged for a safeguarding read: {totals['newly_flagged']}. "
               "They show as unread for their keyworkers.")
    if totals["kept_flag"]:
        click.echo(f"Flags kept until someone acknowledges them: {totals['kept_flag']}.")
    if totals["withdrawn"]:
        click.echo(f"Approved quotes withdrawn because the comment is now flagged: "
                   f"{totals['withdrawn']}.")
    if dry_run:
        click.echo("Dry run: nothing was saved.")


def init_app(app):
    """Register the feedback commands with the Flask app."""
    app.cli.add_command(analyse_feedback_command)
    app.cli.add_command(reanalyse_feedback_command)
