"""Finding the comments a member of staff may read, filtering them, and the flags still to read.

Scope comes from `surveys.staff.access.case_scope`: a keyworker reads comments from their own caseload,
a team manager their team's; everyone else reads none (commissioners get aggregates in reports).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from feedback.reading import is_flag_overdue
from feedback.reasons import flag_reasons
from surveys.records.enums import MemberRole, WaveKind
from surveys.records.models import (
    Case,
    Comment,
    CouncilSettings,
    Family,
    FamilyMember,
    Locality,
    Response,
    Team,
    Wave,
)
from surveys.records.staff import StaffUser
from surveys.staff.access import case_scope

OPEN_FLAG = "open"  # flagged and not yet acknowledged by a named person
ANY_FLAG = "flagged"


@dataclass(frozen=True)
class FeedbackItem:
    """One comment as staff see it, with the case details around it."""

    comment: Comment
    wave: WaveKind
    case_id: int
    reference: str
    member_role: MemberRole
    team_id: int
    team_name: str
    locality_id: int
    locality_name: str
    keyworker_id: int | None = None
    keyworker_name: str = ""

    @property
    def sentiment(self) -> str | None:
        """The sentiment in use: a staff correction wins over the analyser."""
        return self.comment.effective_sentiment

    @property
    def themes(self) -> list[str]:
        """The theme codes in use: a staff correction wins over the analyser."""
        return self.comment.effective_themes

    @property
    def is_open_flag(self) -> bool:
        """Whether this comment is flagged and nobody has acknowledged it yet."""
        return is_open_flag(self.comment)

    @property
    def is_unread(self) -> bool:
        """Whether no one has read this comment yet (or a new flag means it needs reading again)."""
        return self.comment.read_at is None

    @property
    def reasons(self) -> tuple[str, ...]:
        """Why the comment is flagged, in plain words (empty when it is not flagged)."""
        if not self.comment.is_safeguarding:
            return ()
        return flag_reasons(self.comment.safeguarding_categories)


@dataclass(frozen=True)
class Filters:
    """What the person chose to narrow the list to; an empty string means "any"."""

    theme: str = ""
    sentiment: str = ""
    wave: str = ""
    locality: str = ""
    team: str = ""
    flag: str = ""
    question: str = ""

    def as_args(self) -> dict[str, str]:
        """The chosen filters as query-string arguments, leaving out the empty ones."""
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


FACETS = tuple(f.name for f in fields(Filters))


def is_open_flag(comment: Comment) -> bool:
    """Whether a comment is flagged for a safeguarding read and not yet acknowledged."""
    return bool(comment.is_safeguarding) and comment.flag_acknowledged_at is None


def _scoped(user, *columns) -> Select:
    """Submitted comments from cases in the person's scope (drafts can still change)."""
    return (select(*columns)
            .join(Response, Comment.response_id == Response.id)
            .join(Wave, Response.wave_id == Wave.id)
            .join(Case, Wave.case_id == Case.id)
            .where(case_scope(user), Response.submitted_at.is_not(None)))


def _items_query(user) -> Select:
    # Flags nobody has read come first, then flags already dealt with, then everyone else.
    flag_order = case((and_(Comment.is_safeguarding.is_(True),
                            Comment.flag_acknowledged_at.is_(None)), 0),
                      (Comment.is_safeguarding.is_(True), 1), else_=2)
    keyworker = aliased(StaffUser)
    return (_scoped(user, Comment, Wave.kind, Case.id, Family.reference, FamilyMember.member_role,
                    Team.id, Team.name, Locality.id, Locality.name, keyworker.id,
                    keyworker.display_name)
            .join(Family, Case.family_id == Family.id)
            .join(FamilyMember, Response.member_id == FamilyMember.id)
            .join(Team, Case.team_id == Team.id)
            .join(Locality, Case.locality_id == Locality.id)
            .outerjoin(keyworker, Case.keyworker_id == keyworker.id)
            .order_by(flag_order, Comment.written_at.desc(), Comment.id.desc()))


def feedback_in_scope(session: Session, user) -> list[FeedbackItem]:
    """Every submitted comment the person may read: open flags first, then newest first."""
    return [FeedbackItem(*row) for row in session.execute(_items_query(user)).all()]


def feedback_item(session: Session, user, comment_id: int) -> FeedbackItem | None:
    """One comment the person may read, or None: out of scope looks exactly like not there."""
    row = session.execute(_items_query(user).where(Comment.id == comment_id)).first()
    return FeedbackItem(*row) if row else None


