"""One place decides what each role may see.

Every endpoint is listed in ACCESS; an endpoint missing from it is refused (404), and a test walks
`app.url_map` to make sure none is forgotten. Row-level scope (whose cases) is decided here too.
"""
from __future__ import annotations

from flask import Flask, abort, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import ColumnElement, false, select, true

from surveys.records.db import get_session
from surveys.records.models import Case, Family, Role

PUBLIC = "public"  # anyone, signed in or not
FAMILY = "family"  # a family member holding a questionnaire session (issue 4)

KEYWORKER, TEAM_MANAGER, COMMISSIONER, ADMIN = (
    Role.KEYWORKER, Role.TEAM_MANAGER, Role.COMMISSIONER, Role.ADMIN)
CASE_HOLDERS = frozenset({KEYWORKER, TEAM_MANAGER})
ALL_STAFF = frozenset(Role)
REPORT_READERS = frozenset({COMMISSIONER, TEAM_MANAGER})

# endpoint -> who may use it. Commissioners see aggregates only; admins see users and settings,
# never case content; case holders see only the cases in their scope (see case_scope).
ACCESS: dict[str, str | frozenset[Role]] = {
    "static": PUBLIC,
    "pages.index": PUBLIC,
    "pages.accessibility": PUBLIC,
    "pages.privacy": PUBLIC,
    "auth.sign_in": PUBLIC,
    "auth.sign_out": ALL_STAFF,
    # the second step of signing in follows a right password in the same browser (auth.py)
    "auth.enter_code": PUBLIC,
    "auth.use_recovery_code": PUBLIC,
    "auth.set_up_app": PUBLIC,
    "auth.account": ALL_STAFF,
    "auth.new_recovery_codes": ALL_STAFF,
    "auth.reset_two_factor": ALL_STAFF,
    "auth.change_password": ALL_STAFF,
    "overview.overview": frozenset({COMMISSIONER}),
    "cases.caseload": frozenset({KEYWORKER}),
    "cases.team": frozenset({TEAM_MANAGER}),
    "cases.add_family": CASE_HOLDERS,
    "cases.case": CASE_HOLDERS,
    "cases.add_member": CASE_HOLDERS,
    "cases.close_case": CASE_HOLDERS,
    # the family's questionnaire: a live personal link, or a keyworker filling it in with them
    "questionnaire.open_link": FAMILY,
    "questionnaire.link_problem": FAMILY,
    "questionnaire.start": FAMILY,
    "questionnaire.page": FAMILY,
    "questionnaire.check": FAMILY,
    "questionnaire.done": FAMILY,
    "links.issue": CASE_HOLDERS,
    "links.show": CASE_HOLDERS,
    "links.revoke": CASE_HOLDERS,
    "links.fill_in": CASE_HOLDERS,
    "links.goals": CASE_HOLDERS,
    # reviewing distance travelled with a family, and the home page for case holders
    "journey.dashboard": CASE_HOLDERS,
    "journey.journey": CASE_HOLDERS,
    "journey.journey_pdf": CASE_HOLDERS,
    "admin.users": frozenset({ADMIN}),
    "admin.new_user": frozenset({ADMIN}),
    "admin.edit_user": frozenset({ADMIN}),
    "admin.deactivate_user": frozenset({ADMIN}),
    "admin.reset_two_factor": frozenset({ADMIN}),
    "admin.decide_role_change": frozenset({ADMIN}),
    "admin.settings": frozenset({ADMIN}),
    "admin.audit": frozenset({ADMIN}),
    # data lifecycle: legal holds and subject access for managers; erasure asked by a case holder
    # and decided by a different manager (in scope) or an administrator, who sees no names
    "lifecycle.legal_hold": frozenset({TEAM_MANAGER}),
    "lifecycle.subject_access": frozenset({TEAM_MANAGER}),
    "lifecycle.request_member_erasure": CASE_HOLDERS,
    "lifecycle.erasure_requests": frozenset({TEAM_MANAGER, ADMIN}),
    "lifecycle.decide_erasure_request": frozenset({TEAM_MANAGER, ADMIN}),
    # quarterly reports: aggregates only, every figure disclosure-controlled (reports/disclosure.py)
    "reports.quarterly": REPORT_READERS,
    "reports.quarterly_pdf": REPORT_READERS,
    "reports.quarterly_csv": REPORT_READERS,
    "reports.coproduction": REPORT_READERS,
    "reports.coproduction_pdf": REPORT_READERS,
    "reports.actions": REPORT_READERS,
    "reports.new_action": frozenset({TEAM_MANAGER}),
    "reports.edit_action": frozenset({TEAM_MANAGER}),
    # answer-level CSVs (pseudonymous), for a team manager's own team only
    "reports.exports": frozenset({TEAM_MANAGER}),
    "reports.export_long": frozenset({TEAM_MANAGER}),
    "reports.export_wide": frozenset({TEAM_MANAGER}),
    # what families wrote: case holders only, within case_scope; quotes are a manager's call
    "feedback.index": CASE_HOLDERS,
    "feedback.unread": CASE_HOLDERS,
    "feedback.mark_read": CASE_HOLDERS,
    "feedback.labels": CASE_HOLDERS,
    "feedback.acknowledge": CASE_HOLDERS,
    "feedback.quote": frozenset({TEAM_MANAGER}),
}


def register(endpoint: str, rule: str | frozenset[Role]) -> None:
    """Let a feature package declare who may use its endpoints, in this same table."""
    if endpoint in ACCESS and ACCESS[endpoint] != rule:
        raise ValueError(f"conflicting access rules for {endpoint}")
    ACCESS[endpoint] = rule


def rule_for(endpoint: str | None) -> str | frozenset[Role] | None:
    """The access rule for an endpoint, or None when it has none (and so is refused)."""
    return ACCESS.get(endpoint) if endpoint else None


def case_scope(user) -> ColumnElement[bool]:
    """SQL condition for the cases a person may see: their caseload, or their team's."""
    if user.role is KEYWORKER:
        return Case.keyworker_id == user.id
    if user.role is TEAM_MANAGER and user.team_id is not None:
        return Case.team_id == user.team_id
    return false()


def get_case_or_404(user, case_id: int) -> Case:
    """A case the person may see, or 404: out of scope looks exactly like not there."""
    case = get_session().scalar(select(Case).where(Case.id == case_id, case_scope(user)))
    if case is None:
        abort(404)
    return case


def family_scope(user) -> ColumnElement[bool]:
    """SQL condition for families with at least one case the person may see."""
    scope = case_scope(user)
    if scope is false():
        return false()
    return Family.id.in_(select(Case.family_id).where(scope)) if scope is not true() else true()


def refusal_for_request() -> object | None:
    """What this request gets instead of its view when the person may not use the route: a
    redirect to sign in, or (by raising) a 404. None when they may go on."""
    rule = rule_for(request.endpoint)
    if request.endpoint is None:
        return None  # no route matched: Flask answers 404 itself
    if rule is None:
        abort(404)
    if rule == PUBLIC or rule == FAMILY:
        return None
    if not current_user.is_authenticated:
        return redirect(url_for("auth.sign_in", next=request.full_path.rstrip("?")))
    if current_user.role not in rule:
        abort(404)
    return None


def init_app(app: Flask) -> None:
    """Check every request against the access table before any view runs, and before anything
    else about the request (the CSRF check included): call this before CSRFProtect.init_app."""
    if app.before_request_funcs.get(None):
        raise RuntimeError("access.init_app must register the first before-request check")
    app.before_request(refusal_for_request)
