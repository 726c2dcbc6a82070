"""Trend figures worked out ahead of the first reader.

A report's trend needs the eight quarters to its own, each protected across every group of the
council (reports.lattice): on a council of real size that is a minute or more of work, paid by
whoever opens a report first after a new release (the stored figures are named by the code that
made them) or after late answers change a past quarter. The worker does it instead, when it starts
and every hour:
it works out the trend of the last whole quarter (the report a commissioner opens first) and of
the quarter in progress, and stores them where every web process reads them (REPORT_CACHE_DIR,
reports.quarterly.trend_load). A quarter whose rows have not changed is read back, not worked
out again, so an hour with no new answers costs a few small queries.
"""
from __future__ import annotations

from pathlib import Path

from flask import Flask, current_app
from huey import crontab

from reports.quarterly.model import Filters
from reports.quarterly.period import Quarter
from reports.quarterly.trend_load import load_trends
from surveys.jobs.queue import add_periodic
from surveys.records.db import get_session
from surveys.web import clock


def report_store() -> Path | None:
    """Where trend figures are shared between processes and restarts: REPORT_CACHE_DIR, by
    default instance/report-cache (none under test unless set; false turns it off)."""
    default = None if current_app.testing else Path(current_app.instance_path) / "report-cache"
    folder = current_app.config.get("REPORT_CACHE_DIR", default)
    return Path(folder) if folder else None


def warm_report_trends() -> int:
    """The hourly job: store the trends of the last whole quarter and the one in progress; how
    many reports' trends it holds ready (none without a store to share them through)."""
    store = report_store()
    if store is None:
        return 0
    day = clock.today()
    latest = Quarter.containing(day)
    for quarter in (latest.previous(), latest):
        load_trends(get_session(), quarter, Filters(), day, store=store)
    return 2


def init_app(app: Flask) -> None:
    """Warm the report trends every hour at ten past, and as soon as the worker starts (a new
    release names new files)."""
    add_periodic(app, "warm-report-trends", warm_report_trends, crontab(minute="10"),
                 at_start=True)
