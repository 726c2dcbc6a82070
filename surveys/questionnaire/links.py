"""Keyworker pages for a case's questionnaires: personal links (with QR codes), filling in with a
family member or from paper, and the family's goals."""
from __future__ import annotations

from datetime import datetime

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import exists, select

from surveys.questionnaire.forms import GoalsEditForm
from surveys.questionnaire.invitations import LINK_REPLACED, cancel_queued_messages, issue_link
from surveys.questionnaire.plan import estimated_minutes, plan_pages
from surveys.questionnaire.views import link_valid_days, start_assisted
from surveys.records import audit, sealing
from surveys.records.db import get_session, utcnow
from surveys.records.enums import CompletionMode, WaveKind, WaveStatus
from surveys.records.models import FamilyMember, Goal, Invitation, Response, Wave
from surveys.staff.access import CASE_HOLDERS, allow, get_case_or_404
from surveys.web.forms import BaseForm
from surveys.web.qr import qr_svg

bp = Blueprint("links", __name__)

ACCESS = {
    "links.issue": CASE_HOLDERS,
    "links.show": CASE_HOLDERS,
    "links.revoke": CASE_HOLDERS,
    "links.fill_in": CASE_HOLDERS,
    "links.goals": CASE_HOLDERS,
}

NEW_LINK = "fv_new_link"


def _wave_and_member(case, wave_id: int, member_id: int) -> tuple[Wave, FamilyMember]:
    wave = next((w for w in case.waves if w.id == wave_id), None)
    member = next((m for m in case.family.members if m.id == member_id), None)
    if wave is None or member is None or not member.answers_questionnaire \
            or wave.status is WaveStatus.CANCELLED:
        abort(404)
    return wave, member


@bp.route("/cases/<int:case_id>/waves/<int:wave_id>/members/<int:member_id>/link", methods=["POST"])
def issue(case_id: int, wave_id: int, member_id: int):
    """Issue a new personal link for a member at a wave (any older link stops working)."""
    case = get_case_or_404(current_user, case_id)
    wave, member = _wave_and_member(case, wave_id, member_id)
    if not BaseForm().validate_on_submit():
        abort(400)
    if public_base_url() is None:
        current_app.logger.error("Refused to issue a link: PUBLIC_BASE_URL is not set")
        flash("Links cannot be made until the site's public address is set up. Ask your "
              "administrator to set FLASK_PUBLIC_BASE_URL.", "important")
        return redirect(url_for("cases.case", case_id=case.id))
    db = get_session()
    invitation, token = issue_link(db, wave_id=wave.id, member_id=member.id,
                                   valid_days=link_valid_days(db), now=utcnow(),
                                   issued_by=current_user.id)
    audit.record(db, "link_issued", actor_id=current_user.id, target_type="invitation",
                 target_id=invitation.id, ip_address=request.remote_addr)
    # The token exists only now: it waits sealed on the server (never in the session cookie)
    # for one showing to this person in this browser, then it is gone for good.
    invitation.shown_token_sealed = sealing.seal(token)
    db.commit()
    session[NEW_LINK] = invitation.id
    return redirect(url_for("links.show", case_id=case.id, invitation_id=invitation.id))


def _take_new_token(db, invitation: Invitation) -> str | None:
    """The new link's token, once, for the person who asked for it in the browser they asked
    from; it is cleared from the server whether or not it can be shown."""
    if session.pop(NEW_LINK, None) != invitation.id or invitation.shown_token_sealed is None:
        return None
    sealed, invitation.shown_token_sealed = invitation.shown_token_sealed, None
    db.commit()
    if invitation.created_by_id != current_user.id or not invitation.is_live(utcnow()):
        return None
    try:
        return sealing.open_sealed(sealed)
    except sealing.SealingError:
        return None


def public_base_url() -> str | None:
    """The address families' links start with. In production it must be set
    (PUBLIC_BASE_URL): a link built from the request's Host header could send a family to
    whatever site a forged header names. Only a debug or test server falls back to its host."""
    configured = current_app.config.get("PUBLIC_BASE_URL")
    if configured:
        return str(configured).rstrip("/")
    if current_app.debug or current_app.testing:
        return request.host_url.rstrip("/")
    return None


def _public_url(token: str) -> str | None:
    base = public_base_url()
    return f"{base}{url_for('questionnaire.open_link', token=token)}" if base else None


def _qr_svg(url: str, name: str) -> Markup:
    return qr_svg(url, f"QR code that opens {name}'s questionnaire")


