import pytest

from feedback import check_safeguarding
from feedback.analysis.harms.names import ABUSE, CATEGORIES, UNSAFE, VIOLENCE
from feedback.analysis.safeguarding import check_normalised
from feedback.analysis.wordforms import normalise
from tests.feedback.analysis.evaluation import (
    SAFEGUARDING_CORPUS,
    SENTIMENT_CORPUS,
    load_corpus,
    load_safeguarding_set,
    score_safeguarding,
)

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


@pytest.mark.parametrize(
    ("text", "category"),
    [(row["text"], row["category"]) for row in MUST_FLAG if row["category"] in CATEGORIES],
)
def test_every_disclosure_gets_its_own_kind_of_harm(text, category):
    """Rows labelled with one of today's categories must be reported under it, not just flagged."""
    assert category in check_safeguarding(text).categories, check_safeguarding(text)


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


# The rules below are written from the kinds of harm (Working Together 2023, NSPCC), not from any
# test set: each row is a way a parent, a teenager or a young child might say it.

@pytest.mark.parametrize(
    "text",
    [
        "no one has ever hurt us",
        "nobody has ever hit my children",
        "nobody has ever touched me like that",
        "I have never self-harmed",
        "I'm not suicidal, just tired of waiting",
        "nobody in our house drinks",
        "she never once rushed me or pushed me",
    ],
)
def test_plain_denials_do_not_flag(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text).cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("I don't want to be here any more", "suicidal_thoughts"),
        ("I don't want to wake up tomorrow", "suicidal_thoughts"),
        ("nobody feeds us at weekends", "neglect"),
        ("no one looks after my little brother", "neglect"),
        ("he won't let me see my mum", "domestic_abuse"),
        ("no one would believe me if I told", "domestic_abuse"),
        ("I'm not allowed out unless he comes with me", "domestic_abuse"),
    ],
)
def test_negative_words_do_not_hide_a_disclosure(text, category):
    assert category in check_safeguarding(text).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my stepdad used to hit me", "physical_abuse"),
        ("when I was little my uncle touched me", "sexual_abuse"),
        ("I self-harmed in year 9, not any more", "self_harm"),
        ("I used to think about killing myself", "suicidal_thoughts"),
        ("when we lived with him he checked my phone every night", "domestic_abuse"),
        ("I left him last year after he strangled me", "domestic_abuse"),
        ("mum was on the drink back then and forgot to feed us", "neglect"),
    ],
)
def test_past_harm_still_flags_and_is_marked_past(text, category):
    result = check_safeguarding(text)
    assert result.is_flagged and category in result.categories
    assert result.is_past


@pytest.mark.parametrize("text", ["dad hits me", "I want to die", "there's no food in the house"])
def test_present_harm_is_not_marked_past(text):
    result = check_safeguarding(text)
    assert result.is_flagged and not result.is_past


@pytest.mark.parametrize(
    "text",
    [
        "we killed it at the talent show",
        "I'm dying to meet her new baby",
        "I nearly died laughing at the panto",
        "my boss will kill me if I'm late again",
        "I could murder a curry after that session",
        "shoot me a text when the group is on",
        "I'd kill for a lie-in",
        "the knife skills class at the cookery course was fun",
        "our team got beaten 4-1 on Saturday",
        "the worker took a burden off my shoulders, it was a burden lifted",
        "the school run makes me a slave to the clock",
        "we watched a film about a lost dog that went missing",
        "a session on self-harm for parents was useful",
        "we learned about FGM and forced marriage in PSHE",
        "county lines was the theme of the youth club talk",
        "the B&B we stayed in on holiday was lovely",
        "he got a black eye from a rugby ball",
        "I got pushed over playing tag but it was a game",
        "she burnt her finger on the toaster",
        "we went camping and slept in a tent",
        "the worker asked if anyone hurts us and I said no",
        "he's obsessed with guns in his video games",
        "we bought a new knife block",
    ],
)
def test_figurative_uses_and_topics_do_not_flag(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text).cues


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("kms", "suicidal_thoughts"),
        ("honestly wanna die", "suicidal_thoughts"),
        ("cant take it no more", "suicidal_thoughts"),
        ("gonna unalive myself tbh", "suicidal_thoughts"),
        ("evry1 wud be better off without me", "suicidal_thoughts"),
        ("sh again last nite", "self_harm"),
        ("i been cutting again", "self_harm"),
        ("daddy hurts mummy", "domestic_abuse"),
        ("theres no food", "neglect"),
        ("im gonna shank him", "weapons_or_risk_to_others"),
        ("this guy on snap keeps asking for pics", "online_grooming"),
        ("my online bf is 22", "online_grooming"),
        ("got a burner fone from the older lads", "exploitation"),
        ("been sofa surfing since xmas", "homelessness"),
        ("mums always off her face", "parental_substance_misuse"),
    ],
)
def test_text_speak_and_childrens_words_flag(text, category):
    assert category in check_safeguarding(text).categories


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("they want my sister to be cut when we visit back home", "fgm"),
        ("my parents have found me a husband and I don't want to marry him", "forced_marriage"),
        ("the man who brought us here keeps our passports", "modern_slavery"),
        ("he says the invaders need to be dealt with and watches extremist videos", "radicalisation"),
        ("she hasn't come home for three nights", "missing_children"),
        ("we got evicted and we're sleeping in the car", "homelessness"),
        ("he burnt her hand on the cooker", "physical_abuse"),
    ],
)
def test_less_common_harms_have_their_own_category(text, category):
    assert category in check_safeguarding(text).categories


