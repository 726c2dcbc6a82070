"""Train the sentiment model and write feedback/analysis/data/sentiment_model.json (issue 14).

Run from the project root: `python -m feedback.analysis.train_sentiment` (or `make sentiment-model`).
Needs scikit-learn (a dev dependency); the shipped model needs only the standard library. The same
data and seed give the same file.

Trains on NHS patient comments from Trusts A and C (`../shared/data/nhs-feedback-polarity.csv`, MIT
licence, Copyright (c) 2021 NHS England) and the development part of our own corpus (its positive
and negative rows). Trust B and our held-out part are never read here: rows of other trusts are
dropped as the file is read. The only other data in ../shared/data is that file's README.

Each row is read as analyse() reads it (redacted, normalised, safeguarding's flag), and the model
sees the rules' cues as features (sentiment.rule_features). Every setting is chosen on rows the model
was not trained on, as a new council's families (or Trust B) would be met: each NHS trust is scored
by a model trained without it, our dev part by 5-fold cross-validation (seed 14).

How settings are chosen. The NHS analysts gave each comment its main tone, positive or negative; the
product labels a comment positive, negative or "mixed", and bench_sentiment counts "mixed" as a miss
on NHS data (it declined to pick a tone), so the same mapping is used here. The regularisation C, the
model's weight in the blend, the margin shift (how far an unsure model leans negative) and the mixed
band (how unsure the model must be for praise-and-criticism to stay "mixed") are chosen together to
maximise, averaged over Trusts A and C each scored unseen, the mean of label macro-F1 and negative
recall (issue 14 asks for both; negative recall does not depend on how many comments are positive,
which differs from trust to trust), among settings that keep our dev part's three-label macro-F1 at
least OURS_FLOOR: only our corpus labels comments "mixed", and staff need that label to mean something.
"""

import csv
import json
import math
from itertools import product
from pathlib import Path

from feedback.analysis.questions import resolve_question
from feedback.analysis.redaction import redact
from feedback.analysis.safeguarding import check_normalised
from feedback.analysis.sentiment import (
    MAX_SENTIMENT_CHARS,
    MIXED,
    NEGATIVE,
    POSITIVE,
    blend,
    rule_features,
    score_rules,
    split_clauses,
    whole_answer,
)
from feedback.analysis.sentiment_model import (
    MODEL_FORMAT,
    MODEL_PATH,
    Prediction,
    features,
    is_function_feature,
    read_model,
)
from feedback.analysis.wordforms import normalise

ROOT = Path(__file__).resolve().parents[2]
NHS_DATA = ROOT.parent / "shared" / "data" / "nhs-feedback-polarity.csv"
CORPUS = ROOT / "tests" / "feedback" / "analysis" / "sentiment_corpus.csv"
TRAIN_TRUSTS = ("Trust A", "Trust C")
SEED = 14
C_VALUES = (1.0, 3.0, 10.0)
MIN_DF = 2
MODEL_WEIGHTS = (0.4, 0.6, 0.8, 1.0)
MARGIN_SHIFTS = (-1.25, -1.0, -0.75, -0.5, -0.25, 0.0)
MIXED_BANDS = (0.0, 0.2, 0.4, 0.6, 1.0)
OURS_FLOOR = 0.85
LICENCE = ("NHS patient comments: pxtextmining phase 1 dataset, MIT licence, Copyright (c) 2021 "
           "NHS England (the trusts agreed to publish it). Our corpus: part of this project.")


def _row(text: str, question: str | None, label: str, trust: str) -> dict:
    """Return one training row as analyse() would read the comment."""
    head = normalise(redact(text).text)[:MAX_SENTIMENT_CHARS]
    clauses = split_clauses(head)
    rules = score_rules(clauses, head, question) if clauses else None
    return {"text": head, "question": question, "label": label, "trust": trust,
            "flagged": check_normalised(normalise(text)).is_flagged, "empty": not clauses,
            "whole": whole_answer(head, question) if clauses else None, "rules": rules,
            "cues": rule_features(rules, head) if rules else []}


def read_training_rows() -> list[dict]:
    """Return NHS Trust A+C rows and our corpus's dev rows, each read as analyse() reads it."""
    with NHS_DATA.open(newline="", encoding="utf-8") as handle:
        rows = [_row(row["text"], None, row["polarity"], row["organisation"])
                for row in csv.DictReader(handle) if row["organisation"] in TRAIN_TRUSTS]
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        rows += [_row(row["text"], resolve_question(row["question"] or None), row["sentiment"], "ours")
                 for row in csv.DictReader(handle) if row["split"] == "dev"]
    return rows


