"""The free-text questions families answer, shared by the analyser, the CLI and the web app."""

import re

HELPED_MOST = "helped_most"
DO_BETTER = "do_better"
ANYTHING_ELSE = "anything_else"

QUESTIONS = {
    HELPED_MOST: "What has helped most?",
    DO_BETTER: "What could we do better?",
    ANYTHING_ELSE: "Is there anything else you want us to know?",
}


def _fold(value: str) -> str:
    """Lower-case and strip punctuation so spreadsheet variants of a question still match."""
    return " ".join(re.sub(r"[^a-z0-9_ ]+", " ", value.lower()).split())


_LOOKUP = {_fold(key): key for key in QUESTIONS} | {_fold(text): key for key, text in QUESTIONS.items()}
_LOOKUP |= {_fold(key.replace("_", " ")): key for key in QUESTIONS}


def resolve_question(value: str | None) -> str | None:
    """Return the question key for a key or full question text, or None when it is unknown."""
    if not value:
        return None
    return _LOOKUP.get(_fold(value))
