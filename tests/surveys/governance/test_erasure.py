"""Erasure: a case holder asks with a reason; a different manager or an administrator decides."""
from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import make_url, select, text

from surveys.records.enums import ErasureStatus, FatherOrMaleCarer, Role, WaveKind
from surveys.records.models import Answer, AuditEvent, Comment, ErasureRequest, FamilyMember
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import sign_in, submit


def _setup(db, make_staff, team):
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team)
    grace = case.family.members[0]
    add_response(db, wave_of(case, WaveKind.START), grace, all_items(2),
                 comments={"helped": "Grace from Flat 4 wrote this"})
    return keyworker, case, grace


def test_request_needs_a_reason(client, db, make_staff, team):
    keyworker, case, grace = _setup(db, make_staff, team)
    sign_in(client, keyworker)
    response = submit(client, f"/cases/{case.id}/members/{grace.id}/erasure", {"reason": ""})
    assert response.status_code == 400
    assert "Enter why this person&#39;s data should be erased" in response.get_data(as_text=True)


def test_another_manager_approves_and_the_members_data_is_erased(app, db, make_staff, team):
    keyworker, case, grace = _setup(db, make_staff, team)
    grace.father_or_male_carer = FatherOrMaleCarer.NO  # about her, so it goes too
    db.commit()
    asker, decider = make_staff(Role.TEAM_MANAGER, team), make_staff(Role.TEAM_MANAGER, team)
    with app.test_client() as c:
        sign_in(c, keyworker)
        submit(c, f"/cases/{case.id}/members/{grace.id}/erasure",
               {"reason": "She asked us to under article 17"})
    with app.test_client() as c:
        sign_in(c, asker)  # a manager sees the keyworker's request and could decide it...
        request = db.scalar(select(ErasureRequest))
        page = c.get("/erasure-requests").get_data(as_text=True)
        assert f"Request {request.id}" in page and "Grace" not in page
    with app.test_client() as c:
        sign_in(c, decider)
        response = submit(c, f"/erasure-requests/{request.id}", {"decision": "approve"})
        assert response.status_code == 302
    db.expire_all()
    member = db.get(FamilyMember, grace.id)
    assert member.first_name == "Erased" and member.erased_at is not None
    assert member.father_or_male_carer is None
    assert db.scalars(select(Comment)).all() == []
    assert len(db.scalars(select(Answer)).all()) > 0  # kept as anonymised numbers
    assert db.get(ErasureRequest, request.id).status is ErasureStatus.APPROVED
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "erasure_approved"))
    assert event.actor_id == decider.id and event.target_id == grace.id
    assert event.details["requested_by_id"] == keyworker.id
    # Why is kept on the request, not copied into the append-only audit log (free text).
    assert "reason" not in event.details
    assert db.get(ErasureRequest, request.id).reason == "She asked us to under article 17"
    assert all("article 17" not in str(e.details) for e in db.scalars(select(AuditEvent)))


def test_the_person_who_asked_cannot_decide(client, db, make_staff, team):
    _, case, grace = _setup(db, make_staff, team)
    manager = make_staff(Role.TEAM_MANAGER, team)
    sign_in(client, manager)
    submit(client, f"/cases/{case.id}/members/{grace.id}/erasure", {"reason": "Asked by her"})
    request = db.scalar(select(ErasureRequest))
    page = client.get(f"/erasure-requests/{request.id}").get_data(as_text=True)
    assert "another team manager or an administrator must decide" in page
    client.post(f"/erasure-requests/{request.id}", data={"decision": "approve"})
    db.expire_all()
    assert db.get(ErasureRequest, request.id).status is ErasureStatus.PENDING
    assert db.get(FamilyMember, grace.id).first_name == "Grace"


def test_an_administrator_rejects_without_seeing_names(client, db, make_staff, team):
    keyworker, case, grace = _setup(db, make_staff, team)
    db.add(ErasureRequest(member_id=grace.id, case_id=case.id, reason="Asked",
                          requested_by_id=keyworker.id))
    db.commit()
    sign_in(client, make_staff(Role.ADMIN))
    request = db.scalar(select(ErasureRequest))
    page = client.get(f"/erasure-requests/{request.id}").get_data(as_text=True)
    assert "Grace" not in page and "Okafor" not in page and case.family.reference in page
    submit(client, f"/erasure-requests/{request.id}", {"decision": "reject", "note": "Keep"})
    db.expire_all()
    assert db.get(ErasureRequest, request.id).status is ErasureStatus.REJECTED
    assert db.get(FamilyMember, grace.id).first_name == "Grace"
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "erasure_rejected"))


