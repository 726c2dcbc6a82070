"""Reading the eight quarters a trend needs, each once: a quarter's trend figures are kept while
a cheap stamp of its rows (counts and newest ids and dates, a few aggregate queries) stays the
same, so a report reads only its own quarter's rows once the earlier quarters have been seen.

What the stamp covers: cases opened by the quarter's end (and their closing), their waves
(answered, cancelled, completed dates), questionnaires sent by its end, the reliable-change
figures in force then, and the teams. A late answer to a wave due in a past quarter changes the
stamp, and that quarter is worked out again. Comments are left out on purpose: the trend shows
no figure from them.
"""
from __future__ import annotations

from collections import OrderedDict
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from reports.quarterly.load import load_parameters, load_quarter_data
from reports.quarterly.model import Filters, QuarterData
from reports.quarterly.period import Quarter
from reports.quarterly.trends import TrendPoint, trend_points, trend_quarters
from surveys.records.models import Case, Locality, Response, Team, Wave

_KEPT = 64
_POINTS: OrderedDict[tuple, dict[Filters, TrendPoint]] = OrderedDict()


def quarter_stamp(session: Session, quarter: Quarter) -> tuple:
    """What a quarter's trend figures depend on, in a few aggregate queries."""
    db = session.connection()
    end = quarter.end
    after = datetime.combine(end + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
    cases = db.execute(select(func.count(Case.id), func.max(Case.id), func.count(Case.closed_on),
                              func.max(Case.closed_on), func.min(Case.closed_on))
                       .where(Case.opened_on <= end)).one()
    waves = db.execute(select(Wave.status, func.count(Wave.id), func.max(Wave.completed_on))
                       .join(Case, Wave.case_id == Case.id).where(Case.opened_on <= end)
                       .group_by(Wave.status).order_by(Wave.status)).all()
    responses = db.execute(select(func.count(Response.id), func.max(Response.id))
                           .where(Response.submitted_at.is_not(None),
                                  Response.submitted_at < after)).one()
    teams = db.execute(select(Team.name, Locality.name).join(
        Locality, Team.locality_id == Locality.id).order_by(Team.name)).all()
    parameters = sorted((k, repr(v)) for k, v in load_parameters(session, end).items())
    return (quarter.code, tuple(map(str, cases)), tuple(tuple(map(str, w)) for w in waves),
            tuple(map(str, responses)), tuple(map(tuple, teams)), hash(tuple(parameters)))


def load_trends(session: Session, last: Quarter, filters: Filters, today: date,
                last_data: QuarterData | None = None) -> tuple[TrendPoint, ...]:
    """The group's trend figures for the eight quarters to `last`, oldest first. `last_data`,
    when the caller has read the last quarter already, saves reading it again."""
    points = []
    for quarter in trend_quarters(last):
        partial = today <= quarter.end
        key = (quarter_stamp(session, quarter), partial)
        if key not in _POINTS:
            data = last_data if (last_data is not None and quarter == last
                                 and last_data.quarter == last) \
                else load_quarter_data(session, quarter)
            _POINTS[key] = trend_points(data, partial=partial)
            while len(_POINTS) > _KEPT:
                _POINTS.popitem(last=False)
        else:
            _POINTS.move_to_end(key)
        found = _POINTS[key].get(_canonical(filters))
        points.append(found or TrendPoint(quarter, partial, None, None, None, None, None))
    return tuple(points)


def _canonical(filters: Filters) -> Filters:
    """The group as the lattice names it (a team without its locality)."""
    if filters.team:
        return Filters(team=filters.team, support_level=filters.support_level)
    return filters
