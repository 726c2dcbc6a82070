"""Co-production session pages: a team manager records, changes and deletes their team's design
sessions and panels; an administrator does so for any team; keyworkers read their own team's.
Commissioners see sessions only as the quarterly report counts them (reports.sessions.report).

A session outside a person's scope is not found (404), exactly like one that is not there.
Every change is audited.
"""
from __future__ import annotations

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import ColumnElement, false, or_, select, true

from reports.sessions.forms import DeleteSessionForm, SessionForm
from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.models import CoproductionSession, Locality, ServiceAction, Team
from surveys.staff.access import ADMIN, KEYWORKER, TEAM_MANAGER, allow
from surveys.web.clock import today

bp = Blueprint("sessions", __name__, url_prefix="/reports/co-production-sessions")

READERS = frozenset({KEYWORKER, TEAM_MANAGER, ADMIN})
RECORDERS = frozenset({TEAM_MANAGER, ADMIN})
ACCESS = {
    "sessions.index": READERS,
    "sessions.show": READERS,
    "sessions.new": RECORDERS,
    "sessions.edit": RECORDERS,
    "sessions.delete": RECORDERS,
}


def session_scope(user) -> ColumnElement[bool]:
    """SQL condition for the sessions a person may see: their own team's, or (an administrator)
    every team's."""
    if user.role is ADMIN:
        return true()
    if user.role in (KEYWORKER, TEAM_MANAGER) and user.team_id is not None:
        return CoproductionSession.team_id == user.team_id
    return false()


def _get_or_404(session_id: int) -> CoproductionSession:
    found = get_session().scalar(select(CoproductionSession).where(
        CoproductionSession.id == session_id, session_scope(current_user)))
    if found is None:
        abort(404)
    return found


def _teams(db) -> list[tuple[int, str]]:
    """The teams this person may record sessions for."""
    query = select(Team.id, Team.name).order_by(Team.name)
    if current_user.role is not ADMIN:
        query = query.where(Team.id == current_user.team_id)
    return [(i, name) for i, name in db.execute(query)]


def _actions(db, team_id: int | None) -> list[tuple[int, str]]:
    """Actions a session may relate to: the whole council's and the team's locality's (every
    locality's for an administrator), newest first."""
    query = (select(ServiceAction.id, ServiceAction.we_did)
             .order_by(ServiceAction.started_on.desc(), ServiceAction.id.desc()))
    if current_user.role is not ADMIN:
        home = select(Team.locality_id).where(Team.id == team_id).scalar_subquery()
        query = query.where(or_(ServiceAction.locality_id.is_(None),
                                ServiceAction.locality_id == home))
    return [(i, words if len(words) <= 90 else words[:89].rstrip() + "\u2026")
            for i, words in db.execute(query)]


def _form(db, record: CoproductionSession | None) -> SessionForm:
    form = SessionForm(obj=record, today=today())
    form.set_choices(_teams(db), _actions(db, current_user.team_id))
    if request.method == "GET":
        if record is not None:
            form.team.data = str(record.team_id)
            form.action.data = str(record.action_id or "")
        elif len(form.team.choices) == 1:
            form.team.data = form.team.choices[0].value
    elif current_user.role is not ADMIN:
        form.team.data = str(current_user.team_id)  # a manager records for their own team only
    return form


def _save(form: SessionForm, record: CoproductionSession) -> None:
    record.team_id = int(form.team.data)
    record.held_on = form.held_on.data
    record.title = form.title.data
    record.worked_on = form.worked_on.data
    record.families = form.families.data
    record.action_id = int(form.action.data) if form.action.data else None


def _needs_team() -> object | None:
    """A team manager outside any team has no sessions to record: say so."""
    if current_user.role is not ADMIN and current_user.team_id is None:
        flash("You need to be in a team to record its co-production sessions. Ask your "
              "administrator.", "important")
        return redirect(url_for("sessions.index"))
    return None


@bp.route("")
def index():
    """The co-production sessions this person may see, newest first."""
    db = get_session()
    rows = db.execute(
        select(CoproductionSession, Team.name, Locality.name)
        .join(Team, CoproductionSession.team_id == Team.id)
        .join(Locality, Team.locality_id == Locality.id)
        .where(session_scope(current_user))
        .order_by(CoproductionSession.held_on.desc(), CoproductionSession.id.desc())).all()
    team = db.get(Team, current_user.team_id) if current_user.team_id else None
    return render_template("sessions/index.html", rows=rows, team=team,
                           may_record=current_user.role in RECORDERS,
                           is_admin=current_user.role is ADMIN)


@bp.route("/new", methods=["GET", "POST"])
def new():
    """Record a co-production session."""
    refused = _needs_team()
    if refused is not None:
        return refused
    db = get_session()
    form = _form(db, None)
    if form.validate_on_submit():
        record = CoproductionSession(created_by_id=current_user.id)
        _save(form, record)
        db.add(record)
        db.flush()
        audit.record(db, "coproduction_session_recorded", actor_id=current_user.id,
                     target_type="coproduction_session", target_id=record.id,
                     ip_address=request.remote_addr, details={"team_id": record.team_id})
        db.commit()
        flash("Session saved", "success")
        return redirect(url_for("sessions.index"))
    return render_template("sessions/form.html", form=form, record=None,
                           is_admin=current_user.role is ADMIN), 400 if form.errors else 200


@bp.route("/<int:session_id>")
def show(session_id: int):
    """One session: what was worked on, when, and how many families took part."""
    record = _get_or_404(session_id)
    return render_template("sessions/show.html", record=record,
                           may_record=current_user.role in RECORDERS)


@bp.route("/<int:session_id>/edit", methods=["GET", "POST"])
def edit(session_id: int):
    """Change a session."""
    record = _get_or_404(session_id)
    db = get_session()
    form = _form(db, record)
    if form.validate_on_submit():
        _save(form, record)
        record.updated_at = utcnow()
        audit.record(db, "coproduction_session_changed", actor_id=current_user.id,
                     target_type="coproduction_session", target_id=record.id,
                     ip_address=request.remote_addr, details={"team_id": record.team_id})
        db.commit()
        flash("Session saved", "success")
        return redirect(url_for("sessions.show", session_id=record.id))
    return render_template("sessions/form.html", form=form, record=record,
                           is_admin=current_user.role is ADMIN), 400 if form.errors else 200


@bp.route("/<int:session_id>/delete", methods=["GET", "POST"])
def delete(session_id: int):
    """Delete a session recorded by mistake, after asking."""
    record = _get_or_404(session_id)
    form = DeleteSessionForm()
    if form.validate_on_submit():
        db = get_session()
        # What it was stays in the log as ids only: the title is staff-written free text.
        audit.record(db, "coproduction_session_deleted", actor_id=current_user.id,
                     target_type="coproduction_session", target_id=record.id,
                     ip_address=request.remote_addr,
                     details={"team_id": record.team_id, "held_on": record.held_on.isoformat()})
        db.delete(record)
        db.commit()
        flash("Session deleted", "success")
        return redirect(url_for("sessions.index"))
    return render_template("sessions/delete.html", record=record, form=form), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the co-production session pages with their access rules."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
