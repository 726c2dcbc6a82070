import pytest

from feedback import DO_BETTER, HELPED_MOST, analyse, score_sentiment
from feedback.analysis.sentiment import LABELS
from feedback.analysis.sentiment_model import MODEL_PATH, load_model, read_model
from tests.feedback.analysis.evaluation import HELD_OUT, load_corpus, score_labels


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


def test_corpus_is_split_into_dev_and_held_out_parts_of_every_label():
    rows = load_corpus()
    assert {row["split"] for row in rows} == {"dev", HELD_OUT}
    for label in LABELS:
        assert {row["split"] for row in rows if row["sentiment"] == label} == {"dev", HELD_OUT}


def test_analyser_meets_quality_floor_on_the_held_out_part_of_the_corpus():
    # The model and its settings never saw these rows; NHS figures are printed by bench_sentiment.
    rows = load_corpus(split=HELD_OUT)
    predicted = [analyse(row["text"], row["question"] or None).sentiment for row in rows]
    scores = score_labels([row["sentiment"] for row in rows], predicted)
    assert scores.macro_f1 >= 0.80
    assert scores.negative_recall >= 0.90


def test_shipped_model_is_plain_json_and_leaves_cues():
    assert MODEL_PATH.read_bytes().startswith(b"{")
    assert 0.0 <= load_model().settings["model_weight"] <= 1.0
    cues = score_sentiment("The nurse was rude and we waited hours").cues
    assert any(cue.startswith("model ") for cue in cues)


def test_model_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        read_model({"format": 99, "features": {}, "intercept": 0.0, "settings": {}})
