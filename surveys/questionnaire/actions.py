"""The "you said, we did" actions families see on their questionnaire's start and thank-you pages:
plain frozen values (what we heard, what we did, how far it has got), never a staff name."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, or_, select
from sqlalchemy.orm import Session

from surveys.records.enums import ActionStatus
from surveys.records.models import ServiceAction


@dataclass(frozen=True)
class FamilyFacingAction:
    """What families see on their questionnaire pages: no owner, no dates, no staff names."""

    we_heard: str
    we_did: str
    status: ActionStatus

    @property
    def status_label(self) -> str:
        """Plain-English status."""
        return self.status.label


def recent_actions(session: Session, limit: int = 3,
                   locality_id: int | None = None) -> tuple[FamilyFacingAction, ...]:
    """The latest actions to show families: done first, then in progress, then planned."""
    order = case((ServiceAction.status == ActionStatus.DONE, 0),
                 (ServiceAction.status == ActionStatus.IN_PROGRESS, 1), else_=2)
    query = select(ServiceAction).order_by(order, ServiceAction.started_on.desc(),
                                           ServiceAction.id.desc()).limit(limit)
    if locality_id is not None:
        query = query.where(or_(ServiceAction.locality_id.is_(None),
                                ServiceAction.locality_id == locality_id))
    return tuple(FamilyFacingAction(a.we_heard, a.we_did, a.status)
                 for a in session.scalars(query))
