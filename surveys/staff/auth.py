"""Staff sign-in: argon2id passwords, server-side sessions that sign-out, idle time-out and a
twelve-hour limit end."""
from __future__ import annotations

import time
from datetime import datetime, timedelta

from flask import Blueprint, Flask, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, logout_user
from sqlalchemy import select

from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import Role
from surveys.records.staff import StaffUser
from surveys.staff import two_factor
from surveys.staff.access import ALL_STAFF, PUBLIC, allow
from surveys.staff.passwords import hash_password, needs_rehash, verify_password
from surveys.staff.sessions import (
    IDLE_TIMEOUT,
    count_attempt,
    end_session,
    end_sessions_of,
    login_manager,
    reset_two_factor_of,
    start_session,
)
from surveys.web.forms import (
    ChangePasswordForm,
    ConfirmPasswordForm,
    RecoveryCodeForm,
    ReportEmailsForm,
    SignInForm,
    TwoFactorCodeForm,
)
from surveys.web.qr import qr_svg

bp = Blueprint("auth", __name__)

ACCESS = {
    "auth.sign_in": PUBLIC,
    "auth.sign_out": ALL_STAFF,
    # the second step of signing in follows a right password in the same browser
    "auth.enter_code": PUBLIC,
    "auth.use_recovery_code": PUBLIC,
    "auth.set_up_app": PUBLIC,
    "auth.account": ALL_STAFF,
    "auth.new_recovery_codes": ALL_STAFF,
    "auth.reset_two_factor": ALL_STAFF,
    "auth.change_password": ALL_STAFF,
    "auth.report_emails": frozenset({Role.COMMISSIONER}),
}

SIGN_IN_ERROR = "Enter a correct email address and password"
THROTTLED_ERROR = ("There have been too many attempts to sign in to this account. "
                   "Wait 15 minutes and try again, or ask your administrator for help")


def home_endpoint(role: Role) -> str:
    """Where each role lands after signing in."""
    return {Role.KEYWORKER: "journey.dashboard", Role.TEAM_MANAGER: "journey.dashboard",
            Role.COMMISSIONER: "overview.overview", Role.ADMIN: "admin.users"}[role]


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
        attempt = count_attempt(email, now)
        if attempt is None:
            error = THROTTLED_ERROR
            audit.record(db, "sign_in_throttled", actor_id=None, details={"email": email},
                         ip_address=request.remote_addr)
            db.commit()
        else:
            user = db.scalar(select(StaffUser).where(StaffUser.email == email))
            ok = verify_password(user.password_hash if user else None, form.password.data)
            ok = ok and user is not None and user.is_active_account
            if ok:
                db.delete(attempt)  # not a failure: the finished sign-in is recorded instead
                if needs_rehash(user.password_hash):
                    user.password_hash = hash_password(form.password.data)
                # The password alone signs no one in: the second step comes next.
                _begin_second_step(user, _safe_next(request.args.get("next")))
                db.commit()
                return redirect(url_for("auth.enter_code" if user.totp_confirmed_at
                                        else "auth.set_up_app"))
            audit.record(db, "sign_in_failed", actor_id=None, details={"email": email},
                         ip_address=request.remote_addr)
            db.commit()
            error = SIGN_IN_ERROR
        form.password.data = ""
    status = 400 if error else 200
    return render_template("auth/sign_in.html", form=form, error=error, page_error=error), status


# --- the second step: a code from an authenticator app, or a recovery code -----------------------

PENDING = "pending_sign_in"
# Time to find the phone, or to set up an app for the first time.
PENDING_TIMEOUT = timedelta(minutes=10)
CODE_ERROR = ("That code did not work. Enter the 6-digit code your authenticator app shows now "
              "(each code works once)")
RECOVERY_ERROR = "That recovery code did not work. Check it, or use another of your codes"
START_AGAIN = "Sign in again to continue: it has been more than 10 minutes since you entered your password"


