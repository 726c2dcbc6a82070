"""Pages for legal holds, subject-access downloads and erasure requests."""
from __future__ import annotations

import json

from flask import Blueprint, Flask, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from surveys.governance.erasure import ErasureRefused, decide_erasure, request_erasure
from surveys.governance.forms import ErasureDecisionForm, ErasureRequestForm, LegalHoldForm
from surveys.governance.subject_access import build_subject_access
from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import ErasureStatus
from surveys.records.models import Case, ErasureRequest, FamilyMember
from surveys.staff.access import ADMIN, CASE_HOLDERS, TEAM_MANAGER, allow, case_scope, get_case_or_404

bp = Blueprint("governance", __name__)

# legal holds and subject access for managers; erasure asked by a case holder and decided by a
# different manager (in scope) or an administrator, who sees no names
ACCESS = {
    "governance.legal_hold": frozenset({TEAM_MANAGER}),
    "governance.subject_access": frozenset({TEAM_MANAGER}),
    "governance.request_member_erasure": CASE_HOLDERS,
    "governance.erasure_requests": frozenset({TEAM_MANAGER, ADMIN}),
    "governance.decide_erasure_request": frozenset({TEAM_MANAGER, ADMIN}),
}


def _member_of(case: Case, member_id: int) -> FamilyMember:
    member = next((m for m in case.family.members if m.id == member_id), None)
    return member if member is not None else abort(404)


@bp.route("/cases/<int:case_id>/legal-hold", methods=["GET", "POST"])
def legal_hold(case_id: int):
    """Put the family on legal hold with a reason (retention then leaves it alone), or lift it."""
    case = get_case_or_404(current_user, case_id)
    family = case.family
    form = LegalHoldForm(data={"reason": family.legal_hold_reason} if request.method == "GET" else None)
    if form.validate_on_submit():
        db = get_session()
        hold = bool(form.reason.data)
        family.legal_hold = hold
        family.legal_hold_reason = form.reason.data or None
        audit.record(db, "legal_hold_set" if hold else "legal_hold_lifted",
                     actor_id=current_user.id, target_type="family", target_id=family.id,
                     ip_address=request.remote_addr,
                     details={"case_id": case.id})
        db.commit()
        flash("Legal hold set: retention will keep this family's records" if hold
              else "Legal hold lifted", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    return render_template("governance/legal_hold.html", form=form, case=case), (
        400 if form.errors else 200)


@bp.route("/cases/<int:case_id>/members/<int:member_id>/subject-access")
def subject_access(case_id: int, member_id: int):
    """Download everything held about one family member, as JSON (a subject-access request)."""
    case = get_case_or_404(current_user, case_id)
    member = _member_of(case, member_id)
    db = get_session()
    data = build_subject_access(db, member.id, utcnow())
    audit.record(db, "subject_access_exported", actor_id=current_user.id,
                 target_type="family_member", target_id=member.id,
                 ip_address=request.remote_addr, details={"case_id": case.id})
    db.commit()
    body = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    filename = f"subject-access-{case.family.reference}-member-{member.id}.json"
    return Response(body, mimetype="application/json", headers={
        "Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})


@bp.route("/cases/<int:case_id>/members/<int:member_id>/erasure", methods=["GET", "POST"])
def request_member_erasure(case_id: int, member_id: int):
    """Ask for a family member's personal data to be erased; another manager decides."""
    case = get_case_or_404(current_user, case_id)
    member = _member_of(case, member_id)
    form = ErasureRequestForm()
    if form.validate_on_submit():
        db = get_session()
        try:
            request_erasure(db, member, case.id, current_user, form.reason.data,
                            request.remote_addr)
        except ErasureRefused as error:
            form.reason.errors.append(str(error))
        else:
            db.commit()
            flash(f"Erasure of {member.first_name}'s data requested. Another team manager "
                  "will decide.", "success")
            return redirect(url_for("cases.case", case_id=case.id))
    return render_template("governance/request_erasure.html", form=form, case=case,
                           member=member), (400 if form.errors else 200)


def _requests_query():
    query = select(ErasureRequest).options(
        selectinload(ErasureRequest.member), selectinload(ErasureRequest.case).selectinload(
            Case.family), selectinload(ErasureRequest.requested_by),
        selectinload(ErasureRequest.decided_by))
    if current_user.role is not ADMIN:
        query = query.join(Case, ErasureRequest.case_id == Case.id).where(case_scope(current_user))
    return query


@bp.route("/erasure-requests")
def erasure_requests():
    """Erasure requests in the person's scope: waiting ones first, then recent decisions."""
    rows = get_session().scalars(_requests_query().order_by(
        ErasureRequest.status != ErasureStatus.PENDING, ErasureRequest.requested_at.desc())
        .limit(200)).all()
    return render_template("governance/erasure_requests.html", rows=rows)


@bp.route("/erasure-requests/<int:request_id>", methods=["GET", "POST"])
def decide_erasure_request(request_id: int):
    """Approve or reject an erasure request that someone else made."""
    db = get_session()
    row = db.scalar(_requests_query().where(ErasureRequest.id == request_id))
    if row is None:  # missing and out of scope look the same
        abort(404)
    form = ErasureDecisionForm()
    is_own = row.requested_by_id == current_user.id
    if row.status is ErasureStatus.PENDING and not is_own and form.validate_on_submit():
        try:
            decide_erasure(db, row, current_user, form.decision.data == "approve", utcnow(),
                           form.note.data, request.remote_addr)
        except ErasureRefused as error:
            form.decision.errors.append(str(error))
        else:
            db.commit()
            flash("Request approved: the person's data is erased" if row.status is
                  ErasureStatus.APPROVED else "Request rejected: nothing was erased", "success")
            return redirect(url_for("governance.erasure_requests"))
    return render_template("governance/decide_erasure.html", form=form, row=row, is_own=is_own), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the data-lifecycle pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
