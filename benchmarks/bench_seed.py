"""Benchmark: build the demo council as `make run` does (750 families by default), with every
answer and comment, and say how many rows of each table it wrote.

Run with `.venv/bin/python benchmarks/bench_seed.py` (SQLite in a temporary folder); give
`--families 750 10000` for more sizes, or add
`--database-url postgresql://postgres@127.0.0.1:5432/fv_bench` to time an empty PostgreSQL
database too (its tables are dropped and migrated afresh for each size). Prints figures; asserts none.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from surveys.demo.council import DEMO_FAMILIES, build_demo_council_with_counts  # noqa: E402
from surveys.records import migrate, sealing  # noqa: E402
from surveys.records.db import make_engine  # noqa: E402
from surveys.records.models import (  # noqa: E402
    Answer,
    Case,
    Comment,
    Family,
    FamilyMember,
    Goal,
    GoalRating,
    Response,
    ServiceAction,
    Wave,
)
from tests.factories import migrated_empty_database  # noqa: E402

SIZES = (DEMO_FAMILIES,)  # the default of `flask seed-demo`
TODAY = date(2026, 12, 4)
TABLES = (Family, FamilyMember, Case, Wave, Goal, Response, Answer, GoalRating, Comment,
          ServiceAction)


def time_seed(url: str, families: int) -> None:
    """Build one council on an empty, migrated database and print rows per second."""
    engine = make_engine(url)
    sealing.configure("bench", None)  # the demo staff's two-factor keys are sealed
    try:
        with Session(engine) as session:
            began, cpu = time.perf_counter(), time.process_time()
            _sign_ins, counts = build_demo_council_with_counts(session, families=families, seed=1,
                                                               today=TODAY)
            session.commit()
            seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
            tables = {model.__tablename__: session.scalar(select(func.count()).select_from(model))
                      for model in TABLES}
    finally:
        engine.dispose()
    # CPU seconds too: on a shared machine the wall-clock time mostly measures the neighbours.
    print(f"  {families:>6,} families: {seconds:6.1f} s ({cpu:.1f} s CPU), {counts.rows:>9,} rows "
          f"({counts.rows / seconds:>8,.0f} rows/s); {counts.responses:,} questionnaires, "
          f"{counts.answers:,} answers, {counts.comments:,} comments from {counts.analyses} "
          f"analyses, {counts.flags} flags, {counts.quotes} quotes")
    print("          rows: " + ", ".join(f"{name} {n:,}" for name, n in tables.items())
          + f"; {sum(tables.values()):,} in all")


def main() -> None:
    """Time each size on SQLite, and on PostgreSQL when a URL is given."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="an empty PostgreSQL database to use as well")
    parser.add_argument("--families", type=int, nargs="*", default=list(SIZES))
    args = parser.parse_args()
    print("SQLite")
    with tempfile.TemporaryDirectory() as folder:
        for families in args.families:
            url = f"sqlite:///{Path(folder) / f'seed-{families}.db'}"
            migrate.upgrade(url)
            time_seed(url, families)
    if args.database_url:
        print("PostgreSQL")
        for families in args.families:
            time_seed(migrated_empty_database(args.database_url), families)


if __name__ == "__main__":
    main()
