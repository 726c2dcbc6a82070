"""Multi-label theme tagging of a comment against the versioned codebook."""

import re
from dataclasses import dataclass

from feedback.analysis.codebook import CODEBOOK_VERSION, THEMES, Theme
from feedback.analysis.wordforms import normalise, stem, stem_text


@dataclass(frozen=True)
class ThemeMatch:
    """One theme found in a comment and the codebook cues that found it."""

    code: str
    cues: tuple[str, ...]


@dataclass(frozen=True)
class ThemeResult:
    """All themes found in a comment, in codebook order, with the codebook version used."""

    themes: tuple[ThemeMatch, ...]
    codebook_version: str

    @property
    def codes(self) -> tuple[str, ...]:
        """Return just the theme codes."""
        return tuple(match.code for match in self.themes)


def _cue_word(word: str) -> str:
    """Return the regex for one cue word: a stem, or a literal prefix when it ends with "*"."""
    if word.endswith("*"):
        return re.escape(word[:-1].replace("'", "")) + r"\S*"
    return re.escape(stem(word))


def compile_cue(cue: str) -> str:
    """Return the regex source that finds a cue in stemmed text."""
    parts = []
    for word in normalise(cue.replace("~", " ~ ")).split():
        if word == "~":
            # Up to three words in between: "help came quickly" and "help was quick" both count.
            parts.append(r"(?: \S+){0,3}")
        else:
            parts.append((" " if parts else "") + _cue_word(word))
    return "".join(parts).replace("  ", " ") + "(?= )"


def _compile_theme(theme: Theme) -> re.Pattern[str]:
    """Return one alternation per theme; the named group says which cue matched."""
    # One word-start check per position, then the cues: far faster on long text.
    return re.compile("(?<= )(?:" + "|".join(f"(?P<c{index}>{compile_cue(cue)})"
                                             for index, cue in enumerate(theme.cues)) + ")")


def _first_words(theme: Theme) -> tuple[frozenset[str], frozenset[str]]:
    """Return the stems and the literal prefixes ("rush*") that a theme's cues can start with."""
    stems, prefixes = set(), set()
    for cue in theme.cues:
        first = normalise(cue.replace("~", " ~ ")).split()[0]
        if first.endswith("*"):
            prefixes.add(first[:-1].replace("'", ""))
        else:
            stems.add(stem(first))
    return frozenset(stems), frozenset(prefixes)


_COMPILED = tuple((theme, _compile_theme(theme), *_first_words(theme)) for theme in THEMES)
_PREFIX_LENGTHS = sorted({len(prefix) for _, _, _, prefixes in _COMPILED for prefix in prefixes})


def tag_stemmed(stemmed: str) -> ThemeResult:
    """Return the themes found in text already passed through stem_text."""
    found = []
    # Every cue starts at a whole stem (or a stem that starts with its prefix): a theme none of whose
    # cues can start here is not searched at all, which halves the time of tagging.
    words = set(stemmed.split())
    starts = words | {word[:length] for word in words for length in _PREFIX_LENGTHS
                      if len(word) >= length}
    for theme, pattern, stems, prefixes in _COMPILED:
        if stems.isdisjoint(starts) and prefixes.isdisjoint(starts):
            continue
        cues = []
        for match in pattern.finditer(stemmed):
            cue = theme.cues[int(match.lastgroup[1:])]
            if cue not in cues:
                cues.append(cue)
        if cues:
            found.append(ThemeMatch(theme.code, tuple(cues)))
    return ThemeResult(tuple(found), CODEBOOK_VERSION)


def tag_themes(text: str) -> ThemeResult:
    """Return the codebook themes a comment touches on, with the cues that matched."""
    return tag_stemmed(stem_text(normalise(text)))
