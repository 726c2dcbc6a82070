"""The analyse-feedback command: analyse a spreadsheet of past comments."""

import csv

import click

from feedback.analysis import analyse
from feedback.csv_safety import neutralise_cell
from feedback.questions import resolve_question

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


def _result_cells(text: str, question: str | None) -> dict[str, str]:
    """Return the added columns for one comment."""
    result = analyse(text, question)
    return {
        "sentiment": result.sentiment,
        # A number the code formatted, never a formula, so it is written as a number.
        "polarity": f"{result.polarity:.3f}",
        "themes": ";".join(result.theme_codes),
        "safeguarding": "yes" if result.is_safeguarding else "no",
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
    out_header = header + [column for column in ADDED_COLUMNS if column not in header]
    flagged = 0
    try:
        with open(output_csv, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=out_header, extrasaction="ignore")
            writer.writerow({column: neutralise_cell(column) for column in out_header})
            for row in rows:
                question = resolve_question(row.get(question_column)) if question_column else None
                cells = {key: value if isinstance(value, str) else "" for key, value in row.items()
                         if key is not None}
                cells |= _result_cells(cells.get(text_column, ""), question)
                flagged += cells["safeguarding"] == "yes"
                writer.writerow({key: value if key == "polarity" else neutralise_cell(value)
                                 for key, value in cells.items()})
    except OSError as error:
        raise click.ClickException(f"Could not write {output_csv}: {error}") from error
    click.echo(f"Analysed {len(rows)} comments; {flagged} flagged for a safeguarding read. "
               f"Written to {output_csv}.")


def init_app(app):
    """Register the analyse-feedback command with the Flask app."""
    app.cli.add_command(analyse_feedback_command)
