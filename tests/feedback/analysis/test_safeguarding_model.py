"""The learned safeguarding net: plain-Python inference, its plain reason, and the guards it keeps."""

import json
import math

import pytest

from feedback import check_safeguarding
from feedback.analysis.harms.names import POSSIBLE_HARM
from feedback.analysis.safeguarding_model import features, load_model, read_model
from feedback.reasons import flag_reasons

TOY = {"format": 1, "intercept": -1.0, "threshold": 0.5,
       "features": {"w gone": [2.0, 1.5], "c  go": [1.0, 0.5], "w sad": [1.0, 2.0]}}


def test_features_are_words_word_pairs_and_letter_runs():
    found = features("im gone")
    assert {"w im", "w gone", "w im gone", "c  go", "c gone ", "c one "} <= found


def test_probability_is_the_logistic_of_the_normalised_tfidf_sum():
    model = read_model(TOY)
    # "gone" and " go" are known, "xx" is not: norm sqrt(4 + 1), dot 2*1.5 + 1*0.5.
    expected = 1 / (1 + math.exp(-(-1.0 + 3.5 / math.sqrt(5.0))))
    assert model.probability("xx gone xx") == pytest.approx(expected)
    assert model.is_flagged("xx gone xx") is (expected >= 0.5)


def test_text_the_model_does_not_know_gets_the_intercept_alone():
    assert read_model(TOY).probability("xyz xyz xyz") == pytest.approx(1 / (1 + math.exp(1.0)))


def test_what_the_guards_leave_of_a_comment_gets_no_vote_when_under_three_words():
    """ "I nearly died laughing" is blanked to "i ~": one word is no evidence either way."""
    model = read_model({**TOY, "intercept": 5.0})
    assert model.probability("i gone") == 0.0
    assert model.probability("i am gone") > 0.5


def test_a_model_of_another_format_is_refused():
    with pytest.raises(ValueError, match="format"):
        read_model({**TOY, "format": 99})


def test_shipped_model_loads_with_a_threshold_between_nought_and_one():
    model = load_model()
    assert 0 < model.threshold < 1 and model.squares


def test_a_flag_from_the_model_alone_has_a_plain_reason():
    assert flag_reasons([POSSIBLE_HARM]) == ("May be about harm; please read",)


@pytest.mark.parametrize("text", ["", "\x00", "ok " * 5000, "💔💔💔", "????"])
def test_odd_text_gives_a_result_not_an_error(text):
    assert check_safeguarding(text).is_flagged in (True, False)


@pytest.mark.parametrize(
    "text",
    ["we killed it at the school play", "the worker was a lifesaver", "I'm dying to see the new group",
     "my boss will kill me if I am late again lol", "we had a session on self-harm at school"],
)
def test_figurative_uses_stay_unflagged_with_the_model(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text)


TINY_SETS = {
    "corpus": [("my dad hits me when he is drunk", 1), ("we had a lovely time at the park", 0),
               ("i want to die and nobody would care", 1), ("the worker listened to me every week", 0),
               ("he keeps a knife under his bed", 1), ("the group was fun and we made friends", 0)],
    "batch": [("mum leaves us alone all night with no food", 1), ("my boss will kill me lol", 0),
              ("someone online asked me for pictures", 1), ("the kids loved the cooking session", 0),
              ("i cut myself when i feel bad", 1), ("we went swimming on saturday together", 0)],
}
TINY_TRUSTS = {"Trust A": [("the nurse was kind and the ward was clean", 0),
                           ("waited too long in the clinic but staff were nice", 0)],
               "Trust C": [("parking at the hospital is a nightmare", 0),
                           ("the doctor explained everything clearly to us", 0)]}


def test_training_twice_on_the_same_sets_writes_the_same_file():
    """One command must reproduce the shipped model exactly, so training may not depend on chance."""
    pytest.importorskip("sklearn")
    from feedback.analysis.train_safeguarding import encode, train

    def quiet(*_args):
        """Swallow the training log."""

    first = encode(train(TINY_SETS, TINY_TRUSTS, c_values=(1.0,), log=quiet))
    second = encode(train({name: list(rows) for name, rows in TINY_SETS.items()}, TINY_TRUSTS,
                          c_values=(1.0,), log=quiet))
    assert first == second
    assert json.loads(first)["training_digest"] == json.loads(second)["training_digest"]


def test_the_training_digest_changes_with_a_label():
    from feedback.analysis.train_safeguarding import digest

    flipped = {**TINY_SETS, "batch": [(text, 1 - label) for text, label in TINY_SETS["batch"]]}
    assert digest(TINY_SETS, {"C": 1.0}) != digest(flipped, {"C": 1.0})
    assert digest(TINY_SETS, {"C": 1.0}) != digest(TINY_SETS, {"C": 3.0})


def test_the_third_held_out_split_is_fixed_stratified_and_halves_each_category():
    from feedback.analysis.train_safeguarding import split_by_category

    rows = [{"id": f"r{index:03}", "category": category, "is_disclosure": disclosure}
            for index, (category, disclosure) in enumerate(
                [("fgm", "1")] * 17 + [("neglect", "1")] * 17 + [("none", "0")] * 275)]
    halves = split_by_category(rows)
    assert halves == split_by_category(list(reversed(rows)))
    for category, size in (("fgm", 17), ("neglect", 17), ("none", 275)):
        dev = sum(halves[row["id"]] == "dev" for row in rows if row["category"] == category)
        assert dev == size - size // 2


def test_training_reads_only_the_dev_half_of_each_split_held_out_set():
    from feedback.analysis.train_safeguarding import (
        HELDOUT3_DEV,
        SETS_DIR,
        SPLIT_SETS,
        read_sets,
        split_by_category,
    )
    from feedback.analysis.wordforms import normalise
    from tests.feedback.analysis.evaluation import load_safeguarding_set

    sets = read_sets()
    for name in SPLIT_SETS:
        rows = load_safeguarding_set(SETS_DIR / f"safeguarding_{name}.csv")
        halves = split_by_category(rows)
        dev = [normalise(row["text"]) for row in rows if halves[row["id"]] == HELDOUT3_DEV]
        assert name not in sets
        assert [text for text, _ in sets[f"{name}_{HELDOUT3_DEV}"]] == dev
        assert len(dev) < len(rows)
