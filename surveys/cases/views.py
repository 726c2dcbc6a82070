"""Keyworker and team manager pages: caseload, team, families and cases."""
from __future__ import annotations

import secrets

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from wtforms.fields.choices import SelectChoice

from surveys.cases.queries import start_and_close_answers
from surveys.cases.team_picture import WINDOW, build_team_picture
from surveys.cases.waves import plan_waves, wave_state
from surveys.messaging.contact_rules import display_mobile, is_under_13, mask_address
from surveys.messaging.planning import load_contacts
from surveys.messaging.queries import (
    KIND_LABELS,
    STATUS_LABELS,
    WHAT_TO_DO,
    failures_to_fix,
    messages_by_member,
)
from surveys.questionnaire.actions import recent_actions
from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import (
    ActionStatus,
    AgeBand,
    ClosureReason,
    MemberRole,
    Role,
    SupportLevel,
    WaveKind,
    WaveStatus,
)
from surveys.records.models import Case, Family, FamilyMember, Team, Wave
from surveys.records.settings import council_settings
from surveys.records.staff import StaffUser
from surveys.staff.access import CASE_HOLDERS, KEYWORKER, TEAM_MANAGER, allow, case_scope, get_case_or_404
from surveys.web.clock import today
from surveys.web.forms import (
    AddFamilyForm,
    AddMemberForm,
    CloseCaseForm,
    EditMemberForm,
    father_answer,
)

bp = Blueprint("cases", __name__)

ACCESS = {
    "cases.caseload": frozenset({KEYWORKER}),
    "cases.team": frozenset({TEAM_MANAGER}),
    "cases.add_family": CASE_HOLDERS,
    "cases.case": CASE_HOLDERS,
    "cases.add_member": CASE_HOLDERS,
    "cases.edit_member": CASE_HOLDERS,
    "cases.close_case": CASE_HOLDERS,
}

# The family's questionnaire pages head each "you said, we did" action by how far it has got;
# the case page shows the keyworker the same list in the same words.
ACTION_HEADINGS = {ActionStatus.DONE: "We did:", ActionStatus.IN_PROGRESS: "We are doing:",
                   ActionStatus.PLANNED: "We will:"}

# Unambiguous characters for family references people may read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_family_reference() -> str:
    """A random pseudonymous reference such as FV-7K3Q9M (no meaning, nothing identifying)."""
    return "FV-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))


def _cases_query(scope):
    return (select(Case).where(scope)
            .options(selectinload(Case.family).selectinload(Family.members),
                     selectinload(Case.waves), selectinload(Case.keyworker))
            .order_by(Case.closed_on.is_not(None), Case.opened_on.desc()))


def audit_list_view(db, action: str, cases) -> None:
    """A list of families is a view of family data too: record who saw which cases."""
    audit.record(db, action, actor_id=current_user.id, target_type="cases",
                 details={"cases": sorted(case.id for case in cases)},
                 ip_address=request.remote_addr)
    db.commit()


@bp.route("/caseload")
def caseload():
    """A keyworker's own cases, each with its waves: due, overdue, done."""
    db = get_session()
    cases = db.scalars(_cases_query(case_scope(current_user))).all()
    audit_list_view(db, "caseload_viewed", cases)
    return render_template("cases/caseload.html", cases=cases, today=today(),
                           wave_state=wave_state,
                           failures=failures_to_fix(db, case_scope(current_user)))


@bp.route("/team")
def team():
    """A team manager's view of every case in their team, by keyworker."""
    db = get_session()
    cases = db.scalars(_cases_query(case_scope(current_user))).all()
    audit_list_view(db, "team_viewed", cases)
    team = db.get(Team, current_user.team_id) if current_user.team_id else None
    by_keyworker: dict[str, list[Case]] = {}
    for case in sorted(cases, key=lambda c: c.keyworker.display_name):
        by_keyworker.setdefault(case.keyworker.display_name, []).append(case)
    now = today()
    closing = [c.id for c in cases for w in c.waves
               if w.kind is WaveKind.CLOSE and w.completed_on and w.completed_on >= now - WINDOW]
    picture = build_team_picture(cases, start_and_close_answers(db, closing), now)
    return render_template("cases/team.html", team=team, by_keyworker=by_keyworker,
                           today=now, wave_state=wave_state, picture=picture,
                           failures=failures_to_fix(db, case_scope(current_user)))


def _team_keyworkers(db) -> list[StaffUser]:
    return list(db.scalars(select(StaffUser).where(
        StaffUser.team_id == current_user.team_id, StaffUser.role == Role.KEYWORKER,
        StaffUser.is_active_account.is_(True)).order_by(StaffUser.display_name)))


