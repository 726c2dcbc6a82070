"""Benchmark the quarterly report: web page, PDF and CSV beside a bare pandas group-by.

    .venv/bin/python -m benchmarks.bench_reports                       # 10,000 families, SQLite
    .venv/bin/python -m benchmarks.bench_reports --families 500        # a quick check
    .venv/bin/python -m benchmarks.bench_reports \\
        --database-url postgresql://postgres@127.0.0.1:5432/fv_bench   # PostgreSQL (wiped!)

Seeds N families x 3 waves with answers, goals and about one comment per questionnaire
(bulk inserts, synthetic but shaped like a real council), then times each output end to end
(read from the database, build, render) in the same run as a bare pandas group-by of the same
answers. Goal (issue 16): the whole report, trends over eight quarters included, as web page and
as PDF within 2 s and within 3x the bare aggregation. The first request after a start reads the
eight quarters of the trend once ("cold"); later requests read each earlier quarter's cheap
stamp only (reports.quarterly.trend_load), which is what "best of" measures.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from surveys.records.models import Answer, Case, Comment, Response, Wave
from surveys.records.staff import StaffUser
from tests.factories import migrated_empty_database
from tests.reports.council import seed_council


def _best(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append(time.perf_counter() - started)
    return min(times)


def _best_cpu(function, repeat: int) -> float:
    """CPU seconds (this process) of the fastest run: what one request costs the server."""
    times = []
    for _ in range(repeat):
        started = time.process_time()
        function()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    """Seed a database, then print the report timings beside the bare aggregation."""
    import pandas as pd

    from reports import lattice
    from reports.quarterly import trend_load
    from reports.quarterly.content import build_quarterly_report
    from reports.quarterly.load import load_quarter_data
    from reports.quarterly.model import Filters
    from reports.quarterly.pdf import render_quarterly_pdf
    from reports.quarterly.period import Quarter
    from reports.quarterly.trend_load import load_trends, quarter_stamp
    from reports.quarterly.trends import trend_quarters
    from surveys.records.enums import Role
    from surveys.staff import two_factor
    from surveys.staff.passwords import hash_password
    from wsgi import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--database-url", help="PostgreSQL URL of a database to WIPE and use; "
                        "default: a temporary SQLite file")
    parser.add_argument("--repeat", type=int, default=3, help="best of this many runs")
    args = parser.parse_args()

    today = date(2026, 11, 20)
    quarter = Quarter.containing(today).previous()
    tmp = tempfile.TemporaryDirectory()
    url = args.database_url or f"sqlite:///{Path(tmp.name) / 'bench.db'}"
    url = migrated_empty_database(url)
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "bench", "TESTING": True,
                      "WTF_CSRF_ENABLED": False})
    engine = app.extensions["fv_engine"]
    with Session(engine) as session:
        started = time.perf_counter()
        seed_council(session, families=args.families, seed=args.seed, today=today)
        secret = two_factor.new_secret()
        session.add(StaffUser(email="commissioner@bench.example", display_name="Commissioner",
                              role=Role.COMMISSIONER, password_hash=hash_password("bench-password"),
                              totp_secret=secret, totp_confirmed_at=datetime.now(UTC)))
        session.commit()
        seeded = time.perf_counter() - started
        counts = {m.__tablename__: session.scalar(select(func.count(m.id)))
                  for m in (Case, Response, Answer, Comment)}
    print(f"{engine.dialect.name}: seeded {args.families:,} families in {seeded:.1f} s: "
          + ", ".join(f"{n:,} {t}" for t, n in counts.items()))

    after = quarter.next().start
    window = (datetime(quarter.start.year, quarter.start.month, 1, tzinfo=UTC),
              datetime(after.year, after.month, 1, tzinfo=UTC))

    def bare() -> None:
        with Session(engine) as session:
            rows = session.connection().execute(
                select(Wave.kind, Answer.item_code, Answer.value)
                .join(Response, Answer.response_id == Response.id)
                .join(Wave, Response.wave_id == Wave.id)
                .where(Response.submitted_at >= window[0], Response.submitted_at < window[1])).all()
            columns = list(zip(*rows, strict=True)) or [[], [], []]
            frame = pd.DataFrame({"wave": columns[0], "item": columns[1], "value": columns[2]})
            frame.groupby(["wave", "item"])["value"].agg(["mean", "count"])

    def read() -> None:
        with Session(engine) as session:
            load_quarter_data(session, quarter)

    def trends() -> None:
        with Session(engine) as session:
            load_trends(session, quarter, Filters(), today)

    def stamps() -> None:
        with Session(engine) as session:
            for q in trend_quarters(quarter):
                quarter_stamp(session, q)

    with Session(engine) as session:
        data = load_quarter_data(session, quarter)
    client = app.test_client()
    client.post("/sign-in", data={"email": "commissioner@bench.example",
                                  "password": "bench-password"})
    # The second step: the code the commissioner's authenticator app shows now.
    signed_in = client.post("/sign-in/code", data={
        "code": two_factor.code_at(secret, datetime.now(UTC))})
    assert signed_in.headers.get("Location", "").endswith("/overview"), signed_in.status_code
    query = f"?quarter={quarter.code}"

    def fetch(path: str):
        def get() -> None:
            response = client.get(path + query)
            assert response.status_code == 200, (path, response.status_code)
        return get

    trend_load._POINTS.clear()
    lattice._CACHE.clear()
    started = time.process_time()
    cold = _best(fetch("/reports/quarterly"), 1)
    cold_cpu = time.process_time() - started
    started = time.process_time()
    _best(fetch("/reports/quarterly"), 1)
    warm_cpu = time.process_time() - started
    report = build_quarterly_report(data)
    figures = {
        "bare pandas group-by (read + group-by)": _best(bare, args.repeat),
        "  read the quarter's rows": _best(read, args.repeat),
        "  build the report (pandas)": _best(lambda: build_quarterly_report(data), args.repeat),
        "  trends: eight quarters' stamps (kept)": _best(stamps, args.repeat),
        "  trends: eight quarters, kept": _best(trends, args.repeat),
        "whole report as web page, first request (cold)": cold,
        "whole report as web page": _best(fetch("/reports/quarterly"), args.repeat),
        "whole report as PDF": _best(fetch("/reports/quarterly/pdf"), args.repeat),
        "  render the built report as tagged PDF": _best(
            lambda: render_quarterly_pdf(report, council="Bench"), args.repeat),
        "whole report as CSV": _best(fetch("/reports/quarterly/csv"), args.repeat),
    }
    bare_time = figures["bare pandas group-by (read + group-by)"]
    print(f"Quarter {quarter.code}; best of {args.repeat}; each 'whole report' is a signed-in "
          "request: read, build, render")
    for label, seconds in figures.items():
        ratio = f"  ({seconds / bare_time:4.1f}x bare)" if label.startswith("whole") else ""
        print(f"{label:<48} {seconds:7.3f} s{ratio}")
    cpu = {"bare pandas group-by": _best_cpu(bare, args.repeat),
           "whole report as PDF": _best_cpu(fetch("/reports/quarterly/pdf"), args.repeat)}
    print(f"CPU per request: PDF {cpu['whole report as PDF']:.3f} s, bare "
          f"{cpu['bare pandas group-by']:.3f} s "
          f"({cpu['whole report as PDF'] / cpu['bare pandas group-by']:.1f}x)")
    print(f"CPU per request (this process): web page cold {cold_cpu:.3f} s, "
          f"kept {warm_cpu:.3f} s")
    tmp.cleanup()


if __name__ == "__main__":
    main()
