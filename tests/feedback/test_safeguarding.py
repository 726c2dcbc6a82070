import pytest

from feedback import check_safeguarding
from feedback.safeguarding import CATEGORIES
from tests.feedback.evaluation import SAFEGUARDING_CORPUS, load_corpus

CORPUS = load_corpus(SAFEGUARDING_CORPUS)
MUST_FLAG = [row for row in CORPUS if row["should_flag"] == "yes"]
MUST_NOT_FLAG = [row for row in CORPUS if row["should_flag"] == "no"]


def test_corpus_holds_at_least_100_phrasings():
    assert len(CORPUS) >= 100
    assert len(MUST_FLAG) >= 50 and len(MUST_NOT_FLAG) >= 50


@pytest.mark.parametrize("text", [row["text"] for row in MUST_FLAG])
def test_every_disclosure_is_flagged(text):
    result = check_safeguarding(text)
    assert result.is_flagged
    assert result.cues and set(result.categories) <= set(CATEGORIES)


def test_common_phrases_rarely_flag():
    false_flags = [row["text"] for row in MUST_NOT_FLAG if check_safeguarding(row["text"]).is_flagged]
    assert len(false_flags) / len(MUST_NOT_FLAG) <= 0.05, false_flags


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("dad hits me", "violence"),
        ("I don't want to be alive", "suicidal_thoughts"),
        ("mum's boyfriend scares me", "unsafe_at_home"),
        ("there's no food in the house", "neglect"),
        ("I cut myself", "self_harm"),
        ("older boys make me carry stuff", "exploitation"),
        ("he controls all the money", "abuse"),
    ],
)
def test_disclosures_get_their_category(text, category):
    assert category in check_safeguarding(text).categories


@pytest.mark.parametrize(
    "text",
    ["the worker was a lifesaver", "I'm dying to see the new group",
     "we killed it at the school play", "safe and sound", ""],
)
def test_idioms_do_not_flag(text):
    assert not check_safeguarding(text).is_flagged
