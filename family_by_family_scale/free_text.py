"""The free-text questions that close the questionnaire, in the words each audience reads.

Adults and young people read the adult wording, children their own. On the day support begins
nothing has helped yet, so the start questionnaire asks what the family would like help with;
the middle and closing ones ask what has helped most. Keys never change once used: stored
comments and council spreadsheets refer to them.
"""
from __future__ import annotations

from .instrument import N_

HELPED_MOST = "helped_most"
HELP_WANTED = "help_wanted"
DO_BETTER = "do_better"
ANYTHING_ELSE = "anything_else"

# The middle and closing questionnaires' questions (and, by key, how comments are filed).
COMMENT_QUESTIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "adult": (
        (HELPED_MOST, N_("What has helped most?")),
        (DO_BETTER, N_("What could we do better?")),
        (ANYTHING_ELSE, N_("Is there anything else you want us to know?")),
    ),
    "child": (
        (HELPED_MOST, N_("What has helped you most?")),
        (DO_BETTER, N_("What could we do better?")),
        (ANYTHING_ELSE, N_("Is there anything else you want to tell us?")),
    ),
}

# The start questionnaire's first question, in place of "What has helped most?".
_HELP_WANTED_WORDING = {
    "adult": N_("What would you like help with?"),
    "child": N_("What would you like help with?"),
}


def comment_questions(audience: str, wave_kind: str) -> tuple[tuple[str, str], ...]:
    """The free-text questions (key, wording) this audience answers at this wave."""
    questions = COMMENT_QUESTIONS[audience]
    if wave_kind != "start":
        return questions
    return ((HELP_WANTED, _HELP_WANTED_WORDING[audience]),
            *((key, label) for key, label in questions if key != HELPED_MOST))


# The adult wording names each question on staff pages, in analysis and in exports.
QUESTIONS: dict[str, str] = {**dict(COMMENT_QUESTIONS["adult"]),
                             HELP_WANTED: _HELP_WANTED_WORDING["adult"]}
