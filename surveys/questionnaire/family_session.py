"""The family's session: which questionnaire this browser may write to, and ending it.

A personal link swaps its token for a session holding the response, the link and the link's
session version; "Exit this page" adds one to that version, so the session ends on the server.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from flask import request, session
from flask_login import current_user
from sqlalchemy import bindparam, exists, select, update
from sqlalchemy.exc import SQLAlchemyError

from family_by_family_scale import instrument_for
from family_by_family_scale.free_text import comment_questions
from surveys.questionnaire.plan import Page, instrument_audience, plan_pages
from surveys.records.db import get_session
from surveys.records.enums import CompletionMode, MemberRole, WaveKind
from surveys.records.models import Case, FamilyMember, Goal, Invitation, Response, Wave
from surveys.staff.access import case_scope
from surveys.web.errors import roll_back_quietly

SESSION_RESPONSE = "fv_response"
SESSION_INVITATION = "fv_invitation"
SESSION_VERSION = "fv_session_version"


@dataclass(frozen=True, slots=True)
class ResponseRecord:
    """What the pages need of a response (read as plain columns: see _LOAD)."""

    id: int
    wave_id: int
    member_id: int
    instrument_code: str
    instrument_version: int
    mode: CompletionMode
    entered_by_id: int | None
    pages_done: list[str]
    submitted_at: datetime | None

    @property
    def is_submitted(self) -> bool:
        """Whether the member has sent their answers."""
        return self.submitted_at is not None


@dataclass(frozen=True, slots=True)
class WaveRecord:
    """The wave a response belongs to."""

    id: int
    kind: WaveKind


@dataclass(frozen=True, slots=True)
class MemberRecord:
    """The family member answering."""

    id: int
    first_name: str
    member_role: MemberRole
    # Their yes or no to their own results going in the family's booklet (the thank-you page).
    shares_results: bool | None


@dataclass(frozen=True, slots=True)
class CaseRecord:
    """The case the member's family is supported under."""

    id: int
    locality_id: int | None


@dataclass(frozen=True, slots=True)
class LinkRecord:
    """The personal link this browser opened the questionnaire with."""

    wave_id: int
    member_id: int
    expires_at: datetime
    revoked_at: datetime | None
    used_at: datetime | None
    session_version: int

    def is_live(self, now: datetime) -> bool:
        """Whether the link still opens the questionnaire (as Invitation.is_live)."""
        return self.revoked_at is None and self.used_at is None and now < self.expires_at


class Questionnaire:
    """The response being filled in, with what is needed to show its pages."""

    def __init__(self, response: ResponseRecord, wave: WaveRecord, member: MemberRecord,
                 case: CaseRecord, has_goals: bool) -> None:
        self.response = response
        self.wave = wave
        self.member = member
        self.case = case
        # The version the response was started on, even if the member's age band moved on since.
        instrument = instrument_for(response.instrument_code, response.instrument_version)
        self.audience = instrument_audience(instrument)
        self.pages = plan_pages(member.member_role.value, wave.kind.value, has_goals,
                                instrument=instrument)
        # The free-text questions (key, wording) this member answers at this wave.
        self.questions = comment_questions(self.audience, wave.kind.value)

    @cached_property
    def goals(self) -> list[Goal]:
        """The family's goals, read only by the pages that show them (most saves never do)."""
        return list(get_session().scalars(
            select(Goal).where(Goal.case_id == self.case.id).order_by(Goal.position)))

    @property
    def is_assisted(self) -> bool:
        """Whether a keyworker is entering the answers (with the family or from paper)."""
        return self.response.mode is not CompletionMode.ONLINE

    def position(self, page: Page) -> int:
        """1-based position of a page."""
        return self.pages.index(page) + 1


_RESPONSE = (Response.id, Response.wave_id, Response.member_id, Response.instrument_code,
             Response.instrument_version, Response.mode, Response.entered_by_id,
             Response.pages_done, Response.submitted_at)
_WAVE = (Wave.id, Wave.kind)
_MEMBER = (FamilyMember.id, FamilyMember.first_name, FamilyMember.member_role,
           FamilyMember.shares_results)
_CASE = (Case.id, Case.locality_id)
_LINK = (Invitation.wave_id, Invitation.member_id, Invitation.expires_at, Invitation.revoked_at,
         Invitation.used_at, Invitation.session_version)

