"""Retention anonymises families long after their case closed, unless they are on legal hold."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import make_url, select

from surveys.governance.retention_rules import add_months, is_due_for_retention, month_of
from surveys.records.enums import Role, WaveKind
from surveys.records.models import Answer, AuditEvent, Comment, Family, FamilyMember, Goal
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in, submit

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("day", "months", "expected"), [
    (date(2020, 1, 31), 1, date(2020, 2, 29)),
    (date(2020, 11, 23), 72, date(2026, 11, 23)),
    (date(2026, 12, 15), 2, date(2027, 2, 15)),
])
def test_add_months_keeps_the_day_within_the_month(day, months, expected):
    assert add_months(day, months) == expected


@pytest.mark.parametrize(("closed", "hold", "anonymised", "due"), [
    ([date(2020, 11, 23)], False, False, True),
    ([date(2020, 11, 24)], False, False, False),
    ([date(2019, 1, 1), None], False, False, False),
    ([], False, False, False),
    ([date(2019, 1, 1)], True, False, False),
    ([date(2019, 1, 1)], False, True, False),
    ([date(2019, 1, 1), date(2025, 1, 1)], False, False, False),
])
def test_due_after_the_last_case_closed_unless_held(closed, hold, anonymised, due):
    assert is_due_for_retention(closed, 72, TODAY, legal_hold=hold,
                                anonymised=anonymised) is due


def test_month_of_keeps_only_the_month():
    assert month_of(date(2026, 11, 23)) == date(2026, 11, 1)


def _closed_case(db, keyworker, team, name, years_ago):
    opened = date.today() - timedelta(days=365 * years_ago + 200)
    case = make_case(db, keyworker, team, family_name=name, opened_on=opened,
                     goals=("Calmer mornings",))
    member = case.family.members[0]
    add_response(db, wave_of(case, WaveKind.START), member, all_items(3),
                 goal_ratings={case.goals[0].id: 4}, comments={"helped": "Grace liked Tuesdays"})
    case.closed_on = date.today() - timedelta(days=365 * years_ago)
    db.commit()
    return case


def test_retention_anonymises_old_families_and_keeps_held_and_recent_ones(runner, db, make_staff,
                                                                         team):
    keyworker = make_staff(Role.KEYWORKER, team)
    old = _closed_case(db, keyworker, team, "Oldfield", 7)
    held = _closed_case(db, keyworker, team, "Heldane", 7)
    held.family.legal_hold, held.family.legal_hold_reason = True, "Court case 123"
    recent = _closed_case(db, keyworker, team, "Newman", 2)
    db.commit()

    dry = runner.invoke(args=["retention", "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert "Would anonymise: 1 families, 2 members, 1 comments" in dry.output
    db.expire_all()
    assert db.get(Family, old.family_id).family_name == "Oldfield"

    result = runner.invoke(args=["retention"])
    assert result.exit_code == 0, result.output
    assert "Anonymised: 1 families, 2 members, 1 comments, 1 goals" in result.output
    assert "1 held" in result.output
    assert "Oldfield" not in result.output and "Grace" not in result.output
    db.expire_all()
    family = db.get(Family, old.family_id)
    assert family.family_name == "Anonymised" and family.anonymised_at is not None
    assert {m.first_name for m in family.members} == {"Anonymised"}
    assert db.scalar(select(Goal.text).where(Goal.case_id == old.id)) == ""
    assert db.scalars(select(Comment.text)).all() == ["Grace liked Tuesdays"] * 2  # other two
    answers = db.scalars(select(Answer).join(Answer.response).join(FamilyMember).where(
        FamilyMember.family_id == old.family_id)).all()
    assert answers and all(a.answered_at.day == 1 and a.answered_at.hour == 0 for a in answers)
    assert db.get(Family, held.family_id).family_name == "Heldane"
    assert db.get(Family, recent.family_id).family_name == "Newman"
    runs = db.scalars(select(AuditEvent).where(AuditEvent.action.like("retention%"))
                      .order_by(AuditEvent.id)).all()
    assert [r.action for r in runs] == ["retention_dry_run", "retention_run"]
    assert runs[1].details["families"] == 1 and runs[1].details["held"] == 1

    again = runner.invoke(args=["retention"])
    assert "Anonymised: 0 families" in again.output


def test_anonymised_names_and_words_leave_the_sqlite_file_and_its_wal(app, runner, db,
                                                                     make_staff, team, request):
    """After the retention run the family's name, goal and comment are nowhere in the database
    file or its WAL (secure_delete zeroes the rows; a checkpoint empties the WAL)."""
    if request.config.fv_database != "sqlite":
        pytest.skip("reads SQLite's files; PostgreSQL is vacuumed instead")
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team, family_name="Quillfeatherby",
                     opened_on=date.today() - timedelta(days=365 * 8),
                     goals=("Zephyrine walks to school by herself",))
    add_response(db, wave_of(case, WaveKind.START), case.family.members[0], all_items(3),
                 comments={"helped": "Marisol-Vantongeren came every Tuesday"})
    case.closed_on = date.today() - timedelta(days=365 * 7)
    db.commit()
    path = Path(make_url(app.config["DATABASE_URL"]).database)
    files = [path, path.with_name(path.name + "-wal")]
    words = [b"Quillfeatherby", b"Zephyrine walks", b"Marisol-Vantongeren"]
    assert all(any(w in f.read_bytes() for f in files) for w in words)  # they were there

    assert runner.invoke(args=["retention"]).exit_code == 0
    found = {(f.name, w.decode()): f.read_bytes().count(w)
             for f in files if f.exists() for w in words}
    assert not any(found.values()), found


def test_team_manager_puts_a_family_on_legal_hold_with_a_reason(client, db, make_staff, team):
    manager = make_staff(Role.TEAM_MANAGER, team)
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    sign_in(client, manager)
    assert "Put the family on legal hold" in client.get(f"/cases/{case.id}").get_data(as_text=True)
    url = f"/cases/{case.id}/legal-hold"
    response = submit(client, url, {"reason": "Information request 2026/44"})
    assert response.status_code == 302
    db.expire_all()
    assert db.get(Family, case.family_id).legal_hold is True
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "legal_hold_set"))
    assert event.actor_id == manager.id and event.target_id == case.family_id
    assert "on legal hold" in client.get(f"/cases/{case.id}").get_data(as_text=True)
    submit(client, url, {"reason": ""})
    db.expire_all()
    assert db.get(Family, case.family_id).legal_hold is False


def test_legal_hold_reasons_stay_on_the_hold_never_in_the_audit_log(client, db, make_staff,
                                                                    team):
    """The reason may name people; the append-only audit log can never be erased, so the
    reason is kept on the family's hold only (as erasure reasons stay on the request)."""
    manager = make_staff(Role.TEAM_MANAGER, team)
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    sign_in(client, manager)
    reason = "Care proceedings about Tobi Okafor at Leeds Family Court"
    submit(client, f"/cases/{case.id}/legal-hold", {"reason": reason})
    db.expire_all()
    assert db.get(Family, case.family_id).legal_hold_reason == reason
    submit(client, f"/cases/{case.id}/legal-hold", {"reason": ""})
    events = db.scalars(select(AuditEvent).where(AuditEvent.action.like("legal_hold%"))
                        .order_by(AuditEvent.id)).all()
    assert [e.action for e in events] == ["legal_hold_set", "legal_hold_lifted"]
    assert all(e.details["case_id"] == case.id for e in events)
    assert all("reason" not in e.details for e in events)
    assert all("Okafor" not in str(e.details) for e in db.scalars(select(AuditEvent)))


def test_keyworkers_cannot_set_legal_holds(client, db, make_staff, team):
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team)
    sign_in(client, keyworker)
    assert client.get(f"/cases/{case.id}/legal-hold").status_code == 404
