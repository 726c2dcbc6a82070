"""Measure the safeguarding flags on the fresh set (issue 14), and the whole analysis's speed; print figures.

    .venv/bin/python -m benchmarks.bench_safeguarding [--sets-only]

The fresh set (tests/feedback/analysis/safeguarding_fresh.csv) was written without looking at the
rules. Figures are printed for dev (the rows a rule-tuner may read) and heldout (the rows nobody
tunes against) separately: if dev climbs and heldout does not, the rules learned the words, not the
harm. Speed is the whole analysis (feedback.analyse) over the NHS comments on one core. When
tests/feedback/analysis/safeguarding_heldout2.csv exists (id,text,speaker,category,is_disclosure;
category `none` for non-disclosures) its recall per category and false flags print as their own block,
and so does every batch written for issue 14 (safeguarding_batch*.csv): each for the rules alone and for
the rules OR the learned model. Those sets are development data now (the model is trained on them), so
their figures are fit, not generalisation: the figures each batch had before anyone tuned on it are
logged in benchmarks/safeguarding_generalisation.md.
"""

import csv
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from feedback import analyse, check_safeguarding
from feedback.analysis.harms.names import CATEGORIES
from feedback.analysis.safeguarding import check_normalised
from feedback.analysis.sentiment import pattern_polarity
from feedback.analysis.train_safeguarding import (
    HELDOUT3_CHECK,
    HELDOUT3_DEV,
    HELDOUT3_SEED,
    split_by_category,
)
from feedback.analysis.wordforms import normalise
from tests.feedback.analysis.evaluation import load_safeguarding_set, score_safeguarding

ROOT = Path(__file__).resolve().parent.parent
FRESH_SET = ROOT / "tests/feedback/analysis/safeguarding_fresh.csv"
# Written by someone who never saw the rules, and read by nobody who tunes them: the lead runs it.
SECOND_HELD_OUT = ROOT / "tests/feedback/analysis/safeguarding_heldout2.csv"
# The third, written blind during stop 23 (547 rows: 16 categories x 17 disclosures, 275 hard
# non-disclosures) and scored once by the lead: before that stop's rule and model changes 195/272
# = 71.7% recall, 38/275 = 13.8% false flags; after them 242/272 = 89.0%, 44/275 = 16.0%. It has
# now been seen through its figures, so the next round needs a fourth. Since then it is split in two
# by category (train_safeguarding.split_by_category): rules are tuned and the model trained on the dev
# half only; the check half is read now and then, to see whether what was learned carries over.
THIRD_HELD_OUT = ROOT / "tests/feedback/analysis/safeguarding_heldout3.csv"
# The fourth, written blind during stop 24 by someone who read no code and no other set (653 rows:
# 16 categories x 20 disclosures, 333 hard non-disclosures), scored by the lead before and after that
# stop's rounds (sentiment plumbing; safeguarding round 3, tuned on heldout3's dev half only):
# rules OR model 263/320 = 82.2% -> 266/320 = 83.1% recall, false flags 39/333 = 11.7% -> 38/333 =
# 11.4%. Weakest: FGM 13/20, suicidal thoughts 13/20, domestic abuse 14/20. From now on it has been
# seen through its figures: the next round tunes on it (split as heldout3) and needs a fifth.
FOURTH_HELD_OUT = ROOT / "tests/feedback/analysis/safeguarding_heldout4.csv"
# The fifth, written blind on 2026-12-06 (855 rows: 424 disclosures, 431 hard non-disclosures) and scored
# once before any tuning: 375/424 = 88.4% recall, 60/431 = 13.9% false flags. From round 4 the third,
# fourth and fifth sets print only as halves (split_by_category, seed 14): the dev half may be tuned on,
# the check half only read as these figures.
FIFTH_HELD_OUT = ROOT / "tests/feedback/analysis/safeguarding_heldout5.csv"
# The sixth, written blind on 2026-12-06 (1,001 rows: 480 disclosures, 521 non-disclosures) and scored
# once before any change: 409/480 = 85.2% recall, 36/521 = 6.9% false flags. Split as the others.
SIXTH_HELD_OUT = ROOT / "tests/feedback/analysis/safeguarding_heldout6.csv"
SPLIT_SETS = (THIRD_HELD_OUT, FOURTH_HELD_OUT, FIFTH_HELD_OUT, SIXTH_HELD_OUT)
NHS_COMMENTS = ROOT.parent / "shared/data/nhs-feedback-polarity.csv"
SPLITS = ("dev", "heldout")
BATCHES = sorted((ROOT / "tests/feedback/analysis").glob("safeguarding_batch*.csv"))
REPEATS = 3