def test_a_legal_hold_stops_an_erasure_being_asked_for_or_approved(app, client, db, make_staff,
                                                                   team):
    """Under a legal hold nothing is erased: a new request is refused with the reason, and a
    request made before the hold cannot be approved."""
    keyworker, case, grace = _setup(db, make_staff, team)
    db.add(ErasureRequest(member_id=grace.id, case_id=case.id, reason="Asked",
                          requested_by_id=keyworker.id))
    case.family.legal_hold = True
    case.family.legal_hold_reason = "Court proceedings"
    db.commit()
    manager = make_staff(Role.TEAM_MANAGER, team)
    sign_in(client, manager)
    request = db.scalar(select(ErasureRequest))
    response = submit(client, f"/erasure-requests/{request.id}", {"decision": "approve"})
    assert response.status_code == 400
    assert "under a legal hold" in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(ErasureRequest, request.id).status is ErasureStatus.PENDING
    assert db.get(FamilyMember, grace.id).first_name == "Grace"
    assert db.get(FamilyMember, grace.id).erased_at is None
    db.delete(db.get(ErasureRequest, request.id))
    db.commit()
    with app.test_client() as other:
        sign_in(other, keyworker)
        response = submit(other, f"/cases/{case.id}/members/{grace.id}/erasure",
                          {"reason": "Asked"})
    assert "under a legal hold" in response.get_data(as_text=True)
    assert db.scalar(select(ErasureRequest)) is None


def test_an_unknown_erasure_request_is_not_found(client, make_staff, team):
    """Missing and out-of-scope requests are a plain 404."""
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    assert client.get("/erasure-requests/999").status_code == 404


def _database_files(app) -> list[Path]:
    """The SQLite database file and its -wal, as they lie on disk."""
    path = Path(make_url(app.config["DATABASE_URL"]).database)
    return [path, path.with_name(path.name + "-wal")]


def test_erased_comment_text_leaves_the_sqlite_file_and_its_wal(app, db, make_staff, team,
                                                                 request):
    """Deleted rows are zeroed (secure_delete) and the WAL, which still holds the pages as they
    were, is checkpointed and truncated: the words are nowhere in the files afterwards."""
    if request.config.fv_database != "sqlite":
        pytest.skip("reads SQLite's files; PostgreSQL is vacuumed instead (next test)")
    words = b"Zephyrine-Quillfeather-wrote-this-at-Flat-9"
    keyworker, case, grace = _setup(db, make_staff, team)
    add_response(db, wave_of(case, WaveKind.MIDDLE), grace, all_items(3),
                 comments={"helped": words.decode()})
    assert db.execute(text("PRAGMA secure_delete")).scalar() == 1
    assert sum(f.read_bytes().count(words) for f in _database_files(app)) > 0  # it was there
    _erase(app, db, make_staff, team, case, grace)
    found = {f.name: f.read_bytes().count(words) for f in _database_files(app) if f.exists()}
    assert found and not any(found.values()), found


def test_erasure_vacuums_the_tables_it_deleted_from_on_postgresql(app, db, make_staff, team,
                                                                  request):
    """On PostgreSQL the deleted rows are dead tuples until VACUUM; erasure runs it after the
    commit, on the tables it deleted text from."""
    if request.config.fv_database != "postgresql":
        pytest.skip("PostgreSQL only")
    keyworker, case, grace = _setup(db, make_staff, team)
    before = db.scalar(text("SELECT now()"))
    db.commit()
    _erase(app, db, make_staff, team, case, grace)
    db.execute(text("SELECT pg_stat_clear_snapshot()"))
    vacuumed = dict(db.execute(text(
        "SELECT relname, last_vacuum FROM pg_stat_user_tables WHERE relname IN "
        "('comments', 'family_members', 'invitations')")).all())
    assert len(vacuumed) == 3 and all(v is not None and v >= before for v in vacuumed.values()), \
        vacuumed


def _erase(app, db, make_staff, team, case, grace) -> None:
    """Ask for, and have another manager approve, the erasure of grace's data."""
    asker, decider = make_staff(Role.TEAM_MANAGER, team), make_staff(Role.TEAM_MANAGER, team)
    with app.test_client() as c:
        sign_in(c, asker)
        submit(c, f"/cases/{case.id}/members/{grace.id}/erasure", {"reason": "Asked by her"})
    request_id = db.scalar(select(ErasureRequest.id))
    db.commit()
    with app.test_client() as c:
        sign_in(c, decider)
        assert submit(c, f"/erasure-requests/{request_id}", {"decision": "approve"}).status_code == 302
    db.expire_all()
    assert db.scalars(select(Comment)).all() == []


def test_erasure_removes_why_results_were_kept_out_but_keeps_them_out(db, make_staff, team):
    """The keyworker's reason is free text that may name people: erased with the member; their
    results stay out of the family's PDF."""
    from surveys.governance.erasure import WITHHELD_REASON_ERASED, erase_member_data
    from surveys.records.db import utcnow

    _, _, grace = _setup(db, make_staff, team)
    grace.shares_results = True
    grace.results_withheld_reason = "Her partner reads everything she writes."
    grace.results_withheld_at = utcnow()
    db.commit()
    erase_member_data(db, grace, utcnow())
    db.commit()
    member = db.get(FamilyMember, grace.id)
    assert member.results_withheld_reason == WITHHELD_REASON_ERASED
    assert member.is_results_withheld and not member.is_in_family_pdf
