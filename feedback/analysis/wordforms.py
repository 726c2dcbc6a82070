"""Text clean-up, tokens and a small suffix-stripping stemmer that need no NLTK corpora."""

import re

# Control characters (NUL included) break databases and CSVs; lone surrogates break encoders.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "`": "'", "\u201c": '"',
                         "\u201d": '"'})
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")

# Families often drop apostrophes ("dont", "isnt"); spell negations out so one rule sees them all.
_CONTRACTIONS = [
    (re.compile(r"\b(can't|cant|cannot)\b"), "can not"),
    (re.compile(r"\b(won't|wont)\b"), "will not"),
    (re.compile(r"\b(shan't)\b"), "shall not"),
    (re.compile(r"\b(ain't)\b"), "is not"),
    (re.compile(r"\b(do|does|did|is|was|are|were|has|have|had|could|would|should|must|need)"
                r"(?:n't|nt)\b"), r"\1 not"),
]


def clean(text: str) -> str:
    """Return text with control characters and lone surrogates removed and quotes made plain."""
    return _CONTROL.sub(" ", text).translate(_QUOTES)


def normalise(text: str) -> str:
    """Return cleaned, lower-cased text with negative contractions spelt out."""
    lowered = " ".join(clean(text).lower().split())
    for pattern, replacement in _CONTRACTIONS:
        lowered = pattern.sub(replacement, lowered)
    return lowered


def tokenise(text: str) -> list[str]:
    """Return the lower-case word tokens of already normalised text."""
    return _TOKEN.findall(text)


def stem(word: str) -> str:
    """Return a crude stem so "waiting", "waited" and "waits" all become "wait"."""
    word = word.lower()
    if word.endswith("'s"):
        word = word[:-2]
    word = word.replace("'", "")
    if len(word) <= 3:
        return word
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("sses", "ss"), ("ness", ""),
                                ("ingly", ""), ("edly", ""), ("ing", ""), ("ed", ""),
                                ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                break
            word = word[: len(word) - len(suffix)] + replacement
            # "stopped" -> "stopp" -> "stop", but keep "ll"/"ss" ("called", "missed").
            if suffix in ("ing", "ed") and len(word) > 3 and word[-1] == word[-2] \
                    and word[-1] not in "lsz":
                word = word[:-1]
            break
    if word.endswith("y") and len(word) > 3:
        word = word[:-1] + "i"
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    return word


def stem_text(text: str) -> str:
    """Return the stems of normalised text joined by single spaces, padded for whole-word matches."""
    return " " + " ".join(stem(token) for token in tokenise(text)) + " "
