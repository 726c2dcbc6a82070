"""What a family's journey holds: the waves, the plain records it is built from, and the frozen
journey the page and the family's PDF show."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

WAVES: tuple[str, ...] = ("start", "middle", "close")
WAVE_LABELS = {"start": "Start", "middle": "Middle", "close": "Close"}
FAMILY_KEY = "family"
FAMILY_AVERAGE = "Family average"


def _and(words: Sequence[str]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _score(value: float | None) -> str:
    return "no score" if value is None else f"{value:.1f}"


def _signed(value: float) -> str:
    """+1.0, 0.0 or −1.0 (a true minus sign, as the page writes it)."""
    shown = f"{abs(value):.1f}"
    if shown == "0.0":
        return shown
    return ("+" if value > 0 else "−") + shown


# --- inputs ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRecord:
    """A family member, as the journey names them."""

    id: int
    first_name: str
    role_label: str
    shares_results: bool | None = None  # their own answer on the thank-you page; None: not asked
    is_withheld: bool = False  # a keyworker kept their results out of the family's PDF
    withheld_reason: str | None = None  # staff only
    answers_questionnaire: bool = True  # False: under 8, heard through their family

    @property
    def is_in_family_pdf(self) -> bool:
        """Whether their own results go in the family's PDF: they agreed, and no keyworker
        withheld them."""
        return bool(self.shares_results) and not self.is_withheld


@dataclass(frozen=True)
class ResponseRecord:
    """One member's submitted questionnaire at one wave, split by questionnaire."""

    member_id: int
    wave: str
    instrument_code: str
    instrument_version: int
    answers: Mapping[str, int | None]
    # The service statements and "Did we make a difference?" (DIF01), by item code.
    service_answers: Mapping[str, int | None]
    goal_ratings: Mapping[int, int | None]  # goal position (1-3) -> rating 0-10
    # item code -> (questionnaire code, version) each service answer was given in, for its
    # wording and answer words (a young person's own wording); the adult service-experience
    # version 1 where it is not given.
    service_versions: Mapping[str, tuple[str, int]] = field(default_factory=dict)


@dataclass(frozen=True)
class GoalRecord:
    """One of the family's goals, in their words."""

    position: int
    text: str


@dataclass(frozen=True)
class CommentRecord:
    """What a member wrote, with its safeguarding flag (staff only)."""

    id: int
    member_id: int
    wave: str
    question: str
    text: str
    is_safeguarding: bool
    is_acknowledged: bool
    written_at: datetime


# --- outputs -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChangeVerdict:
    """Reliable change between two waves, in plain words and with the numbers behind them."""

    category: str
    words: str
    earlier_wave: str
    later_wave: str
    pre: float
    post: float
    change: float
    rci: float
    threshold: float
    sd: float
    reliability: float
    is_provisional: bool
    source: str


@dataclass(frozen=True)
class AreaRow:
    """One area (or the overall score) at each wave, and its reliable change."""

    code: str
    title: str
    scores: tuple[float | None, ...]  # one per wave in WAVES
    change: float | None
    verdict: ChangeVerdict | None


@dataclass(frozen=True)
class StatementRow:
    """One statement at each wave and its change (the declared 2-point rule)."""

    code: str
    text: str
    area_title: str
    values: tuple[float | None, ...]
    change: float | None
    words: str


@dataclass(frozen=True)
class Voice:
    """The journey of one member, or of the whole family (equal-weight mean of its members)."""

    key: str
    name: str
    role_label: str
    waves: tuple[str, ...]  # waves with answers, in order
    areas: tuple[AreaRow, ...]
    overall: AreaRow
    statements: tuple[StatementRow, ...]
    compared: tuple[str, str] | None
    note: str | None
    compared_members: tuple[str, ...] = ()  # the family only: who its change compares
    left_out: tuple[str, ...] = ()  # the family only: who answered but not at both waves

    @property
    def rows(self) -> tuple[AreaRow, ...]:
        """Area rows then the overall row, as the chart and table show them."""
        return (*self.areas, self.overall)

    @property
    def chart_title(self) -> str:
        """The chart's accessible name."""
        return ("The family's scores" if self.key == FAMILY_KEY
                else f"{self.name}'s scores") + " at " + _and([WAVE_LABELS[w].lower()
                                                              for w in self.waves])

    @property
    def chart_summary(self) -> str:
        """The chart's text alternative: every number it shows, in words."""
        parts = []
        for row in self.rows:
            said = [f"{_score(row.scores[WAVES.index(w)])} at the {w}" for w in self.waves]
            parts.append(f"{row.title}: {', '.join(said)}.")
        return ("Scores from 1 (not at all like us) to 5 (very much like us); higher is better. "
                + " ".join(parts))


