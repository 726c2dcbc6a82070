"""Staff sign-in: argon2id passwords, server-side sessions that sign-out and idle time-out end."""
from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from flask import Blueprint, Flask, flash, redirect, render_template, request, session, url_for
from flask_login import LoginManager, current_user, login_user, logout_user
from sqlalchemy import func, select

from surveys import audit
from surveys.db import get_session, utcnow
from surveys.forms import SignInForm
from surveys.models import Role, SignInAttempt, StaffSession, StaffUser
from surveys.passwords import hash_password, needs_rehash, verify_password

bp = Blueprint("auth", __name__)

IDLE_TIMEOUT = timedelta(minutes=30)
THROTTLE_WINDOW = timedelta(minutes=15)
THROTTLE_FAILURES = 10
# Writing last-seen on every request would be a write per page view; a minute is precise enough.
LAST_SEEN_RESOLUTION = timedelta(minutes=1)

SIGN_IN_ERROR = "Enter a correct email address and password"
THROTTLED_ERROR = ("There have been too many attempts to sign in to this account. "
                   "Wait 15 minutes and try again, or ask your administrator for help")

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


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@login_manager.user_loader
def load_signed_in_staff(token: str) -> SignedInStaff | None:
    """Find the live server-side session for this cookie; idle or revoked sessions are refused."""
    db = get_session()
    row = db.scalar(select(StaffSession).where(StaffSession.token_hash == _hash_token(token)))
    now = utcnow()
    if row is None or row.revoked_at is not None or not row.user.is_active_account:
        return None
    if now - row.last_seen_at > IDLE_TIMEOUT:
        row.revoked_at = now
        db.commit()
        return None
    if now - row.last_seen_at > LAST_SEEN_RESOLUTION:
        row.last_seen_at = now
        db.commit()
    return SignedInStaff(row.user, token)


def is_throttled(email: str, now: datetime) -> bool:
    """Ten failures for an email within fifteen minutes locks it until they age out."""
    failures = get_session().scalar(
        select(func.count(SignInAttempt.id)).where(
            SignInAttempt.email == email, SignInAttempt.succeeded.is_(False),
            SignInAttempt.attempted_at > now - THROTTLE_WINDOW))
    return (failures or 0) >= THROTTLE_FAILURES


def start_session(user: StaffUser) -> None:
    """Sign a person in with a fresh server-side session and a fresh cookie."""
    db = get_session()
    token = secrets.token_urlsafe(32)
    db.add(StaffSession(token_hash=_hash_token(token), user_id=user.id))
    session.clear()  # rotate: nothing from before sign-in survives it
    session.permanent = True
    login_user(SignedInStaff(user, token))


def end_session() -> None:
    """Revoke the server-side session so a copied cookie stops working, then clear the cookie."""
    if current_user.is_authenticated:
        db = get_session()
        row = db.scalar(select(StaffSession).where(
            StaffSession.token_hash == _hash_token(current_user.token)))
        if row is not None and row.revoked_at is None:
            row.revoked_at = utcnow()
        audit.record(db, "sign_out", actor_id=current_user.id, ip_address=request.remote_addr)
        db.commit()
    logout_user()
    session.clear()


def home_endpoint(role: Role) -> str:
    """Where each role lands after signing in."""
    return {Role.KEYWORKER: "journey.dashboard", Role.TEAM_MANAGER: "journey.dashboard",
            Role.COMMISSIONER: "pages.overview", Role.ADMIN: "admin.users"}[role]


def _safe_next(target: str | None) -> str | None:
    # Only same-site paths: never an absolute URL or a scheme-relative //host. Browsers drop tabs
    # and newlines from URLs, so "/\t/host" would become "//host": refuse control characters too.
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target \
            and target.isprintable():
        return target
    return None


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    """Staff sign in with email and password."""
    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user.role)))
    form = SignInForm()
    error = None
    if form.validate_on_submit():
        db = get_session()
        email = form.email.data.lower()
        now = utcnow()
        if is_throttled(email, now):
            error = THROTTLED_ERROR
            audit.record(db, "sign_in_throttled", actor_id=None, details={"email": email},
                         ip_address=request.remote_addr)
            db.commit()
        else:
            user = db.scalar(select(StaffUser).where(StaffUser.email == email))
            ok = verify_password(user.password_hash if user else None, form.password.data)
            ok = ok and user is not None and user.is_active_account
            db.add(SignInAttempt(email=email, succeeded=ok, attempted_at=now))
            if ok:
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(form.password.data)
                audit.record(db, "sign_in", actor_id=user.id, ip_address=request.remote_addr)
                start_session(user)
                db.commit()
                return redirect(_safe_next(request.args.get("next"))
                                or url_for(home_endpoint(user.role)))
            audit.record(db, "sign_in_failed", actor_id=None, details={"email": email},
                         ip_address=request.remote_addr)
            db.commit()
            error = SIGN_IN_ERROR
        form.password.data = ""
    status = 400 if error else 200
    return render_template("auth/sign_in.html", form=form, error=error, page_error=error), status


@bp.route("/sign-out", methods=["POST"])
def sign_out():
    """Sign out and end the session on the server."""
    end_session()
    flash("You have signed out", "success")
    return redirect(url_for("auth.sign_in"))


def init_app(app: Flask) -> None:
    """Wire Flask-Login and the sign-in pages into the app."""
    login_manager.init_app(app)
    app.config.setdefault("PERMANENT_SESSION_LIFETIME", IDLE_TIMEOUT)
    app.register_blueprint(bp)