def macro_f1(expected: list[str], predicted: list[str]) -> float:
    """Return macro-F1 over the labels expected (a prediction outside them is a miss)."""
    f1s = []
    for label in sorted(set(expected)):
        hits = sum(e == p == label for e, p in zip(expected, predicted, strict=True))
        precision = hits / predicted.count(label) if predicted.count(label) else 0.0
        recall = hits / expected.count(label)
        f1s.append(2 * precision * recall / (precision + recall) if hits else 0.0)
    return sum(f1s) / len(f1s)


def negative_recall(expected: list[str], predicted: list[str]) -> float:
    """Return the share of negative comments labelled negative."""
    found = [p for e, p in zip(expected, predicted, strict=True) if e == NEGATIVE]
    return sum(p == NEGATIVE for p in found) / len(found)


def _document(vectoriser, fitted, settings: dict) -> dict:
    """Return the JSON document of a fitted vectoriser and logistic regression."""
    return {
        "format": MODEL_FORMAT,
        "intercept": round(float(fitted.intercept_[0]), 6),
        "settings": settings,
        "features": {str(feature): [round(float(idf), 4), round(float(coef), 5)]
                     for feature, idf, coef in zip(vectoriser.get_feature_names_out(), vectoriser.idf_,
                                                   fitted.coef_[0], strict=True)},
    }


def _sigmoid(margin: float) -> float:
    """Return the logistic function of a margin."""
    return 1.0 / (1.0 + math.exp(-margin))


def _labels(rows, margins, settings) -> tuple[list[str], list[str]]:
    """Return each row's label and main tone ("mixed" if it has none), as score_normalised gives them."""
    labels, tones = [], []
    for row, (margin, content) in zip(rows, margins, strict=True):
        if row["empty"]:
            label = tone = MIXED
        elif row["whole"] is not None:
            score = row["whole"][0]
            label = tone = POSITIVE if score > 0.1 else NEGATIVE if score < -0.1 else MIXED
        elif row["flagged"] and not row["rules"].has_praise:
            label = tone = MIXED
        else:
            prediction = Prediction(_sigmoid(margin), None if content is None else _sigmoid(content),
                                    (), ())
            result = blend(row["rules"], prediction, settings)
            label, tone = result.label, result.main_tone or MIXED
        labels.append(label)
        tones.append(tone)
    return labels, tones


