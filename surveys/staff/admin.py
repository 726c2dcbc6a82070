"""Administrator pages: staff accounts and council settings (never case content)."""
from __future__ import annotations

from datetime import UTC

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf import FlaskForm
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from wtforms.fields.choices import SelectChoice

from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import Role, RoleChangeStatus
from surveys.records.models import Team
from surveys.records.settings import council_settings
from surveys.records.staff import RoleChange, StaffUser
from surveys.staff.access import ADMIN, allow
from surveys.staff.passwords import hash_password
from surveys.staff.role_changes import (
    RoleChangeRefused,
    ask_for_new_account,
    change_role,
    pending_change_for,
    team_for,
)
from surveys.staff.role_changes import decide_role_change as decide_role
from surveys.staff.sessions import end_sessions_of, reset_two_factor_of
from surveys.web.forms import SettingsForm, UserForm

bp = Blueprint("admin", __name__, url_prefix="/admin")

# users and settings, never case content
ACCESS = {
    "admin.users": frozenset({ADMIN}),
    "admin.new_user": frozenset({ADMIN}),
    "admin.edit_user": frozenset({ADMIN}),
    "admin.deactivate_user": frozenset({ADMIN}),
    "admin.reset_two_factor": frozenset({ADMIN}),
    "admin.decide_role_change": frozenset({ADMIN}),
    "admin.settings": frozenset({ADMIN}),
    "admin.audit": frozenset({ADMIN}),
}


def _team_choices(db) -> list[SelectChoice]:
    teams = db.scalars(select(Team).options(selectinload(Team.locality)).order_by(Team.name))
    return [SelectChoice("", "No team")] + [
        SelectChoice(str(t.id), f"{t.name} ({t.locality.name})") for t in teams]


@bp.route("/users")
def users():
    """Every staff account, with role, team and whether it is active."""
    db = get_session()
    people = db.scalars(select(StaffUser).options(selectinload(StaffUser.team))
                        .order_by(StaffUser.is_active_account.desc(), StaffUser.display_name)).all()
    waiting = db.scalars(select(RoleChange).where(RoleChange.status == RoleChangeStatus.PENDING)
                         .options(selectinload(RoleChange.user), selectinload(RoleChange.to_team),
                                  selectinload(RoleChange.from_team),
                                  selectinload(RoleChange.requested_by))
                         .order_by(RoleChange.requested_at)).all()
    admins = sum(1 for p in people if p.role is Role.ADMIN and p.is_active_account)
    return render_template("admin/users.html", people=people, waiting=waiting, admins=admins)


def _save_user(form: UserForm, user: StaffUser | None):
    db = get_session()
    email = form.email.data.lower()
    clash = db.scalar(select(StaffUser).where(StaffUser.email == email))
    if clash is not None and clash is not user:
        form.email.errors.append("Someone already has an account with that email address")
        return None
    if user is None and not form.password.data:
        form.password.errors.append("Enter a temporary password")
        return None
    team_id = int(form.team.data) if form.team.data else None
    if team_id is not None and db.get(Team, team_id) is None:
        form.team.errors.append("Choose a team from the list")
        return None
    if user is None:
        user = StaffUser(password_hash=hash_password(form.password.data))
        db.add(user)
    elif form.password.data:
        user.password_hash = hash_password(form.password.data)
        # Whoever was signed in as them (perhaps someone who should not be) is signed out.
        end_sessions_of(db, user.id, utcnow())
    user.display_name = form.display_name.data
    user.email = email
    if user.id is None:  # an existing person's role and team change through change_role
        user.role = Role(form.role.data)
        user.team_id = team_for(user.role, team_id)
    db.flush()
    return user


