"""Syllable counting and the Flesch reading ease formula."""

from __future__ import annotations

import pytest

from family_by_family_scale import count_syllables, flesch_reading_ease


@pytest.mark.parametrize(
    ("word", "syllables"),
    [
        ("we", 1), ("the", 1), ("make", 1), ("makes", 1), ("worked", 1), ("you", 1),
        ("they", 1), ("places", 2), ("people", 2), ("believe", 2), ("future", 2),
        ("decided", 3), ("family", 3), ("together", 3), ("services", 3),
        ("community", 4), ("isolated", 4), ("optimistic", 4), ("abilities", 4),
    ],
)
def test_count_syllables_matches_dictionary_counts_for_common_words(word, syllables):
    assert count_syllables(word) == syllables


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 6 words, 1 sentence, 6 syllables: 206.835 - 1.015 x 6 - 84.6 x 1
        ("The cat sat on the mat.", round(206.835 - 1.015 * 6 - 84.6, 2)),
        # 7 words, 1 sentence, 10 syllables (com-mu-ni-ty)
        ("We do things that help our community.", round(206.835 - 1.015 * 7 - 84.6 * 10 / 7, 2)),
        # 2 sentences of 4 words, 8 syllables
        ("We get on well. We ask for help.", round(206.835 - 1.015 * 4 - 84.6 * 1, 2)),
    ],
)
def test_flesch_reading_ease_follows_the_published_formula(text, expected):
    assert flesch_reading_ease(text) == expected


def test_flesch_reading_ease_refuses_empty_text():
    with pytest.raises(ValueError, match="no text"):
        flesch_reading_ease("  ")
