"""A hand-worked family for the journey tests: answers chosen so every score is obvious.

Grace (parent): every statement 2 at the start, 3 at the middle, 4 at the close.
Tobi (child, 8-12): every statement 3 at the start; at the close the six "Connected to our
community" statements drop to 1 and the rest stay 3. Tobi skips the middle.

Worked by hand:
- Grace: every area and overall 2.0 -> 3.0 -> 4.0; change +2.0.
- Tobi: every area 3.0 at the start; at the close community 1.0, the other areas 3.0, overall
  (6 x 1 + 13 x 3) / 19 = 45/19 = 2.37.
- Family (each person counts equally): start 2.5 everywhere; middle 3.0 (Grace only); close
  community (4 + 1) / 2 = 2.5, other areas (4 + 3) / 2 = 3.5, overall (4 + 45/19) / 2 = 3.18.
"""
from __future__ import annotations

from family_by_family_scale import FAMILY_OUTCOMES
from surveys.records.enums import AgeBand, MemberRole, WaveKind
from tests.factories import add_response, all_items, make_case, wave_of

COMMUNITY = [item.code for item in FAMILY_OUTCOMES.items if item.area == "community"]


def make_okafor_family(db, keyworker, team, *, family_name="Okafor"):
    """The hand-worked family, with two goals, service answers and a flagged comment."""
    case = make_case(db, keyworker, team, family_name=family_name,
                     members=(("Grace", MemberRole.PARENT_CARER, AgeBand.ADULT),
                              ("Tobi", MemberRole.CHILD, AgeBand.CHILD)),
                     goals=("Tobi gets to school on time", "Fewer arguments at home"))
    grace, tobi = case.family.members
    first_goal, second_goal = (goal.id for goal in case.goals)
    start, middle, close = (wave_of(case, k) for k in (WaveKind.START, WaveKind.MIDDLE,
                                                       WaveKind.CLOSE))
    add_response(db, start, grace, all_items(2), goal_ratings={first_goal: 2, second_goal: 3})
    add_response(db, start, tobi, all_items(3), goal_ratings={first_goal: 4})
    add_response(db, middle, grace, all_items(3), service={"SVC01": 4, "SVC07": 5},
                 goal_ratings={first_goal: 5, second_goal: 4})
    add_response(db, close, grace, all_items(4), service={"SVC01": 5, "SVC07": 5},
                 goal_ratings={first_goal: 8, second_goal: 4},
                 comments={"helped_most": "Having someone to call when it got hard."})
    worried = add_response(db, close, tobi, {**all_items(3), **{code: 1 for code in COMMUNITY}},
                           goal_ratings={first_goal: 7},
                           comments={"anything_else": "I am scared to walk home past the park."})
    worried.comments[0].is_safeguarding = True  # as the analyser would flag it
    db.commit()
    return case


def make_three_voices_family(db, keyworker, team, *, family_name="Mensah"):
    """Three members answering at all three waves: Ama (parent) 2 -> 3 -> 4 everywhere, Kofi
    (young person) 3 -> 3 -> 5, Esi (child) 4 -> 4 -> 4 on every statement, so at the close
    all three say every statement is like them (4-5): "you all said"."""
    case = make_case(db, keyworker, team, family_name=family_name,
                     members=(("Ama", MemberRole.PARENT_CARER, AgeBand.ADULT),
                              ("Kofi", MemberRole.YOUNG_PERSON, AgeBand.TEEN),
                              ("Esi", MemberRole.CHILD, AgeBand.CHILD)),
                     goals=("Esi sleeps in her own bed",))
    ama, kofi, esi = case.family.members
    for kind, values in ((WaveKind.START, (2, 3, 4)), (WaveKind.MIDDLE, (3, 3, 4)),
                         (WaveKind.CLOSE, (4, 5, 4))):
        wave = wave_of(case, kind)
        for member, value in zip((ama, kofi, esi), values, strict=True):
            add_response(db, wave, member, all_items(value),
                         service={"SVC01": 4} if kind is not WaveKind.START else None,
                         goal_ratings={case.goals[0].id: value * 2})
    db.commit()
    return case


def agree_to_share(db, *members):
    """These members said yes on their thank-you page: their own results go in the PDF."""
    for member in members:
        member.shares_results = True
    db.commit()