@bp.route("/users/new", methods=["GET", "POST"])
def new_user():
    """Create a staff account with a role, a team and a temporary password."""
    db = get_session()
    form = UserForm()
    form.team.choices = _team_choices(db)
    if form.validate_on_submit():
        user = _save_user(form, None)
        if user is not None:
            audit.record(db, "user_created", actor_id=current_user.id, target_type="staff_user",
                         target_id=user.id, ip_address=request.remote_addr,
                         details={"role": user.role.value})
            waiting = ask_for_new_account(db, user, current_user, utcnow(), request.remote_addr)
            db.commit()
            if waiting is None:
                flash(f"Account created for {user.display_name}", "success")
            else:
                flash(f"Account created for {user.display_name}. A {user.role.label.lower()} "
                      "sees families' cases, so they can sign in once another administrator "
                      "confirms it on Staff accounts", "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_form.html", form=form, user=None), (
        400 if form.errors else 200)


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
def edit_user(user_id: int):
    """Change a person's name, email, role or team, or set a new temporary password. A change
    of role or team that gives access to cases waits for a second administrator."""
    db = get_session()
    user = db.get(StaffUser, user_id) or abort(404)
    form = UserForm(obj=None if request.method == "POST" else user)
    form.team.choices = _team_choices(db)
    if request.method == "GET":
        form.role.data = user.role.value
        form.team.data = str(user.team_id) if user.team_id else ""
    if form.validate_on_submit() and _save_user(form, user) is not None:
        try:
            waiting = change_role(db, user, Role(form.role.data),
                                  int(form.team.data) if form.team.data else None,
                                  current_user, utcnow(), request.remote_addr)
        except RoleChangeRefused as refusal:
            db.rollback()  # nothing typed on the form is saved while it has an error
            form.role.errors.append(str(refusal))
        else:
            audit.record(db, "user_changed", actor_id=current_user.id, target_type="staff_user",
                         target_id=user.id, ip_address=request.remote_addr,
                         details={"role": user.role.value, "team_id": user.team_id,
                                  "password_set": bool(form.password.data)})
            db.commit()
            if waiting is None:
                flash(f"Changes to {user.display_name}'s account saved", "success")
            else:
                flash(f"Changes to {user.display_name}'s account saved, except the change of "
                      f"role to {waiting.to_role.label.lower()}: it gives access to families' "
                      "cases, so it waits for another administrator to confirm it on Staff "
                      "accounts", "success")
            return redirect(url_for("admin.users"))
    return render_template("admin/user_form.html", form=form, user=user,
                           waiting=pending_change_for(db, user.id)), (400 if form.errors else 200)


@bp.route("/role-changes/<int:change_id>", methods=["POST"])
def decide_role_change(change_id: int):
    """Confirm or reject a change of role that another administrator asked for."""
    db = get_session()
    change = db.get(RoleChange, change_id) or abort(404)
    if not FlaskForm().validate_on_submit() or request.form.get("decision") not in (
            "confirm", "reject"):
        abort(400)
    confirm = request.form["decision"] == "confirm"
    try:
        decide_role(db, change, current_user, confirm, utcnow(), request.remote_addr)
    except RoleChangeRefused as refusal:
        db.rollback()
        flash(str(refusal), "important")
    else:
        db.commit()
        name = change.user.display_name
        if change.is_new_account:
            message = (f"{name}'s account is confirmed: they can sign in now" if confirm else
                       f"{name}'s new account is rejected: it cannot be used")
        elif confirm:
            message = (f"{name} is now a {change.to_role.label.lower()}. They have been signed "
                       "out, and see their new role when they sign in again")
        else:
            message = f"The change to {name}'s role is rejected: nothing changed"
        flash(message, "success")
    return redirect(url_for("admin.users"))


def _someone_else(user_id: int, refusal: str):
    """The account a button acts on, after its CSRF check; never the administrator's own (they
    would lock themselves out). Returns the account, or where to go instead."""
    user = get_session().get(StaffUser, user_id) or abort(404)
    if not FlaskForm().validate_on_submit():
        abort(400)
    if user.id == current_user.id:
        flash(refusal, "important")
        return user, redirect(url_for("admin.edit_user", user_id=user.id))
    return user, None


@bp.route("/users/<int:user_id>/deactivate", methods=["POST"])
def deactivate_user(user_id: int):
    """Deactivate an account and end all its sessions at once."""
    db = get_session()
    user, refused = _someone_else(user_id, "You cannot deactivate your own account")
    if refused:
        return refused
    now = utcnow()
    user.is_active_account = False
    user.deactivated_at = now
    end_sessions_of(db, user.id, now)
    audit.record(db, "user_deactivated", actor_id=current_user.id, target_type="staff_user",
                 target_id=user.id, ip_address=request.remote_addr)
    db.commit()
    flash(f"{user.display_name}'s account is deactivated", "success")
    return redirect(url_for("admin.users"))