def unread_in_scope(session: Session, user) -> list[FeedbackItem]:
    """Every submitted comment in the person's scope that no one has read yet: open flags
    first, then newest first."""
    query = _items_query(user).where(Comment.read_at.is_(None))
    return [FeedbackItem(*row) for row in session.execute(query).all()]


def flag_read_working_days(session: Session) -> int:
    """The council's working days for acknowledging a flag before it goes to the team manager."""
    days = session.scalar(select(CouncilSettings.flag_read_working_days).limit(1))
    return days or 1


def is_overdue_flag(item: FeedbackItem, now: datetime, working_days: int) -> bool:
    """Whether a comment's flag is still not acknowledged after the council's time to read it."""
    return item.is_open_flag and is_flag_overdue(item.comment.flag_raised_at, now, working_days)


def overdue_first(items: Iterable[FeedbackItem], now: datetime,
                  working_days: int) -> tuple[list[FeedbackItem], list[FeedbackItem]]:
    """The flags not acknowledged in time (oldest first), and the rest in the order given."""
    items = list(items)
    overdue = [item for item in items if is_overdue_flag(item, now, working_days)]
    late = {id(item) for item in overdue}
    overdue.sort(key=lambda item: (item.comment.flag_raised_at, item.comment.id))
    return overdue, [item for item in items if id(item) not in late]


def overdue_flags_in_scope(session: Session, user, now: datetime) -> list[FeedbackItem]:
    """Flags in the person's scope not acknowledged within the council's time, oldest first."""
    query = _items_query(user).where(Comment.is_safeguarding.is_(True),
                                     Comment.flag_acknowledged_at.is_(None))
    items = [FeedbackItem(*row) for row in session.execute(query).all()]
    return overdue_first(items, now, flag_read_working_days(session))[0]


def unacknowledged_flags(session: Session, user) -> list[Comment]:
    """Safeguarding-flagged comments in the person's scope that nobody has acknowledged yet,
    newest first (empty for commissioners and administrators)."""
    query = (_scoped(user, Comment)
             .where(Comment.is_safeguarding.is_(True), Comment.flag_acknowledged_at.is_(None))
             .options(selectinload(Comment.response).selectinload(Response.wave)
                      .selectinload(Wave.case))
             .order_by(Comment.written_at.desc(), Comment.id.desc()))
    return list(session.scalars(query))


def count_unacknowledged_flags(session: Session, user) -> int:
    """How many safeguarding flags in the person's scope still need acknowledging."""
    query = _scoped(user, func.count(Comment.id)).where(
        Comment.is_safeguarding.is_(True), Comment.flag_acknowledged_at.is_(None))
    return session.scalar(query) or 0


def facet_values(item: FeedbackItem, facet: str) -> set[str]:
    """The values a comment has for one filter (a comment can have several themes)."""
    if facet == "theme":
        return set(item.themes)
    if facet == "sentiment":
        return {item.sentiment} if item.sentiment else set()
    if facet == "wave":
        return {item.wave.value}
    if facet == "locality":
        return {str(item.locality_id)}
    if facet == "team":
        return {str(item.team_id)}
    if facet == "question":
        return {item.comment.question}
    if facet == "flag":
        if not item.comment.is_safeguarding:
            return set()
        return {ANY_FLAG, OPEN_FLAG} if item.is_open_flag else {ANY_FLAG}
    raise ValueError(f"unknown filter {facet!r}")


def matches(item: FeedbackItem, filters: Filters, *, ignoring: str | None = None) -> bool:
    """Whether a comment passes every chosen filter (optionally leaving one filter out)."""
    return all(value in facet_values(item, facet)
               for facet in FACETS
               if facet != ignoring and (value := getattr(filters, facet)))


def filter_items(items: Iterable[FeedbackItem], filters: Filters) -> list[FeedbackItem]:
    """The comments that pass every chosen filter, in the order given."""
    return [item for item in items if matches(item, filters)]


def facet_counts(items: Sequence[FeedbackItem], filters: Filters, facet: str) -> Counter[str]:
    """How many comments each value of a filter would show, given the other filters chosen."""
    counts: Counter[str] = Counter()
    for item in items:
        if matches(item, filters, ignoring=facet):
            counts.update(facet_values(item, facet))
    return counts