# One joined query rather than a look-up per object: every page view and save starts here.
# Whether the family has goals decides the page plan; the goals themselves are read later, only
# by the pages that show them. Built once with bound parameters: constructing the statement
# afresh on every save cost as much CPU as running it (issue 17's save profile). It reads plain
# columns on the session's connection rather than five ORM objects: making and tracking those
# cost a save more than the query itself, and the pages only read them (a save writes with
# its own statements).
_LOAD = (select(*_RESPONSE, *_WAVE, *_MEMBER, *_CASE, Invitation.id, *_LINK,
                exists().where(Goal.case_id == Case.id))
         .join(Wave, Wave.id == Response.wave_id)
         .join(FamilyMember, FamilyMember.id == Response.member_id)
         .join(Case, Case.id == Wave.case_id)
         .outerjoin(Invitation, Invitation.id == bindparam("invitation_id"))
         .where(Response.id == bindparam("response_id")))


def _load(response_id: int, invitation_id: int) -> tuple[Questionnaire, LinkRecord | None] | None:
    """A response with what its pages need, and the link this browser opened it with (if any)."""
    row = get_session().connection().execute(_LOAD, {"response_id": response_id,
                                                     "invitation_id": invitation_id}).first()
    if row is None:
        return None
    values = iter(row)

    def take(columns: tuple) -> list:
        return [next(values) for _column in columns]

    response, wave = ResponseRecord(*take(_RESPONSE)), WaveRecord(*take(_WAVE))
    member, case = MemberRecord(*take(_MEMBER)), CaseRecord(*take(_CASE))
    link_id, link, has_goals = next(values), take(_LINK), next(values)
    q = Questionnaire(response, wave, member, case, bool(has_goals))
    return q, (None if link_id is None else LinkRecord(*link))


def current_questionnaire(now: datetime, *, allow_submitted: bool = False) -> Questionnaire | None:
    """The questionnaire this browser may write to: by a live link, or a keyworker with the case."""
    response_id = session.get(SESSION_RESPONSE)
    if not isinstance(response_id, int):
        return None
    loaded = _load(response_id, session.get(SESSION_INVITATION) or 0)
    if loaded is None:
        return None
    q, invitation = loaded
    if q.response.is_submitted and not allow_submitted:
        return None
    if q.is_assisted:
        if not current_user.is_authenticated:
            return None
        visible = get_session().scalar(select(Case.id).where(Case.id == q.case.id,
                                                             case_scope(current_user)))
        return q if visible else None
    if invitation is None or (invitation.wave_id, invitation.member_id) != (
            q.wave.id, q.member.id) or invitation.revoked_at is not None:
        return None
    if session.get(SESSION_VERSION) != invitation.session_version:
        return None  # ended by "Exit this page" (here or on another copy of this cookie)
    if not q.response.is_submitted and not invitation.is_live(now):
        return None
    return q


def is_family_request() -> bool:
    """Whether this request comes from a family's questionnaire, so an error page keeps the
    family layout ("Exit this page", their language) rather than the staff one."""
    if request.blueprint == "questionnaire":
        return True
    # A family's browser holds their questionnaire but no staff sign-in; a keyworker filling
    # one in keeps the staff layout away from the questionnaire pages.
    if not isinstance(session.get(SESSION_RESPONSE), int):
        return False
    try:
        return not current_user.is_authenticated
    except SQLAlchemyError:  # drawing a 503 while the database is away: no staff to load
        roll_back_quietly()
        return True


def end_family_session(db) -> None:
    """End this browser's family session: on the server (the link's session version moves on,
    so no copy of the cookie opens the answers again) and in the cookie. A keyworker signed in
    keeps their staff session; anyone else's session is emptied."""
    invitation_id = session.get(SESSION_INVITATION)
    if isinstance(invitation_id, int):
        try:
            db.execute(update(Invitation).where(Invitation.id == invitation_id)
                       .values(session_version=Invitation.session_version + 1))
            db.commit()
        except SQLAlchemyError:
            # The database is away: the cookie still goes, and the family still leaves at once.
            roll_back_quietly()
    if _is_staff():
        for key in (SESSION_RESPONSE, SESSION_INVITATION, SESSION_VERSION):
            session.pop(key, None)
    else:
        session.clear()


def _is_staff() -> bool:
    try:
        return bool(current_user.is_authenticated)
    except SQLAlchemyError:
        roll_back_quietly()
        return False
