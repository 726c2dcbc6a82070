"""Benchmark: plan the invitations and reminders due in the demo council (`plan_due`), the first
run and a second one that must add nothing, against a bare baseline in the same process (the
query that finds the due waves, and nothing else), with CPU time per invitation.

Run with `.venv/bin/python benchmarks/bench_planning.py [--families 750 3000]` (SQLite in a
temporary folder). Prints figures; asserts none.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from surveys.demo.council import build_demo_council  # noqa: E402
from surveys.messaging.planning import due_waves, plan_due  # noqa: E402
from surveys.records import migrate, sealing  # noqa: E402
from surveys.records.db import make_engine  # noqa: E402
from surveys.records.models import MemberContact, Message  # noqa: E402

TODAY = date(2026, 12, 4)
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)
BASE_URL = "http://127.0.0.1:5000"


def _timed(action):
    began, cpu = time.perf_counter(), time.process_time()
    result = action()
    return result, time.perf_counter() - began, time.process_time() - cpu


def bench(folder: Path, families: int) -> None:
    """Build a council, then time the baseline, the first planning run and a second one."""
    url = f"sqlite:///{folder / f'plan-{families}.db'}"
    migrate.upgrade(url)
    engine = make_engine(url)
    sealing.configure("bench", None)
    try:
        with Session(engine) as session:
            build_demo_council(session, families=families, seed=1, today=TODAY)
            session.commit()
            contacts = session.scalar(select(func.count(MemberContact.id)))
            waves, base_s, base_cpu = _timed(lambda: due_waves(session, TODAY))
            session.rollback()
            first, first_s, first_cpu = _timed(lambda: plan_due(session, NOW, BASE_URL))
            session.commit()
            second, second_s, second_cpu = _timed(lambda: plan_due(session, NOW, BASE_URL))
            session.commit()
            messages = session.scalar(select(func.count(Message.id)))
    finally:
        engine.dispose()
    per = first_cpu / max(first.invitations, 1) * 1000
    print(f"  {families:>6,} families, {contacts} consented contacts, {len(waves)} waves due")
    print(f"    baseline (find due waves): {base_s:.3f} s ({base_cpu:.3f} s CPU)")
    print(f"    first run:  {first_s:.3f} s ({first_cpu:.3f} s CPU, {per:.1f} ms CPU per "
          f"invitation with its reminders), x{first_s / base_s:.1f} the baseline; "
          f"{first.invitations} invitations, {first.reminders} reminders, {messages} rows")
    print(f"    second run: {second_s:.3f} s ({second_cpu:.3f} s CPU), "
          f"x{second_s / base_s:.1f} the baseline; added {second.invitations}, "
          f"found {second.already_planned} already planned")


def main() -> None:
    """Time each size on SQLite."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, nargs="*", default=[750])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for families in args.families:
            bench(Path(folder), families)


if __name__ == "__main__":
    main()
