"""The commissioner's overview: open and closed cases per locality, small numbers suppressed."""
from __future__ import annotations

from flask import Blueprint, Flask, render_template
from sqlalchemy import func, select

from reports.disclosure import suppress_count
from surveys.records.db import get_session
from surveys.records.models import Case, Locality
from surveys.staff.access import COMMISSIONER, allow

bp = Blueprint("overview", __name__, template_folder="templates")

ACCESS = {"overview.overview": frozenset({COMMISSIONER})}


@bp.route("/overview")
def overview():
    """Commissioner's overview: open and closed cases per locality, small numbers suppressed."""
    db = get_session()
    rows = db.execute(
        select(Locality.name,
               func.count(Case.id).filter(Case.closed_on.is_(None)),
               func.count(Case.id).filter(Case.closed_on.is_not(None)))
        .join(Case, Case.locality_id == Locality.id, isouter=True)
        .group_by(Locality.name).order_by(Locality.name)).all()
    localities = [{"name": name, "open": suppress_count(open_), "closed": suppress_count(closed)}
                  for name, open_, closed in rows]
    return render_template("reports/overview.html", localities=localities)


def init_app(app: Flask) -> None:
    """Register the commissioner's overview."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
