"""Staff sessions on the server: who is signed in (a session row per browser, by token hash), the
30-minute idle and 12-hour absolute limits, ending sessions, and the sign-in throttle that counts each
attempt before it is checked."""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta

from flask import request, session
from flask_login import LoginManager, current_user, login_user, logout_user
from sqlalchemy import func, select, update

from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import Role
from surveys.records.sealing import hash_token
from surveys.records.staff import SignInAttempt, StaffSession, StaffUser
from surveys.staff import two_factor

IDLE_TIMEOUT = timedelta(minutes=30)
# However busy the person is, a session ends this long after signing in: a cookie taken from a
# browser left open all day cannot be kept alive by using it.
ABSOLUTE_TIMEOUT = timedelta(hours=12)
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_FAILURES = 10
# Writing last-seen on every request would be a write per page view; a minute is precise enough.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)

login_manager = LoginManager()
login_manager.login_view = "auth.sign_in"
login_manager.login_message = "Sign in to see this page"
login_manager.login_message_category = "info"
login_manager.session_protection = "strong"


class SignedInStaff:
    """The signed-in person, carrying the server-side session they signed in with."""

    is_authenticated = True
    is_active = True
    is_anonymous = False

    def __init__(self, user: StaffUser, token: str) -> None:
        self.user = user
        self.token = token
        self.id = user.id
        self.role: Role = user.role
        self.team_id = user.team_id
        self.display_name = user.display_name

    def get_id(self) -> str:
        """Flask-Login keeps the session token, not the user id, so revoking the row signs out."""
        return self.token


@login_manager.user_loader
def load_signed_in_staff(token: str) -> SignedInStaff | None:
    """Find the live server-side session for this cookie; idle, expired (12 hours after signing
    in) or revoked sessions are refused."""
    db = get_session()
    row = db.scalar(select(StaffSession).where(StaffSession.token_hash == hash_token(token)))
    now = utcnow()
    if row is None or row.revoked_at is not None or not row.user.is_active_account:
        return None
    if now - row.last_seen_at > IDLE_TIMEOUT or now - row.created_at > ABSOLUTE_TIMEOUT:
        row.revoked_at = now
        db.commit()
        return None
    if now - row.last_seen_at > LAST_SEEN_RESOLUTION:
        row.last_seen_at = now
        db.commit()
    return SignedInStaff(row.user, token)


def _failures(email: str, now: datetime) -> int:
    """Failed (or not yet checked) attempts for an email within the last fifteen minutes."""
    return get_session().scalar(
        select(func.count(SignInAttempt.id)).where(
            SignInAttempt.email == email, SignInAttempt.succeeded.is_(False),
            SignInAttempt.attempted_at > now - THROTTLE_WINDOW)) or 0


def count_attempt(email: str, now: datetime) -> SignInAttempt | None:
    """Count an attempt BEFORE checking its password or code; returns the attempt (a failure
    until the caller shows otherwise), or None when the email has had ten failures in fifteen
    minutes.

    The attempt is committed first, then counted: parallel requests each see every attempt
    committed before their own count, so however many arrive at once, at most ten get past
    (checking first and counting after let 60 parallel guesses check 19). This commits, which
    helpers otherwise leave to the view: ordering the commit before the check is the point."""
    db = get_session()
    attempt = SignInAttempt(email=email, succeeded=False, attempted_at=now)
    db.add(attempt)
    db.commit()
    if _failures(email, now) > THROTTLE_FAILURES:
        # Refused attempts do not count themselves: the lock lasts fifteen minutes from the
        # tenth failure, not from the latest knock on the locked door.
        db.delete(attempt)
        db.commit()
        return None
    return attempt


def start_session(user: StaffUser) -> None:
    """Sign a person in with a fresh server-side session and a fresh cookie."""
    db = get_session()
    token = secrets.token_urlsafe(32)
    db.add(StaffSession(token_hash=hash_token(token), user_id=user.id))
    session.clear()  # rotate: nothing from before sign-in survives it
    session.permanent = True
    login_user(SignedInStaff(user, token))


def end_session() -> None:
    """Revoke the server-side session so a copied cookie stops working, then clear the cookie."""
    if current_user.is_authenticated:
        db = get_session()
        row = db.scalar(select(StaffSession).where(
            StaffSession.token_hash == hash_token(current_user.token)))
        if row is not None and row.revoked_at is None:
            row.revoked_at = utcnow()
        audit.record(db, "sign_out", actor_id=current_user.id, ip_address=request.remote_addr)
        db.commit()
    logout_user()
    session.clear()


def end_sessions_of(db, user_id: int, moment: datetime, *, keep_token: str | None = None) -> None:
    """End every server-side session a person has, in every browser (but the one holding
    keep_token, when given: the browser that made the change)."""
    statement = update(StaffSession).where(StaffSession.user_id == user_id,
                                           StaffSession.revoked_at.is_(None))
    if keep_token is not None:
        statement = statement.where(StaffSession.token_hash != hash_token(keep_token))
    db.execute(statement.values(revoked_at=moment))


def reset_two_factor_of(db, user: StaffUser, moment: datetime) -> None:
    """Forget a person's app and recovery codes and sign them out everywhere: they set up a new
    app the next time they sign in with their password."""
    two_factor.forget(db, user)
    end_sessions_of(db, user.id, moment)


