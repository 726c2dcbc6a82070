"""The close question "Did we make a difference?", in the families' own words, and how it counts.

Wiltshire wanted to "evidence the distance travelled by a child/family, how they experienced our
support and whether they feel we made a difference" (CSI Phase 1 update, March 2018), and set as
a success measure that "children, young people and families say that our Children's Services have
made a positive difference in their lives" (appendix 6.1.3, 2017). So the close questionnaire asks
it directly, once, after the service-experience statements.

Why its own small questionnaire ("made-a-difference", close only) rather than a version 2 of
"service-experience": a questionnaire version here is one question stem, one answer scale and one
set of waves (`Instrument`), and the form, the check-your-answers page, answer validation and
every report share ("mostly or completely true" = 4 or 5) rely on that. This question differs in
all three: it is its own question, it has its own four-point scale, and it is asked at the close
only. Putting it inside service-experience would need per-item scales and waves, and every loop
over the service statements would have to remember to leave it out, or silently count "A lot"
(4) as "mostly true". As its own questionnaire, with its own measure, it is never averaged or
pooled with the statements, the service-experience statements stay as they were (so answers
given before it existed keep working and compare as before), and it is added, not edited in.
"""
from __future__ import annotations

from .marking import N_

# Four answers in the question's own words, so each reads as a reply to "Has working with us
# made a difference to your family?": "A lot", not "Strongly agree". Words only, no numbers or
# faces; ordered from none to most; no middle point to sit on, because a family knows whether
# things changed; "No difference" rather than "None" or "Not at all", so it reads as a whole
# answer and does not sound like a complaint. It says how much, not whether it was good: the
# comments that follow say why, and the statements before it say how the service felt.
DIFFERENCE_SCALE: tuple[tuple[int, str], ...] = (
    (1, N_("No difference")),
    (2, N_("A little")),
    (3, N_("Quite a lot")),
    (4, N_("A lot")),
)

# "Made a difference", as a share: "Quite a lot" or "A lot" (3 or 4) of those who answered
# ("Prefer not to say" is left out, as for every share). "A little" is not counted: the share
# then mirrors "mostly or completely true" for the statements and is not flattered by lukewarm
# answers, and the report shows how many said "A little" beside it.
MADE_A_DIFFERENCE_FROM = 3

DIFFERENCE_TITLE = N_("Did we make a difference?")
DIFFERENCE_SEED = ("Children, young people and families say that our Children's Services have "
                   "made a positive difference in their lives")
# The hint under the question: the whole of their support, not how this week went.
DIFFERENCE_HINT = N_("Think about the whole time we have worked with you.")

DIFFERENCE_QUESTION = N_("Has working with us made a difference to your family?")
# A young person is asked about themselves as well as their family: the same question (a young
# person is part of their family), said so they can answer for themselves.
DIFFERENCE_QUESTION_YOUNG_PEOPLE = N_(
    "Has working with us made a difference to you and your family?")

# Flesch reading ease, computed once by `readability.flesch_reading_ease` and stored, as for
# every other wording, so a change of wording or formula shows up in the tests.
DIFFERENCE_READING_EASE = 69.78
DIFFERENCE_READING_EASE_YOUNG_PEOPLE = 74.81


def made_a_difference(value: int | None) -> bool | None:
    """Whether an answer counts as "made a difference" (None for "Prefer not to say")."""
    if value is None:
        return None
    return value >= MADE_A_DIFFERENCE_FROM
