"""Keeping a comment's analysis with it, made once at submission (reports never re-analyse)."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from feedback.analysis.analyser import ANALYSER_VERSION, analyse
from feedback.analysis.codebook import CODEBOOK_VERSION
from surveys.records.models import Case, Comment, Family, FamilyMember, Response, Wave
from surveys.records.staff import StaffUser


def known_names_for(session: Session, response: Response) -> tuple[str, ...]:
    """Names the system knows near this comment: the family's members, its name, its keyworker."""
    wave = session.get(Wave, response.wave_id)
    case = session.get(Case, wave.case_id)
    family = session.get(Family, case.family_id)
    members = session.scalars(select(FamilyMember.first_name)
                              .where(FamilyMember.family_id == family.id)).all()
    keyworker = session.get(StaffUser, case.keyworker_id)
    names = [*members, family.family_name, *(keyworker.display_name.split() if keyworker else [])]
    return tuple(n for n in names if n)


def store_analysis(comment: Comment, *, question: str, known_names: Iterable[str],
                   known_schools: Iterable[str] = (), now: datetime) -> Comment:
    """Analyse a comment and keep the result, with the analyser's and codebook's versions."""
    result = analyse(comment.text, question, known_names=tuple(known_names),
                     known_schools=tuple(known_schools))
    comment.sentiment = result.sentiment
    comment.polarity = result.polarity
    comment.sentiment_cues = list(result.sentiment_cues)
    comment.themes = list(result.theme_codes)
    comment.theme_cues = {m.code: list(m.cues) for m in result.themes}
    comment.is_safeguarding = result.is_safeguarding
    comment.safeguarding_categories = list(result.safeguarding_categories)
    comment.safeguarding_cues = list(result.safeguarding_cues)
    comment.redacted_text = result.redacted_text
    comment.analyser_version = result.analyser_version
    comment.codebook_version = result.codebook_version
    comment.analysed_at = now
    return comment


def needs_reanalysis(comment: Comment) -> bool:
    """Whether the analyser or codebook changed since this comment was analysed."""
    return (comment.analyser_version != ANALYSER_VERSION
            or comment.codebook_version != CODEBOOK_VERSION)
