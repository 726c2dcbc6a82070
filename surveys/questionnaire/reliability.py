"""This council's own reliable-change figures: the baseline SD and Cronbach's alpha of each
outcome questionnaire version, estimated from its start-wave answers and frozen once at least
50 families have answered (Jacobson & Truax need one fixed SD and r per measure; re-estimating
every week would move every family's verdict). Until then readers get the library's documented
provisional figures, marked as provisional.

Frozen sets are a history: each is in force from a day, a deliberate re-estimate
(`re_estimate_reliability`) adds a newer set and never overwrites an older one, and a reader
asks for the set in force on a day (`load_frozen_parameters(db, as_of=...)`), so a report for
a past quarter gives the same figures whenever it is rebuilt."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    FAMILY_OUTCOMES_YOUNG_PEOPLE,
    MINIMUM_FAMILIES_FOR_ESTIMATE,
    Instrument,
    ReliabilityParameters,
    estimate_reliability_parameters,
)
from surveys.records.db import upsert
from surveys.records.enums import WaveKind
from surveys.records.models import Answer, Case, FamilyMember, ReliabilityEstimate, Wave
from surveys.records.models import Response as QuestionnaireResponse

TOTAL = "total"
# Each version has its own figures: provisional until 50 families have answered it.
OUTCOME_QUESTIONNAIRES: tuple[Instrument, ...] = (FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD,
                                                  FAMILY_OUTCOMES_YOUNG_PEOPLE)

Key = tuple[str, int, str]


def scopes_of(instrument: Instrument) -> tuple[str, ...]:
    """The total and every area of a questionnaire: each has its own SD and alpha."""
    return (TOTAL, *(area.code for area in instrument.areas))


def load_frozen_parameters(db: Session, as_of: date | None = None
                           ) -> dict[Key, ReliabilityParameters]:
    """The frozen estimate in force on `as_of` (the newest when None) for every questionnaire
    version and scope that had one then, keyed by questionnaire code, version and scope."""
    query = select(ReliabilityEstimate).order_by(ReliabilityEstimate.in_force_from)
    if as_of is not None:
        query = query.where(ReliabilityEstimate.in_force_from <= as_of)
    frozen = {}
    for row in db.scalars(query):  # oldest first, so the newest in force wins
        frozen[(row.instrument_code, row.instrument_version, row.scope)] = ReliabilityParameters(
            instrument_code=row.instrument_code, version=row.instrument_version, scope=row.scope,
            sd=row.sd, reliability=row.reliability, n_families=row.families,
            n_respondents=0, is_provisional=False, in_force_from=row.in_force_from,
            source=(f"This council's own figures, frozen on {row.frozen_at:%-d %B %Y} from "
                    f"{row.families} families' start answers: SD {row.sd:.3f}, "
                    f"reliability {row.reliability:.3f}."))
    return frozen


def start_answers(db: Session, instrument: Instrument) -> list[tuple[int, dict[str, int | None]]]:
    """(family id, answers) for every sent start-wave questionnaire on this version."""
    rows = db.execute(
        select(QuestionnaireResponse.id, Case.family_id, Answer.item_code, Answer.value)
        .join(Wave, QuestionnaireResponse.wave_id == Wave.id)
        .join(Case, Wave.case_id == Case.id)
        .join(FamilyMember, QuestionnaireResponse.member_id == FamilyMember.id)
        .join(Answer, Answer.response_id == QuestionnaireResponse.id)
        .where(Wave.kind == WaveKind.START,
               QuestionnaireResponse.submitted_at.is_not(None),
               QuestionnaireResponse.instrument_code == instrument.code,
               QuestionnaireResponse.instrument_version == instrument.version,
               Answer.instrument_code == instrument.code))
    by_response: dict[int, tuple[int, dict[str, int | None]]] = {}
    for response_id, family_id, item_code, value in rows:
        by_response.setdefault(response_id, (family_id, {}))[1][item_code] = value
    return list(by_response.values())


def freeze_reliability(db: Session, now: datetime,
                       questionnaires: Sequence[Instrument] = OUTCOME_QUESTIONNAIRES,
                       minimum_families: int = MINIMUM_FAMILIES_FOR_ESTIMATE) -> list[Key]:
    """Estimate and store the figures of every questionnaire version and scope not yet frozen
    whose start wave at least `minimum_families` families have answered; returns what it froze.

    Frozen figures are never replaced (a new wording is a new version, estimated afresh). The
    insert does nothing on a clash, so two families sending at once cannot both freeze or fail.
    Cheap once everything is frozen: one small read.
    """
    have = set(db.execute(select(ReliabilityEstimate.instrument_code,
                                 ReliabilityEstimate.instrument_version,
                                 ReliabilityEstimate.scope)).all())
    return _estimate_and_store(db, now, questionnaires, minimum_families,
                               lambda key: key not in have)


def re_estimate_reliability(db: Session, now: datetime,
                            questionnaires: Sequence[Instrument] = OUTCOME_QUESTIONNAIRES,
                            minimum_families: int = MINIMUM_FAMILIES_FOR_ESTIMATE) -> list[Key]:
    """Estimate every questionnaire version and scope afresh from all start answers so far and
    store the result as a new set in force from today; older sets stay, so reports for quarters
    that closed before today keep their figures. One set per day: a second run the same day
    changes nothing. Returns what it stored."""
    return _estimate_and_store(db, now, questionnaires, minimum_families, lambda key: True)


def _estimate_and_store(db: Session, now: datetime, questionnaires: Sequence[Instrument],
                        minimum_families: int, wanted) -> list[Key]:
    stored: list[Key] = []
    for instrument in questionnaires:
        missing = [scope for scope in scopes_of(instrument)
                   if wanted((instrument.code, instrument.version, scope))]
        if not missing:
            continue
        answers = start_answers(db, instrument)
        if len({family for family, _ in answers}) < minimum_families:
            continue
        for scope in missing:
            estimate = estimate_reliability_parameters(answers, instrument, scope,
                                                       minimum_families=minimum_families)
            if estimate.is_provisional:
                continue
            upsert(db, ReliabilityEstimate.__table__, {
                "instrument_code": instrument.code, "instrument_version": instrument.version,
                "scope": scope, "sd": estimate.sd, "reliability": estimate.reliability,
                "families": estimate.n_families, "frozen_at": now, "in_force_from": now.date(),
            }, conflict=["instrument_code", "instrument_version", "scope", "in_force_from"],
                update=[])
            stored.append((instrument.code, instrument.version, scope))
    return stored
