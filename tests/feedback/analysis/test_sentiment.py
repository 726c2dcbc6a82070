import json
import math

import pytest

from feedback import DO_BETTER, HELPED_MOST, analyse, score_sentiment
from feedback.analysis.sentiment import (
    LABELS,
    RuleScore,
    blend,
    rule_features,
    score_normalised,
    shift_probability,
)
from feedback.analysis.sentiment_model import (
    FUNCTION_WORDS,
    MODEL_PATH,
    Prediction,
    features,
    load_model,
    read_model,
)
from tests.feedback.analysis.evaluation import HELD_OUT, SAFEGUARDING_CORPUS, load_corpus, score_labels


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
        ("The staff could not have been more helpful", None, "positive"),
        ("No, everything was fine", DO_BETTER, "positive"),
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


@pytest.mark.parametrize(
    ("text", "label", "main_tone", "is_mixed"),
    [
        ("She was kind but nobody rang us back", "mixed", "negative", True),
        # Praise and criticism where the model is sure which leads: labelled by its main tone.
        ("Staff were lovely but the wait was awful", "negative", "negative", False),
        ("She was brilliant and really listened", "positive", "positive", False),
        ("We waited months and nobody rang back", "negative", "negative", False),
        ("n/a", "mixed", None, False),
    ],
)
def test_every_comment_with_a_tone_has_a_main_tone_and_mixed_is_a_separate_marker(
        text, label, main_tone, is_mixed):
    result = analyse(text)
    assert (result.sentiment, result.main_tone, result.is_mixed) == (label, main_tone, is_mixed)


def test_a_mixed_comment_says_its_main_tone_in_its_cues():
    result = score_sentiment("She was kind but nobody rang us back")
    assert "praise and criticism, mainly negative" in result.cues


def test_small_words_alone_give_no_tone():
    # "my" and "me" lean positive in patients' thanks; a vote resting only on them is no vote.
    result = score_sentiment("me and my")
    assert (result.label, result.main_tone) == ("mixed", None)
    assert "no clear tone: no feeling words found" in result.cues


def test_model_cues_never_name_small_words():
    cues = score_sentiment("My partner was there for me and my baby").cues
    named = [cue.split(": ", 1)[1] for cue in cues if cue.startswith("model word")]
    assert named and not any(set(word.split()) <= FUNCTION_WORDS for word in named)


def test_criticism_alone_is_not_turned_into_praise_by_an_unsure_model():
    assert score_sentiment("My partner hits me").label == "negative"
    # A model leaning positive on small words is not sure enough on content words to overrule.
    rules = RuleScore(-0.5, False, ("complaint: hits me",))
    settings = {"model_weight": 0.6, "mixed_band": 0.6, "margin_shift": 0.0}
    result = blend(rules, Prediction(0.9, 0.6, (), ()), settings)
    assert result.label == "negative"
    assert "criticism the model is not sure enough to overrule" in result.cues


def test_an_unsure_model_leans_negative_by_the_margin_shift():
    rules = RuleScore(0.0, False, ("textblob +0.10",))
    unsure = Prediction(0.6, 0.6, (), ())
    settings = {"model_weight": 1.0, "mixed_band": 0.0, "margin_shift": 0.0}
    assert blend(rules, unsure, settings).label == "positive"
    assert blend(rules, unsure, settings | {"margin_shift": -1.0}).label == "negative"
    assert shift_probability(0.5, -1.0) == pytest.approx(1 / (1 + math.e))


def test_rule_features_name_the_kinds_of_cue_not_their_words():
    rules = RuleScore(-0.3, True, ("textblob +0.50", "complaint: wait", "praise: helpful"))
    assert rule_features(rules, "more staff please") == [
        "r textblob+", "r complaint", "r praise", "r mixed", "r polarity-", "r request opening"]


def test_possible_harm_has_no_tone_of_its_own_but_praise_in_it_still_counts():
    harm = score_normalised("he threw a plate at me", None, may_disclose_harm=True)
    assert (harm.label, harm.main_tone) == ("mixed", None)
    assert "may disclose harm: no clear tone" in harm.cues
    mixed = score_normalised("the worker was brilliant but he threw a plate at me", None, True)
    assert (mixed.label, mixed.is_mixed) == ("mixed", True) and "may disclose harm" in mixed.cues


def test_no_flagged_comment_in_the_safeguarding_corpus_is_called_positive():
    flagged = [analyse(row["text"]) for row in load_corpus(SAFEGUARDING_CORPUS)]
    flagged = [result for result in flagged if result.is_safeguarding]
    assert len(flagged) >= 100
    assert [result.redacted_text for result in flagged
            if result.sentiment == "positive" and not any(cue.startswith("praise: ")
                                                          for cue in result.sentiment_cues)] == []


def test_negation_marks_the_words_after_it_to_the_end_of_the_clause():
    found = features("it was not very helpful, but the staff were kind")
    assert {"w not_very", "w not_helpful", "w kind"} <= set(found)
    assert "w not_kind" not in found


def test_shipped_model_is_small_and_records_its_data_and_licence():
    assert MODEL_PATH.stat().st_size < 2_000_000
    document = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert "MIT" in document["licence"] and "NHS England" in document["licence"]
    assert document["trained_on"]["seed"] == 14
