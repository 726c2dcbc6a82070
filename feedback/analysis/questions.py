"""Which free-text question a spreadsheet column or council wording asks (the wording itself is the
scale's: family_by_family_scale.free_text)."""

import re
from functools import lru_cache

from family_by_family_scale.free_text import ANYTHING_ELSE, DO_BETTER, HELPED_MOST, QUESTIONS
from feedback.analysis.wordforms import normalise

__all__ = ["ANYTHING_ELSE", "DO_BETTER", "HELPED_MOST", "QUESTIONS", "resolve_question"]


def _fold(value: str) -> str:
    """Lower-case, spell out "didn't" and strip punctuation so spreadsheet variants still match."""
    return " ".join(re.sub(r"[^a-z0-9_ ]+", " ", normalise(value)).split())


_LOOKUP = {_fold(key): key for key in QUESTIONS} | {_fold(text): key for key, text in QUESTIONS.items()}
_LOOKUP |= {_fold(key.replace("_", " ")): key for key in QUESTIONS}

# Councils word the three questions their own way ("What could be better?", "What has been most
# helpful?", "Any other comments?"). The words that carry the question decide which one it is.
_IMPROVE = re.compile(r"\b(?:improv\w*|chang\w*|differently|worse|suggest\w*|least|missing|unhelpful|"
                      r"do more|more of|less of|do less)\b")
_BETTER = re.compile(r"\bbetter\b")
_HELPED = re.compile(r"\b(?:help|helps|helped|helping|helpful|best|good|useful|liked?|enjoyed|"
                     r"valued|worked well|positive|difference|went well)\b")
_ELSE = re.compile(r"\b(?:else|anything more|something more|any more|other comments?|any other|"
                   r"further|additional|final comments?|add|to add)\b")
# "What would have helped?" and "What did not help?" ask what to do better.
_HYPOTHETICAL = re.compile(r"\b(?:would|could|should|might|can|wish)\b")
_NEGATED = re.compile(r"\b(?:not|never|nothing|least|less)(?: \w+)?$")
# "What has made things better?" asks what helped; "What would make things better?" does not.
_MADE = re.compile(r"\b(?:made|got|gotten|has been|have been)\b")


def _by_cue(folded: str) -> str | None:
    """The question a free wording asks, from the first improvement or help word in it."""
    cues = sorted([(m.start(), DO_BETTER, m) for m in _IMPROVE.finditer(folded)]
                  + [(m.start(), "better", m) for m in _BETTER.finditer(folded)]
                  + [(m.start(), HELPED_MOST, m) for m in _HELPED.finditer(folded)],
                  key=lambda cue: cue[0])
    for start, kind, match in cues:
        before = folded[:start]
        if kind == "better":
            made = _MADE.search(before) and not _HYPOTHETICAL.search(before)
            return HELPED_MOST if made else DO_BETTER
        if kind == HELPED_MOST:
            if match.group(0) in ("like", "liked") and re.search(r"\b(?:d|would)$", before.strip()):
                continue  # "you'd like to tell us" is politeness, not praise
            if _NEGATED.search(before.strip()) or _HYPOTHETICAL.search(before):
                return DO_BETTER
        return kind
    return ANYTHING_ELSE if _ELSE.search(folded) else None


@lru_cache(maxsize=1024)
def _resolve_folded(folded: str) -> str | None:
    """The question for folded text: our own key or wording first, then the cue words."""
    return _LOOKUP.get(folded) or _by_cue(folded)


def resolve_question(value: str | None) -> str | None:
    """Return the question key for a key, the question text or a council's own wording of it
    (case and punctuation ignored), or None when the words say nothing about which question."""
    if not value or not isinstance(value, str):
        return None
    return _resolve_folded(_fold(value))