@bp.route("/users/<int:user_id>/reset-two-factor", methods=["POST"])
def reset_two_factor(user_id: int):
    """For someone who lost their phone and their recovery codes: forget their app, end their
    sessions; they set up a new app the next time they sign in with their password."""
    db = get_session()
    user, refused = _someone_else(user_id, "You cannot reset your own two-factor sign-in here. "
                                  "Use Your account, or ask another administrator")
    if refused:
        return refused
    reset_two_factor_of(db, user, utcnow())
    audit.record(db, "two_factor_reset", actor_id=current_user.id, target_type="staff_user",
                 target_id=user.id, ip_address=request.remote_addr)
    db.commit()
    flash(f"{user.display_name}'s two-factor sign-in is reset. They will set up their "
          "authenticator app again the next time they sign in", "success")
    return redirect(url_for("admin.edit_user", user_id=user.id))


@bp.route("/settings", methods=["GET", "POST"])
def settings():
    """Council settings: name, wave intervals and how long family links last."""
    db = get_session()
    row = council_settings(db, for_saving=True)
    form = SettingsForm(obj=row)
    if form.validate_on_submit():
        form.populate_obj(row)
        audit.record(db, "settings_changed", actor_id=current_user.id,
                     target_type="council_settings", target_id=row.id,
                     ip_address=request.remote_addr)
        db.commit()
        flash("Settings saved", "success")
        return redirect(url_for("admin.settings"))
    return render_template("admin/settings.html", form=form), (400 if form.errors else 200)


AUDIT_PAGE_SIZE = 50


@bp.route("/audit", endpoint="audit")
def audit_log():
    """Recent audit events, filtered by action and date and paged: who, what and which record,
    never the record's content (no family names, no comment text, no event details)."""
    from datetime import date, datetime, time, timedelta

    from sqlalchemy import func

    from surveys.governance.audit_log import describe_targets
    from surveys.governance.audit_wording import action_name, describe_event
    from surveys.governance.forms import AuditFilterForm
    from surveys.records.models import AuditEvent
    from surveys.web.urls import positive_id

    db = get_session()
    form = AuditFilterForm(request.args)
    actions = db.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)).all()
    form.action.choices = [SelectChoice("", "Any action")] + sorted(
        (SelectChoice(a, action_name(a)) for a in actions), key=lambda c: c.label)
    query = select(AuditEvent)
    if form.validate():
        if form.action.data:
            query = query.where(AuditEvent.action == form.action.data)
        # The form has checked both are real days in range, so neither parse nor +1 day fails.
        if form.date_from.data:
            start = datetime.combine(date.fromisoformat(form.date_from.data), time(), UTC)
            query = query.where(AuditEvent.at >= start)
        if form.date_to.data:
            end = datetime.combine(date.fromisoformat(form.date_to.data), time(), UTC)
            query = query.where(AuditEvent.at < end + timedelta(days=1))
    total = db.scalar(select(func.count()).select_from(query.subquery()))
    page = request.args.get("page", 1, type=positive_id)
    pages = max(1, -(-total // AUDIT_PAGE_SIZE))
    page = min(page, pages)
    events = db.scalars(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
                        .limit(AUDIT_PAGE_SIZE).offset((page - 1) * AUDIT_PAGE_SIZE)).all()
    actor_ids = {e.actor_id for e in events if e.actor_id}
    names = dict(db.execute(select(StaffUser.id, StaffUser.display_name)
                            .where(StaffUser.id.in_(actor_ids))).all()) if actor_ids else {}
    targets = describe_targets(db, events)
    sentences = {e.id: describe_event(e.action, names.get(e.actor_id, "Staff account no longer held")
                                      if e.actor_id else None, targets[e.id]) for e in events}
    args = {k: v for k, v in request.args.items() if k != "page" and v}
    return render_template("admin/audit.html", form=form, events=events, sentences=sentences,
                           page=page, pages=pages, total=total, args=args), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the admin pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
