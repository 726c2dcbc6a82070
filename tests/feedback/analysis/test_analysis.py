import dataclasses

import nltk
import nltk.downloader
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import feedback
from family_by_family_scale.free_text import HELP_WANTED
from feedback import ANALYSER_VERSION, CODEBOOK_VERSION, QUESTIONS, analyse
from feedback.analysis.sentiment import pattern_polarity


def test_one_call_gives_everything_with_versions():
    result = analyse("My worker Sarah was lovely but dad hits me and we waited months",
                     "do_better", known_names=["Sarah"])
    assert result.sentiment == "mixed"
    assert "waiting" in result.theme_codes
    assert result.is_safeguarding and "physical_abuse" in result.safeguarding_categories
    assert "Sarah" not in result.redacted_text
    assert (result.analyser_version, result.codebook_version) == (ANALYSER_VERSION,
                                                                  CODEBOOK_VERSION)


def test_result_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        analyse("ok").sentiment = "positive"


def test_question_constants_are_exported():
    # and the start questionnaire's "What would you like help with?" (issue 17)
    assert set(QUESTIONS) == {feedback.HELPED_MOST, feedback.DO_BETTER, feedback.ANYTHING_ELSE,
                              HELP_WANTED}


@pytest.mark.parametrize(
    "text",
    ["", " ", "\x00", "a\x00b", "🙂🙂🙂", "مرحبا، شكرا جزيلا", "\u202edlrow", "\ud800",
     "x" * 200_000, "wait " * 20_000, "(" * 5000, "0" * 5000],
)
def test_awkward_text_never_raises(text):
    result = analyse(text, "do_better")
    assert result.sentiment in ("positive", "mixed", "negative")
    assert "\x00" not in result.redacted_text


@settings(max_examples=150, deadline=None)
@given(st.text(), st.sampled_from([None, "helped_most", "do_better", "anything_else", "??"]))
def test_any_string_is_analysed(text, question):
    result = analyse(text, question)
    assert -1.0 <= result.polarity <= 1.0


def test_the_analyser_never_touches_nltk_corpora(tmp_path, monkeypatch):
    # The corpora cannot be downloaded where the service runs (see STYLE.md), so any use of
    # TextBlob's .words, .sentences or .tags would fail in production: prove there is none.
    def refuse(*args, **kwargs):
        raise AssertionError("the analyser tried to download NLTK data")

    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setattr(nltk, "download", refuse)
    monkeypatch.setattr(nltk.downloader, "download", refuse)
    monkeypatch.setattr(nltk.downloader.Downloader, "download", refuse)
    pattern_polarity.cache_clear()  # score afresh, not from earlier tests' cache
    comments = [
        ("Sarah was brilliant. She sorted the housing forms and the kids are happier.", "helped_most"),
        ("We waited months for a call back and nobody came", "do_better"),
        ("Nothing", "What could be better?"),
        ("My dad hits me when he's drunk", "anything_else"),
        ("The Tuesday group at Northgate was lovely, but the room was cold", None),
    ]
    results = [analyse(text, question, known_names=["Sarah"]) for text, question in comments]
    assert [result.sentiment for result in results[:3]] == ["positive", "negative", "positive"]
    assert results[3].is_safeguarding
    assert "Sarah" not in results[0].redacted_text
    assert "housing" in results[0].theme_codes and "waiting" in results[1].theme_codes
    assert list(tmp_path.iterdir()) == []