@bp.route("/cases/<int:case_id>/links/<int:invitation_id>")
def show(case_id: int, invitation_id: int):
    """Show a new link once: QR code, the link to copy, and a message to paste."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    invitation = db.get(Invitation, invitation_id)
    if invitation is None or invitation.wave.case_id != case.id:
        abort(404)
    token = _take_new_token(db, invitation)
    url = _public_url(token) if token else None
    member = invitation.member
    message = None
    if url:
        message = (f"Hello {member.first_name}, here is your own link to tell us how things are going "
                   f"for your family: {url} It takes about {_minutes_for(db, invitation)} minutes on your "
                   "phone and is saved as you go. "
                   f"The link works until {invitation.expires_at.strftime('%-d %B')}. "
                   f"From {current_user.display_name}, Family Support")
    return render_template("links/show.html", case=case, invitation=invitation, member=member,
                           url=url, qr=_qr_svg(url, member.first_name) if url else None,
                           message=message)


def _minutes_for(db, invitation: Invitation) -> int:
    """The same estimate the member's start page shows, from their own questionnaire's length."""
    has_goals = db.scalar(select(exists().where(Goal.case_id == invitation.wave.case_id)))
    return estimated_minutes(plan_pages(invitation.member.member_role.value,
                                        invitation.wave.kind.value, bool(has_goals)))


@bp.route("/cases/<int:case_id>/links/<int:invitation_id>/revoke", methods=["POST"])
def revoke(case_id: int, invitation_id: int):
    """Stop a link working at once."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    invitation = db.get(Invitation, invitation_id)
    if invitation is None or invitation.wave.case_id != case.id or not BaseForm().validate_on_submit():
        abort(404)
    if invitation.revoked_at is None and invitation.used_at is None:
        invitation.revoked_at, invitation.shown_token_sealed = utcnow(), None
        cancel_queued_messages(db, [invitation.id], LINK_REPLACED)
        audit.record(db, "link_revoked", actor_id=current_user.id, target_type="invitation",
                     target_id=invitation.id, ip_address=request.remote_addr)
        db.commit()
    flash(f"{invitation.member.first_name}'s link no longer works", "success")
    return redirect(url_for("cases.case", case_id=case.id))


@bp.route("/cases/<int:case_id>/waves/<int:wave_id>/members/<int:member_id>/<any(assisted, paper):mode>",
          methods=["POST"])
def fill_in(case_id: int, wave_id: int, member_id: int, mode: str):
    """Fill in a member's questionnaire with them on this device, or type in their paper form."""
    case = get_case_or_404(current_user, case_id)
    wave, member = _wave_and_member(case, wave_id, member_id)
    if not BaseForm().validate_on_submit():
        abort(400)
    return start_assisted(case, wave, member, CompletionMode(mode))


@bp.route("/cases/<int:case_id>/goals", methods=["GET", "POST"])
def goals(case_id: int):
    """Set or change the family's goals, in their own words (up to three)."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    rated_later = db.scalar(select(Response.id).join(Wave, Wave.id == Response.wave_id).where(
        Wave.case_id == case.id, Wave.kind != WaveKind.START, Response.submitted_at.is_not(None)))
    existing = {g.position: g for g in case.goals}
    if rated_later is not None:
        flash("The goals cannot be changed once the family has rated them at a later questionnaire",
              "important")
        return redirect(url_for("cases.case", case_id=case.id))
    form = GoalsEditForm(data={f"goal_{p}": g.text for p, g in existing.items()}
                         if request.method == "GET" else None)
    if form.validate_on_submit():
        now = utcnow()
        for position in (1, 2, 3):
            text = form[f"goal_{position}"].data
            goal = existing.get(position)
            if text and goal is None:
                case.goals.append(Goal(position=position, text=text, created_at=now, updated_at=now))
            elif text and goal.text != text:
                goal.text, goal.updated_at = text, now
            elif not text and goal is not None:
                db.delete(goal)
        audit.record(db, "goals_changed", actor_id=current_user.id, target_type="case",
                     target_id=case.id, ip_address=request.remote_addr)
        db.commit()
        flash("The family's goals are saved", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    return render_template("links/goals.html", form=form, case=case), (400 if form.errors else 200)


def wave_progress(db, case, now: datetime) -> dict[int, dict[int, dict]]:
    """For each wave and answering member: their response, live link and pages done."""
    wave_ids = [w.id for w in case.waves]
    responses = db.scalars(select(Response).where(Response.wave_id.in_(wave_ids))).all()
    links = db.scalars(select(Invitation).where(Invitation.wave_id.in_(wave_ids),
                                                Invitation.revoked_at.is_(None),
                                                Invitation.used_at.is_(None))).all()
    progress: dict[int, dict[int, dict]] = {w.id: {} for w in case.waves}
    for wave in case.waves:
        for member in case.family.members:
            if not member.answers_questionnaire:
                continue
            response = next((r for r in responses
                             if r.wave_id == wave.id and r.member_id == member.id), None)
            link = next((i for i in links if i.wave_id == wave.id and i.member_id == member.id
                         and i.is_live(now)), None)
            total = len(plan_pages(member.member_role.value, wave.kind.value, bool(case.goals)))
            progress[wave.id][member.id] = {"response": response, "link": link, "total": total,
                                            "done": len(response.pages_done or []) if response else 0}
    return progress


def init_app(app: Flask) -> None:
    """Register the keyworker's questionnaire pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
