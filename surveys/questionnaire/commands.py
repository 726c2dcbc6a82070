"""Commands for the questionnaire: freeze this council's reliable-change figures."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext

from surveys.records.db import get_session, utcnow


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
    for command in (freeze_reliability_command,):
        app.cli.add_command(command)
