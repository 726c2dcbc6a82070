"""Train the sentiment model and write feedback/analysis/data/sentiment_model.json (issue 14).

Run from the project root: `python -m feedback.analysis.train_sentiment` (or `make sentiment-model`).
Needs scikit-learn (a dev dependency); the shipped model needs only the standard library. The same
data and seed give the same file.

Trains on NHS patient comments from Trusts A and C (`../shared/data/nhs-feedback-polarity.csv`, MIT
licence, Copyright (c) 2021 NHS England) and the development part of our own corpus (its positive
and negative rows). Trust B and our held-out part are never read here.

Every setting is chosen on rows the model was not trained on, as a new council's families (or Trust
B) would be met: each NHS trust is scored by a model trained without it, our dev part by 5-fold
cross-validation (seed 14). The NHS labels are each comment's main tone, so the regularisation C and
the model's weight in the blend are chosen by the main tone's macro-F1 averaged over the two trusts.
Only our corpus labels comments "mixed", so how sure the model must be to overrule the rules' "praise
and criticism" is chosen on our dev part.
"""

import csv
import json
import math
from pathlib import Path

from feedback.analysis.questions import resolve_question
from feedback.analysis.sentiment import (
    MAX_SENTIMENT_CHARS,
    MIXED,
    NEGATIVE,
    POSITIVE,
    blend,
    score_rules,
    split_clauses,
    whole_answer,
)
from feedback.analysis.sentiment_model import MODEL_FORMAT, MODEL_PATH, features, read_model
from feedback.analysis.wordforms import normalise

ROOT = Path(__file__).resolve().parents[2]
NHS_DATA = ROOT.parent / "shared" / "data" / "nhs-feedback-polarity.csv"
CORPUS = ROOT / "tests" / "feedback" / "analysis" / "sentiment_corpus.csv"
TRAIN_TRUSTS = ("Trust A", "Trust C")
SEED = 14
C_VALUES = (1.0, 3.0, 10.0, 30.0)
MIN_DF = 2
MODEL_WEIGHTS = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
MIXED_BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)
LICENCE = ("NHS patient comments: pxtextmining phase 1 dataset, MIT licence, Copyright (c) 2021 "
           "NHS England (the trusts agreed to publish it). Our corpus: part of this project.")


def read_training_rows() -> tuple[list[dict], list[dict]]:
    """Return NHS Trust A+C rows and our corpus's dev rows as normalised text, question and label."""
    with NHS_DATA.open(newline="", encoding="utf-8") as handle:
        nhs = [{"text": normalise(row["text"])[:MAX_SENTIMENT_CHARS], "question": None,
                "label": row["polarity"], "trust": row["organisation"]}
               for row in csv.DictReader(handle) if row["organisation"] in TRAIN_TRUSTS]
    with CORPUS.open(newline="", encoding="utf-8") as handle:
        ours = [{"text": normalise(row["text"])[:MAX_SENTIMENT_CHARS],
                 "question": resolve_question(row["question"] or None), "label": row["sentiment"],
                 "trust": "ours"}
                for row in csv.DictReader(handle) if row["split"] == "dev"]
    return nhs, ours


def macro_f1(expected: list[str], predicted: list[str]) -> float:
    """Return macro-F1 over the labels expected (a prediction outside them is a miss)."""
    f1s = []
    for label in sorted(set(expected)):
        hits = sum(e == p == label for e, p in zip(expected, predicted, strict=True))
        precision = hits / predicted.count(label) if predicted.count(label) else 0.0
        recall = hits / expected.count(label)
        f1s.append(2 * precision * recall / (precision + recall) if hits else 0.0)
    return sum(f1s) / len(f1s)


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


def _labels(rules, wholes, predictions, settings) -> tuple[list[str], list[str]]:
    """Return each row's label and main tone ("none" if it has none), as the analyser gives them."""
    labels, tones = [], []
    for rule, whole, prediction in zip(rules, wholes, predictions, strict=True):
        if whole is not None:
            label = POSITIVE if whole[0] > 0.1 else NEGATIVE if whole[0] < -0.1 else MIXED
            labels.append(label)
            tones.append("none" if label == MIXED else label)
            continue
        result = blend(rule, prediction, settings)
        labels.append(result.label)
        tones.append(result.main_tone or "none")
    return labels, tones


