import pytest

from feedback import THEMES, tag_themes
from feedback.analysis.codebook import CODEBOOK_VERSION, THEMES_BY_CODE
from tests.feedback.analysis.evaluation import load_corpus


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("We waited months for anyone to come", "waiting"),
        ("I'm still waiting", "waiting"),
        ("We had to keep changing workers", "key_person"),
        ("The worker changed three times", "key_person"),
        ("Too many professionals telling me different things", "fewer_professionals"),
        ("Nobody kept me informed", "kept_informed"),
        ("She explained everything clearly", "explained"),
        ("It felt like ticking boxes", "not_tick_box"),
        ("I don't know what happens next", "what_next"),
        ("I felt really isolated before the group", "community"),
        ("We argue less as a family", "family_relationships"),
        ("My confidence has grown", "confidence"),
        ("We set goals for the future", "future_goals"),
        ("The damp in our house is terrible", "housing"),
        ("We're in debt and can't pay the bills", "money"),
        ("My son was excluded from school", "school"),
        ("The CAMHS waiting list is a year", "health"),
        ("I was praised for what I'd done", "praise"),
        ("She fought my corner", "champion_challenge"),
        ("Help came far too late", "help_sooner"),
        ("Support for my other children too", "whole_family"),
        ("I felt listened to", "listened_to"),
        ("I never know who to call", "one_front_door"),
        ("More time with the worker please", "more_time"),
    ],
)
def test_theme_found_in_any_word_form(text, code):
    assert code in tag_themes(text).codes


def test_themes_carry_cues_and_codebook_version():
    result = tag_themes("We waited ages for housing")
    assert result.codebook_version == CODEBOOK_VERSION
    assert all(match.cues for match in result.themes)


def test_codebook_codes_are_unique_and_described():
    assert len(THEMES_BY_CODE) == len(THEMES)
    assert all(theme.label and theme.description and theme.cues for theme in THEMES)


def test_corpus_themes_are_codebook_codes():
    for row in load_corpus():
        assert {code for code in row["themes"].split(";") if code} <= set(THEMES_BY_CODE)


def test_theme_recall_on_the_corpus_is_useful():
    expected = found = 0
    for row in load_corpus():
        codes = set(tag_themes(row["text"]).codes)
        for code in filter(None, row["themes"].split(";")):
            expected += 1
            found += code in codes
    assert found / expected >= 0.6