def _begin_second_step(user: StaffUser, next_url: str | None) -> None:
    session.clear()  # nothing from before carries over, and nothing is signed in yet
    session[PENDING] = {"user": user.id, "at": int(time.time()), "next": next_url}


def _pending_user() -> StaffUser | None:
    """The person who gave the right password in this browser in the last ten minutes."""
    pending = session.get(PENDING)
    try:
        user_id, started = int(pending["user"]), float(pending["at"])
    except (TypeError, KeyError, ValueError):
        return None
    if time.time() - started > PENDING_TIMEOUT.total_seconds():
        return None  # _no_pending_sign_in drops it and says why
    user = get_session().get(StaffUser, user_id)
    return user if user is not None and user.is_active_account else None


def _no_pending_sign_in():
    """Back to the first step, saying why, for a second step reached without a first."""
    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user.role)))
    if session.pop(PENDING, None) is not None:
        flash(START_AGAIN, "important")
    return redirect(url_for("auth.sign_in"))


def _drop_throttled_second_step(user: StaffUser) -> None:
    """Wrong codes count towards the same limit as wrong passwords; when it is reached the
    half-finished sign-in is dropped and the person starts again later."""
    db = get_session()
    audit.record(db, "sign_in_throttled", actor_id=None, details={"email": user.email},
                 ip_address=request.remote_addr)
    db.commit()
    session.pop(PENDING, None)
    flash(THROTTLED_ERROR, "important")


def _code_failed(user: StaffUser, action: str) -> None:
    db = get_session()
    audit.record(db, action, actor_id=None, details={"email": user.email},
                 ip_address=request.remote_addr)
    db.commit()


def _finish_sign_in(user: StaffUser, now: datetime, second_factor: str) -> str:
    """Both steps passed (the code's counted attempt already marked as succeeded): a fresh
    server-side session. Returns where to go next."""
    db = get_session()
    next_url = (session.get(PENDING) or {}).get("next")
    audit.record(db, "sign_in", actor_id=user.id, ip_address=request.remote_addr,
                 details={"second_factor": second_factor})
    start_session(user)
    db.commit()
    return _safe_next(next_url) or url_for(home_endpoint(user.role))


def _recovery_codes_page(codes: list[str], next_url: str, first_time: bool):
    # Shown once, never stored in a readable form; the page is not cached (security.py).
    return render_template("auth/recovery_codes.html", codes=codes, next_url=next_url,
                           first_time=first_time)


def _second_step(*, set_up: bool, form_class, accept, failed: str, error_text: str, page):
    """What every second step shares: the person who gave their password here (with or without
    an app set up, as the step needs), the throttle, a right code finishing the sign-in, and a
    wrong one counted, audited and explained."""
    user = None if current_user.is_authenticated else _pending_user()
    if user is None:
        return _no_pending_sign_in()
    if (user.totp_confirmed_at is None) is not set_up:
        return redirect(url_for("auth.enter_code" if set_up else "auth.set_up_app"))
    if set_up and not user.totp_secret:
        user.totp_secret = two_factor.new_secret()  # kept while unconfirmed: a reload shows the same
        get_session().commit()
    form = form_class()
    error = None
    if form.validate_on_submit():
        now = utcnow()
        attempt = count_attempt(user.email, now)
        if attempt is None:
            _drop_throttled_second_step(user)
            return redirect(url_for("auth.sign_in"))
        # Marked right in advance: accept() commits only when the code is right.
        attempt.succeeded = True
        accepted = accept(user, form.code.data, now)
        if accepted is not None:
            return accepted
        attempt.succeeded = False
        _code_failed(user, failed)
        error = error_text
        form.code.data = ""
    return page(user, form, error), (400 if error or form.errors else 200)


@bp.route("/sign-in/code", methods=["GET", "POST"])
def enter_code():
    """Second step: the 6-digit code from the person's authenticator app."""
    def accept(user: StaffUser, code: str, now: datetime):
        if two_factor.check_app_code(get_session(), user, code, now):
            return redirect(_finish_sign_in(user, now, "app"))
        return None

    return _second_step(
        set_up=False, form_class=TwoFactorCodeForm, accept=accept, failed="sign_in_code_failed",
        error_text=CODE_ERROR, page=lambda user, form, error: render_template(
            "auth/code.html", form=form, error=error, page_error=error))


