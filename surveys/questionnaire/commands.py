"""Commands for the questionnaire: freeze this council's reliable-change figures."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext

from surveys.records.db import get_session, utcnow


@click.command("freeze-reliability")
@click.option("--re-estimate", is_flag=True,
              help="Estimate every questionnaire afresh as a new set in force from today; "
                   "reports for quarters that closed before today keep their figures.")
@with_appcontext
def freeze_reliability_command(re_estimate: bool) -> None:
    """Freeze this council's reliable-change figures where 50 families have answered at the start,
    and say which questionnaires still use the provisional ones (also done on each start send)."""
    from family_by_family_scale import MINIMUM_FAMILIES_FOR_ESTIMATE
    from surveys.questionnaire.reliability import (
        OUTCOME_QUESTIONNAIRES,
        freeze_reliability,
        load_frozen_parameters,
        re_estimate_reliability,
        scopes_of,
        start_answers,
    )

    db = get_session()
    newly = set((re_estimate_reliability if re_estimate else freeze_reliability)(db, utcnow()))
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
                           f"({p.n_families} families), in force from {p.in_force_from:%-d %B %Y}")
            else:
                click.echo(f"  {scope}: provisional (needs {MINIMUM_FAMILIES_FOR_ESTIMATE} families "
                           "with a valid start score and a usable estimate)")


def init_app(app: Flask) -> None:
    """Register the commands."""
    for command in (freeze_reliability_command,):
        app.cli.add_command(command)
