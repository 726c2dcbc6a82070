"""The free-text questions that close the questionnaire, in the words each audience reads.

Adults and young people read the adult wording, children their own. Keys never change once used:
stored comments and council spreadsheets refer to them.
"""
from __future__ import annotations

from .instrument import N_

HELPED_MOST = "helped_most"
DO_BETTER = "do_better"
ANYTHING_ELSE = "anything_else"

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

# The adult wording names each question on staff pages, in analysis and in exports.
QUESTIONS: dict[str, str] = dict(COMMENT_QUESTIONS["adult"])