@bp.route("/sign-in/recovery-code", methods=["GET", "POST"])
def use_recovery_code():
    """Second step without the phone: one of the saved single-use recovery codes."""
    def accept(user: StaffUser, code: str, now: datetime):
        db = get_session()
        if not two_factor.use_recovery_code(db, user, code, now):
            return None
        left = two_factor.recovery_codes_left(db, user.id)
        _finish_sign_in(user, now, "recovery_code")
        flash(f"You signed in with a recovery code, which cannot be used again. You have {left} "
              "left. If you have lost your phone, reset two-factor sign-in below, then set up "
              "the app on your new phone.", "important")
        return redirect(url_for("auth.account"))

    return _second_step(
        set_up=False, form_class=RecoveryCodeForm, accept=accept,
        failed="sign_in_recovery_code_failed", error_text=RECOVERY_ERROR,
        page=lambda user, form, error: render_template(
            "auth/recovery_code.html", form=form, error=error, page_error=error))


@bp.route("/sign-in/set-up-app", methods=["GET", "POST"])
def set_up_app():
    """First sign-in (or after a reset): add Family Voice to an authenticator app, prove it with
    a code, and get recovery codes to keep."""
    def accept(user: StaffUser, code: str, now: datetime):
        db = get_session()
        if not two_factor.confirm_app(db, user, code, now):
            return None
        codes = two_factor.new_recovery_codes(db, user)
        audit.record(db, "two_factor_set_up", actor_id=user.id, target_type="staff_user",
                     target_id=user.id, ip_address=request.remote_addr)
        return _recovery_codes_page(codes, _finish_sign_in(user, now, "app"), first_time=True)

    def page(user: StaffUser, form, error):
        uri = two_factor.provisioning_uri(user.totp_secret, user.email)
        return render_template(
            "auth/set_up_app.html", form=form, error=error, page_error=error,
            qr=qr_svg(uri, "QR code that adds Family Voice to an authenticator app"),
            key=two_factor.grouped(user.totp_secret))

    return _second_step(set_up=True, form_class=TwoFactorCodeForm, accept=accept,
                        failed="two_factor_set_up_failed", error_text=CODE_ERROR, page=page)


# --- your account: recovery codes and moving to a new phone ---------------------------------------

@bp.route("/account")
def account():
    """The signed-in person's account: how they sign in, and recovery codes left."""
    db = get_session()
    user = db.get(StaffUser, current_user.id)
    return render_template("auth/account.html", user=user,
                           codes_left=two_factor.recovery_codes_left(db, user.id),
                           codes_form=TwoFactorCodeForm(prefix="codes"),
                           reset_form=ConfirmPasswordForm(prefix="reset"),
                           report_emails_form=ReportEmailsForm(prefix="report-emails"))


@bp.route("/account/report-emails", methods=["POST"])
def report_emails():
    """Start or stop the email a commissioner gets when a quarterly report is ready."""
    db = get_session()
    user = db.get(StaffUser, current_user.id)
    form = ReportEmailsForm(prefix="report-emails")
    if not form.validate_on_submit():
        flash(form.csrf_token.errors[0] if form.csrf_token.errors else
              "Nothing was changed: choose again", "important")
        return redirect(url_for("auth.account"))
    user.wants_report_emails = form.want.data == "yes"
    db.commit()
    flash("You will get an email when each quarterly report is ready" if user.wants_report_emails
          else "You will no longer get an email when a quarterly report is ready", "success")
    return redirect(url_for("auth.account"))


