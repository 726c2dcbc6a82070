"""Plain-English checks for questionnaire wording: Flesch reading ease with textstat's counting."""

from __future__ import annotations

import re

import textstat

# Flesch (1948): 60-70 is "plain English" (readable by 13 to 15 year olds); 80-90 is "easy",
# the band usually given for readers of about 11. Children answering are about 8 to 12.
ADULT_READING_EASE_TARGET = 60.0
CHILD_READING_EASE_TARGET = 80.0

_VOWELS = frozenset("aeiouy")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
_KEEP_E_BEFORE_S = ("s", "x", "z", "c", "g")


def count_syllables(word: str) -> int:
    """Estimate a word's syllables: vowel groups, after dropping silent -e, -es and -ed endings."""
    letters = re.sub(r"[^a-z]", "", word.lower())
    if not letters:
        return 0
    stem = letters
    if len(stem) > 3 and stem.endswith("ed") and stem[-3] not in _VOWELS and stem[-3] not in "td":
        stem = stem[:-2] + "d"
    elif (
        len(stem) > 3
        and stem.endswith("es")
        and stem[-3] not in _VOWELS
        and stem[-3] not in _KEEP_E_BEFORE_S
        and not stem.endswith(("ches", "shes"))
    ):
        stem = stem[:-2] + "s"
    elif (
        len(stem) > 2
        and stem.endswith("e")
        and stem[-2] not in _VOWELS
        and not (stem.endswith("le") and stem[-3] not in _VOWELS)
    ):
        stem = stem[:-1]
    # A leading "y" is a consonant ("you", "yes"); elsewhere it sounds as a vowel ("family").
    if stem.startswith("y"):
        stem = "_" + stem[1:]
    return max(1, len(_VOWEL_GROUP.findall(stem)))


def flesch_reading_ease(text: str) -> float:
    """Flesch reading ease = 206.835 - 1.015 x words/sentences - 84.6 x syllables/words.

    Source: Flesch R. (1948) "A new readability yardstick", J Appl Psychol 32(3):221-233.
    Higher is easier. Words and sentences are counted by textstat; syllables by
    `count_syllables`, because textstat 0.7.13 counts English syllables with NLTK's CMU
    dictionary, which it downloads from the internet on first use: a council server must not
    do that, and the result would then depend on whether the download worked.
    Rounded to 2 decimal places so stored scores can be checked exactly.
    """
    words = textstat.remove_punctuation(text).split()
    if not words:
        raise ValueError("There is no text to score for readability.")
    sentences = max(1, textstat.sentence_count(text))
    syllables = sum(count_syllables(word) for word in words)
    score = 206.835 - 1.015 * len(words) / sentences - 84.6 * syllables / len(words)
    return round(score, 2)


def flesch_kincaid_grade(text: str) -> float:
    """Flesch-Kincaid grade level = 0.39 x words/sentences + 11.8 x syllables/words - 15.59.

    Source: Kincaid J.P. et al. (1975) "Derivation of new readability formulas", Naval Technical
    Training Command report 8-75. A US school grade: lower is easier (grade 5 is about age 10-11
    in England's year 6). Counted as `flesch_reading_ease` counts, for the same offline reason.
    """
    words = textstat.remove_punctuation(text).split()
    if not words:
        raise ValueError("There is no text to score for readability.")
    sentences = max(1, textstat.sentence_count(text))
    syllables = sum(count_syllables(word) for word in words)
    return round(0.39 * len(words) / sentences + 11.8 * syllables / len(words) - 15.59, 2)
