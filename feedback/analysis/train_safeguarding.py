"""Train the safeguarding model and write feedback/analysis/data/safeguarding_model.json (issue 14).

Run from the project root: `python -m feedback.analysis.train_safeguarding` (or
`make safeguarding-model`). Needs scikit-learn (a dev dependency); the shipped model needs only the
standard library. The same data give the same file.

Trains on every labelled safeguarding set we hold (tests/feedback/analysis: the phrase corpus, the
fresh set, the second held-out set and the batches written for issue 14) and, as non-disclosures,
NHS patient comments from Trusts A and C (`../shared/data/nhs-feedback-polarity.csv`, MIT licence,
Copyright (c) 2021 NHS England): real feedback in words nobody here wrote. Trust B is never read here,
so the benchmark's count of Trust B comments flagged stays a fair measure.

The model only adds flags to the rules' (rules OR model). Its regularisation C and threshold are
chosen ACROSS SETS, never by fit: each labelled set is scored by a model trained without it (and
with both trusts), as a new author's words would meet it, and the threshold is the lowest at which
the flags it adds to the rules' stay few (on average at most MAX_ADDED_FALSE_FLAGS of a set's hard
non-disclosures, and MAX_TRUST_FLAGS of a trust's comments it was not trained on). If the model fitted
on everything still flags one of the phrase corpus's near-misses, the threshold is raised above it.

The third, fourth and fifth held-out sets are each split in two by category (split_by_category, seed
14): only their dev halves are trained on; their check halves are never read here, so they stay a
fair measure (SPLIT_SETS).

One command reproduces the shipped file byte for byte: the same data, rules and scikit-learn version
give the same JSON (the fits are deterministic, the order of rows and features fixed, numbers rounded).
The document records a digest of what it was trained on (the guarded texts and labels, and the
settings) and the scikit-learn version, and `python -m feedback.analysis.train_safeguarding --check`
retrains and says whether the shipped file is what the command makes today. The model reads text after
the rules' guards, so a change to a guard changes its input: retrain after changing the guards.
"""

import csv
import hashlib
import json
import math
import random
import sys
from pathlib import Path

from feedback.analysis.safeguarding import blank_guarded, check_normalised
from feedback.analysis.safeguarding_model import MODEL_FORMAT, MODEL_PATH, features, read_model
from feedback.analysis.wordforms import normalise

ROOT = Path(__file__).resolve().parents[2]
SETS_DIR = ROOT / "tests" / "feedback" / "analysis"
NHS_DATA = ROOT.parent / "shared" / "data" / "nhs-feedback-polarity.csv"
TRAIN_TRUSTS = ("Trust A", "Trust C")
C_VALUES = (3.0, 10.0, 30.0, 100.0)
THRESHOLDS = (*(round(0.30 + 0.05 * step, 2) for step in range(14)), 0.97)
RAISED_THRESHOLDS = (0.98, 0.99, 0.995)
MAX_ADDED_FALSE_FLAGS = 0.03
MAX_TRUST_FLAGS = 0.005
MIN_DF = 2
HELDOUT3 = "heldout3"
# The held-out sets split into a dev half (tuned and trained on) and a check half (read only as figures).
SPLIT_SETS = (HELDOUT3, "heldout4", "heldout5", "heldout6")
HELDOUT3_SEED = 14
HELDOUT3_DEV = "dev"
HELDOUT3_CHECK = "check"
LICENCE = ("NHS patient comments: pxtextmining phase 1 dataset, MIT licence, Copyright (c) 2021 "
           "NHS England (the trusts agreed to publish it). Safeguarding sets: part of this project.")


def split_by_category(rows: list[dict[str, str]], seed: int = HELDOUT3_SEED) -> dict[str, str]:
    """Return each row id's half, dev or check, drawn per category (non-disclosures as one category)
    by random.Random(seed); the larger half of a category goes to dev.

    Rules are tuned and the model trained on the third held-out set's dev half; the check half is read
    only now and then, so a rule fitted to dev's sentences shows as dev climbing while check does not.
    """
    by_category: dict[str, list[str]] = {}
    for row in rows:
        key = row["category"] if row["is_disclosure"] == "1" else "none"
        by_category.setdefault(key, []).append(row["id"])
    generator = random.Random(seed)
    halves: dict[str, str] = {}
    for key in sorted(by_category):
        ids = sorted(by_category[key])
        generator.shuffle(ids)
        for position, row_id in enumerate(ids):
            halves[row_id] = HELDOUT3_CHECK if position < len(ids) // 2 else HELDOUT3_DEV
    return halves


