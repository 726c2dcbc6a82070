"""What the quarterly report's newer sections cost: results by role, statement by statement,
entry snapshot, how cases ended, reach (and localities side by side, which only reads).

    .venv/bin/python -m benchmarks.bench_report_sections                  # 2,000 families
    .venv/bin/python -m benchmarks.bench_report_sections --families 500

Seeds a council, then in the same process times (CPU seconds, best of --repeat) a bare read of
the quarter's answers with a pandas group-by, and the cold build of the whole-council report (every group
protected together, nothing cached) with the newer sections' counting switched on and off.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from reports import lattice
from reports.quarterly import figures
from reports.quarterly.content import build_quarterly_report
from reports.quarterly.load import load_quarter_data
from reports.quarterly.period import Quarter
from surveys.records.models import Answer, Response, Wave
from tests.factories import migrated_empty_database
from tests.reports.council import seed_council

NEW_COUNTS = ("count_by_role", "count_service_by_role", "count_statements", "count_snapshot",
              "count_closures", "count_reach")


def _cpu(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.process_time()
        function()
        times.append(time.process_time() - started)
    return min(times)


def main() -> None:
    """Seed, then print CPU seconds and ratios to the bare group-by."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=2_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    today = date(2026, 11, 20)
    quarter = Quarter.containing(today).previous()
    tmp = tempfile.TemporaryDirectory()
    url = migrated_empty_database(f"sqlite:///{Path(tmp.name) / 'bench.db'}")
    engine = create_engine(url)
    with Session(engine) as session:
        seed_council(session, families=args.families, seed=2026, today=today)
        session.commit()
        data = load_quarter_data(session, quarter)

    window = (datetime(quarter.start.year, quarter.start.month, 1, tzinfo=UTC),
              datetime(quarter.next().start.year, quarter.next().start.month, 1, tzinfo=UTC))

    def bare() -> None:
        with Session(engine) as session:
            rows = session.connection().execute(
                select(Wave.kind, Answer.item_code, Answer.value)
                .join(Response, Answer.response_id == Response.id)
                .join(Wave, Response.wave_id == Wave.id)
                .where(Response.submitted_at >= window[0],
                       Response.submitted_at < window[1])).all()
            columns = list(zip(*rows, strict=True)) or [[], [], []]
            frame = pd.DataFrame({"wave": columns[0], "item": columns[1], "value": columns[2]})
            frame.groupby(["wave", "item"])["value"].agg(["mean", "count"])

    def cold() -> None:
        lattice._CACHE.clear()
        build_quarterly_report(data)

    with_sections = _cpu(cold, args.repeat)
    saved = {name: getattr(figures, name) for name in NEW_COUNTS}
    for name in NEW_COUNTS:
        setattr(figures, name, lambda raw, group: None)
    try:
        # The sections' words need their counts: time only the counting and protection.
        without = _cpu(lambda: (lattice._CACHE.clear(), lattice.protect_quarter(data)), args.repeat)
    finally:
        for name, function in saved.items():
            setattr(figures, name, function)
    protect_with = _cpu(lambda: (lattice._CACHE.clear(), lattice.protect_quarter(data)),
                        args.repeat)
    bare_time = _cpu(bare, max(args.repeat, 5))
    print(f"{args.families:,} families, quarter {quarter.code}, CPU seconds, best of {args.repeat}")
    for label, seconds in (("bare: read the quarter's answers, pandas group-by", bare_time),
                           ("protect every group, without the newer sections", without),
                           ("protect every group, with the newer sections", protect_with),
                           ("whole-council report, cold (protect + build)", with_sections)):
        print(f"{label:<52} {seconds:7.3f} s  ({seconds / bare_time:6.0f}x bare)")
    engine.dispose()
    print(f"newer sections add {protect_with / without - 1:+.0%} to protecting the quarter")
    tmp.cleanup()


if __name__ == "__main__":
    main()
