"""`flask --app wsgi report quarterly`: write a quarterly report as HTML, PDF or CSV."""
from __future__ import annotations

from pathlib import Path

import click
from flask import Flask, current_app, render_template
from flask.cli import AppGroup

from reports.exports import aggregate_csv
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters, chart_svgs
from reports.quarterly.pdf import render_quarterly_pdf
from reports.quarterly.period import Quarter, QuarterError
from reports.sessions.load import load_sessions
from reports.sessions.report import with_coproduction
from surveys.records import audit
from surveys.records.db import get_session
from surveys.records.enums import SupportLevel

report_group = AppGroup("report", help="Write reports to files.")


@report_group.command("quarterly")
@click.option("--quarter", "quarter_code", required=True, help="The quarter, such as 2026Q3.")
@click.option("--locality", default=None, help="Only this locality (default: the whole council).")
@click.option("--team", default=None, help="Only this team.")
@click.option("--support-level", type=click.Choice([s.value for s in SupportLevel]), default=None)
@click.option("--format", "output_format", type=click.Choice(["html", "pdf", "csv"]),
              default="pdf", show_default=True)
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="The file to write.")
def quarterly_command(quarter_code: str, locality: str | None, team: str | None,
                      support_level: str | None, output_format: str, output: Path) -> None:
    """Write the disclosure-controlled quarterly report for a quarter and group."""
    try:
        quarter = Quarter.parse(quarter_code)
    except QuarterError as error:
        raise click.BadParameter(str(error), param_hint="--quarter") from error
    db = get_session()
    data = load_quarter_data(db, quarter)
    known = set(data.cases["locality"]) | set(data.team_localities.values())
    if locality and locality not in known:
        raise click.BadParameter(f"There is no locality called {locality!r}. Localities: "
                                 f"{', '.join(sorted(known)) or 'none yet'}.",
                                 param_hint="--locality")
    if team and team not in data.team_localities:
        raise click.BadParameter(f"There is no team called {team!r}.", param_hint="--team")
    labels = {s.value: s.label for s in SupportLevel}
    report = build_quarterly_report(data, Filters(locality, team, support_level), labels)
    report = with_coproduction(report, load_sessions(db, quarter.start, quarter.end),
                               data.team_localities)
    council = current_app.jinja_env.globals["council_name"]()
    if output_format == "pdf":
        output.write_bytes(render_quarterly_pdf(report, council=council))
    elif output_format == "csv":
        output.write_text(aggregate_csv(report), encoding="utf-8", newline="")
    else:
        output.write_text(standalone_html(report, council), encoding="utf-8")
    audit.record(db, "report_exported", actor_id=None,
                 details={"kind": f"quarterly_{output_format}", "quarter": quarter.code,
                          "group": report.group, "via": "command line"})
    db.commit()
    click.echo(f"Wrote the {quarter.label} report for {report.group} to {output}.")


def standalone_html(report, council: str) -> str:
    """The report as one self-contained HTML file: the page's content with its styles inlined."""
    css_path = Path(current_app.static_folder or "") / "family-voice.css"
    css = css_path.read_text(encoding="utf-8") if css_path.exists() else ""
    with current_app.test_request_context("/reports/quarterly"):
        return render_template("reports/quarterly_file.html", report=report, council=council,
                               charts=chart_svgs(report.sections), css=css)


def init_app(app: Flask) -> None:
    """Register the `report` command group."""
    app.cli.add_command(report_group)
