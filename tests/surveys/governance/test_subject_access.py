"""A subject-access export holds everything about one family member, and is audited."""
from __future__ import annotations

import json

from sqlalchemy import select

from surveys.records.enums import FatherOrMaleCarer, Role, WaveKind
from surveys.records.models import AuditEvent
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in


def _answered_case(db, make_staff, team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team, goals=("Calmer mornings",))
    grace = case.family.members[0]
    add_response(db, wave_of(case, WaveKind.START), grace, all_items(4),
                 goal_ratings={case.goals[0].id: 6}, comments={"helped": "The Tuesday group"})
    return case, grace


def test_command_writes_the_members_record_answers_goals_comments_and_events(
        runner, db, make_staff, team, tmp_path):
    case, grace = _answered_case(db, make_staff, team)
    grace.father_or_male_carer = FatherOrMaleCarer.PREFER_NOT_TO_SAY
    db.add(AuditEvent(action="erasure_requested", target_type="family_member", target_id=grace.id))
    db.commit()
    output = tmp_path / "grace.json"
    result = runner.invoke(args=["subject-access", "--member-id", str(grace.id),
                                 "--output", str(output)])
    assert result.exit_code == 0, result.output
    data = json.loads(output.read_text())
    assert data["member"]["first_name"] == "Grace"
    assert data["member"]["shares_results_in_family_pdf"] is None  # not asked yet
    assert data["member"]["father_or_male_carer"] == "prefer_not_to_say"
    assert data["family_goals"][0]["text"] == "Calmer mornings"
    [response] = data["responses"]
    assert response["wave"] == "start" and {a["value"] for a in response["answers"]} == {4}
    assert response["goal_ratings"] == [{"goal_id": case.goals[0].id, "rating": 6}]
    assert response["comments"][0]["text"] == "The Tuesday group"
    assert [e["action"] for e in data["audit_events"]] == ["erasure_requested"]
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "subject_access_exported"))
    assert output.stat().st_mode & 0o777 == 0o600  # everything about a person: owner only
    output.write_text("an older export")
    output.chmod(0o644)
    runner.invoke(args=["subject-access", "--member-id", str(grace.id), "--output", str(output)])
    assert output.stat().st_mode & 0o777 == 0o600 and "Grace" in output.read_text()
    missing = runner.invoke(args=["subject-access", "--member-id", "999", "--output",
                                  str(tmp_path / "x.json")])
    assert missing.exit_code != 0 and "no family member number 999" in missing.output


def test_team_manager_downloads_a_members_export_and_it_is_audited(client, db, make_staff, team):
    case, grace = _answered_case(db, make_staff, team)
    manager = make_staff(Role.TEAM_MANAGER, team)
    sign_in(client, manager)
    response = client.get(f"/cases/{case.id}/members/{grace.id}/subject-access")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.get_json()["responses"][0]["comments"][0]["text"] == "The Tuesday group"
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "subject_access_exported"))
    assert event.actor_id == manager.id and event.target_id == grace.id


def test_keyworkers_and_other_teams_cannot_download_exports(client, db, make_staff, team):
    from surveys.records.models import Locality, Team

    case, grace = _answered_case(db, make_staff, team)
    other = Team(name="Southside", locality=Locality(name="South"))
    db.add(other)
    db.commit()
    sign_in(client, make_staff(Role.TEAM_MANAGER, other))
    assert client.get(f"/cases/{case.id}/members/{grace.id}/subject-access").status_code == 404
