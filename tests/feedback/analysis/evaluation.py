"""Load the hand-labelled corpora and score the analyser against them (shared by tests and bench)."""

import csv
from dataclasses import dataclass
from pathlib import Path

from feedback.analysis.sentiment import LABELS

HERE = Path(__file__).parent
SENTIMENT_CORPUS = HERE / "sentiment_corpus.csv"
SAFEGUARDING_CORPUS = HERE / "safeguarding_corpus.csv"


@dataclass(frozen=True)
class Scores:
    """Accuracy, macro-F1 over the three labels and recall of negative comments."""

    accuracy: float
    macro_f1: float
    negative_recall: float


def load_corpus(path: Path = SENTIMENT_CORPUS) -> list[dict[str, str]]:
    """Return the rows of a corpus CSV."""
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def score_labels(expected: list[str], predicted: list[str]) -> Scores:
    """Return accuracy, macro-F1 and negative recall for predicted labels."""
    f1s = []
    recall = {}
    for label in LABELS:
        true_pos = sum(e == p == label for e, p in zip(expected, predicted, strict=True))
        predicted_n = predicted.count(label)
        expected_n = expected.count(label)
        precision = true_pos / predicted_n if predicted_n else 0.0
        recall[label] = true_pos / expected_n if expected_n else 0.0
        total = precision + recall[label]
        f1s.append(2 * precision * recall[label] / total if total else 0.0)
    accuracy = sum(e == p for e, p in zip(expected, predicted, strict=True)) / len(expected)
    return Scores(accuracy, sum(f1s) / len(f1s), recall["negative"])


def plain_textblob_label(polarity: float) -> str:
    """Return the baseline label from plain TextBlob polarity."""
    if polarity > 0.05:
        return "positive"
    if polarity < -0.05:
        return "negative"
    return "mixed"
