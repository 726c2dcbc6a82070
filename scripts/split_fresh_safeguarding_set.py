"""Mark about half of each category's disclosures and half its hard non-disclosures dev, the rest heldout.

Run from the project root: python scripts/split_fresh_safeguarding_set.py
The split is random but fixed by SEED, so rerunning it gives the same split; the rule-tuner may read
only the dev rows, and the heldout rows measure whether the rules hold on words nobody tuned against.
"""

import csv
import random
from collections import defaultdict
from pathlib import Path

SEED = 14  # issue 14; never change it once figures have been reported against the split
FRESH_SET = Path(__file__).resolve().parent.parent / "tests/feedback/analysis/safeguarding_fresh.csv"
COLUMNS = ["id", "text", "speaker", "category", "is_disclosure", "split"]


def split_rows(rows: list[dict[str, str]], seed: int = SEED) -> list[dict[str, str]]:
    """Return the rows with split set: within each (category, is_disclosure) group, half dev, half heldout."""
    groups: dict[tuple[str, str], list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[(row["category"], row["is_disclosure"])].append(row)
    chooser = random.Random(seed)
    for key in sorted(groups):
        members = sorted(groups[key], key=lambda row: row["id"])
        chooser.shuffle(members)
        # An odd group gives its extra row to dev or heldout at random, not always to the same side.
        dev_count = len(members) // 2 + (len(members) % 2 if chooser.random() < 0.5 else 0)
        for index, row in enumerate(members):
            row["split"] = "dev" if index < dev_count else "heldout"
    return rows


def main() -> None:
    """Rewrite the fresh set's split column in place."""
    with FRESH_SET.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    split_rows(rows)
    with FRESH_SET.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
