"""Resolving the question a comment answers, from our keys, our wording or a council's own."""
import pytest

from feedback import ANYTHING_ELSE, DO_BETTER, HELPED_MOST, QUESTIONS, analyse, resolve_question


@pytest.mark.parametrize(("value", "expected"), [
    *((key, key) for key in QUESTIONS),
    *((text, key) for key, text in QUESTIONS.items()),
    ("HELPED_MOST", HELPED_MOST),
    ("do better", DO_BETTER),
    ("  WHAT COULD WE DO BETTER  ", DO_BETTER),
    ("what has helped most", HELPED_MOST),
])
def test_our_own_keys_and_wording_resolve_whatever_the_case(value, expected):
    assert resolve_question(value) == expected


@pytest.mark.parametrize(("value", "expected"), [
    ("What could we improve?", DO_BETTER),
    ("What could be better?", DO_BETTER),
    ("Q3. What could be better?", DO_BETTER),
    ("What would you change?", DO_BETTER),
    ("What should we do differently?", DO_BETTER),
    ("Is there anything we could improve on?", DO_BETTER),
    ("Is there anything else we could improve?", DO_BETTER),
    ("What would make things better?", DO_BETTER),
    ("Any suggestions?", DO_BETTER),
    ("What would have helped?", DO_BETTER),
    ("What didn't help?", DO_BETTER),
    ("What wasn't good?", DO_BETTER),
    ("What was least helpful?", DO_BETTER),
    ("What was unhelpful?", DO_BETTER),
    ("What helped the most?", HELPED_MOST),
    ("What has been most helpful?", HELPED_MOST),
    ("What was the best thing about the service?", HELPED_MOST),
    ("What was good?", HELPED_MOST),
    ("What did you like about working with us?", HELPED_MOST),
    ("What difference has the support made?", HELPED_MOST),
    ("What has made things better for your family?", HELPED_MOST),
    ("What has helped you improve things at home?", HELPED_MOST),
    ("Anything else you'd like to tell us?", ANYTHING_ELSE),
    ("Is there anything else?", ANYTHING_ELSE),
    ("Any other comments?", ANYTHING_ELSE),
    ("Anything more?", ANYTHING_ELSE),
    ("Is there anything you want to add?", ANYTHING_ELSE),
    ("Have you got anything else to say?", ANYTHING_ELSE),
    ("Further comments", ANYTHING_ELSE),
])
def test_a_councils_own_wording_resolves_by_its_cue_words(value, expected):
    assert resolve_question(value) == expected


@pytest.mark.parametrize("value", [
    None, "", "   ", "?", "How old are you?", "Which locality do you live in?", "Comments",
    "Postcode", "Your name", "Date of visit", "How did you hear about us?",
    "Tell us about your family", "What happened next?",
])
def test_wording_that_names_no_question_stays_unresolved(value):
    assert resolve_question(value) is None


def test_a_councils_wording_carries_the_question_prior_into_sentiment():
    # "Nothing" praises when asked what to do better, and criticises when asked what helped.
    assert analyse("Nothing", "What could be better?").sentiment == "positive"
    assert analyse("Nothing", "What has been most helpful?").sentiment == "negative"
    assert analyse("Nothing", "How old are you?").sentiment == "mixed"
