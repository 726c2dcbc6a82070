"""Why a comment was flagged, in the plain words staff read: never the analyser's codes or cues.

Keyed by the category names feedback.analysis.safeguarding returns today. The analyser's categories
will grow, so a category without its own sentence gets a general one rather than its code.
"""
from __future__ import annotations

from collections.abc import Iterable

REASONS = {
    # the kinds of harm the analyser names (Working Together to Safeguard Children 2023, NSPCC)
    "suicidal_thoughts": "May be about someone thinking of ending their life",
    "self_harm": "May be about someone hurting themselves",
    "domestic_abuse": "May be about violence or control at home",
    "physical_abuse": "May be about someone being hurt",
    "sexual_abuse": "May be about sexual abuse",
    "online_grooming": "May be about a child being groomed online",
    "exploitation": "May be about a child being exploited",
    "missing_children": "May be about a child going missing",
    "neglect": "May be about a child not being looked after",
    "parental_substance_misuse": "May be about a parent's drinking or drug use",
    "homelessness": "May be about a family with nowhere safe to live",
    "forced_marriage": "May be about someone being forced to marry",
    "fgm": "May be about female genital mutilation (cutting)",
    "radicalisation": "May be about someone being drawn into extremism",
    "modern_slavery": "May be about someone being made to work or trafficked",
    "weapons_or_risk_to_others": "May be about a weapon or a risk to other people",
    # no rule named a harm, but the words are like those of past disclosures
    "possible_harm": "May be about harm; please read",
    # names of kinds stored before December 2026, still on comments not yet re-analysed
    "violence": "May be about violence at home",
    "abuse": "May be about someone being abused",
    "unsafe_at_home": "May be about someone feeling unsafe at home",
}
FALLBACK_REASON = "May be about a risk to someone's safety"


def flag_reasons(categories: Iterable[str] | None) -> tuple[str, ...]:
    """The reasons for a flag, one sentence per kind of harm, each said once, in the order the
    analyser gave them (the general sentence when it gave none we have words for)."""
    reasons = tuple(dict.fromkeys(REASONS.get(category, FALLBACK_REASON)
                                  for category in categories or ()))
    return reasons or (FALLBACK_REASON,)
