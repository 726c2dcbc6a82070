"""Load the hand-labelled corpora and score the analyser against them (shared by tests and bench).

The sentiment corpus carries a `split` column: `dev` (tune and train on it) or `held_out` (only report
it). The split was drawn once, stratified by label, 30% held out, with random.Random(14) (issue 14).
"""

import csv
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from feedback.analysis.sentiment import LABELS

HERE = Path(__file__).parent
SENTIMENT_CORPUS = HERE / "sentiment_corpus.csv"
SAFEGUARDING_CORPUS = HERE / "safeguarding_corpus.csv"
DEV = "dev"
HELD_OUT = "held_out"


@dataclass(frozen=True)
class Scores:
    """Accuracy, macro-F1 over the expected labels, negative recall, positive precision, confusion."""

    accuracy: float
    macro_f1: float
    negative_recall: float
    positive_precision: float
    confusion: Counter


def load_corpus(path: Path = SENTIMENT_CORPUS, split: str | None = None) -> list[dict[str, str]]:
    """Return the rows of a corpus CSV, only those of one split if given."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return [row for row in rows if split is None or row["split"] == split]


def score_labels(expected: list[str], predicted: list[str], labels: tuple[str, ...] = LABELS) -> Scores:
    """Return the scores of predicted labels; macro-F1 averages over the given expected labels.

    A prediction outside labels (an analyser's "mixed" against two-class data) counts as a miss for
    its expected label, never as a hit.
    """
    f1s = []
    recall = {}
    precision = {}
    for label in labels:
        true_pos = sum(e == p == label for e, p in zip(expected, predicted, strict=True))
        predicted_n = predicted.count(label)
        expected_n = expected.count(label)
        precision[label] = true_pos / predicted_n if predicted_n else 0.0
        recall[label] = true_pos / expected_n if expected_n else 0.0
        total = precision[label] + recall[label]
        f1s.append(2 * precision[label] * recall[label] / total if total else 0.0)
    accuracy = sum(e == p for e, p in zip(expected, predicted, strict=True)) / len(expected)
    return Scores(accuracy, sum(f1s) / len(f1s), recall["negative"], precision["positive"],
                  Counter(zip(expected, predicted, strict=True)))


def plain_textblob_label(polarity: float) -> str:
    """Return the baseline label from plain TextBlob polarity."""
    if polarity > 0.05:
        return "positive"
    if polarity < -0.05:
        return "negative"
    return "mixed"