def read_sets() -> dict[str, list[tuple[str, int]]]:
    """Return each labelled set's rows as (normalised text, 1 if a disclosure else 0), by set name;
    of each split held-out set (SPLIT_SETS) only its dev half."""
    sets: dict[str, list[tuple[str, int]]] = {}
    with (SETS_DIR / "safeguarding_corpus.csv").open(newline="", encoding="utf-8") as handle:
        sets["corpus"] = [(normalise(row["text"]), int(row["should_flag"] == "yes"))
                          for row in csv.DictReader(handle)]
    for path in sorted(SETS_DIR.glob("safeguarding_*.csv")):
        name = path.stem.removeprefix("safeguarding_")
        if name == "corpus":
            continue
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        if name in SPLIT_SETS:
            halves = split_by_category(rows)
            rows = [row for row in rows if halves[row["id"]] == HELDOUT3_DEV]
            name = f"{name}_{HELDOUT3_DEV}"
        sets[name] = [(normalise(row["text"]), int(row["is_disclosure"])) for row in rows]
    return sets


def read_trusts() -> dict[str, list[tuple[str, int]]]:
    """Return the training trusts' comments as non-disclosures, by trust."""
    with NHS_DATA.open(newline="", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["organisation"] in TRAIN_TRUSTS]
    return {trust: [(normalise(row["text"]), 0) for row in rows if row["organisation"] == trust]
            for trust in TRAIN_TRUSTS}


def _document(vectoriser, fitted, threshold: float) -> dict:
    """Return the JSON document of a fitted vectoriser and logistic regression."""
    return {
        "format": MODEL_FORMAT,
        "intercept": round(float(fitted.intercept_[0]), 6),
        "threshold": threshold,
        "features": {str(feature): [round(float(idf), 4), round(float(coef), 5)]
                     for feature, idf, coef in zip(vectoriser.get_feature_names_out(), vectoriser.idf_,
                                                   fitted.coef_[0], strict=True)},
    }


def digest(groups: dict[str, list[tuple[str, int]]], settings: dict) -> str:
    """Return a SHA-256 of the guarded training texts and labels, group by group, and the settings."""
    hasher = hashlib.sha256(json.dumps(settings, sort_keys=True).encode())
    for name in sorted(groups):
        hasher.update(f"\x1e{name}".encode())
        for text, label in groups[name]:
            hasher.update(f"\x1f{label}{text}".encode())
    return hasher.hexdigest()


def encode(document: dict) -> str:
    """Return the model document as the text written to disk."""
    return json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n"


