"""Trend figures and the report PDF worked out ahead of the first reader.

A report's trend needs the eight quarters to its own, each protected across every group of the
council (reports.lattice): on a council of real size that is a minute or more of work, paid by
whoever opens a report first after a new release (the stored figures are named by the code that
made them) or after late answers change a past quarter. The worker does it instead, when it starts
and every hour:
it works out the trend of the last whole quarter (the report a commissioner opens first) and of
the quarter in progress, and stores them where every web process reads them (REPORT_CACHE_DIR,
reports.quarterly.trend_load); and it draws the council-wide PDF of the last whole quarter into
the same folder (reports.printing), so its first download is read, not drawn. A quarter whose
rows have not changed is read back, not worked out again, so an hour with no new answers costs a
few small queries and one report.
"""
from __future__ import annotations

from flask import Flask
from huey import crontab

from reports.assemble import quarterly_report, report_store
from reports.quarterly.model import Filters
from reports.quarterly.pdf import render_quarterly_pdf
from reports.quarterly.period import Quarter
from reports.quarterly.trend_load import load_trends
from surveys.jobs.queue import add_periodic
from surveys.records.db import get_session
from surveys.web import clock
from surveys.web.pages import council_name


def warm_report_trends() -> int:
    """The hourly job: store the last whole quarter's council-wide report (its trend and its
    PDF) and the trend of the quarter in progress; how many reports it holds ready (none without
    a store to share them through)."""
    store = report_store()
    if store is None:
        return 0
    day = clock.today()
    latest = Quarter.containing(day)
    # The report a commissioner opens first: the PDF is drawn here (3 s at 10,000 families)
    # instead of in their request; web processes find it in the store by its HTML.
    report = quarterly_report(latest.previous(), Filters(), day)
    render_quarterly_pdf(report, council=council_name(), store=store)
    load_trends(get_session(), latest, Filters(), day, store=store)
    return 2


def init_app(app: Flask) -> None:
    """Warm the report trends and PDF every hour at ten past, and as soon as the worker starts (a new
    release names new files)."""
    add_periodic(app, "warm-report-trends", warm_report_trends, crontab(minute="10"),
                 at_start=True)
