"""The hourly job that works out report trends ahead of the first reader (reports.warming): the
first commissioner after a release or new answers reads stored figures, worked out by the worker."""
from __future__ import annotations

import pytest

from reports import printing, warming
from reports.quarterly import trend_load
from reports.quarterly.period import Quarter
from surveys.jobs.queue import enqueue, start_jobs
from surveys.records.enums import Role
from surveys.web import clock
from tests.helpers import sign_in
from tests.reports.council import QUARTER, TODAY, seed_council


def test_the_worker_stores_the_trends_a_commissioner_then_reads(app, db, make_staff, tmp_path,
                                                                monkeypatch):
    seed_council(db, families=40, seed=3, today=TODAY)
    db.commit()
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    app.config["REPORT_CACHE_DIR"] = str(tmp_path)
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())
    enqueue(app, "warm-report-trends")
    # The last whole quarter's eight and the quarter in progress: nine quarters in all.
    assert len(list(tmp_path.glob("trend-*.json"))) == 9
    assert Quarter.containing(TODAY).previous() == QUARTER
    # and the council-wide PDF of the last whole quarter, drawn once
    assert len(list(tmp_path.glob("pdf-*.pdf"))) == 1

    # A web process that has kept nothing reads every quarter of the trend from the store.
    monkeypatch.setattr(trend_load, "_POINTS", type(trend_load._POINTS)())
    monkeypatch.setattr(trend_load, "trend_points",
                        lambda *args, **kwargs: pytest.fail("worked out a stored quarter again"))
    client = app.test_client()
    sign_in(client, make_staff(Role.COMMISSIONER))
    page = client.get(f"/reports/quarterly?quarter={QUARTER.code}")
    assert page.status_code == 200 and "Trends over the last eight quarters" in page.text
    # and its PDF from the store, not drawn again (nor kept in this process's memory)
    monkeypatch.setattr(printing, "_KEPT_PDFS", type(printing._KEPT_PDFS)())
    monkeypatch.setattr(printing, "_draw", lambda html: pytest.fail("drew a stored PDF again"))
    pdf = client.get(f"/reports/quarterly/pdf?quarter={QUARTER.code}")
    assert pdf.status_code == 200 and pdf.data == next(tmp_path.glob("pdf-*.pdf")).read_bytes()
    # A report with other figures is drawn (and stored) afresh.
    monkeypatch.undo()
    app.config["REPORT_CACHE_DIR"] = str(tmp_path)
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    assert client.get(f"/reports/quarterly/pdf?quarter={QUARTER.code}&locality=North").status_code == 200
    assert len(list(tmp_path.glob("pdf-*.pdf"))) == 2


def test_the_worker_warms_the_trends_as_it_starts_and_not_without_a_store(app, monkeypatch):
    app.config["REPORT_CACHE_DIR"] = ""
    monkeypatch.setattr(warming, "load_trends",
                        lambda *args, **kwargs: pytest.fail("worked out trends to keep nowhere"))
    assert start_jobs(app) == ["warm-report-trends"]  # queued (run at once under test)
    enqueue(app, "warm-report-trends")