def main() -> None:  # noqa: PLR0915 - one script, read top to bottom
    """Cross-validate, choose settings, fit on all training rows and write the JSON model."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import KFold

    nhs, ours = read_training_rows()
    rows = nhs + ours
    docs = [features(row["text"], row["question"]) for row in rows]
    target = np.array([row["label"] == POSITIVE for row in rows], dtype=int)
    two_class = np.array([row["label"] in (POSITIVE, NEGATIVE) for row in rows])
    trust = np.array([row["trust"] for row in rows])

    def vectoriser() -> TfidfVectorizer:
        return TfidfVectorizer(analyzer=lambda doc: doc, min_df=MIN_DF, sublinear_tf=True)

    def fit(train, c_value):
        vec = vectoriser()
        fitted = LogisticRegression(C=c_value, class_weight="balanced", max_iter=3000).fit(
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

    def per_trust(predicted: list[str]) -> list[float]:
        return [macro_f1([rows[i]["label"] for i in by_trust[name]], [predicted[i] for i in by_trust[name]])
                for name in TRAIN_TRUSTS]

    best = None
    for c_value in C_VALUES:
        predictions = [None] * len(rows)
        for train, test in splits:
            vec, fitted = fit(train & two_class, c_value)
            model = read_model(_document(vec, fitted, {}))
            for i in np.flatnonzero(test):
                predictions[i] = model.predict(rows[i]["text"], rows[i]["question"])
        alone = [POSITIVE if p.probability > 0.5 else NEGATIVE for p in predictions]
        scores = per_trust(alone)
        print(f"C={c_value:<5} model alone, macro-F1 on a trust it was not trained on: "
              f"A {scores[0]:.3f}, C {scores[1]:.3f}")
        if best is None or sum(scores) > best[0]:
            best = (sum(scores), c_value, predictions)
    _, c_value, predictions = best

    rules = [score_rules(split_clauses(row["text"]) or [row["text"]], row["text"], row["question"])
             for row in rows]
    wholes = [whole_answer(row["text"], row["question"]) for row in rows]
    best_blend = None
    for weight in MODEL_WEIGHTS:
        settings = {"model_weight": weight, "mixed_band": 0.0}
        scores = per_trust(_labels(rules, wholes, predictions, settings)[1])
        print(f"  model weight {weight}: main tone macro-F1 A {scores[0]:.3f}, C {scores[1]:.3f}")
        if best_blend is None or sum(scores) > best_blend[0] + 1e-9:
            best_blend = (sum(scores), settings)
    settings = best_blend[1]
    best_band = None
    ours_expected = [rows[i]["label"] for i in ours_index]
    for band in MIXED_BANDS:
        labels = _labels(rules, wholes, predictions, {**settings, "mixed_band": band})[0]
        score = macro_f1(ours_expected, [labels[i] for i in ours_index])
        if best_band is None or score > best_band[0] + 1e-9:
            best_band = (score, band)
    settings["mixed_band"] = best_band[1]
    labels, tones = _labels(rules, wholes, predictions, settings)
    tone_scores, label_scores = per_trust(tones), per_trust(labels)
    print(f"chosen C={c_value}, {settings}")
    print(f"  main tone macro-F1 on an unseen trust: A {tone_scores[0]:.3f}, C {tone_scores[1]:.3f}; "
          f"label (mixed a miss): A {label_scores[0]:.3f}, C {label_scores[1]:.3f}")
    print(f"  our dev part (cross-validated, 3 labels): {best_band[0]:.3f}")

    vec, fitted = fit(two_class, c_value)
    document = _document(vec, fitted, settings)
    document |= {
        "about": "Logistic regression over TF-IDF word and word-pair counts "
                 "(feedback.analysis.sentiment_model.features): probability that a comment is positive. "
                 "Trained by feedback.analysis.train_sentiment.",
        "licence": LICENCE,
        "trained_on": {"nhs_trust_a_c": len(nhs), "our_corpus_dev": len(ours), "min_df": MIN_DF,
                       "C": c_value, "class_weight": "balanced", "seed": SEED,
                       "source": "../shared/data/nhs-feedback-polarity.csv (Trusts A and C)"},
        "cross_trust": {"main_tone_macro_f1": dict(zip(TRAIN_TRUSTS, map(lambda v: round(v, 3), tone_scores),
                                                       strict=True)),
                        "our_dev_macro_f1": round(best_band[0], 3)},
    }
    MODEL_PATH.parent.mkdir(exist_ok=True)
    MODEL_PATH.write_text(json.dumps(document, sort_keys=True, separators=(",", ":")) + "\n",
                          encoding="utf-8")
    model = read_model(document)
    sample = [i for i in range(len(rows)) if two_class[i]][:200]
    expected = fitted.predict_proba(vec.transform([docs[i] for i in sample]))[:, 1]
    drift = max(abs(model.predict(rows[i]["text"], rows[i]["question"]).probability - p)
                for i, p in zip(sample, expected, strict=True))
    assert drift < 1e-3, f"plain-Python inference differs from scikit-learn by {drift}"
    print(f"wrote {MODEL_PATH.relative_to(ROOT)}: {len(vec.get_feature_names_out()):,} features, "
          f"{math.ceil(MODEL_PATH.stat().st_size / 1024):,} KB; inference matches scikit-learn "
          f"within {drift:.1e}")


if __name__ == "__main__":
    main()
