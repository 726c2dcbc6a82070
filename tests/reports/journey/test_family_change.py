"""The family's change compares the same people: hand-worked numbers for issue 15's D2 examples.

Pure: `build_journey` on plain records, no database.
"""
from __future__ import annotations

import pytest

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, ReliabilityParameters
from reports.journey.build import build_journey
from reports.journey.model import MemberRecord, ResponseRecord

MUM = MemberRecord(1, "Ama", "Parent or carer")
DAD = MemberRecord(2, "Kofi", "Parent or carer")
CHILD = MemberRecord(3, "Esi", "Child (8 to 12)")


def _answers(value: int) -> dict[str, int]:
    return dict.fromkeys(FAMILY_OUTCOMES.item_codes, value)


def _response(member: MemberRecord, wave: str, value: int, *, child: bool = False
              ) -> ResponseRecord:
    instrument = FAMILY_OUTCOMES_CHILD if child else FAMILY_OUTCOMES
    return ResponseRecord(member.id, wave, instrument.code, instrument.version, _answers(value),
                          {}, {})


def test_no_family_change_when_nobody_answered_twice():
    """Mum answers only at the start (all 1s), her child only at the close (all 5s). The old
    first-wave-against-last-wave family score said +4.0, "a real step forward", but nobody was
    measured twice: there is no family change and no verdict, and the page says why."""
    journey = build_journey([MUM, CHILD], [_response(MUM, "start", 1),
                                           _response(CHILD, "close", 5, child=True)])
    family = journey.family
    assert family.compared is None
    assert family.overall.change is None and family.overall.verdict is None
    assert all(row.change is None and row.verdict is None for row in family.areas)
    assert all(s.change is None for s in family.statements)
    # The scores at each wave are still shown: 1.0 at the start, 5.0 at the close.
    assert family.overall.scores == (1.0, None, 5.0)
    assert family.compared_members == ()
    assert "No one has answered at two different times yet" in family.note
    assert journey.praise == () or all("now" not in p.sentence for p in journey.praise)


def test_family_change_is_the_change_of_those_measured_twice():
    """Mum answers 2 at the start and 2 at the close; Dad joins at the close with all 5s. The old
    family score went 2.0 -> (2 + 5) / 2 = 3.5, "+1.5 improved"; the only person measured twice
    did not change, so the family's change is 0.0 and Dad is named as left out."""
    journey = build_journey([MUM, DAD], [_response(MUM, "start", 2), _response(MUM, "close", 2),
                                         _response(DAD, "close", 5)])
    family = journey.family
    assert family.compared == ("start", "close")
    assert family.overall.change == 0.0
    assert [row.change for row in family.areas] == [0.0, 0.0, 0.0, 0.0]
    assert family.overall.verdict is None  # reliable change is judged per member only
    assert family.overall.scores == (2.0, None, 3.5)  # whoever answered, as before
    assert family.compared_members == ("Ama",) and family.left_out == ("Kofi",)
    assert family.note.startswith("The family's change is the average change of Ama, who "
                                  "answered at both the start and the close")
    assert "Kofi did not answer at both, so is not in it." in family.note
    mum = journey.members[0]
    assert mum.overall.verdict.category == "no_change" and mum.overall.change == 0.0


def test_family_change_is_the_mean_of_each_members_own_change():
    """Mum 2 -> 4 (+2.0), Dad 3 -> 2 (-1.0), child 4 at the middle only: the family's change is
    (2.0 + -1.0) / 2 = +0.5, between the start and the close."""
    journey = build_journey([MUM, DAD, CHILD], [
        _response(MUM, "start", 2), _response(MUM, "close", 4),
        _response(DAD, "start", 3), _response(DAD, "close", 2),
        _response(CHILD, "middle", 4, child=True)])
    family = journey.family
    assert family.overall.change == pytest.approx(0.5)
    assert family.compared_members == ("Ama", "Kofi") and family.left_out == ("Esi",)


def test_family_compares_the_widest_waves_someone_answered_twice():
    """Mum answers at the start and the middle; her child only at the close. The family's waves
    run start to close, but only Mum can be compared, start to middle: 1 -> 3 is +2.0."""
    journey = build_journey([MUM, CHILD], [_response(MUM, "start", 1), _response(MUM, "middle", 3),
                                           _response(CHILD, "close", 5, child=True)])
    assert journey.family.compared == ("start", "middle")
    assert journey.family.overall.change == 2.0


def test_each_member_is_judged_with_their_own_questionnaires_figures():
    """A child 3 -> 2 on everything (-1.0). With the provisional figures (SD 0.75, r 0.85) the
    threshold is 1.96 x sqrt(2) x 0.75 x sqrt(0.15) = 0.81: a reliable fall. With this
    council's frozen child-version figures SD 1.2, r 0.8 it is 1.96 x sqrt(2) x 1.2 x sqrt(0.2)
    = 1.49: about the same. The adult version's figures (SD 0.3, r 0.9, threshold 0.26) never
    judge the child."""
    def params(code, sd, r):
        return ReliabilityParameters(code, 1, "total", sd, r, 60, 0, False, f"{code} own")
    frozen = {("family-outcomes", 1, "total"): params("family-outcomes", 0.3, 0.9),
              ("family-outcomes-child", 1, "total"): params("family-outcomes-child", 1.2, 0.8)}
    responses = [_response(CHILD, "start", 3, child=True), _response(CHILD, "close", 2, child=True)]
    child = build_journey([CHILD], responses, frozen=frozen).members[0]
    assert child.overall.verdict.category == "no_change"
    assert child.overall.verdict.threshold == pytest.approx(1.4875, abs=1e-4)
    assert child.overall.verdict.source == "family-outcomes-child own"
    provisional = build_journey([CHILD], responses).members[0]
    assert provisional.overall.verdict.category == "deteriorated"
