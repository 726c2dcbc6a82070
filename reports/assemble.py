"""The quarterly report as a reader gets it, for the web pages and for the worker that works it
out ahead of them (reports.warming): the quarter, or the rolling 12 months where the quarter is
too small on its own; marked partial while in progress; with its trend and co-production
sessions. Where stored figures and PDFs are shared between processes: `report_store`."""
from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

from flask import current_app

from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.model import Filters, QuarterlyReport
from reports.quarterly.period import Quarter
from reports.quarterly.rolling import (
    RollingYear,
    as_rolling_year,
    is_partial,
    needs_wider_window,
    partial_label,
)
from reports.quarterly.trend_load import load_trends
from reports.quarterly.trends import with_trends
from reports.sessions.load import load_sessions, team_localities
from reports.sessions.report import with_coproduction
from surveys.records.db import get_session
from surveys.records.enums import SupportLevel

SUPPORT_LABELS = {level.value: level.label for level in SupportLevel}


def report_store() -> Path | None:
    """Where trend figures and report PDFs are shared between processes and restarts:
    REPORT_CACHE_DIR, by default instance/report-cache (none under test unless set; false turns
    it off)."""
    default = None if current_app.testing else Path(current_app.instance_path) / "report-cache"
    folder = current_app.config.get("REPORT_CACHE_DIR", default)
    return Path(folder) if folder else None


def quarterly_report(quarter: Quarter, filters: Filters, day: date) -> QuarterlyReport:
    """The quarter's report as of `day`; where the quarter is too small on its own, the rolling
    12 months to its end instead, saying so (reports.quarterly.rolling)."""
    session = get_session()
    data = load_quarter_data(session, quarter)
    report = build_quarterly_report(data, filters, SUPPORT_LABELS)
    if needs_wider_window(report):
        window = RollingYear(quarter, until=day if is_partial(quarter, day) else None)
        wide = build_quarterly_report(load_quarter_data(session, window), filters, SUPPORT_LABELS)
        if wide.refusal is None:
            report = as_rolling_year(wide, quarter, window)
    if is_partial(quarter, day):
        report = dataclasses.replace(report, partial=partial_label(quarter, day))
    report = with_trends(report, load_trends(session, quarter, filters, day, data,
                                             store=report_store()))
    # Its co-production sessions, over the report's own window.
    window = report.window or report.quarter
    return with_coproduction(report, load_sessions(session, window.start, window.end),
                             team_localities(session))
