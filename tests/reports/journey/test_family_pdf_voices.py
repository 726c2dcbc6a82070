"""Whose voice goes in the family's PDF: the pure rules, with plain values."""
from __future__ import annotations

import pytest

from reports.journey.build import build_journey, responses_for_family_pdf
from reports.journey.model import GoalRecord, MemberRecord, ResponseRecord
from tests.factories import all_items


def _member(member_id: int, name: str, shares: bool | None, withheld: bool = False):
    return MemberRecord(member_id, name, "Parent or carer", shares, withheld,
                        "a reason" if withheld else None)


def _answers(member_id: int, wave: str, value: int) -> ResponseRecord:
    return ResponseRecord(member_id, wave, "family-outcomes", 1, all_items(value), {},
                          {1: value * 2})


@pytest.mark.parametrize(("sharing", "averaged", "named"), [
    # (shares, withheld) per member Ama, Kofi, Esi -> whose answers the average holds, who is named
    (((True, False), (True, False), (True, False)), ("Ama", "Kofi", "Esi"), ("Ama", "Kofi", "Esi")),
    # One unnamed voice beside named ones could be worked out by subtraction: left out.
    (((True, False), (True, False), (None, False)), ("Ama", "Kofi"), ("Ama", "Kofi")),
    # Two unnamed voices mix: both stay in the average, neither is named.
    (((True, False), (False, False), (None, False)), ("Ama", "Kofi", "Esi"), ("Ama",)),
    (((None, False), (None, False), (None, False)), ("Ama", "Kofi", "Esi"), ()),
    # A withheld member is in neither, even though they agreed; then Esi alone is unnamed.
    (((True, False), (True, True), (False, False)), ("Ama",), ("Ama",)),
    (((False, False), (True, True), (False, False)), ("Ama", "Esi"), ()),
])
def test_the_pdf_names_only_who_agreed_and_averages_no_one_who_could_be_worked_out(
        sharing, averaged, named):
    """Named: agreed and not withheld. Averaged: everyone not withheld, except a lone unnamed
    voice at a wave."""
    members = [_member(i, name, shares, withheld)
               for i, (name, (shares, withheld)) in enumerate(zip(("Ama", "Kofi", "Esi"),
                                                                  sharing, strict=True), 1)]
    responses = [_answers(m.id, wave, 3) for m in members for wave in ("start", "close")]
    journey = build_journey(members, responses)
    assert journey.family_pdf.averaged == averaged
    assert journey.shared_members == named
    kept = responses_for_family_pdf(members, responses)
    assert {r.member_id for r in kept} == {m.id for m in members if m.first_name in averaged}


def test_the_lone_unnamed_voice_is_left_out_only_at_the_wave_it_is_alone():
    """Kofi (unnamed) answered at the start with Esi (unnamed) and at the close alone beside Ama
    (named): he stays in the start average and leaves the close one."""
    members = [_member(1, "Ama", True), _member(2, "Kofi", None), _member(3, "Esi", None)]
    responses = [_answers(1, "start", 2), _answers(2, "start", 4), _answers(3, "start", 3),
                 _answers(1, "close", 4), _answers(2, "close", 5)]
    kept = responses_for_family_pdf(members, responses)
    assert [(r.member_id, r.wave) for r in kept] == [(1, "start"), (2, "start"), (3, "start"),
                                                     (1, "close")]
    family = build_journey(members, responses).family_pdf.family
    assert family.overall.scores == (3.0, None, 4.0)


def test_staff_see_where_each_member_stands():
    """The journey page's words for each member's sharing."""
    members = [_member(1, "Ama", True), _member(2, "Kofi", False), _member(3, "Esi", None),
               _member(4, "Efua", True, withheld=True),
               MemberRecord(5, "Kojo", "Child", answers_questionnaire=False)]
    journey = build_journey(members, [_answers(m.id, "start", 3) for m in members[:4]])
    assert [(s.name, s.words, s.is_in_family_pdf) for s in journey.sharing] == [
        ("Ama", "In the PDF: they agreed", True),
        ("Kofi", "Not in the PDF: they said no", False),
        ("Esi", "Not in the PDF: not asked yet", False),
        ("Efua", "Kept out by a keyworker", False),
        ("Kojo", "No results of their own: under 8, heard through their family", False),
    ]
    assert journey.sharing[3].withheld_reason == "a reason"


def test_goal_ratings_show_only_for_members_named():
    """Kofi's goal rating stays out of the PDF's goals; the PDF says some are not shown."""
    members = [_member(1, "Ama", True), _member(2, "Kofi", False)]
    journey = build_journey(members, [_answers(1, "start", 3), _answers(2, "start", 4)],
                            goals=[GoalRecord(1, "Fewer arguments")])
    assert [m.name for m in journey.goals[0].members] == ["Ama", "Kofi"]  # staff see both
    assert [m.name for m in journey.family_pdf.goals[0].members] == ["Ama"]
    assert journey.family_pdf.has_unshown_goal_ratings
