"""The system of record: council, staff, families, cases, waves and the audit log.

Families are held under a pseudonymous reference; the only identifying details kept are what a
keyworker needs to recognise the people in front of them (a family name and first names).
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from surveys.records.db import Base, UTCDateTime, enum_type, utcnow
from surveys.records.enums import (
    ActionStatus,
    AgeBand,
    ClosureReason,
    CompletionMode,
    ErasureStatus,
    FatherOrMaleCarer,
    MemberRole,
    SupportLevel,
    WaveKind,
    WaveStatus,
)
from surveys.records.staff import StaffUser


class CouncilSettings(Base):
    """One row: the council's name and the settings that shape its cases."""

    __tablename__ = "council_settings"
    id: Mapped[int] = mapped_column(primary_key=True)
    council_name: Mapped[str] = mapped_column(String(120))
    middle_wave_weeks: Mapped[int] = mapped_column(Integer, default=12)
    close_wave_weeks: Mapped[int] = mapped_column(Integer, default=24)
    link_valid_days: Mapped[int] = mapped_column(Integer, default=14)
    retention_months: Mapped[int] = mapped_column(Integer, default=72)
    # How long a safeguarding flag may wait for acknowledgement before it is raised to the
    # keyworker's team manager, in working days (Monday to Friday).
    flag_read_working_days: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    # Who families can contact at the council for help (a phone number, a named team): shown
    # beside Childline, Samaritans and 999 on the family pages that invite them to write.
    help_contact: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Translations a speaker of the language has checked, as the council confirmed (comma-separated
    # language codes); the others are shown to staff as needing review.
    reviewed_languages: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # Messages to families (issue 19): days after an invitation that reminders go (comma-separated),
    # dates the council is closed (ISO dates, comma-separated: nothing is sent on them), the name
    # messages say they are from, and the council's own wording (kind.channel -> text).
    reminder_days: Mapped[str] = mapped_column(String(40), default="3,7", server_default="3,7")
    closed_days: Mapped[str] = mapped_column(Text, default="", server_default="")
    message_sender_name: Mapped[str] = mapped_column(String(80), default="", server_default="")
    message_templates: Mapped[dict | None] = mapped_column(JSON)


class Locality(Base):
    """A geographic area of the council (e.g. North)."""

    __tablename__ = "localities"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)
    teams: Mapped[list[Team]] = relationship(back_populates="locality", order_by="Team.name")


class Team(Base):
    """A locality team of keyworkers with a manager."""

    __tablename__ = "teams"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    locality_id: Mapped[int] = mapped_column(ForeignKey("localities.id"))
    locality: Mapped[Locality] = relationship(back_populates="teams")


class Family(Base):
    """A family known to the service, under a pseudonymous reference."""

    __tablename__ = "families"
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(16), unique=True)
    family_name: Mapped[str] = mapped_column(String(80))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # A legal hold (set by a team manager, with a reason) stops retention touching the family.
    legal_hold: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    legal_hold_reason: Mapped[str | None] = mapped_column(Text)
    # When retention replaced the family's personal data, keeping anonymised statistics.
    anonymised_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    members: Mapped[list[FamilyMember]] = relationship(
        back_populates="family", order_by="FamilyMember.id", cascade="all, delete-orphan")
    cases: Mapped[list[Case]] = relationship(back_populates="family", order_by="Case.opened_on")


