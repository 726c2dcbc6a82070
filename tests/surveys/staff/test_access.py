"""Every route has a rule in the app's access table, and every role gets exactly what it may see."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from surveys.records.db import utcnow
from surveys.records.enums import ActionStatus, AgeBand, MemberRole, Role, SupportLevel, WaveKind
from surveys.records.models import (
    Case,
    CoproductionSession,
    ErasureRequest,
    Family,
    FamilyMember,
    Invitation,
    Locality,
    ServiceAction,
    Team,
    Wave,
)
from surveys.staff import access
from surveys.staff.access import FAMILY, PUBLIC
from tests.factories import add_response
from tests.helpers import csrf_token, sign_in

ROLES = list(Role)


def _sample_url(rule, case_id: int, user_id: int, ids: dict | None = None) -> str:
    values = {}
    known = {"case_id": case_id, "user_id": user_id, **(ids or {})}
    for arg in rule.arguments:
        values[arg] = known.get(arg, 1)
    url = rule.rule
    for name, value in values.items():
        url = re.sub(rf"<(?:[^:<>]+:)?{name}>", str(value), url)
    return url


def test_every_route_is_in_the_access_table(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()}
    missing = sorted(endpoints - set(access.rules(app)))
    assert not missing, f"routes with no access rule (declare them in their module's ACCESS): {missing}"


@pytest.fixture
def world(db, make_staff):
    """Two teams, a keyworker in each with one case, and one person in every role."""
    north, south = Locality(name="North"), Locality(name="South")
    team_a, team_b = Team(name="Team A", locality=north), Team(name="Team B", locality=south)
    db.add_all([team_a, team_b])
    db.commit()
    people = {
        Role.KEYWORKER: make_staff(Role.KEYWORKER, team_a),
        Role.TEAM_MANAGER: make_staff(Role.TEAM_MANAGER, team_a),
        Role.COMMISSIONER: make_staff(Role.COMMISSIONER),
        Role.ADMIN: make_staff(Role.ADMIN),
    }
    other_worker = make_staff(Role.KEYWORKER, team_b)
    colleague = make_staff(Role.KEYWORKER, team_a)
    cases = {}
    for name, worker, team in [("own", people[Role.KEYWORKER], team_a),
                               ("colleague", colleague, team_a),
                               ("other_team", other_worker, team_b)]:
        family = Family(reference=f"FV-{name[:6].upper()}", family_name=f"{name} family",
                        members=[FamilyMember(first_name="Sam", member_role=MemberRole.PARENT_CARER,
                                              age_band=AgeBand.ADULT)])
        case = Case(waves=[Wave(kind=k, due_on=date.today()) for k in WaveKind], family=family,
                    keyworker=worker, team=team, locality=team.locality,
                    support_level=SupportLevel.EARLY_HELP, opened_on=date.today())
        db.add(case)
        db.commit()
        cases[name] = case.id
    own = db.get(Case, cases["own"])
    invitation = Invitation(wave_id=own.waves[0].id, member_id=own.family.members[0].id,
                            token_hash="0" * 64, expires_at=utcnow() + timedelta(days=14))
    db.add(invitation)
    db.commit()
    # A comment the own family sent, so comment pages have something in scope to show.
    response = add_response(db, own.waves[0], own.family.members[0], {},
                            comments={"helped_most": "Someone finally listened"})
    response.comments[0].is_safeguarding = True  # so acknowledging it is a real page
    erasure = ErasureRequest(member_id=own.family.members[0].id, case_id=own.id, reason="Asked",
                             requested_by_id=people[Role.KEYWORKER].id)
    action = ServiceAction(theme_code="help_sooner", we_heard="Help came late",
                           we_did="We ring back within a day", status=ActionStatus.PLANNED,
                           owner="Head of Early Help", started_on=date.today())
    db.add_all([erasure, action])
    db.commit()
    # A co-production session of the own team, so its pages are real for the roles that may read it.
    meeting = CoproductionSession(team_id=team_a.id, held_on=date.today(), title="Redesigning the "
                                  "first visit", worked_on="Parents rewrote the letter.", families=6,
                                  action_id=action.id)
    db.add(meeting)
    db.commit()
    cases["ids"] = {"invitation_id": invitation.id, "wave_id": own.waves[0].id,
                    "member_id": own.family.members[0].id, "mode": "assisted",
                    "comment_id": response.comments[0].id, "request_id": erasure.id,
                    "action_id": action.id, "session_id": meeting.id}
    return people, cases


# Which of the three cases each role may open: own caseload, team, nothing.
CASE_VISIBILITY = {
    Role.KEYWORKER: {"own"},
    Role.TEAM_MANAGER: {"own", "colleague"},
    Role.COMMISSIONER: set(),
    Role.ADMIN: set(),
}


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_each_role_sees_only_its_own_routes(app, client, world, role):
    people, cases = world
    user = people[role]
    sign_in(client, user)
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        allowed = access.rules(app)[rule.endpoint]
        url = _sample_url(rule, cases["own"], user.id, cases["ids"])
        response = client.get(url)
        if allowed in (PUBLIC, FAMILY):
            assert response.status_code in (200, 302, 404), url
        elif role in allowed:
            assert response.status_code in (200, 302), f"{role.value} should reach {url}"
        else:
            assert response.status_code == 404, f"{role.value} must not reach {url}"


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_cases_outside_a_persons_scope_are_not_found(client, world, role):
    people, cases = world
    sign_in(client, people[role])
    for name, case_id in cases.items():
        if name == "ids":
            continue
        for path in (f"/cases/{case_id}", f"/cases/{case_id}/close", f"/cases/{case_id}/add-member"):
            status = client.get(path).status_code
            expected = 200 if name in CASE_VISIBILITY[role] else 404
            assert status == expected, f"{role.value} {path} ({name})"


def test_signed_out_people_are_sent_to_sign_in(app, client, world):
    _, cases = world
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or access.rules(app)[rule.endpoint] in (PUBLIC, FAMILY):
            continue
        response = client.get(_sample_url(rule, cases["own"], 1, cases["ids"]))
        assert response.status_code == 302
        assert response.headers["Location"].startswith("/sign-in")


def test_caseload_lists_only_the_keyworkers_own_families(client, world):
    people, _ = world
    sign_in(client, people[Role.KEYWORKER])
    html = client.get("/caseload").get_data(as_text=True)
    assert "own family" in html
    assert "colleague family" not in html and "other_team family" not in html


def test_team_page_lists_the_whole_team_and_no_other(client, world):
    people, _ = world
    sign_in(client, people[Role.TEAM_MANAGER])
    html = client.get("/team").get_data(as_text=True)
    assert "own family" in html and "colleague family" in html
    assert "other_team family" not in html


def test_commissioner_overview_shows_no_family(client, world, db):
    people, _ = world
    sign_in(client, people[Role.COMMISSIONER])
    html = client.get("/overview").get_data(as_text=True)
    for family in db.scalars(select(Family)):
        assert family.family_name not in html and family.reference not in html
    assert "fewer than 8" in html


def _post_only_rules(app):
    """Routes that take only POST (sign-out, revoking a link, deactivating someone...)."""
    return [rule for rule in app.url_map.iter_rules()
            if "GET" not in rule.methods and rule.endpoint != "static"]


@pytest.mark.parametrize("role", ROLES, ids=lambda r: r.value)
def test_post_only_routes_are_not_found_for_roles_outside_them(app, client, db, world, role):
    """A role outside a POST-only route's rule gets a 404 even with a good CSRF token, and the
    POST changes nothing (the audit log, which every change writes to, stays as it was)."""
    from surveys.records.models import AuditEvent

    people, cases = world
    user = people[role]
    sign_in(client, user)
    token = csrf_token(client, "/account")
    rules = _post_only_rules(app)
    assert len(rules) >= 8, [r.endpoint for r in rules]
    tried = 0
    for rule in rules:
        allowed = access.rules(app)[rule.endpoint]
        if allowed in (PUBLIC, FAMILY) or role in allowed:
            continue
        events = db.scalar(select(func.count()).select_from(AuditEvent))
        url = _sample_url(rule, cases["own"], people[Role.KEYWORKER].id, cases["ids"])
        response = client.post(url, data={"csrf_token": token})
        assert response.status_code == 404, f"{role.value} must not reach POST {url}"
        db.expire_all()
        assert db.scalar(select(func.count()).select_from(AuditEvent)) == events, url
        tried += 1
    assert tried, f"{role.value}: no POST-only route is closed to this role"


def test_post_only_staff_routes_send_signed_out_people_to_sign_in(app, client, world):
    """Without a session, a POST-only staff route is never run: it sends to sign-in."""
    _, cases = world
    token = csrf_token(client, "/sign-in")
    for rule in _post_only_rules(app):
        if access.rules(app)[rule.endpoint] in (PUBLIC, FAMILY):
            continue
        response = client.post(_sample_url(rule, cases["own"], 1, cases["ids"]),
                               data={"csrf_token": token})
        assert response.status_code == 302, rule.rule
        assert response.headers["Location"].startswith("/sign-in"), rule.rule


def _snapshot(db, *, skip: frozenset[str]) -> dict[str, list]:
    """Every row of every table (but those skipped), to show a request changed nothing."""
    from surveys.records.models import Base

    db.expire_all()
    snapshot = {}
    for table in Base.metadata.sorted_tables:
        if table.name in skip:
            continue
        snapshot[table.name] = sorted(map(repr, db.execute(select(table)).all()))
    return snapshot


# Signing in and moving about the site touch these on every request; nothing else may change.
_MOVING = frozenset({"staff_sessions", "sign_in_attempts"})
SIGNED_OUT = "signed_out"
BAD_TOKENS = {"missing": None, "wrong": "IjNhNDQ1ZGY.not-a-real-token.c2lnbmF0dXJl"}


@pytest.mark.parametrize("token", sorted(BAD_TOKENS))
@pytest.mark.parametrize("who", [SIGNED_OUT, *ROLES], ids=lambda r: getattr(r, "value", r))
def test_a_post_with_a_bad_token_is_refused_before_any_view_runs(app, client, db, world, who, token):
    """Every POST route, for every role and signed out, with a missing and with a wrong CSRF
    token: sign-in (302) for the signed out, 404 outside the route's rule, 400 inside it; never a
    500, never a change, and never another scope's people on the page."""
    people, cases = world
    if who != SIGNED_OUT:
        sign_in(client, people[who])
    others = [person.display_name for role, person in people.items() if role != who]
    others += ["colleague family", "other_team family"]
    data = {} if BAD_TOKENS[token] is None else {"csrf_token": BAD_TOKENS[token]}
    tried = 0
    for rule in app.url_map.iter_rules():
        if "POST" not in rule.methods:
            continue
        allowed = access.rules(app)[rule.endpoint]
        url = _sample_url(rule, cases["own"], people[Role.COMMISSIONER].id, cases["ids"])
        inside = allowed in (PUBLIC, FAMILY) or (who != SIGNED_OUT and who in allowed)
        before = _snapshot(db, skip=_MOVING | ({"audit_events"} if inside else frozenset()))
        response = client.post(url, data=data)
        html = response.get_data(as_text=True)
        where = f"{who} POST {url} ({token} token)"
        if inside:
            # 401: a route whose caller proves itself with a bearer token (Notify's receipts)
            assert response.status_code in (302, 400, 401, 403, 404), where
            if response.status_code == 302:  # public and family pages send on within the site
                assert response.headers["Location"].startswith("/"), where
        elif who == SIGNED_OUT:
            assert response.status_code == 302, where
            assert response.headers["Location"].startswith("/sign-in"), where
        else:
            assert response.status_code == 404, where
        for name in others if not inside else ["colleague family", "other_team family"]:
            assert name not in html, f"{where} shows {name}"
        assert _snapshot(db, skip=_MOVING | ({"audit_events"} if inside else frozenset())) == before, where
        tried += 1
    assert tried >= 25