@dataclass(frozen=True)
class OtherView:
    """One person's answer to a statement."""

    name: str
    value: int
    label: str


@dataclass(frozen=True)
class Difference:
    """A statement members see differently: a conversation starter, not a verdict."""

    code: str
    text: str
    wave: str
    views: tuple[OtherView, ...]


@dataclass(frozen=True)
class Agreement:
    """A statement everyone who answered rated alike at one end of the scale: "you all said"."""

    code: str
    text: str
    wave: str
    is_like_us: bool  # True: everyone said 4-5 (like us); False: everyone said 1-2 (not like us)
    views: tuple[OtherView, ...]


@dataclass(frozen=True)
class VoiceRow:
    """One voice's scores on one area at each wave, and its change in plain words."""

    key: str
    name: str
    role_label: str
    scores: tuple[float | None, ...]  # one per wave in WAVES
    change: float | None
    verdict: ChangeVerdict | None

    @property
    def is_family(self) -> bool:
        """Whether this row is the family's average rather than one person."""
        return self.key == FAMILY_KEY

    @property
    def words(self) -> str:
        """What changed, in plain words: the person's own verdict, or the family's mean change."""
        if self.verdict is not None:
            return self.verdict.words
        if self.is_family and self.change is not None:
            return f"average change {_signed(self.change)}"
        return "no change to show yet"


@dataclass(frozen=True)
class SideBySide:
    """One area (or the overall score) with every voice on one scale: each member, then the
    family's average."""

    code: str
    title: str
    waves: tuple[str, ...]
    rows: tuple[VoiceRow, ...]

    @property
    def chart_title(self) -> str:
        """The chart's accessible name."""
        return f"{self.title}: each person at " + _and([WAVE_LABELS[w].lower()
                                                       for w in self.waves])

    @property
    def chart_summary(self) -> str:
        """The chart's text alternative: every number it shows, in words."""
        parts = []
        for row in self.rows:
            said = [f"{_score(row.scores[WAVES.index(w)])} at the {w}" for w in self.waves]
            parts.append(f"{row.name}: {', '.join(said)}; {row.words}.")
        return ("Scores from 1 (not at all like us) to 5 (very much like us); higher is better. "
                + " ".join(parts))


def side_by_side(voices: Sequence[Voice], waves: Sequence[str]) -> tuple[SideBySide, ...]:
    """Every area, then the overall score, with each voice's row on it (in the voices' order)."""
    if not voices:
        return ()
    areas = voices[0].rows
    return tuple(
        SideBySide(area.code, area.title, tuple(waves), tuple(
            VoiceRow(v.key, FAMILY_AVERAGE if v.key == FAMILY_KEY else v.name, v.role_label,
                     v.rows[i].scores, v.rows[i].change,
                     v.rows[i].verdict) for v in voices))
        for i, area in enumerate(areas))


@dataclass(frozen=True)
class Praise:
    """Something to praise, said to the family."""

    code: str
    sentence: str
    reason: str


@dataclass(frozen=True)
class MemberGoal:
    """One member's ratings of one goal at each wave, and its change."""

    name: str
    ratings: tuple[int | None, ...]  # one per wave in WAVES
    change: int | None
    words: str | None


@dataclass(frozen=True)
class GoalRow:
    """A family goal with everyone's ratings (0 = not at all, 10 = goal reached)."""

    position: int
    text: str
    members: tuple[MemberGoal, ...]


