import pytest

from feedback import check_safeguarding
from feedback.analysis.safeguarding import CATEGORIES
from tests.feedback.analysis.evaluation import SAFEGUARDING_CORPUS, load_corpus

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


@pytest.mark.parametrize("text", [row["text"] for row in MUST_NOT_FLAG])
def test_every_near_miss_is_left_alone(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text).cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("dad hits me", "physical_abuse"),
        ("I don't want to be alive", "suicidal_thoughts"),
        ("mum's boyfriend scares me", "physical_abuse"),
        ("there's no food in the house", "neglect"),
        ("I cut myself", "self_harm"),
        ("older boys make me carry stuff", "exploitation"),
        ("he controls all the money", "domestic_abuse"),
        ("I get hit at home", "physical_abuse"),
        ("she was being kicked by the older girls", "physical_abuse"),
        ("I get a smack if I'm naughty", "physical_abuse"),
        ("I cut the skin on my arm", "self_harm"),
        ("she has burns on her legs from a lighter", "self_harm"),
        ("mum drinks and forgets to feed us", "neglect"),
        ("nobody feeds us", "neglect"),
        ("there is never any food", "neglect"),
        ("he forces me to have sex", "sexual_abuse"),
        ("my stepdad touches my private parts", "sexual_abuse"),
        ("dad gets really angry and throws things", "physical_abuse"),
        ("he smashes the telly when he is drunk", "physical_abuse"),
        ("my ex stalks me", "domestic_abuse"),
        ("my ex keeps following me home from work", "domestic_abuse"),
        ("my boyfriend tracks my phone", "domestic_abuse"),
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


@pytest.mark.parametrize(
    "text",
    [
        "my son got hit by a ball at football and the worker helped",
        "she got kicked in the match on Saturday",
        "I was never hit as a child",
        "I was hurt that nobody rang me back",
        "we were hit hard by the cost of living",
        "I burnt my hand on the oven",
        "we cut back on takeaways",
        "we cut the sessions to one a week",
        "nobody fed back after the meeting",
        "I was fed up of waiting",
        "the food bank voucher helped",
        "there was not enough food at the party",
        "I was angry at the school but the worker calmed things down",
        "he broke down in tears when we got the house",
        "my partner turned up to the group and loved it",
        "my ex has the kids every other weekend and it works well",
    ],
)
def test_near_misses_of_the_general_rules_do_not_flag(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text).cues