@pytest.mark.parametrize("token", sorted(BAD_TOKENS))
def test_signing_out_needs_the_pages_own_token(client, world, token):
    """A page elsewhere cannot sign a member of staff out (logout CSRF): a POST to /sign-out
    without the right token is refused and the session goes on."""
    people, _ = world
    sign_in(client, people[Role.KEYWORKER])
    data = {} if BAD_TOKENS[token] is None else {"csrf_token": BAD_TOKENS[token]}
    assert client.post("/sign-out", data=data).status_code == 400
    assert client.get("/account").status_code == 200
    assert client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")}).status_code == 302
    assert client.get("/account").status_code == 302


def test_a_rule_for_an_endpoint_the_app_does_not_have_is_refused(app):
    with pytest.raises(ValueError, match="not an endpoint"):
        access.allow(app, {"pages.no_such_page": PUBLIC})


def test_a_second_different_rule_for_an_endpoint_is_refused(app):
    access.allow(app, {"pages.index": PUBLIC})  # the same rule again is harmless
    with pytest.raises(ValueError, match="conflicting"):
        access.allow(app, {"pages.index": frozenset({Role.ADMIN})})
    assert access.rules(app)["pages.index"] == PUBLIC


def test_each_app_has_its_own_access_rules(app, database_url):
    from wsgi import create_app

    app.add_url_rule("/only-here", "only_here", lambda: "here")
    access.allow(app, {"only_here": PUBLIC})
    other = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "other"})
    try:
        assert "only_here" not in access.rules(other)
        assert set(access.rules(other)) == set(access.rules(app)) - {"only_here"}
    finally:
        other.extensions["fv_engine"].dispose()