@bp.route("/account/recovery-codes", methods=["POST"])
def new_recovery_codes():
    """A fresh set of recovery codes (the old ones stop working), after a code from the app."""
    db = get_session()
    user = db.get(StaffUser, current_user.id)
    form = TwoFactorCodeForm(prefix="codes")
    now = utcnow()
    if form.validate_on_submit():
        if two_factor.check_app_code(db, user, form.code.data, now):
            codes = two_factor.new_recovery_codes(db, user)
            audit.record(db, "recovery_codes_replaced", actor_id=user.id, target_type="staff_user",
                         target_id=user.id, ip_address=request.remote_addr)
            db.commit()
            return _recovery_codes_page(codes, url_for("auth.account"), first_time=False)
        form.code.errors = [CODE_ERROR]
        audit.record(db, "recovery_codes_code_failed", actor_id=user.id,
                     ip_address=request.remote_addr)
        db.commit()
    form.code.data = ""
    return render_template("auth/account.html", user=user, form=form,
                           codes_left=two_factor.recovery_codes_left(db, user.id),
                           codes_form=form, reset_form=ConfirmPasswordForm(prefix="reset"),
                           report_emails_form=ReportEmailsForm(prefix="report-emails")), 400


@bp.route("/account/reset-two-factor", methods=["POST"])
def reset_two_factor():
    """Moving to a new phone: with the password again, forget the old app and recovery codes and
    sign out everywhere; the next sign-in sets up the new app."""
    db = get_session()
    user = db.get(StaffUser, current_user.id)
    form = ConfirmPasswordForm(prefix="reset")
    if form.validate_on_submit():
        attempt = count_attempt(user.email, utcnow())  # guesses here count as at sign-in
        if attempt is None:
            form.password.errors = [THROTTLED_ERROR]
        elif verify_password(user.password_hash, form.password.data):
            db.delete(attempt)
            reset_two_factor_of(db, user, utcnow())
            audit.record(db, "two_factor_reset", actor_id=user.id, target_type="staff_user",
                         target_id=user.id, ip_address=request.remote_addr)
            db.commit()
            logout_user()
            session.clear()
            flash("Two-factor sign-in is reset and you are signed out. Sign in again to set up "
                  "the authenticator app on your new phone.", "success")
            return redirect(url_for("auth.sign_in"))
        else:
            form.password.errors = ["The password is not right"]
    return render_template("auth/account.html", user=user, form=form,
                           codes_left=two_factor.recovery_codes_left(db, user.id),
                           codes_form=TwoFactorCodeForm(prefix="codes"), reset_form=form,
                           report_emails_form=ReportEmailsForm(prefix="report-emails")), 400


WRONG_CURRENT_PASSWORD = "Your current password is not right. Enter the password you signed in with"


@bp.route("/account/password", methods=["GET", "POST"])
def change_password():
    """Change your own password, with your current one. Every other browser you are signed in
    on is signed out; this one stays signed in."""
    db = get_session()
    user = db.get(StaffUser, current_user.id)
    form = ChangePasswordForm()
    if form.validate_on_submit():
        now = utcnow()
        # A wrong current password counts like a wrong one at sign-in: a borrowed session
        # cannot be used to guess the password behind it.
        attempt = count_attempt(user.email, now)
        if attempt is None:
            form.current_password.errors.append(THROTTLED_ERROR)
        elif not verify_password(user.password_hash, form.current_password.data):
            audit.record(db, "password_change_failed", actor_id=user.id,
                         ip_address=request.remote_addr)
            db.commit()
            form.current_password.errors.append(WRONG_CURRENT_PASSWORD)
        else:
            db.delete(attempt)
            user.password_hash = hash_password(form.new_password.data)
            end_sessions_of(db, user.id, now, keep_token=current_user.token)
            audit.record(db, "password_changed", actor_id=user.id, target_type="staff_user",
                         target_id=user.id, ip_address=request.remote_addr)
            db.commit()
            flash("Your password is changed. You have been signed out on every other device "
                  "and browser", "success")
            return redirect(url_for("auth.account"))
    for field in (form.current_password, form.new_password, form.confirm_password):
        field.data = ""  # passwords are never sent back in the page
    return render_template("auth/change_password.html", form=form), (400 if form.errors else 200)


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
    allow(app, ACCESS)