# The analyser's category names and which of the fresh set's categories each may rightly stand for. Since
# 2026.12-sg1 the analyser reports the fresh set's own categories (Working Together 2023 and the NSPCC's
# kinds of harm), so the table is the identity. A flag "matches" when any category it reports is mapped
# to the row's category.
ANALYSER_TO_FRESH = {name: {name} for name in CATEGORIES}


def load_fresh_set() -> list[dict[str, str]]:
    """Return the fresh set's rows."""
    with FRESH_SET.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_nhs_comments() -> list[dict[str, str]]:
    """Return every NHS comment's row (organisation, text, ...)."""
    with NHS_COMMENTS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _share(hits: int, total: int) -> str:
    """Return 'hits/total (percent)'."""
    return f"{hits:>3}/{total:<3} {hits / total:6.1%}" if total else "  -"


def print_split(rows: list[dict[str, str]], split: str, unknown: Counter) -> None:
    """Print recall and category match per category, and false flags, for one split."""
    flagged = defaultdict(int)
    matched = defaultdict(int)
    disclosures = defaultdict(int)
    false_flags = defaultdict(int)
    negatives = defaultdict(int)
    for row in (row for row in rows if row["split"] == split):
        result = check_safeguarding(row["text"])
        unknown.update(name for name in result.categories if name not in ANALYSER_TO_FRESH)
        category = row["category"]
        if row["is_disclosure"] == "1":
            disclosures[category] += 1
            if result.is_flagged:
                flagged[category] += 1
                matched[category] += any(category in ANALYSER_TO_FRESH.get(name, ())
                                         for name in result.categories)
        else:
            negatives[category] += 1
            false_flags[category] += result.is_flagged
    print(f"\n== {split} ==")
    print(f"{'category':28}{'recall':>16}{'right kind (of flagged)':>28}{'false flags':>18}")
    for category in sorted(disclosures):
        print(f"{category:28}{_share(flagged[category], disclosures[category]):>16}"
              f"{_share(matched[category], flagged[category]):>28}"
              f"{_share(false_flags[category], negatives[category]):>18}")
    total_flagged, total_disclosures = sum(flagged.values()), sum(disclosures.values())
    print(f"{'all disclosures':28}{_share(total_flagged, total_disclosures):>16}"
          f"{_share(sum(matched.values()), total_flagged):>28}"
          f"{_share(sum(false_flags.values()), sum(negatives.values())):>18}")


def rules_alone(text: str):
    """Return the rules' result without the learned model."""
    return check_normalised(normalise(text), use_model=False)


def print_labelled_set(path: Path, half: str | None = None) -> None:
    """Print recall and right kind per category, and false flags, for the rules alone and with the model;
    only one half (dev or check, train_safeguarding.split_by_category) when half is given."""
    title = (f"== {path.name} (development data: fit, not generalisation) ==" if half is None else
             f"== {path.name}, {half} half (split_by_category, seed {HELDOUT3_SEED}) ==")
    if not path.exists():
        print(f"\n{title}\nnot found; nothing to report")
        return
    try:
        rows = load_safeguarding_set(path)
    except ValueError as error:
        print(f"\n{title}\ncannot read it: {error}")
        return
    if half is not None:
        halves = split_by_category(rows)
        rows = [row for row in rows if halves[row["id"]] == half]
    alone = score_safeguarding(rows, rules_alone)
    scores = score_safeguarding(rows, check_safeguarding)
    print(f"\n{title}")
    print(f"{'category':28}{'rules alone':>16}{'rules OR model':>18}{'right kind (rules)':>24}")
    for category in sorted(scores.disclosures):
        total = scores.disclosures[category]
        print(f"{category:28}{_share(alone.flagged[category], total):>16}"
              f"{_share(scores.flagged[category], total):>18}"
              f"{_share(scores.right_kind[category], total):>24}")
    total = sum(scores.disclosures.values())
    print(f"{'all disclosures':28}{_share(sum(alone.flagged.values()), total):>16}"
          f"{_share(sum(scores.flagged.values()), total):>18}"
          f"{_share(sum(scores.right_kind.values()), total):>24}")
    print(f"false flags: rules alone {_share(alone.false_flags, alone.negatives)}, rules OR model "
          f"{_share(scores.false_flags, scores.negatives)} of non-disclosures")