class FamilyMember(Base):
    """A person in a family: first name, role in the family and age band only."""

    __tablename__ = "family_members"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    first_name: Mapped[str] = mapped_column(String(60))
    member_role: Mapped[MemberRole] = mapped_column(enum_type(MemberRole, "member_role"))
    age_band: Mapped[AgeBand] = mapped_column(enum_type(AgeBand, "age_band"))
    # For a parent or carer: whether they are a father or male carer (issue 16), so reports can
    # count fathers reached; None until asked. Erasure clears it.
    father_or_male_carer: Mapped[FatherOrMaleCarer | None] = mapped_column(
        enum_type(FatherOrMaleCarer, "father_or_male_carer"))
    # When an approved erasure request (or retention) replaced this person's personal data.
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The language their keyworker set (a Language value); None: their browser's preference.
    language: Mapped[str | None] = mapped_column(String(10))
    # Whether this member agreed, on their thank-you page, that their own results go in the
    # family's "Our journey" PDF: None until asked (and then their results stay out).
    shares_results: Mapped[bool | None] = mapped_column(Boolean)
    shares_results_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # A keyworker kept this member's results out of the family's PDF because sharing them could
    # put a child at risk. The reason is kept here, never in the append-only audit log.
    results_withheld_reason: Mapped[str | None] = mapped_column(Text)
    results_withheld_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    results_withheld_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    family: Mapped[Family] = relationship(back_populates="members")

    @property
    def is_results_withheld(self) -> bool:
        """Whether a keyworker has kept this member's results out of the family's PDF."""
        return self.results_withheld_at is not None

    @property
    def is_in_family_pdf(self) -> bool:
        """Whether this member's own results go in the family's PDF: they agreed, and no
        keyworker withheld them."""
        return bool(self.shares_results) and not self.is_results_withheld

    @property
    def answers_questionnaire(self) -> bool:
        """Children under 8 are heard through their family, not a questionnaire of their own."""
        return self.age_band is not AgeBand.UNDER_8


class Case(Base):
    """A period of support for a family, held by one keyworker in one team."""

    __tablename__ = "cases"
    id: Mapped[int] = mapped_column(primary_key=True)
    family_id: Mapped[int] = mapped_column(ForeignKey("families.id"))
    keyworker_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    locality_id: Mapped[int] = mapped_column(ForeignKey("localities.id"))
    support_level: Mapped[SupportLevel] = mapped_column(enum_type(SupportLevel, "support_level"))
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[ClosureReason | None] = mapped_column(
        enum_type(ClosureReason, "closure_reason"))
    family: Mapped[Family] = relationship(back_populates="cases")
    keyworker: Mapped[StaffUser] = relationship()
    team: Mapped[Team] = relationship()
    locality: Mapped[Locality] = relationship()
    waves: Mapped[list[Wave]] = relationship(
        back_populates="case", order_by="Wave.due_on", cascade="all, delete-orphan")
    goals: Mapped[list[Goal]] = relationship(
        back_populates="case", order_by="Goal.position", cascade="all, delete-orphan")

    @property
    def is_open(self) -> bool:
        """Whether support is still going on."""
        return self.closed_on is None


