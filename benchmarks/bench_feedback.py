"""Compare the feedback analyser with plain TextBlob on the hand-labelled corpus; print figures."""

import time

from textblob import TextBlob

from feedback import analyse
from feedback.analysis.sentiment import pattern_polarity
from tests.feedback.analysis.evaluation import load_corpus, plain_textblob_label, score_labels

REPEATS = 5


def _rate(function, rows) -> tuple[float, float]:
    """Return comments per second of wall time and of CPU time over fresh (uncached) text."""
    # A run number makes every comment new, so no cache flatters the figure.
    texts = [[f"{row['text']} {run}" for row in rows] for run in range(REPEATS)]
    pattern_polarity.cache_clear()
    start, cpu_start = time.perf_counter(), time.process_time()
    for run in range(REPEATS):
        for text, row in zip(texts[run], rows, strict=True):
            function(text, row["question"] or None)
    return (REPEATS * len(rows) / (time.perf_counter() - start),
            REPEATS * len(rows) / (time.process_time() - cpu_start))


def main() -> None:
    """Print accuracy, macro-F1, negative recall and throughput for both analysers."""
    rows = load_corpus()
    expected = [row["sentiment"] for row in rows]
    ours = score_labels(expected, [analyse(row["text"], row["question"] or None).sentiment
                                   for row in rows])
    plain = score_labels(expected, [plain_textblob_label(TextBlob(row["text"]).sentiment.polarity)
                                    for row in rows])
    ours_rate = _rate(analyse, rows)
    plain_rate = _rate(lambda text, _question: TextBlob(text).sentiment, rows)
    print(f"corpus: {len(rows)} hand-labelled comments")
    # On a shared machine wall time counts other people's work too; CPU time is this one core's.
    print(f"{'':24}{'accuracy':>10}{'macro-F1':>10}{'neg recall':>12}{'comments/s':>12}{'per CPU s':>11}")
    for name, scores, (wall, cpu) in (("feedback.analyse", ours, ours_rate),
                                      ("plain TextBlob", plain, plain_rate)):
        print(f"{name:24}{scores.accuracy:>10.3f}{scores.macro_f1:>10.3f}"
              f"{scores.negative_recall:>12.3f}{wall:>12.0f}{cpu:>11.0f}")
    print("goals: macro-F1 >= 0.70, negative recall >= 0.70, >= 1,000 comments/s on one core")


if __name__ == "__main__":
    main()
