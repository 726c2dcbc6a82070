"""Staff in the system of record: accounts, their two-factor recovery codes, sessions, sign-in
attempts and role changes waiting for a second administrator."""
from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from surveys.records import sealing
from surveys.records.db import Base, UTCDateTime, enum_type, utcnow
from surveys.records.enums import Role, RoleChangeStatus

if TYPE_CHECKING:
    from surveys.records.models import Team


class StaffUser(Base):
    """A member of staff who signs in."""

    __tablename__ = "staff_users"
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    role: Mapped[Role] = mapped_column(enum_type(Role, "staff_role"))
    team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    is_active_account: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    deactivated_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # Two-factor sign-in (TOTP, RFC 6238): the shared key, sealed at rest (surveys.records.sealing;
    # read and set it as `totp_secret`), when the person proved their app has it, and the last
    # time step used, so a code is never accepted twice.
    totp_secret_sealed: Mapped[str | None] = mapped_column(String(255))
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    totp_last_step: Mapped[int | None] = mapped_column(Integer)
    # a commissioner who asked (on their account page) to be emailed when a quarter's report is ready
    wants_report_emails: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    team: Mapped[Team | None] = relationship()

    @property
    def totp_secret(self) -> str | None:
        """The two-factor key in the clear, opened from its sealed form."""
        return None if self.totp_secret_sealed is None else sealing.open_sealed(
            self.totp_secret_sealed)

    @totp_secret.setter
    def totp_secret(self, plain: str | None) -> None:
        self.totp_secret_sealed = None if plain is None else sealing.seal(plain)


class RecoveryCode(Base):
    """A single-use code that stands in for the authenticator app when it is lost (hashed)."""

    __tablename__ = "staff_recovery_codes"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class StaffSession(Base):
    """A signed-in browser session, kept on the server so sign-out and idle time-out can end it."""

    __tablename__ = "staff_sessions"
    id: Mapped[int] = mapped_column(primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[StaffUser] = relationship()


class SignInAttempt(Base):
    """A sign-in attempt, kept to throttle guessing across every server process."""

    __tablename__ = "sign_in_attempts"
    __table_args__ = (Index("ix_sign_in_attempts_email_at", "email", "attempted_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    attempted_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    succeeded: Mapped[bool] = mapped_column(Boolean)


class RoleChange(Base):
    """A change of role or team that would give someone access to case content (families'
    names and what they wrote): asked for by one administrator, applied only when a different
    one confirms it. The role and team it starts from are kept, so a change overtaken by
    another is not confirmed blind. A new account made with a case role waits the same way."""

    __tablename__ = "role_changes"
    __table_args__ = (Index("ix_role_changes_status", "status"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    from_role: Mapped[Role] = mapped_column(enum_type(Role, "role_change_from_role"))
    from_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    to_role: Mapped[Role] = mapped_column(enum_type(Role, "role_change_to_role"))
    to_team_id: Mapped[int | None] = mapped_column(ForeignKey("teams.id"))
    # A new account made with a case role: it cannot sign in until the change is confirmed.
    is_new_account: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    status: Mapped[RoleChangeStatus] = mapped_column(
        enum_type(RoleChangeStatus, "role_change_status"), default=RoleChangeStatus.PENDING)
    requested_by_id: Mapped[int] = mapped_column(ForeignKey("staff_users.id"))
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_users.id"))
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    user: Mapped[StaffUser] = relationship(foreign_keys=[user_id])
    from_team: Mapped[Team | None] = relationship(foreign_keys=[from_team_id])
    to_team: Mapped[Team | None] = relationship(foreign_keys=[to_team_id])
    requested_by: Mapped[StaffUser] = relationship(foreign_keys=[requested_by_id])
    decided_by: Mapped[StaffUser | None] = relationship(foreign_keys=[decided_by_id])