def train(sets: dict[str, list[tuple[str, int]]], trusts: dict[str, list[tuple[str, int]]],  # noqa: PLR0915
          c_values: tuple[float, ...] = C_VALUES, log=print) -> dict:
    """Score each set by a model trained without it, choose C and threshold, fit on all; return the
    model document. Deterministic: the same sets give the same document."""
    import sklearn
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    groups = {**sets, **trusts}
    rules = {name: [check_normalised(text, use_model=False).is_flagged for text, _ in rows]
             for name, rows in groups.items()}
    # The model reads what the rules read: figurative uses, topics and denials blanked.
    groups = {name: [(blank_guarded(text), label) for text, label in rows] for name, rows in groups.items()}
    sets = {name: groups[name] for name in sets}

    def fit(names, c_value):
        rows = [row for name in names for row in groups[name]]
        vectoriser = TfidfVectorizer(analyzer=lambda doc: sorted(doc), binary=True, min_df=MIN_DF)
        matrix = vectoriser.fit_transform([features(text) for text, _ in rows])
        fitted = LogisticRegression(C=c_value, class_weight="balanced", max_iter=5000).fit(
            matrix, [label for _, label in rows])
        return vectoriser, fitted

    best = None
    for c_value in c_values:
        # Each group's probabilities from a model that never saw it.
        unseen = {}
        for held in groups:
            model = read_model(_document(*fit([name for name in groups if name != held], c_value), 0.5))
            unseen[held] = [model.probability(text) for text, _ in groups[held]]
        log(f"\nC={c_value}: each set scored by a model trained without it")
        log(f"{'threshold':>10} {'recall rules':>13} {'rules OR model':>15} {'false rules':>12} "
            f"{'false OR':>9} {'trust flags':>12}")
        for threshold in THRESHOLDS:
            recalls, or_recalls, falses, or_falses = [], [], [], []
            for name, rows in sets.items():
                flags = [rule or p >= threshold for rule, p in zip(rules[name], unseen[name], strict=True)]
                positives = [i for i, (_, label) in enumerate(rows) if label]
                negatives = [i for i, (_, label) in enumerate(rows) if not label]
                recalls.append(sum(rules[name][i] for i in positives) / len(positives))
                or_recalls.append(sum(flags[i] for i in positives) / len(positives))
                falses.append(sum(rules[name][i] for i in negatives) / len(negatives))
                or_falses.append(sum(flags[i] for i in negatives) / len(negatives))
            trust_share = max(sum(p >= threshold for p in unseen[trust]) / len(unseen[trust])
                              for trust in trusts)
            mean = lambda values: sum(values) / len(values)  # noqa: E731
            # The mean over sets. Choosing by the worst set instead (round 3) gave t=0.97 and lost 8 of
            # heldout3's check-half disclosures for 2 fewer false flags; see safeguarding_generalisation.md.
            added = mean(or_falses) - mean(falses)
            log(f"{threshold:>10} {mean(recalls):>13.1%} {mean(or_recalls):>15.1%} "
                f"{mean(falses):>12.1%} {mean(or_falses):>9.1%} {trust_share:>12.2%}   "
                + " ".join(f"{name}:{r:.0%}/{f:.0%}" for name, r, f in
                           zip(sets, or_recalls, or_falses, strict=True)))
            if added <= MAX_ADDED_FALSE_FLAGS and trust_share <= MAX_TRUST_FLAGS and (
                    best is None or mean(or_recalls) > best[0] + 1e-9):
                best = (mean(or_recalls), c_value, threshold, mean(or_falses))
    if best is None:
        raise ValueError("no C and threshold keep the added false flags within bounds")
    _, c_value, threshold, or_false = best
    log(f"\nchosen C={c_value}, threshold {threshold}: recall across sets {best[0]:.1%}, "
        f"false flags {or_false:.1%} (rules OR model, each set unseen)")

    vectoriser, fitted = fit(list(groups), c_value)
    # The phrase corpus's near-misses are the guards' own tests ("I nearly died laughing"); a model that
    # flags one of them, even after training on it, is too sure of everyday words, so the threshold is
    # raised above the surest of them.
    fitted_model = read_model(_document(vectoriser, fitted, threshold))
    near_misses = [text for name in sets if name == "corpus" for text, label in groups[name] if not label]
    surest = max((fitted_model.probability(text) for text in near_misses), default=0.0)
    if surest >= threshold:
        threshold = min(value for value in (*THRESHOLDS, *RAISED_THRESHOLDS) if value > surest)
        log(f"a corpus near-miss scored {surest:.3f}: threshold raised to {threshold}")
    settings = {"C": c_value, "min_df": MIN_DF, "class_weight": "balanced"}
    document = _document(vectoriser, fitted, threshold)
    document |= {
        "about": "Logistic regression over TF-IDF words, word pairs and 3-5 letter runs "
                 "(feedback.analysis.safeguarding_model.features): probability that a comment "
                 "discloses harm or risk. Trained by feedback.analysis.train_safeguarding.",
        "licence": LICENCE,
        "trained_on": {**{name: len(rows) for name, rows in groups.items()}, **settings},
        "training_digest": digest(groups, settings),
        "scikit_learn": sklearn.__version__,
        "across_sets": {"recall": round(best[0], 3), "false_flags": round(or_false, 3)},
    }
    model = read_model(document)
    sample = [text for rows in sets.values() for text, _ in rows
              if len(features(text)) and model.probability(text) > 0.0][:300]
    if sample:
        expected = fitted.predict_proba(vectoriser.transform([features(text) for text in sample]))[:, 1]
        drift = max(abs(model.probability(text) - p) for text, p in zip(sample, expected, strict=True))
        assert drift < 1e-3, f"plain-Python inference differs from scikit-learn by {drift}"
        log(f"inference matches scikit-learn within {drift:.1e}")
    return document


def main(argv: list[str] | None = None) -> int:
    """Train on every set we hold and write the model; with --check, say whether the shipped file is
    what training makes today (exit 1 if not)."""
    argv = sys.argv[1:] if argv is None else argv
    document = train(read_sets(), read_trusts())
    text = encode(document)
    if "--check" in argv:
        shipped = MODEL_PATH.read_text(encoding="utf-8") if MODEL_PATH.exists() else ""
        if shipped == text:
            print(f"{MODEL_PATH.relative_to(ROOT)} is exactly what training makes today")
            return 0
        old = json.loads(shipped) if shipped else {}
        same_input = old.get("training_digest") == document["training_digest"]
        print(f"{MODEL_PATH.relative_to(ROOT)} differs from what training makes today: "
              + ("same inputs, so the training itself differs (scikit-learn "
                 f"{old.get('scikit_learn')} then, {document['scikit_learn']} now?)" if same_input else
                 "the training inputs changed (a labelled set, the NHS comments or a guard); retrain"))
        return 1
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(document['features']):,} features, "
          f"{math.ceil(MODEL_PATH.stat().st_size / 1024):,} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
