"""Why a comment was flagged, in the plain words staff read: never the analyser's codes or cues.

Keyed by the category names feedback.analysis.safeguarding returns today. The analyser's categories
will grow, so a category without its own sentence gets a general one rather than its code.
"""
from __future__ import annotations

from collections.abc import Iterable

REASONS = {
    "violence": "May be about violence at home",
    "abuse": "May be about someone being abused",
    "self_harm": "May be about someone hurting themselves",
    "suicidal_thoughts": "May be about someone thinking of ending their life",
    "unsafe_at_home": "May be about someone feeling unsafe at home",
    "neglect": "May be about a child not being looked after",
    "exploitation": "May be about a child being exploited",
}
FALLBACK_REASON = "May be about a risk to someone's safety"


def flag_reasons(categories: Iterable[str] | None) -> tuple[str, ...]:
    """The reasons for a flag, one sentence per kind of harm, each said once, in the order the
    analyser gave them (the general sentence when it gave none we have words for)."""
    reasons = tuple(dict.fromkeys(REASONS.get(category, FALLBACK_REASON)
                                  for category in categories or ()))
    return reasons or (FALLBACK_REASON,)
