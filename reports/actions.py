""""You said, we did": the actions the service took after hearing from families.

What families are shown of them is surveys.questionnaire.actions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from feedback.analysis.codebook import THEMES
from surveys.records.models import ActionStatus, Locality, ServiceAction

THEME_LABELS: dict[str, str] = {theme.code: theme.label for theme in THEMES}


def theme_label(code: str) -> str:
    """The plain-English label of a codebook theme (the code itself if it has been retired)."""
    return THEME_LABELS.get(code, code.replace("_", " ").capitalize())


@dataclass(frozen=True)
class ActionRecord:
    """One "you said, we did" action as reports show it."""

    id: int
    theme_code: str
    we_heard: str
    we_did: str
    status: ActionStatus
    owner: str
    locality: str | None
    started_on: date
    due_on: date | None
    completed_on: date | None

    @property
    def theme(self) -> str:
        """The theme's plain-English label."""
        return theme_label(self.theme_code)

    @property
    def status_label(self) -> str:
        """Where the action has got to, in the families' words ("We did this")."""
        return self.status.label

    @property
    def where(self) -> str:
        """The locality it applies to, or the whole council."""
        return self.locality or "Whole council"


def _record(action: ServiceAction, locality: str | None) -> ActionRecord:
    return ActionRecord(id=action.id, theme_code=action.theme_code, we_heard=action.we_heard,
                        we_did=action.we_did, status=action.status, owner=action.owner,
                        locality=locality, started_on=action.started_on, due_on=action.due_on,
                        completed_on=action.completed_on)


def load_actions(session: Session, *, locality: str | None = None,
                 started_by: date | None = None) -> tuple[ActionRecord, ...]:
    """Actions for the whole council and (when given) one locality, newest first."""
    query = (select(ServiceAction, Locality.name)
             .join(Locality, ServiceAction.locality_id == Locality.id, isouter=True)
             .order_by(ServiceAction.started_on.desc(), ServiceAction.id.desc()))
    if locality is not None:
        query = query.where(or_(ServiceAction.locality_id.is_(None), Locality.name == locality))
    if started_by is not None:
        query = query.where(ServiceAction.started_on <= started_by)
    return tuple(_record(action, name) for action, name in session.execute(query))
