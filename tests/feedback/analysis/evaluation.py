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


@dataclass(frozen=True)
class SafeguardingScores:
    """Per kind of harm: disclosures, how many were flagged and how many under their own kind; and
    how many non-disclosures were flagged."""

    disclosures: Counter
    flagged: Counter
    right_kind: Counter
    negatives: int
    false_flags: int


def load_safeguarding_set(path: Path) -> list[dict[str, str]]:
    """Return a labelled safeguarding set's rows (columns id,text,speaker,category,is_disclosure).

    Raise ValueError naming what is missing when the file lacks a column or a row has a bad label.
    """
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        missing = {"id", "text", "category", "is_disclosure"} - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path.name} lacks the column(s) {', '.join(sorted(missing))}")
        rows = list(reader)
    for row in rows:
        if row["is_disclosure"] not in {"0", "1"}:
            raise ValueError(f"{path.name} row {row['id']}: is_disclosure must be 0 or 1")
    return rows


def score_safeguarding(rows: list[dict[str, str]], check) -> SafeguardingScores:
    """Return recall per kind of harm and false flags, checking each row's text with check.

    A non-disclosure's category may be `none`; false flags are therefore counted over all of them.
    """
    disclosures, flagged, right_kind = Counter(), Counter(), Counter()
    negatives = false_flags = 0
    for row in rows:
        result = check(row["text"])
        if row["is_disclosure"] == "1":
            disclosures[row["category"]] += 1
            flagged[row["category"]] += result.is_flagged
            right_kind[row["category"]] += row["category"] in result.categories
        else:
            negatives += 1
            false_flags += result.is_flagged
    return SafeguardingScores(disclosures, flagged, right_kind, negatives, false_flags)

