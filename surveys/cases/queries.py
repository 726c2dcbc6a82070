"""Reading what the case pages need beyond the cases themselves."""
from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from family_by_family_scale import MemberAnswers, instrument_for
from surveys.records.enums import WaveKind
from surveys.records.models import Response, Wave


def start_and_close_answers(db: Session, case_ids: Iterable[int]
                            ) -> dict[int, tuple[list[MemberAnswers], list[MemberAnswers]]]:
    """Each case's submitted start and close outcome answers, member by member, on the
    questionnaire version each member was given (service-experience answers left out)."""
    ids = sorted(set(case_ids))
    found: dict[int, tuple[list[MemberAnswers], list[MemberAnswers]]] = {i: ([], []) for i in ids}
    if not ids:
        return found
    rows = db.execute(
        select(Response, Wave.case_id, Wave.kind).join(Wave, Response.wave_id == Wave.id)
        .where(Wave.case_id.in_(ids), Wave.kind.in_([WaveKind.START, WaveKind.CLOSE]),
               Response.submitted_at.is_not(None))
        .options(selectinload(Response.answers)).order_by(Response.id))
    for response, case_id, kind in rows:
        answers = {a.item_code: a.value for a in response.answers
                   if a.instrument_code == response.instrument_code}
        instrument = instrument_for(response.instrument_code, response.instrument_version)
        found[case_id][0 if kind is WaveKind.START else 1].append(
            MemberAnswers(str(response.member_id), answers, instrument))
    return found
