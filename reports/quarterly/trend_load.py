"""Reading the eight quarters a trend needs, each once: a quarter's trend figures are kept while
a cheap stamp of its rows (counts and newest ids and dates, a few aggregate queries) stays the
same, so a report reads only its own quarter's rows once the earlier quarters have been seen.

What the stamp covers: cases opened by the quarter's end (and their closing), their waves
(answered, cancelled, completed dates), questionnaires sent by its end, the reliable-change
figures in force then, and the teams. A late answer to a wave due in a past quarter changes the
stamp, and that quarter is worked out again. Comments are left out on purpose: the trend shows
no figure from them.

Several web processes, and a restart, share the trend figures through `store` (a folder, by
default instance/report-cache): one small JSON file per quarter, named by a digest of the
quarter's stamp and of the report code itself, so new rows or a new release each name another
file and nothing stale is ever read. The files hold only protected figures, the very ones the
quarter's own report shows.
"""
from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from contextlib import suppress
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from family_by_family_scale import Interval
from reports.disclosure import ProtectedCount, Status
from reports.quarterly.load import load_parameters, load_quarter_data
from reports.quarterly.model import Filters, QuarterData
from reports.quarterly.period import Quarter
from reports.quarterly.trends import TrendPoint, trend_points, trend_quarters
from surveys.records.models import Case, Locality, Response, Team, Wave
from surveys.records.private_files import replace_private

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
                last_data: QuarterData | None = None, store: Path | None = None
                ) -> tuple[TrendPoint, ...]:
    """The group's trend figures for the eight quarters to `last`, oldest first. `last_data`,
    when the caller has read the last quarter already, saves reading it again; `store`, a
    folder, shares each quarter's figures with other processes and the next start."""
    points = []
    for quarter in trend_quarters(last):
        partial = today <= quarter.end
        key = (quarter_stamp(session, quarter), partial)
        if key not in _POINTS:
            found = _read_stored(store, key)
            if found is None:
                data = last_data if (last_data is not None and quarter == last
                                     and last_data.quarter == last) \
                    else load_quarter_data(session, quarter)
                found = trend_points(data, partial=partial)
                _write_stored(store, key, found)
            _POINTS[key] = found
            while len(_POINTS) > _KEPT:
                _POINTS.popitem(last=False)
        else:
            _POINTS.move_to_end(key)
        found = _POINTS[key].get(_canonical(filters))
        points.append(found or TrendPoint(quarter, partial, None, None, None, None, None))
    return tuple(points)


# The code the figures are worked out with: any change to it names other files.
_CODE_PACKAGES = ("reports", "family_by_family_scale", "feedback", "surveys")


@lru_cache(maxsize=1)
def code_stamp() -> str:
    """A digest of every Python file of the app, read once per process."""
    root = Path(__file__).resolve().parents[2]
    digest = hashlib.sha256()
    for package in _CODE_PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def _stored_path(store: Path, key: tuple) -> Path:
    digest = hashlib.sha256(repr((code_stamp(), key)).encode()).hexdigest()
    return store / f"trend-{digest}.json"


def _interval(value: Interval | None) -> list | None:
    return None if value is None else [value.estimate, value.low, value.high, value.confidence]


def _count(value: ProtectedCount | None) -> list | None:
    return None if value is None else [value.status.value, value.shown, value.means]


def _read_stored(store: Path | None, key: tuple) -> dict[Filters, TrendPoint] | None:
    """A quarter's stored trend figures, or None when none are stored (or cannot be read)."""
    if store is None:
        return None
    try:
        rows = json.loads(_stored_path(store, key).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None

    def interval(v):
        return None if v is None else Interval(*v)

    return {Filters(*row["group"]): TrendPoint(
        Quarter.parse(row["quarter"]), row["partial"], interval(row["response_rate"]),
        None if row["paired"] is None else ProtectedCount(Status(row["paired"][0]),
                                                         *row["paired"][1:]),
        interval(row["improved"]), interval(row["mean_change"]), interval(row["service"]),
        interval(row.get("difference")))
        for row in rows}


def _write_stored(store: Path | None, key: tuple, points: dict[Filters, TrendPoint]) -> None:
    """Store a quarter's trend figures for other processes (whole files only: written aside,
    then renamed). A store that cannot be written is skipped: the figures are worked out
    again next time."""
    if store is None:
        return
    rows = [{"group": [g.locality, g.team, g.support_level], "quarter": p.quarter.code,
             "partial": p.partial, "response_rate": _interval(p.response_rate),
             "paired": _count(p.paired), "improved": _interval(p.improved),
             "mean_change": _interval(p.mean_change), "service": _interval(p.service),
             "difference": _interval(p.difference)}
            for g, p in points.items()]
    with suppress(OSError):
        replace_private(_stored_path(store, key), json.dumps(rows).encode("utf-8"))


def _canonical(filters: Filters) -> Filters:
    """The group as the lattice names it (a team without its locality)."""
    if filters.team:
        return Filters(team=filters.team, support_level=filters.support_level)
    return filters