def main() -> None:  # noqa: PLR0915 - one script, read top to bottom
    """Cross-validate, choose settings, fit on all training rows and write the JSON model."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold

    rows = read_training_rows()
    docs = [features(row["text"], row["question"], row["cues"]) for row in rows]
    target = np.array([row["label"] == POSITIVE for row in rows], dtype=int)
    two_class = np.array([row["label"] in (POSITIVE, NEGATIVE) for row in rows])
    trust = np.array([row["trust"] for row in rows])

    def fit(train, c_value):
        vec = TfidfVectorizer(analyzer=lambda doc: doc, min_df=MIN_DF, sublinear_tf=True)
        fitted = LogisticRegression(C=c_value, class_weight="balanced", max_iter=5000).fit(
            vec.fit_transform([docs[i] for i in np.flatnonzero(train)]), target[train])
        return vec, fitted

    # A new trust words things its own way: NHS rows are scored by a model trained on the other trust
    # (and our dev part); our dev rows by 5-fold cross-validation with both trusts in training.
    splits = [(trust != held, trust == held) for held in TRAIN_TRUSTS]
    ours_index = np.flatnonzero(trust == "ours")
    for _train, test in KFold(5, shuffle=True, random_state=SEED).split(ours_index):
        in_test = np.zeros(len(rows), dtype=bool)
        in_test[ours_index[test]] = True
        splits.append((~in_test, in_test))
    by_trust = {name: np.flatnonzero(trust == name) for name in (*TRAIN_TRUSTS, "ours")}

    def unseen_margins(c_value):
        """Return each row's margin and content-only margin from a model that never saw it."""
        margins = [None] * len(rows)
        for train, test in splits:
            vec, fitted = fit(train & two_class, c_value)
            names = vec.get_feature_names_out()
            coef = fitted.coef_[0]
            content = np.array([0.0 if is_function_feature(name) else 1.0 for name in names]) * coef
            is_content_word = np.array([name.startswith("w ") and not is_function_feature(name)
                                        for name in names])
            index = np.flatnonzero(test)
            matrix = vec.transform([docs[i] for i in index])
            whole = matrix @ coef + fitted.intercept_[0]
            content_only = matrix @ content + fitted.intercept_[0]
            has_content = matrix[:, np.flatnonzero(is_content_word)].getnnz(axis=1) > 0
            for i, m, c, h in zip(index, whole, content_only, has_content, strict=True):
                margins[i] = (float(m), float(c) if h else None)
        return margins

    def scores(labels: list[str]) -> dict[str, tuple[float, float]]:
        """Return label macro-F1 and negative recall on each NHS trust, and our dev 3-label macro-F1."""
        found = {}
        for name in TRAIN_TRUSTS:
            expected = [rows[i]["label"] for i in by_trust[name]]
            predicted = [labels[i] for i in by_trust[name]]
            found[name] = (macro_f1(expected, predicted), negative_recall(expected, predicted))
        found["ours"] = (macro_f1([rows[i]["label"] for i in by_trust["ours"]],
                                  [labels[i] for i in by_trust["ours"]]), 0.0)
        return found

    def objective(found) -> float:
        return sum(f1 + recall for f1, recall in (found[name] for name in TRAIN_TRUSTS)) / 4

    best = None
    for c_value in C_VALUES:
        margins = unseen_margins(c_value)
        for weight, shift, band in product(MODEL_WEIGHTS, MARGIN_SHIFTS, MIXED_BANDS):
            settings = {"model_weight": weight, "margin_shift": shift, "mixed_band": band}
            found = scores(_labels(rows, margins, settings)[0])
            if found["ours"][0] < OURS_FLOOR:
                continue
            if best is None or objective(found) > best[0] + 1e-9:
                best = (objective(found), c_value, settings, margins, found)
        print(f"C={c_value:<5} best so far: {best[1]}, {best[2]}, objective {best[0]:.3f}", flush=True)
    _, c_value, settings, margins, found = best
    tones = scores(_labels(rows, margins, settings)[1])
    print(f"chosen C={c_value}, {settings}")
    for name in TRAIN_TRUSTS:
        print(f"  {name} unseen: label macro-F1 {found[name][0]:.3f}, negative recall {found[name][1]:.3f}; "
              f"main tone {tones[name][0]:.3f}, {tones[name][1]:.3f}")
    print(f"  our dev part (cross-validated, 3 labels): {found['ours'][0]:.3f}")

    vec, fitted = fit(two_class, c_value)
    document = _document(vec, fitted, settings)
    document |= {
        "about": "Logistic regression over TF-IDF word and word-pair counts, the opening words and "
                 "the rules' cues (feedback.analysis.sentiment_model.features): probability that a "
                 "comment is positive. Trained by feedback.analysis.train_sentiment.",
        "licence": LICENCE,
        "trained_on": {"nhs_trust_a_c": int(sum(trust != "ours")), "our_corpus_dev": len(ours_index),
                       "min_df": MIN_DF, "C": c_value, "class_weight": "balanced", "seed": SEED,
                       "source": "../shared/data/nhs-feedback-polarity.csv (Trusts A and C)"},
        "cross_trust": {name: {"label_macro_f1": round(found[name][0], 3),
                               "negative_recall": round(found[name][1], 3),
                               "main_tone_macro_f1": round(tones[name][0], 3)} for name in TRAIN_TRUSTS}
                       | {"our_dev_macro_f1": round(found["ours"][0], 3)},
    }
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n",
                          encoding="utf-8")
    model = read_model(document)
    sample = [i for i in range(len(rows)) if two_class[i]][:200]
    expected = fitted.decision_function(vec.transform([docs[i] for i in sample]))
    drift = max(abs(model.predict(rows[i]["text"], rows[i]["question"], rows[i]["cues"]).probability
                    - _sigmoid(m))
                for i, m in zip(sample, expected, strict=True))
    assert drift < 1e-3, f"plain-Python inference differs from scikit-learn by {drift}"
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(vec.get_feature_names_out()):,} features, "
          f"{math.ceil(MODEL_PATH.stat().st_size / 1024):,} KB; inference matches scikit-learn "
          f"within {drift:.1e}")


if __name__ == "__main__":
    main()