def print_speed(rows: list[dict[str, str]]) -> None:
    """Print comments per second for the whole analysis, and the safeguarding check's CPU per comment
    with and without the model, in this one process (one core); and NHS comments flagged by trust."""
    comments = [row["text"] for row in rows]
    # A run number makes every comment new, so no cache flatters the figure.
    texts = [f"{text} {run}" for run in range(REPEATS) for text in comments]
    pattern_polarity.cache_clear()
    wall, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        analyse(text)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"\nfeedback.analyse on {len(comments)} NHS comments x {REPEATS}: "
          f"{len(texts) / cpu:,.0f} comments/s per core (CPU time), "
          f"{len(texts) / wall:,.0f} comments/s wall clock (one process; the machine is shared)")
    normalised = [normalise(f"{text} s{run}") for run in range(REPEATS) for text in comments]
    costs = {}
    for use_model in (False, True):
        cpu = time.process_time()
        for text in normalised:
            check_normalised(text, use_model=use_model)
        costs[use_model] = (time.process_time() - cpu) / len(normalised)
    print(f"safeguarding check per comment (CPU): rules alone {costs[False] * 1000:.3f} ms, rules OR model "
          f"{costs[True] * 1000:.3f} ms (x{costs[True] / costs[False]:.2f})")
    # Hospital feedback rarely discloses harm to a child, so most of these are worth a look as
    # likely false flags; the count is printed, not judged. Trust B was never used to train the model.
    for use_model, label in ((False, "rules alone"), (True, "rules OR model")):
        flagged = Counter(row["organisation"] for row in rows
                          if check_normalised(normalise(row["text"]), use_model=use_model).is_flagged)
        print(f"NHS comments flagged for safeguarding, {label}: {sum(flagged.values())} of {len(rows)} "
              f"({', '.join(f'{trust} {count}' for trust, count in sorted(flagged.items()))})")


def main() -> None:
    """Print the fresh set's figures for dev and heldout, then the analysis speed."""
    rows = load_fresh_set()
    counts = Counter((row["split"], row["is_disclosure"]) for row in rows)
    print(f"fresh set: {len(rows)} rows; dev {counts['dev', '1']} disclosures + "
          f"{counts['dev', '0']} hard non-disclosures, heldout {counts['heldout', '1']} + "
          f"{counts['heldout', '0']}")
    print("recall = disclosures flagged; right kind = flagged disclosures whose reported category "
          "maps to the row's; false flags = hard non-disclosures flagged (by the category whose "
          "words they share)")
    unknown: Counter = Counter()
    for split in SPLITS:
        print_split(rows, split, unknown)
    fresh = {name for names in ANALYSER_TO_FRESH.values() for name in names}
    never = sorted({row["category"] for row in rows} - fresh)
    if never:
        print(f"\nfresh categories no analyser category maps to (can be flagged, never 'right kind'): "
              f"{', '.join(never)}")
    if unknown:
        print(f"analyser categories missing from the mapping table: {dict(unknown)}")
    for path in (SECOND_HELD_OUT, *BATCHES):
        print_labelled_set(path)
    for path in SPLIT_SETS:
        for half in (HELDOUT3_DEV, HELDOUT3_CHECK):
            print_labelled_set(path, half)
    if "--sets-only" not in sys.argv:
        print_speed(load_nhs_comments())


if __name__ == "__main__":
    main()