@bp.route("/families/new", methods=["GET", "POST"])
def add_family():
    """Add a family and its members and open a case with its three waves."""
    db = get_session()
    form = AddFamilyForm()
    is_manager = current_user.role is Role.TEAM_MANAGER
    if is_manager:
        form.keyworker.choices = [SelectChoice("", "Choose a keyworker")] + [
            SelectChoice(str(k.id), k.display_name) for k in _team_keyworkers(db)]
    else:
        form.keyworker.choices = [SelectChoice("", "")]
    if current_user.team_id is None:
        flash("You need to be in a team before you can open cases. Ask your administrator.",
              "important")
        return redirect(url_for("pages.index"))
    if form.validate_on_submit():
        keyworker_id = current_user.id
        if is_manager:
            ids = {str(k.id) for k in _team_keyworkers(db)}
            if form.keyworker.data not in ids:
                form.keyworker.errors.append("Choose the keyworker who will hold this case")
                return render_template("cases/add_family.html", form=form,
                                       is_manager=is_manager), 400
            keyworker_id = int(form.keyworker.data)
        team = db.get(Team, current_user.team_id)
        family = Family(reference=new_family_reference(), family_name=form.family_name.data)
        for entry in form.members.entries:
            member = entry.form
            if not member.is_blank:
                family.members.append(FamilyMember(
                    first_name=member.first_name.data,
                    member_role=MemberRole(member.member_role.data),
                    age_band=AgeBand(member.age_band.data),
                    father_or_male_carer=father_answer(member.member_role.data,
                                                       member.father_or_male_carer.data)))
        settings = council_settings(db)
        opened = today()
        case = Case(family=family, keyworker_id=keyworker_id, team_id=team.id,
                    locality_id=team.locality_id,
                    support_level=SupportLevel(form.support_level.data), opened_on=opened)
        for planned in plan_waves(opened, settings.middle_wave_weeks, settings.close_wave_weeks):
            case.waves.append(Wave(kind=planned.kind, due_on=planned.due_on))
        db.add(case)
        db.flush()
        audit.record(db, "case_opened", actor_id=current_user.id, target_type="case",
                     target_id=case.id, ip_address=request.remote_addr,
                     details={"members": len(family.members)})
        db.commit()
        flash(f"Case opened for the {family.family_name} family ({family.reference}). "
              "The start questionnaire is due now.", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    status = 400 if form.errors else 200
    return render_template("cases/add_family.html", form=form, is_manager=is_manager), status


@bp.route("/cases/<int:case_id>")
def case(case_id: int):
    """One case: the family, its members and its waves."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    audit.record(db, "case_viewed", actor_id=current_user.id, target_type="case",
                 target_id=case.id, ip_address=request.remote_addr)
    db.commit()
    from surveys.questionnaire.links import wave_progress

    # the same three actions, for the case's locality, that the family's questionnaire shows
    actions = [{"we_heard": a.we_heard, "we_did": a.we_did, "heading": ACTION_HEADINGS[a.status]}
               for a in recent_actions(db, limit=3, locality_id=case.locality_id)]
    return render_template("cases/case.html", case=case, today=today(), wave_state=wave_state,
                           progress=wave_progress(db, case, utcnow()), actions=actions,
                           messages=messages_by_member(db, case),
                           contacts=load_contacts(db, [m.id for m in case.family.members]),
                           is_under_13=is_under_13, mask_address=mask_address,
                           display_mobile=display_mobile, status_labels=STATUS_LABELS,
                           kind_labels=KIND_LABELS, what_to_do=WHAT_TO_DO)


@bp.route("/cases/<int:case_id>/add-member", methods=["GET", "POST"])
def add_member(case_id: int):
    """Add a member to the family of an open case."""
    case = get_case_or_404(current_user, case_id)
    if not case.is_open:
        abort(404)
    form = AddMemberForm()
    if form.validate_on_submit():
        db = get_session()
        case.family.members.append(FamilyMember(
            first_name=form.first_name.data, member_role=MemberRole(form.member_role.data),
            age_band=AgeBand(form.age_band.data),
            father_or_male_carer=father_answer(form.member_role.data,
                                               form.father_or_male_carer.data)))
        audit.record(db, "member_added", actor_id=current_user.id, target_type="case",
                     target_id=case.id, ip_address=request.remote_addr)
        db.commit()
        flash(f"{form.first_name.data} added to the family", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    return render_template("cases/add_member.html", form=form, case=case), (
        400 if form.errors else 200)


@bp.route("/cases/<int:case_id>/members/<int:member_id>/edit", methods=["GET", "POST"])
def edit_member(case_id: int, member_id: int):
    """Change a member's first name and, for a parent or carer, whether they are a father or
    male carer."""
    case = get_case_or_404(current_user, case_id)
    member = next((m for m in case.family.members if m.id == member_id), None)
    if member is None or member.erased_at is not None:
        abort(404)
    is_parent = member.member_role is MemberRole.PARENT_CARER
    form = EditMemberForm(obj=member)
    if request.method == "GET" and member.father_or_male_carer is not None:
        form.father_or_male_carer.data = member.father_or_male_carer.value
    if form.validate_on_submit():
        db = get_session()
        member.first_name = form.first_name.data
        member.father_or_male_carer = father_answer(member.member_role.value,
                                                    form.father_or_male_carer.data)
        audit.record(db, "member_details_changed", actor_id=current_user.id,
                     target_type="family_member", target_id=member.id,
                     ip_address=request.remote_addr)
        db.commit()
        flash(f"{member.first_name}’s details saved", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    return render_template("cases/edit_member.html", form=form, case=case, member=member,
                           is_parent=is_parent), 400 if form.errors else 200


@bp.route("/cases/<int:case_id>/close", methods=["GET", "POST"])
def close_case(case_id: int):
    """Close an open case with a reason; waves not yet done are no longer needed."""
    case = get_case_or_404(current_user, case_id)
    if not case.is_open:
        flash("This case is already closed", "important")
        return redirect(url_for("cases.case", case_id=case.id))
    form = CloseCaseForm()
    if form.validate_on_submit():
        db = get_session()
        case.closed_on = today()
        case.closure_reason = ClosureReason(form.closure_reason.data)
        for wave in case.waves:
            if wave.status is not WaveStatus.SCHEDULED:
                continue
            if wave.kind is WaveKind.CLOSE:
                wave.due_on = min(wave.due_on, case.closed_on)  # ask now, while still in touch
            else:
                wave.status = WaveStatus.CANCELLED
        audit.record(db, "case_closed", actor_id=current_user.id, target_type="case",
                     target_id=case.id, ip_address=request.remote_addr,
                     details={"reason": case.closure_reason.value})
        db.commit()
        flash("Case closed", "success")
        return redirect(url_for("cases.case", case_id=case.id))
    return render_template("cases/close_case.html", form=form, case=case), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the case pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
