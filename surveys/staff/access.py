"""The access engine: one place decides, before anything else about a request, who may use it.

Each feature declares who may use its endpoints beside its views (a module-level `ACCESS`), and
hands them to `allow` in its init_app; the rules live per app, on `app.extensions`. An endpoint no
feature declared is refused (404), and a test walks `app.url_map` to make sure none is forgotten.
Commissioners see aggregates only; admins see users and settings, never case content; case
holders see only the cases in their scope (`case_scope`), which is decided here too.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from flask import Flask, abort, current_app, redirect, request, url_for
from flask_login import current_user
from sqlalchemy import ColumnElement, false, select

from surveys.records.db import get_session
from surveys.records.enums import Role
from surveys.records.models import Case

PUBLIC = "public"  # anyone, signed in or not
FAMILY = "family"  # a family member holding a questionnaire session (issue 4)

KEYWORKER, TEAM_MANAGER, COMMISSIONER, ADMIN = (
    Role.KEYWORKER, Role.TEAM_MANAGER, Role.COMMISSIONER, Role.ADMIN)
CASE_HOLDERS = frozenset({KEYWORKER, TEAM_MANAGER})
ALL_STAFF = frozenset(Role)
REPORT_READERS = frozenset({COMMISSIONER, TEAM_MANAGER})

Rule = str | frozenset[Role]
_TABLE = "fv_access"  # app.extensions key: this app's endpoint -> rule table


def allow(app: Flask, rules: Mapping[str, Rule]) -> None:
    """Declare who may use these endpoints of this app: the one way a feature adds access rules.
    Refuses an endpoint the app has no view for, and a second, different rule for an endpoint."""
    table = app.extensions.get(_TABLE)
    if table is None:
        raise RuntimeError("access.init_app must run before any feature declares its access rules")
    for endpoint, rule in rules.items():
        if endpoint not in app.view_functions:
            raise ValueError(f"access rule for {endpoint}, which is not an endpoint of this app")
        if not (rule in (PUBLIC, FAMILY) or (isinstance(rule, frozenset) and rule <= ALL_STAFF)):
            raise ValueError(f"access rule for {endpoint} is neither a set of roles nor public")
        if endpoint in table and table[endpoint] != rule:
            raise ValueError(f"conflicting access rules for {endpoint}")
        table[endpoint] = rule


def rules(app: Flask) -> Mapping[str, Rule]:
    """Every access rule this app's features declared, read-only (endpoint -> rule)."""
    return MappingProxyType(app.extensions[_TABLE])


def rule_for(endpoint: str | None) -> Rule | None:
    """The current app's access rule for an endpoint, or None when it has none (and so is refused)."""
    return current_app.extensions[_TABLE].get(endpoint) if endpoint else None


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
    app.extensions[_TABLE] = {}
    app.before_request(refusal_for_request)
    allow(app, {"static": PUBLIC})