@dataclass(frozen=True)
class ServiceAnswerRow:
    """One service-experience statement as one member answered it at one wave."""

    text: str
    value: int | None
    label: str


@dataclass(frozen=True)
class DifferenceView:
    """One member's answer at the close to "Has working with us made a difference?"."""

    name: str
    question: str  # in the words they were asked
    value: int | None
    label: str


@dataclass(frozen=True)
class ServiceBlock:
    """One member's service-experience answers at one wave."""

    name: str
    wave: str
    rows: tuple[ServiceAnswerRow, ...]


@dataclass(frozen=True)
class CommentView:
    """A comment as staff see it on the journey page."""

    id: int
    name: str
    wave: str
    question: str
    text: str
    is_safeguarding: bool
    needs_attention: bool


@dataclass(frozen=True)
class Sharing:
    """Whether one member's own results go in the family's PDF, and why (staff only)."""

    member_id: int
    name: str
    shares_results: bool | None
    is_withheld: bool
    withheld_reason: str | None
    answers_questionnaire: bool = True

    @property
    def is_in_family_pdf(self) -> bool:
        """They agreed and no keyworker withheld their results."""
        return bool(self.shares_results) and not self.is_withheld

    @property
    def words(self) -> str:
        """Where things stand, in plain words for staff."""
        if self.is_withheld:
            return "Kept out by a keyworker"
        if not self.answers_questionnaire:
            return "No results of their own: under 8, heard through their family"
        return {True: "In the PDF: they agreed", False: "Not in the PDF: they said no",
                None: "Not in the PDF: not asked yet"}[self.shares_results]


@dataclass(frozen=True)
class FamilyPdf:
    """What the family's own PDF may show: the members who agreed (and were not withheld) by
    name, and a family average no one's withheld or unshared answers can be worked out from."""

    family: Voice | None
    members: tuple[Voice, ...]
    praise: tuple[Praise, ...]
    goals: tuple[GoalRow, ...]
    waves: tuple[str, ...]
    averaged: tuple[str, ...] = ()  # whose answers the family's average holds (names only)
    has_unshown_goal_ratings: bool = False

    @property
    def shows_average_row(self) -> bool:
        """The family's average beside the named members, unless it holds one person only (it
        would repeat their bars, or be them under another name)."""
        return self.family is not None and len(self.averaged) >= 2

    @property
    def side_by_side(self) -> tuple[SideBySide, ...]:
        """Each area with the members shown by name, then the family's average."""
        return side_by_side(self.members + ((self.family,) if self.shows_average_row else ()),
                            self.waves)


@dataclass(frozen=True)
class Journey:
    """Everything the journey page and the family's PDF show."""

    waves: tuple[str, ...]  # waves with any submitted answers
    family: Voice | None
    members: tuple[Voice, ...]
    differences: tuple[Difference, ...]
    praise: tuple[Praise, ...]
    goals: tuple[GoalRow, ...]
    service: tuple[ServiceBlock, ...]
    comments: tuple[CommentView, ...]
    is_provisional: bool
    agreements: tuple[Agreement, ...] = ()
    sharing: tuple[Sharing, ...] = ()
    family_pdf: FamilyPdf | None = None
    made_a_difference: tuple[DifferenceView, ...] = ()  # each member's answer at the close

    @property
    def shared_members(self) -> tuple[str, ...]:
        """The names of the members whose own results appear in the family's PDF."""
        return tuple(v.name for v in self.family_pdf.members) if self.family_pdf else ()

    @property
    def side_by_side(self) -> tuple[SideBySide, ...]:
        """Each area and the total with every member (then the family's average) on one scale."""
        return side_by_side(self.members + ((self.family,) if self.family else ()), self.waves)

    @property
    def voices(self) -> tuple[Voice, ...]:
        """The family first, then each member."""
        return ((self.family,) if self.family else ()) + self.members

    @property
    def unacknowledged_flags(self) -> int:
        """Safeguarding flags no one has acknowledged yet."""
        return sum(c.needs_attention for c in self.comments)