def test_old_category_names_stay_importable_but_are_no_longer_reported():
    assert {VIOLENCE, ABUSE, UNSAFE}.isdisjoint(CATEGORIES)
    assert len(CATEGORIES) == 16


def test_gates_never_change_a_result():
    texts = [row["text"] for row in CORPUS] + [row["text"] for row in load_corpus(SENTIMENT_CORPUS)]
    for text in texts:
        normalised = normalise(text)
        assert check_normalised(normalised) == check_normalised(normalised, use_gates=False), text


def test_a_second_held_out_set_is_scored_per_kind_with_false_flags_over_all_non_disclosures(tmp_path):
    """The bench scores the lead's second held-out set with this; checked here on a tiny set of our own."""
    path = tmp_path / "tiny.csv"
    path.write_text(
        "id,text,speaker,category,is_disclosure\n"
        "a,dad hits me,child,physical_abuse,1\n"
        "b,the weather was nice,parent,physical_abuse,1\n"
        "c,I want to die,young_person,suicidal_thoughts,1\n"
        "d,we killed it at the panto,parent,none,0\n"
        "e,I cut myself,young_person,none,0\n",
        encoding="utf-8",
    )
    scores = score_safeguarding(load_safeguarding_set(path), check_safeguarding)
    assert scores.disclosures == {"physical_abuse": 2, "suicidal_thoughts": 1}
    assert scores.flagged == {"physical_abuse": 1, "suicidal_thoughts": 1}
    assert scores.right_kind == {"physical_abuse": 1, "suicidal_thoughts": 1}
    assert (scores.negatives, scores.false_flags) == (2, 1)


def test_a_set_without_the_agreed_columns_is_refused_with_a_message(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,text\na,hello\n", encoding="utf-8")
    with pytest.raises(ValueError, match="category, is_disclosure"):
        load_safeguarding_set(path)


@pytest.mark.parametrize(
    "text",
    [
        # what people read, watched, wrote or learned about other people
        "we saw on the news that a lad was stabbed in town, awful",
        "my daughter's essay is about a girl who self harms in a novel",
        "my son asked what grooming means after the assembly",
        # denials of a harm in any word form
        "she is not being groomed, he is her classmate",
        "nobody is forcing my sister to marry, she chose him",
        "my son has never gone missing, he is always home by 8",
        "we are not homeless, we just want a bigger flat",
        "i would never carry a knife",
        "if i ever needed help i would ring the worker",
        # figurative, play, pets and places that are not home
        "the twins were killing themselves laughing at the clown",
        "my brother will kill me if im late for his party",
        "the kids hid behind the sofa playing hide and seek",
        "the kids slept on the floor at their cousins sleepover",
        "there was no heating in the church hall for the group",
        "my teenager is pushing everyone away at the moment, normal stuff",
        "she sold her car to pay for the holiday",
        "the cat keeps running off at night",
        "my boy is obsessed with knives, for carving wood at scouts",
    ],
)
def test_topics_denials_and_figurative_words_by_concept_are_left_alone(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text)


@pytest.mark.parametrize(
    "text",
    [
        "she has never gone missing before and now it has been two days",
        "we are not homeless yet but the bailiffs come on friday",
        "dad will kill me if i tell anyone what he does",
        "my ex said he would kill me if i leave",
        "i'm not being groomed but this man online keeps asking for pics",
        "my dad sold me to his friend for money",
    ],
)
def test_a_denial_that_turns_or_a_threat_still_flags(text):
    assert check_safeguarding(text).is_flagged


@pytest.mark.parametrize(
    "text",
    [
        "the boys had a pillow fight and my youngest hit him with a cushion",
        "my sister chose her own husband and we all love him",
        "he has eczema and scratches his legs at night",
        "she got a scratch on her arm from the next door cat",
        "my dad has a licensed shotgun for clay shooting, it is locked in a cabinet",
        "my husband was circumcised as a baby",
    ],
)
def test_play_consent_skin_complaints_and_lawful_guns_are_left_alone(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text)


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("sometimes i wish i had never been born", "suicidal_thoughts"),
        ("my uncle touches my privates when mum is at work", "sexual_abuse"),
        ("a van keeps picking up my 14 year old at 3am", "exploitation"),
        ("he does not come home for days at a time", "missing_children"),
        ("the little ones have not had a bath for weeks", "neglect"),
        ("the baby's nappy never gets changed when dad has her", "neglect"),
        ("the council put us in a b&b with one bed for four of us", "homelessness"),
        ("if i refuse to marry him they said i will be disowned", "forced_marriage"),
        ("his mum wants to take our daughter to somalia for the cutting", "fgm"),
        ("they showed him how to make bombs in the group chat", "radicalisation"),
        ("they brought a boy from vietnam to work in the nail bar", "modern_slavery"),
    ],
)
def test_indirect_everyday_words_get_their_kind_of_harm(text, category):
    assert category in check_safeguarding(text).categories, check_safeguarding(text)


@pytest.mark.parametrize(
    "text",
    [
        "i would never leave my kids home alone",
        "she runs off to her bedroom to play music after tea",
        "the nurse asked if anyone at home smokes or drinks, and we said no",
        "i whacked my knee on the table leg",
        "we almost lost our home in 2019 but the advice service saved it",
        "our toddler bites his sister at nursery, they say it is teething",
        "we stayed in a travelodge for a weekend break",
    ],
)
def test_denials_accidents_and_toddlers_are_left_alone(text):
    assert not check_safeguarding(text).is_flagged, check_safeguarding(text)