class Wave(Base):
    """One of the three points (start, middle, close) at which the family is asked."""

    __tablename__ = "waves"
    __table_args__ = (UniqueConstraint("case_id", "kind", name="uq_waves_case_kind"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    kind: Mapped[WaveKind] = mapped_column(enum_type(WaveKind, "wave_kind"))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[WaveStatus] = mapped_column(enum_type(WaveStatus, "wave_status"),
                                               default=WaveStatus.SCHEDULED)
    completed_on: Mapped[date | None] = mapped_column(Date)
    case: Mapped[Case] = relationship(back_populates="waves")


class AuditEvent(Base):
    """Who did what to which record, and when. Rows are only ever added."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_at", "at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    action: Mapped[str] = mapped_column(String(60))
    target_type: Mapped[str | None] = mapped_column(String(40))
    target_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[dict | None] = mapped_column(JSON)
    ip_address: Mapped[str | None] = mapped_column(String(45))
    note: Mapped[str | None] = mapped_column(Text)


# --- Questionnaires: links, responses, answers, goals and comments -----------------------------


class Invitation(Base):
    """A personal questionnaire link for one member at one wave. Only the token's hash is kept."""

    __tablename__ = "invitations"
    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("waves.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("family_members.id"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # The new token, sealed, until the page that shows it once to whoever asked for it.
    shown_token_sealed: Mapped[str | None] = mapped_column(Text)
    # Copied into the family's session when the link opens; "Exit this page" adds one, so that
    # session (and any copy of its cookie) no longer opens the answers.
    session_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    wave: Mapped[Wave] = relationship()
    member: Mapped[FamilyMember] = relationship()

    def is_live(self, now: datetime) -> bool:
        """Whether the link still opens the questionnaire."""
        return self.revoked_at is None and self.used_at is None and now < self.expires_at


class Response(Base):
    """One member's questionnaire at one wave: saved page by page until it is submitted."""

    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("wave_id", "member_id", name="uq_responses_wave_member"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("waves.id"))
    member_id: Mapped[int] = mapped_column(ForeignKey("family_members.id"))
    instrument_code: Mapped[str] = mapped_column(String(40))
    instrument_version: Mapped[int] = mapped_column(Integer)
    mode: Mapped[CompletionMode] = mapped_column(enum_type(CompletionMode, "completion_mode"))
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    pages_done: Mapped[list] = mapped_column(JSON, default=list)
    started_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    wave: Mapped[Wave] = relationship()
    member: Mapped[FamilyMember] = relationship()
    answers: Mapped[list[Answer]] = relationship(back_populates="response", order_by="Answer.id",
                                                 cascade="all, delete-orphan")
    goal_ratings: Mapped[list[GoalRating]] = relationship(back_populates="response",
                                                          cascade="all, delete-orphan")
    comments: Mapped[list[Comment]] = relationship(back_populates="response",
                                                   order_by="Comment.id",
                                                   cascade="all, delete-orphan")

    @property
    def is_submitted(self) -> bool:
        """Whether the member has sent their answers."""
        return self.submitted_at is not None


class Answer(Base):
    """One answer to one statement, under the questionnaire version it was asked in.

    A null value means "Prefer not to say": missing, never zero.
    """

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("response_id", "item_code", name="uq_answers_response_item"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    instrument_code: Mapped[str] = mapped_column(String(40))
    instrument_version: Mapped[int] = mapped_column(Integer)
    item_code: Mapped[str] = mapped_column(String(12))
    value: Mapped[int | None] = mapped_column(Integer)
    answered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    response: Mapped[Response] = relationship(back_populates="answers")


class Goal(Base):
    """One of up to three goals for the family, in the family's own words."""

    __tablename__ = "goals"
    __table_args__ = (UniqueConstraint("case_id", "position", name="uq_goals_case_position"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    case: Mapped[Case] = relationship(back_populates="goals")


class GoalRating(Base):
    """How close to a goal a member felt at a wave, 0 (not at all) to 10 (goal reached)."""

    __tablename__ = "goal_ratings"
    __table_args__ = (UniqueConstraint("response_id", "goal_id", name="uq_goal_ratings_response_goal"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    goal_id: Mapped[int] = mapped_column(ForeignKey("goals.id"))
    rating: Mapped[int | None] = mapped_column(Integer)
    response: Mapped[Response] = relationship(back_populates="goal_ratings")
    goal: Mapped[Goal] = relationship()


class Comment(Base):
    """What a member wrote in answer to one free-text question, with its stored analysis.

    The analysis is made once, at submission, and kept with the analyser's version; staff
    corrections sit beside it and win in reports.
    """

    __tablename__ = "comments"
    __table_args__ = (UniqueConstraint("response_id", "question", name="uq_comments_response_question"),
                      Index("ix_comments_flagged", "is_safeguarding", "flag_acknowledged_at"),
                      Index("ix_comments_read_at", "read_at"))
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"))
    question: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    written_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # analysis, at submission
    sentiment: Mapped[str | None] = mapped_column(String(10))
    polarity: Mapped[float | None] = mapped_column()
    sentiment_cues: Mapped[list | None] = mapped_column(JSON)
    themes: Mapped[list | None] = mapped_column(JSON)
    theme_cues: Mapped[dict | None] = mapped_column(JSON)
    is_safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding_categories: Mapped[list | None] = mapped_column(JSON)
    safeguarding_cues: Mapped[list | None] = mapped_column(JSON)
    redacted_text: Mapped[str | None] = mapped_column(Text)
    analyser_version: Mapped[str | None] = mapped_column(String(20))
    codebook_version: Mapped[str | None] = mapped_column(String(20))
    analysed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # staff corrections and decisions
    corrected_sentiment: Mapped[str | None] = mapped_column(String(10))
    corrected_themes: Mapped[list | None] = mapped_column(JSON)
    corrected_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    flag_acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    flag_acknowledged_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    flag_note: Mapped[str | None] = mapped_column(Text)
    quote_status: Mapped[str] = mapped_column(String(10), default="none")
    quote_text: Mapped[str | None] = mapped_column(Text)
    quote_decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    quote_decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Every comment is read by a person; flags only order the reading. A flag raised after the
    # comment was read (on re-analysis) clears these, so it needs reading again.
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    read_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # When the current flag was raised, if not at submission (None: when the comment was written).
    flagged_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    response: Mapped[Response] = relationship(back_populates="comments")

    @property
    def effective_sentiment(self) -> str | None:
        """The sentiment reports use: a staff correction wins over the analyser."""
        return self.corrected_sentiment or self.sentiment

    @property
    def effective_themes(self) -> list:
        """The themes reports use: a staff correction wins over the analyser."""
        return list(self.corrected_themes if self.corrected_themes is not None else (self.themes or []))

    @property
    def flag_raised_at(self) -> datetime:
        """When the current safeguarding flag was raised: at submission unless re-analysis
        raised it later."""
        return self.flagged_at or self.written_at


# --- Co-production: "you said, we did" ----------------------------------------------------------


class ServiceAction(Base):
    """An action the service took in response to what families said ("you said, we did")."""

    __tablename__ = "service_actions"
    id: Mapped[int] = mapped_column(primary_key=True)
    theme_code: Mapped[str] = mapped_column(String(40))
    we_heard: Mapped[str] = mapped_column(Text)
    we_did: Mapped[str] = mapped_column(Text)
    status: Mapped[ActionStatus] = mapped_column(enum_type(ActionStatus, "action_status"))
    owner: Mapped[str] = mapped_column(String(120))
    locality_id: Mapped[int | None] = mapped_column(ForeignKey("localities.id"))
    started_on: Mapped[date] = mapped_column(Date)
    due_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    locality: Mapped[Locality | None] = relationship()


class CoproductionSession(Base):
    """Families taking part in designing the service: a design session or panel a team held,
    recorded by its team manager (issue 16). Staff-written; it names no family."""

    __tablename__ = "coproduction_sessions"
    __table_args__ = (Index("ix_coproduction_sessions_team_held_on", "team_id", "held_on"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id"))
    held_on: Mapped[date] = mapped_column(Date)
    title: Mapped[str] = mapped_column(String(120))
    worked_on: Mapped[str] = mapped_column(Text)
    families: Mapped[int] = mapped_column(Integer)
    # The "you said, we did" action it fed or followed, if any (kept if the action changes).
    action_id: Mapped[int | None] = mapped_column(ForeignKey("service_actions.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    updated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    team: Mapped[Team] = relationship()
    action: Mapped[ServiceAction | None] = relationship()


def _today() -> date:
    return utcnow().date()


class ReliabilityEstimate(Base):
    """Reliable-change parameters (baseline SD and Cronbach's alpha) for one questionnaire
    version and scope (the total or an area), frozen once enough families have answered.

    A history: a re-estimate adds a row in force from its own date and never replaces an older
    one, so a report for a past quarter can use the figures in force when that quarter closed.
    """

    __tablename__ = "reliability_estimates"
    __table_args__ = (UniqueConstraint("instrument_code", "instrument_version", "scope",
                                       "in_force_from", name="uq_reliability_estimates_in_force"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_code: Mapped[str] = mapped_column(String(40))
    instrument_version: Mapped[int] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(String(40))
    sd: Mapped[float] = mapped_column()
    reliability: Mapped[float] = mapped_column()
    families: Mapped[int] = mapped_column(Integer)
    frozen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    in_force_from: Mapped[date] = mapped_column(Date, default=_today)


# --- Data lifecycle: legal holds, retention and erasure ------------------------------------------


class ErasureRequest(Base):
    """A request to erase one family member's personal data: who asked and why, who decided."""

    __tablename__ = "erasure_requests"
    __table_args__ = (Index("ix_erasure_requests_status", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("family_members.id"))
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"))
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[ErasureStatus] = mapped_column(enum_type(ErasureStatus, "erasure_status"),
                                                  default=ErasureStatus.PENDING)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    decision_note: Mapped[str | None] = mapped_column(Text)
    member: Mapped[FamilyMember] = relationship()
    case: Mapped[Case] = relationship()
    requested_by: Mapped[StaffUser] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[StaffUser | None] = relationship(foreign_keys=[decided_by_id])


# --- Staff roles that give case access, confirmed by a second administrator ------------------------


# --- Messages to families and staff: invitations, reminders, report notices (issue 19) -----------


class Message(Base):
    """One text or email, recorded (with its unique reference) before any sender sees it, so a job
    run twice finds it already sent. `to_address` is personal data: erasure and retention clear it.

    status: queued -> sending -> sent | outbox -> delivered | permanent-failure; temporary-failure
    goes back to queued with `not_before` pushed on (backoff); cancelled when it is no longer due
    (the member answered, the link was replaced, contact was withdrawn)."""

    __tablename__ = "messages"
    __table_args__ = (Index("ix_messages_status_not_before", "status", "not_before"),
                      Index("ix_messages_member", "member_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(64), unique=True)
    # invitation, reminder, last-reminder (the link ends tomorrow), report-ready
    kind: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(10))  # sms or email
    # whose questionnaire the message is about (a child's link goes to a parent's contact)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("family_members.id"))
    # the family member whose contact details it went to, when that is someone else
    recipient_member_id: Mapped[int | None] = mapped_column(ForeignKey("family_members.id"))
    staff_user_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))
    wave_id: Mapped[int | None] = mapped_column(ForeignKey("waves.id"))
    invitation_id: Mapped[int | None] = mapped_column(ForeignKey("invitations.id"))
    to_address: Mapped[str | None] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(200), default="", server_default="")
    body: Mapped[str] = mapped_column(Text, default="", server_default="")
    status: Mapped[str] = mapped_column(String(20), default="queued", server_default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # not sent before this moment (quiet hours, closed days, retry backoff)
    not_before: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # when a worker took it to send: a message left "sending" long after this was cut off mid-send
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    provider: Mapped[str | None] = mapped_column(String(20))  # notify, smtp, outbox
    provider_id: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[str | None] = mapped_column(String(300))
    member: Mapped[FamilyMember | None] = relationship(foreign_keys=[member_id])
    recipient_member: Mapped[FamilyMember | None] = relationship(foreign_keys=[recipient_member_id])


class MemberContact(Base):
    """How a family member wants to hear from us, their details, and the consent behind them.

    Personal data: erasure and retention delete the row. A child under 13 is never contacted
    directly: `via_member_id` names the parent or carer whose phone or email gets their link."""

    __tablename__ = "member_contacts"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("family_members.id"), unique=True)
    # sms, email, or keyworker (only through their keyworker: nothing is sent)
    preference: Mapped[str] = mapped_column(String(10), default="keyworker")
    mobile: Mapped[str | None] = mapped_column(String(20))  # E.164, e.g. +447700900123
    email: Mapped[str | None] = mapped_column(String(320))
    via_member_id: Mapped[int | None] = mapped_column(ForeignKey("family_members.id"))
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    consent_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    # "Don't contact": stops every message, whatever else is set.
    do_not_contact: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    member: Mapped[FamilyMember] = relationship(foreign_keys=[member_id])
    via_member: Mapped[FamilyMember | None] = relationship(foreign_keys=[via_member_id])
    consent_by: Mapped[StaffUser | None] = relationship()
