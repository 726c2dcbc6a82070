import pytest

from feedback import DO_BETTER, HELPED_MOST, analyse, score_sentiment
from feedback.analysis.sentiment import LABELS
from tests.feedback.analysis.evaluation import load_corpus, score_labels


@pytest.mark.parametrize(
    ("text", "question", "label"),
    [
        ("Nothing", DO_BETTER, "positive"),
        ("Nothing", HELPED_MOST, "negative"),
        ("Nothing", None, "mixed"),
        ("more time with my worker", DO_BETTER, "negative"),
        ("not helpful", None, "negative"),
        ("The meetings weren't helpful", None, "negative"),
        ("I can't think of anything good about it", None, "negative"),
        ("It wasn't bad", None, "positive"),
        ("Lovely worker but I waited months", DO_BETTER, "mixed"),
        ("It would be nice if someone rang me back", None, "negative"),
        ("waited three hours", None, "negative"),
        ("Keep doing what you're doing", DO_BETTER, "positive"),
        ("n/a", DO_BETTER, "mixed"),
        ("Thanks for nothing", None, "negative"),
        ("She was amazing with my son", HELPED_MOST, "positive"),
    ],
)
def test_sentiment_fits_feedback_answers(text, question, label):
    assert score_sentiment(text, question).label == label


def test_cues_say_why():
    result = score_sentiment("Lovely worker but I waited months", DO_BETTER)
    assert any("wait" in cue for cue in result.cues)


def test_question_text_is_accepted_in_place_of_the_key():
    assert analyse("Nothing", "What could we do better?").sentiment == "positive"


def test_polarity_stays_in_range_and_agrees_with_label():
    for row in load_corpus():
        result = score_sentiment(row["text"], row["question"] or None)
        assert -1.0 <= result.polarity <= 1.0
        assert result.label in LABELS
        if result.label == "positive":
            assert result.polarity > 0
        if result.label == "negative":
            assert result.polarity < 0


def test_corpus_is_large_and_labelled_with_known_values():
    rows = load_corpus()
    assert len(rows) >= 300
    assert {row["sentiment"] for row in rows} == set(LABELS)
    assert {row["question"] for row in rows} <= {"", "helped_most", "do_better", "anything_else"}


def test_analyser_meets_quality_goals_on_the_corpus():
    rows = load_corpus()
    predicted = [analyse(row["text"], row["question"] or None).sentiment for row in rows]
    scores = score_labels([row["sentiment"] for row in rows], predicted)
    assert scores.macro_f1 >= 0.70
    assert scores.negative_recall >= 0.70
