"""One of everything a route can point at, and a signed-in client for everyone who may use it."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from flask.testing import FlaskClient

from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import ActionStatus, Role, WaveKind
from surveys.records.models import ErasureRequest, ServiceAction
from surveys.staff.access import FAMILY, PUBLIC
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in


@dataclass
class World:
    """Ids to put in URLs, and who is asking: a client per role, anonymous and a family."""

    ids: dict[str, object]
    clients: dict[str, FlaskClient] = field(default_factory=dict)
    users: dict[str, object] = field(default_factory=dict)


def build_world(app, db, make_staff, team) -> World:
    """A team with each role, a case with members and goals, a submitted response with comments,
    a live personal link opened by the family, an action and an erasure request."""
    people = {role.value: make_staff(role, team if role in (Role.KEYWORKER, Role.TEAM_MANAGER)
                                     else None) for role in Role}
    other_manager = make_staff(Role.TEAM_MANAGER, team)
    victim = make_staff(Role.KEYWORKER, team)  # whom the admin's forms edit and deactivate
    case = make_case(db, people["keyworker"], team, goals=("Get to school on time",
                                                           "Fewer arguments at home"))
    grace, tobi = case.family.members
    start = wave_of(case, WaveKind.START)
    response = add_response(db, start, grace, all_items(3), goal_ratings={case.goals[0].id: 4},
                            comments={"helped_most": "Someone to call when it got hard.",
                                      "anything_else": "Nothing else."})
    action = ServiceAction(theme_code="kept_informed", we_heard="You said nobody rang back.",
                           we_did="We return calls within two days.", status=ActionStatus.DONE,
                           owner="Head of Early Help", started_on=date.today() - timedelta(days=3),
                           completed_on=date.today() - timedelta(days=1))
    erasure = ErasureRequest(member_id=tobi.id, case_id=case.id, reason="They asked us to.",
                             requested_by_id=people["keyworker"].id)
    db.add_all([action, erasure])
    db.commit()
    invitation, token = issue_link(db, wave_id=start.id, member_id=tobi.id, valid_days=14,
                                   now=utcnow(), issued_by=people["keyworker"].id)
    db.commit()
    ids = {"case_id": case.id, "user_id": victim.id, "wave_id": start.id, "member_id": tobi.id,
           "invitation_id": invitation.id, "comment_id": response.comments[0].id,
           "action_id": action.id, "request_id": erasure.id, "mode": "assisted", "token": token}
    world = World(ids=ids, users={**people, "other_manager": other_manager})
    for role, user in people.items():
        world.clients[role] = app.test_client()
        sign_in(world.clients[role], user)
    world.clients["anonymous"] = app.test_client()
    family = world.clients["family"] = app.test_client()
    assert family.get(f"/q/{token}").status_code == 302
    start_page = family.get("/questionnaire").get_data(as_text=True)
    keys = re.findall(r'href="/questionnaire/([a-z0-9-]+)"', start_page)
    ids["key"] = next(k for k in keys if k not in {"check-your-answers", "thank-you"})
    return world


def actors(rule: str | frozenset) -> list[str]:
    """Who may use an endpoint: its roles, or anonymous and a family or a member of staff."""
    if rule == FAMILY:
        return ["family", "anonymous"]
    if rule == PUBLIC:
        return ["anonymous", "keyworker"]
    return sorted(role.value for role in rule)


def sample_url(rule, ids: dict) -> str:
    """The rule's path with the world's ids filled in."""
    url = rule.rule
    for arg in rule.arguments:
        url = re.sub(rf"<(?:[^<>]+:)?{arg}>", str(ids.get(arg, 1)), url)
    return url
