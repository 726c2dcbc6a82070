"""This council's reliable-change figures freeze once 50 families have answered at the start, equal
the library's estimate from the same answers, and never move afterwards."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from family_by_family_scale import FAMILY_OUTCOMES, estimate_reliability_parameters
from surveys.questionnaire.reliability import freeze_reliability, load_frozen_parameters, start_answers
from surveys.records.db import utcnow
from surveys.records.enums import AgeBand, MemberRole, Role, WaveKind
from surveys.records.models import Case, ReliabilityEstimate
from tests.factories import add_families_answering_start, add_response, make_case, wave_of
from tests.helpers import sign_in


@pytest.fixture
def keyworker(make_staff, team):
    """The keyworker holding every case here."""
    return make_staff(Role.KEYWORKER, team)


def test_fewer_than_50_families_freeze_nothing(db, keyworker, team):
    """49 families are not enough: the figures stay provisional."""
    add_families_answering_start(db, keyworker, team, 49)
    assert freeze_reliability(db, utcnow()) == []
    assert db.scalars(select(ReliabilityEstimate)).all() == []


def test_50_families_freeze_the_library_estimate_for_total_and_areas(db, keyworker, team):
    """At 50 families the total and all four areas freeze, at exactly the library's figures."""
    add_families_answering_start(db, keyworker, team, 50)
    frozen = freeze_reliability(db, utcnow())
    db.commit()
    assert sorted(scope for _, _, scope in frozen) == sorted(
        ["total", "community", "getting_on", "hopes", "confidence"])
    answers = start_answers(db, FAMILY_OUTCOMES)
    assert len(answers) == 50
    stored = load_frozen_parameters(db)
    for scope in ("total", "community"):
        expected = estimate_reliability_parameters(answers, FAMILY_OUTCOMES, scope)
        got = stored[(FAMILY_OUTCOMES.code, FAMILY_OUTCOMES.version, scope)]
        assert got.sd == pytest.approx(expected.sd)
        assert got.reliability == pytest.approx(expected.reliability)
        assert got.n_families == 50 and not got.is_provisional


def test_frozen_figures_never_move(db, keyworker, team):
    """More families later change nothing already frozen, and a second run freezes nothing."""
    add_families_answering_start(db, keyworker, team, 50)
    freeze_reliability(db, utcnow())
    db.commit()
    before = {(r.scope, r.sd, r.reliability) for r in db.scalars(select(ReliabilityEstimate))}
    add_families_answering_start(db, keyworker, team, 20, seed=99)
    assert freeze_reliability(db, utcnow()) == []
    db.commit()
    after = {(r.scope, r.sd, r.reliability) for r in db.scalars(select(ReliabilityEstimate))}
    assert after == before


def test_unsent_and_later_wave_answers_do_not_count(db, keyworker, team):
    """Only sent start-wave questionnaires feed the estimate."""
    add_families_answering_start(db, keyworker, team, 49)
    case = make_case(db, keyworker, team, family_name="Shaw",
                     members=(("Sam", MemberRole.PARENT_CARER, AgeBand.ADULT),))
    add_response(db, wave_of(case, WaveKind.MIDDLE), case.family.members[0],
                 dict.fromkeys(FAMILY_OUTCOMES.item_codes, 3))
    other = make_case(db, keyworker, team, family_name="Shaw",
                      members=(("Sam", MemberRole.PARENT_CARER, AgeBand.ADULT),))
    add_response(db, wave_of(other, WaveKind.START), other.family.members[0],
                 dict.fromkeys(FAMILY_OUTCOMES.item_codes, 3), submitted=False)
    assert freeze_reliability(db, utcnow()) == []


def test_the_journey_page_says_which_figures_it_used(client, db, keyworker, team):
    """Before freezing the page says the figures are provisional; after, that they are the
    council's own."""
    add_families_answering_start(db, keyworker, team, 50)
    assert db.scalars(select(ReliabilityEstimate)).first() is None
    first = db.scalars(select(Case).order_by(Case.id)).first()
    add_response(db, wave_of(first, WaveKind.MIDDLE), first.family.members[0],
                 dict.fromkeys(FAMILY_OUTCOMES.item_codes, 4))
    sign_in(client, keyworker)
    html = client.get(f"/cases/{first.id}/journey").get_data(as_text=True)
    assert "rovisional" in html and "own figures, frozen on" not in html
    freeze_reliability(db, utcnow())
    db.commit()
    html = client.get(f"/cases/{first.id}/journey").get_data(as_text=True)
    assert "own figures, frozen on" in html


def test_the_command_freezes_and_reports(runner, db, keyworker, team):
    """`flask freeze-reliability` freezes what it can and says what stays provisional."""
    add_families_answering_start(db, keyworker, team, 50)
    result = runner.invoke(args=["freeze-reliability"])
    assert result.exit_code == 0, result.output
    assert "50 families have answered at the start" in result.output
    assert "total: frozen now, SD" in result.output
    assert "provisional (needs 50 families" in result.output  # the children's questionnaire
    assert len(db.scalars(select(ReliabilityEstimate)).all()) == 5
