"""The demo council's families as plain values: members, waves, cases and the counts of what was
written, with database ids once inserted. The answer builder and the council builder share them."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, Instrument
from surveys.demo.voices import ADULT, CHILD, YOUNG
from surveys.records.enums import AgeBand, MemberRole, WaveKind, WaveStatus


@dataclass
class DemoMember:
    """A family member as the answer builder needs them."""

    first_name: str
    member_role: MemberRole
    age_band: AgeBand
    id: int | None = None

    @property
    def answers_questionnaire(self) -> bool:
        """Children under 8 are heard through their family, not a questionnaire of their own."""
        return self.age_band is not AgeBand.UNDER_8

    @property
    def audience(self) -> str:
        """Whose words this member writes in: an adult's, a young person's or a child's."""
        return {MemberRole.PARENT_CARER: ADULT, MemberRole.YOUNG_PERSON: YOUNG,
                MemberRole.CHILD: CHILD}[self.member_role]

    @property
    def instrument(self) -> Instrument:
        """Children get the child questionnaire; parents and young people the adult one."""
        return FAMILY_OUTCOMES_CHILD if self.member_role is MemberRole.CHILD else FAMILY_OUTCOMES


@dataclass
class DemoWave:
    """A wave as the answer builder needs it."""

    kind: WaveKind
    due_on: date
    status: WaveStatus = WaveStatus.SCHEDULED
    completed_on: date | None = None
    id: int | None = None


@dataclass
class DemoCase:
    """A case, its family and its waves, as plain values with database ids once inserted."""

    family_name: str
    members: list[DemoMember]
    waves: list[DemoWave]
    opened_on: date
    keyworker_id: int
    keyworker_name: str
    manager_id: int
    closed_on: date | None = None
    must_flag: bool = False  # plant an unacknowledged safeguarding flag (demo keyworker)
    must_start: bool = False  # plant a started-but-not-sent questionnaire
    id: int | None = None

    def wave(self, kind: WaveKind) -> DemoWave:
        """The case's start, middle or close wave."""
        return next(w for w in self.waves if w.kind is kind)


@dataclass
class DemoCounts:
    """How many rows the answer builder wrote."""

    goals: int = 0
    responses: int = 0
    in_progress: int = 0
    answers: int = 0
    goal_ratings: int = 0
    comments: int = 0
    flags: int = 0
    unacknowledged_flags: int = 0
    quotes: int = 0
    analyses: int = 0

    @property
    def rows(self) -> int:
        """Every row written."""
        return self.goals + self.responses + self.answers + self.goal_ratings + self.comments
