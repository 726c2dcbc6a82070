"""Measure the analyser's sentiment on 5,695 real NHS comments labelled positive or negative; print figures.

    .venv/bin/python -m benchmarks.bench_sentiment_nhs

The data (../shared/data/nhs-feedback-polarity.csv from the project root, described in
../shared/data/README.md) is read in place, never copied into the project. Trust B is held out:
it is never used for tuning, so its figures are the honest ones. Plain TextBlob polarity is the
baseline. Figures only; nothing here passes or fails.
"""

import csv
from collections import Counter
from pathlib import Path

from textblob import TextBlob

from feedback import analyse

NHS_COMMENTS = Path(__file__).resolve().parent.parent.parent / "shared/data/nhs-feedback-polarity.csv"
HELD_OUT_TRUST = "Trust B"
CLASSES = ("positive", "negative")

# The NHS labels have two classes; the analyser has three (positive, negative, mixed, where
# "mixed" is also its neutral band around zero). We count mixed as negative because the NHS
# analysts labelled any comment carrying a criticism or a suggestion negative ("Have more
# respiratory patients." is -1), and labelled comments that are both by their main tone, so a
# comment our analyser cannot call positive is, in this data, most often a suggestion or a complaint.
# It is also the cautious side for the service: a complaint read as neutral is missed, a neutral
# comment read as a complaint costs a minute. The confusion table keeps "mixed" as its own row so
# the other mapping can be read off it.
TWO_CLASS = {"positive": "positive", "negative": "negative", "mixed": "negative", "neutral": "negative"}


def textblob_label(text: str) -> str:
    """Return plain TextBlob's label: above zero positive, below zero negative, zero neutral."""
    polarity = TextBlob(text).sentiment.polarity
    if polarity > 0:
        return "positive"
    if polarity < 0:
        return "negative"
    return "neutral"


def load_comments() -> list[dict[str, str]]:
    """Return every NHS comment with its trust and label."""
    with NHS_COMMENTS.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def print_scores(name: str, expected: list[str], raw: list[str]) -> None:
    """Print accuracy, macro-F1, negative recall and positive precision, then the confusion table."""
    predicted = [TWO_CLASS[label] for label in raw]
    pairs = list(zip(expected, predicted, strict=True))
    f1s = {}
    precision = {}
    recall = {}
    for label in CLASSES:
        true_pos = sum(e == p == label for e, p in pairs)
        precision[label] = true_pos / predicted.count(label) if predicted.count(label) else 0.0
        recall[label] = true_pos / expected.count(label) if expected.count(label) else 0.0
        total = precision[label] + recall[label]
        f1s[label] = 2 * precision[label] * recall[label] / total if total else 0.0
    accuracy = sum(e == p for e, p in pairs) / len(pairs)
    print(f"{name:22}{accuracy:>10.3f}{sum(f1s.values()) / len(f1s):>10.3f}"
          f"{recall['negative']:>12.3f}{precision['positive']:>12.3f}")
    table = Counter(zip(raw, expected, strict=True))
    for label in sorted(set(raw)):
        cells = "  ".join(f"NHS {truth} {table[label, truth]:>5}" for truth in CLASSES)
        print(f"{'':24}said {label:9}-> {TWO_CLASS[label]:9}{cells}")


def main() -> None:
    """Print the figures for all three trusts together and for the held-out trust alone."""
    rows = load_comments()
    # The NHS question names ("Trust A - Q1") are not this service's questions, so no question
    # is passed: the analyser reads each comment on its own words.
    ours = [analyse(row["text"]).sentiment for row in rows]
    plain = [textblob_label(row["text"]) for row in rows]
    for title, keep in (("all three trusts", lambda row: True),
                        (f"{HELD_OUT_TRUST} (held out, never tuned on)",
                         lambda row: row["organisation"] == HELD_OUT_TRUST)):
        chosen = [index for index, row in enumerate(rows) if keep(row)]
        expected = [rows[index]["polarity"] for index in chosen]
        counts = Counter(expected)
        print(f"\n== {title}: {len(chosen)} comments, {counts['positive']} positive, "
              f"{counts['negative']} negative ==")
        print(f"{'':22}{'accuracy':>10}{'macro-F1':>10}{'neg recall':>12}{'pos precis.':>12}")
        print_scores("feedback.analyse", expected, [ours[index] for index in chosen])
        print_scores("plain TextBlob", expected, [plain[index] for index in chosen])
    print("\nmapping: mixed (and TextBlob's neutral) counted as negative; see TWO_CLASS")


if __name__ == "__main__":
    main()
