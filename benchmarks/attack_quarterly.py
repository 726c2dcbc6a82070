"""Attack the quarterly CSVs of the 800-family demo council, as a commissioner could.

    .venv/bin/python -m benchmarks.attack_quarterly                  # 800 families, seed 7, 2026Q3
    .venv/bin/python -m benchmarks.attack_quarterly --families 300 --seed 3

Builds the demo council (`flask seed-demo --families 800 --seed 7`, as on 4 December 2026) in a
temporary SQLite database, makes the aggregate CSV of every group for the quarter through the real
export code (the whole council, each locality and each team, each by support level), and runs the
differencing attacker of tests/reports/attacker.py on them. Prints how many shares decode to one
exact (part, total) pair, how many cells of 1 to 7 it pinned down, and how many means of groups
under 8 it could work out. Goal: no small cell and no small mean.

Measured on 4 December 2026: before reports.lattice (commit 9c0740a, `--model exact`), 319 of
404 shares decoded to one exact pair, 223 cells of 1 to 7 and 75 means of groups under 8 were
worked out; with it, 0 of 436, 0 and 0.
"""
from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from reports.quarterly.period import Quarter
from tests.reports.attacker import attack, exact_share_model, group_csvs


def main() -> None:
    """Seed the demo council, make every group's CSV, attack them and print what was found."""
    from reports.assemble import SUPPORT_LABELS
    from reports.quarterly.load import load_quarter_data
    from surveys.demo.council import build_demo_council_with_counts
    from surveys.records.db import get_session
    from tests.factories import migrated_empty_database
    from wsgi import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--families", type=int, default=800)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--today", default="2026-12-04")
    parser.add_argument("--quarter", default="2026Q3")
    parser.add_argument("--database", help="a SQLite file to keep the seeded council in, and "
                        "to reuse when it exists (default: a temporary one)")
    parser.add_argument("--model", choices=("published", "exact"), default="published",
                        help="how the attacker believes shares are worked out")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(args.database) if args.database else Path(folder) / "attack.db"
        url = f"sqlite:///{path}"
        fresh = not path.exists()
        if fresh:
            migrated_empty_database(url)
        app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "attack"})
        with app.app_context():
            db = get_session()
            if fresh:
                build_demo_council_with_counts(db, families=args.families, seed=args.seed,
                                               today=date.fromisoformat(args.today))
                db.commit()
            began = time.perf_counter()
            data = load_quarter_data(db, Quarter.parse(args.quarter))
            csvs = group_csvs(data, SUPPORT_LABELS)
            built = time.perf_counter() - began
    model = exact_share_model if args.model == "exact" else published_share_model()
    found = attack(csvs, data.team_localities, SUPPORT_LABELS, model)
    refused = sum(1 for text in csvs.values() if ",refused," in text)
    print(f"{len(csvs)} CSVs for {args.quarter} ({refused} refused), built in {built:.1f} s")
    print(f"shares decoding to one exact pair: {found.shares_decoded} of {found.shares_seen}")
    print(f"exact small cells (1 to 7) recovered: {len(found.recovered)}")
    for group, cell, value in found.recovered[:10]:
        print(f"  {group.describe(SUPPORT_LABELS)}: {' / '.join(cell)} = {value}")
    print(f"means of groups under 8 worked out: {len(found.small_means)}")
    for group, row, column in found.small_means[:10]:
        print(f"  {group.describe(SUPPORT_LABELS)}: {row} / {column}")
    print(f"contradictions (the attacker's model is wrong): {len(found.contradictions)}")


def published_share_model():
    """The share rule the reports publish, as the attacker would read it from the README."""
    from tests.reports.attacker import published_share_model as model

    return model


if __name__ == "__main__":
    main()
