"""The fixed vocabularies of the system of record (roles, waves, statuses), as plain Python: pure
code (reports, rules) may use them without importing the database layer."""
from __future__ import annotations

import enum


class Role(enum.StrEnum):
    """What a member of staff does, which decides what they may see."""

    KEYWORKER = "keyworker"
    TEAM_MANAGER = "team_manager"
    COMMISSIONER = "commissioner"
    ADMIN = "admin"

    @property
    def label(self) -> str:
        """Plain-English name of the role."""
        return {"keyworker": "Keyworker", "team_manager": "Team manager",
                "commissioner": "Commissioner", "admin": "Administrator"}[self.value]


class MemberRole(enum.StrEnum):
    """A family member's place in the family, which decides the questionnaire version they get."""

    PARENT_CARER = "parent_carer"
    YOUNG_PERSON = "young_person"
    CHILD = "child"

    @property
    def label(self) -> str:
        """Plain-English name of the member role."""
        return {"parent_carer": "Parent or carer", "young_person": "Young person",
                "child": "Child"}[self.value]


class AgeBand(enum.StrEnum):
    """Age bands: enough to choose the right questionnaire and report by age, no birth dates."""

    UNDER_8 = "0-7"
    CHILD = "8-12"
    TEEN = "13-17"
    YOUNG_ADULT = "18-24"
    ADULT = "25-64"
    OLDER = "65+"

    @property
    def label(self) -> str:
        """Plain-English age band."""
        return {"0-7": "Under 8", "8-12": "8 to 12", "13-17": "13 to 17", "18-24": "18 to 24",
                "25-64": "25 to 64", "65+": "65 or over"}[self.value]


class FatherOrMaleCarer(enum.StrEnum):
    """Whether a parent or carer is a father or male carer, as they told their keyworker; not
    recorded (None) until asked, and "prefer not to say" is a full answer."""

    YES = "yes"
    NO = "no"
    PREFER_NOT_TO_SAY = "prefer_not_to_say"

    @property
    def label(self) -> str:
        """Plain-English answer, as the member forms show it."""
        return {"yes": "Yes, a father or male carer", "no": "No",
                "prefer_not_to_say": "Prefer not to say"}[self.value]


class SupportLevel(enum.StrEnum):
    """The level of support a case is held at (Wiltshire's model: early help and "Support" cases)."""

    EARLY_HELP = "early_help"
    SUPPORT = "support"
    STEP_DOWN = "step_down"

    @property
    def label(self) -> str:
        """Plain-English support level."""
        return {"early_help": "Early help", "support": "Support (edge of care)",
                "step_down": "Step down from social care"}[self.value]


class ClosureReason(enum.StrEnum):
    """Why a case closed."""

    OUTCOMES_MET = "outcomes_met"
    STEPPED_UP = "stepped_up"
    STEPPED_DOWN = "stepped_down"
    FAMILY_WITHDREW = "family_withdrew"
    MOVED_AWAY = "moved_away"
    NO_CONTACT = "no_contact"

    @property
    def label(self) -> str:
        """Plain-English closure reason."""
        return {
            "outcomes_met": "Support finished: the family's goals were met",
            "stepped_up": "Stepped up to social care",
            "stepped_down": "Stepped down to universal services",
            "family_withdrew": "The family chose to end support",
            "moved_away": "The family moved out of the area",
            "no_contact": "We lost contact with the family",
        }[self.value]


class WaveKind(enum.StrEnum):
    """When in a case a questionnaire is asked."""

    START = "start"
    MIDDLE = "middle"
    CLOSE = "close"

    @property
    def label(self) -> str:
        """Plain-English wave name."""
        return {"start": "Start", "middle": "Middle", "close": "Close"}[self.value]


class WaveStatus(enum.StrEnum):
    """Stored state of a wave; 'due' and 'overdue' are worked out from the date."""

    SCHEDULED = "scheduled"
    DONE = "done"
    CANCELLED = "cancelled"


class CompletionMode(enum.StrEnum):
    """How a questionnaire was filled in; reports show it because it can change answers."""

    ONLINE = "online"
    ASSISTED = "assisted"
    PAPER = "paper"

    @property
    def label(self) -> str:
        """Plain-English completion mode."""
        return {"online": "On their own device", "assisted": "With their keyworker",
                "paper": "Paper form"}[self.value]


class ActionStatus(enum.StrEnum):
    """Where a "you said, we did" action has got to."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"

    @property
    def label(self) -> str:
        """Plain-English action status."""
        return {"planned": "We will do this", "in_progress": "We are doing this",
                "done": "We did this"}[self.value]


class ErasureStatus(enum.StrEnum):
    """Where a request to erase a family member's personal data has got to."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """Plain-English erasure status."""
        return {"pending": "Waiting for a decision", "approved": "Approved: data erased",
                "rejected": "Rejected"}[self.value]


class RoleChangeStatus(enum.StrEnum):
    """Where a change of someone's role or team, waiting for a second administrator, has got to."""

    PENDING = "pending"
    CONFIRMED = "confirmed"
    REJECTED = "rejected"

    @property
    def label(self) -> str:
        """Plain-English status of a role change."""
        return {"pending": "Waiting for another administrator", "confirmed": "Confirmed",
                "rejected": "Rejected"}[self.value]


class Language(enum.StrEnum):
    """A language family pages are offered in; the value is the Babel locale of its catalogue."""

    ENGLISH = "en_GB"
    WELSH = "cy"
    URDU = "ur"

    @property
    def label(self) -> str:
        """The language's English name, for staff pages."""
        return {"en_GB": "English", "cy": "Welsh", "ur": "Urdu"}[self.value]

    @property
    def native_name(self) -> str:
        """The language's name in itself, as the language switch shows it."""
        return {"en_GB": "English", "cy": "Cymraeg", "ur": "اردو"}[self.value]

    @property
    def tag(self) -> str:
        """The BCP 47 tag for `lang` attributes (en-GB, cy, ur)."""
        return self.value.replace("_", "-")

    @property
    def is_right_to_left(self) -> bool:
        """Whether the language is written right to left (the page then sets dir="rtl")."""
        return self is Language.URDU

    @property
    def needs_review(self) -> bool:
        """Whether its wording is a translation a speaker of the language must confirm."""
        return self is not Language.ENGLISH
