""""You said, we did": the actions the service took after hearing from families.

What families are shown of them is surveys.questionnaire.actions; reports read them with
reports.quarterly.load.load_actions.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from feedback.analysis.codebook import THEMES
from surveys.records.enums import ActionStatus

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
