"""The audit log is append-only in the database itself, and administrators can read it."""
from __future__ import annotations

import re
from datetime import timedelta

import pytest
from sqlalchemy import delete, insert, select, text, update
from sqlalchemy.exc import DBAPIError

from surveys.records.db import utcnow
from surveys.records.enums import Role
from surveys.records.models import AuditEvent
from tests.factories import make_case
from tests.helpers import sign_in


def _event(db, action="case_viewed", **kwargs) -> AuditEvent:
    event = AuditEvent(action=action, actor_id=None, **kwargs)
    db.add(event)
    db.commit()
    return event


def test_insert_works(db):
    db.execute(insert(AuditEvent).values(action="sign_in", at=utcnow()))
    db.commit()
    assert db.scalar(select(AuditEvent.action)) == "sign_in"


@pytest.mark.parametrize("statement", [
    update(AuditEvent).values(action="nothing_to_see"),
    delete(AuditEvent),
], ids=["update", "delete"])
def test_database_refuses_to_change_or_remove_events(db, statement):
    _event(db)
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(statement)
        db.commit()
    db.rollback()
    assert db.scalars(select(AuditEvent.action)).all() == ["case_viewed"]


def test_postgresql_refuses_to_truncate_the_audit_log(db):
    if db.get_bind().dialect.name != "postgresql":
        pytest.skip("SQLite has no TRUNCATE")
    _event(db)
    with pytest.raises(DBAPIError, match="append-only"):
        db.execute(text("TRUNCATE audit_events"))
    db.rollback()
    assert db.scalars(select(AuditEvent.action)).all() == ["case_viewed"]


def test_admin_reads_events_without_case_content(client, db, make_staff, team):
    admin = make_staff(Role.ADMIN)
    keyworker = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, keyworker, team, family_name="Zanzibar")
    _event(db, "case_viewed", target_type="case", target_id=case.id,
           details={"family_name": "Zanzibar"})
    db.add(AuditEvent(action="case_closed", actor_id=keyworker.id, target_type="case",
                      target_id=case.id, note="Zanzibar said goodbye"))
    db.commit()
    sign_in(client, admin)
    page = client.get("/admin/audit").get_data(as_text=True)
    assert "<title>Audit log" in page
    assert f"Kim Keyworker closed case {case.family.reference}" in page
    assert f"A command run on the server viewed case {case.family.reference}" in page
    assert "Zanzibar" not in page and "None" not in page and ">case_viewed<" not in page

    filtered = client.get("/admin/audit?action=case_closed").get_data(as_text=True)
    assert "1 event." in filtered
    tomorrow = (utcnow() + timedelta(days=1)).date().isoformat()
    assert "0 events." in client.get(f"/admin/audit?date_from={tomorrow}").get_data(as_text=True)
    bad = client.get("/admin/audit?date_from=yesterday")
    assert bad.status_code == 400 and "Error: Audit log" in bad.get_data(as_text=True)


def test_audit_log_pages_fifty_at_a_time(client, db, make_staff):
    admin = make_staff(Role.ADMIN)
    db.add_all([AuditEvent(action="sign_in", actor_id=admin.id) for _ in range(55)])
    db.commit()
    sign_in(client, admin)
    first = client.get("/admin/audit").get_data(as_text=True)
    assert "page 1 of 2" in first and "Older" in first
    assert "page 2 of 2" in client.get("/admin/audit?page=2").get_data(as_text=True)


@pytest.mark.parametrize(("query", "message"), [
    ("date_to=9999-12-31", "Enter a date from 2000 to 2999"),
    ("date_from=9999-12-31", "Enter a date from 2000 to 2999"),
    ("date_to=0001-01-01", "Enter a date from 2000 to 2999"),
    ("date_to=2026-02-30", "Enter a real date"),
    ("date_from=2026-13-01", "Enter a real date"),
    ("date_to=2026-1-1", "Enter the date as year-month-day"),
    ("date_to=\u0662\u0660\u0662\u0666-01-01", "Enter the date as year-month-day"),
])
def test_impossible_audit_dates_are_errors_on_the_field_never_a_500(client, make_staff, query,
                                                                     message):
    """A day the filter cannot hold (9999-12-31 has no day after it) is an error shown beside
    the date the person typed, and the page still lists events."""
    sign_in(client, make_staff(Role.ADMIN))
    response = client.get(f"/admin/audit?{query}")
    page = response.get_data(as_text=True)
    field = query.split("=")[0]
    assert response.status_code == 400 and "<title>Error: Audit log –" in page
    assert message in page
    assert re.search(rf'id="{field}-error"[^>]*>.*?{message}', page, re.S), page
    assert "event" in page


def test_audit_page_numbers_past_any_id_are_never_an_error(client, db, make_staff):
    """?page= is bounded like an id: a huge or odd number shows the first page."""
    admin = make_staff(Role.ADMIN)
    sign_in(client, admin)
    for value in ("9223372036854775808", "99999999999999999999", "-1", "0"):
        response = client.get(f"/admin/audit?page={value}")
        assert response.status_code == 200, value


@pytest.mark.parametrize("role", [Role.KEYWORKER, Role.TEAM_MANAGER, Role.COMMISSIONER])
def test_only_administrators_see_the_audit_log(client, make_staff, team, role):
    sign_in(client, make_staff(role, team))
    assert client.get("/admin/audit").status_code == 404


def test_lists_of_families_and_single_comments_are_audited_as_views(client, db, make_staff, team):
    """The dashboard, caseload and team pages name families, and a comment page shows what one
    family member wrote: each view leaves an event naming the cases (or comment) shown."""
    from surveys.records.enums import WaveKind
    from tests.factories import add_response, wave_of

    manager = make_staff(Role.TEAM_MANAGER, team)
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_case(db, keyworker, team)
    response = add_response(db, wave_of(case, WaveKind.START), case.family.members[0], {},
                            comments={"helped_most": "Talking every week"})
    def views(person, paths):
        with client.application.test_client() as browser:
            sign_in(browser, person)
            for path in paths:
                assert browser.get(path).status_code == 200, path
        return {e.action: e for e in db.scalars(select(AuditEvent).where(
            AuditEvent.actor_id == person.id))}

    seen = views(keyworker, ["/dashboard", "/caseload"])
    seen |= views(manager, ["/team", f"/feedback/comments/{response.comments[0].id}/labels"])
    for action in ("dashboard_viewed", "caseload_viewed", "team_viewed"):
        assert seen[action].details == {"cases": [case.id]}, action
    assert seen["comment_viewed"].target_id == response.comments[0].id


def _cells(page: str) -> list[str]:
    """The 'What happened' sentences, newest first."""
    return [re.sub(r"\s+", " ", cell).strip() for cell in
            re.findall(r'<td class="govuk-table__cell">(.*?)</td>', page, re.S)]


def test_the_audit_log_reads_as_sentences_and_never_shows_none(client, db, make_staff, team):
    """Each event is a sentence naming who did what to which record: families by reference,
    never by name; lists of cases by how many; staff by name; never 'None' or an action code."""
    from surveys.records.enums import WaveKind
    from tests.factories import add_response, wave_of

    admin = make_staff(Role.ADMIN, name="Ada Admin")
    keyworker = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, keyworker, team, family_name="Zanzibar")
    reference = case.family.reference
    response = add_response(db, wave_of(case, WaveKind.MIDDLE), case.family.members[0], {},
                            comments={"helped_most": "Talking every week"})
    events = [
        ("caseload_viewed", keyworker.id, "cases", None, {"cases": [case.id, case.id + 1]}),
        ("case_viewed", keyworker.id, "case", case.id, None),
        ("questionnaire_submitted", None, "response", response.id, {"mode": "online"}),
        ("comment_viewed", keyworker.id, "comment", response.comments[0].id, None),
        ("subject_access_exported", keyworker.id, "family_member", case.family.members[0].id, None),
        ("user_created", admin.id, "staff_user", keyworker.id, None),
        ("sign_in_failed", None, None, None, {"email": "someone@example.org"}),
        ("settings_changed", admin.id, "council_settings", 1, None),
        ("case_closed", keyworker.id, "case", 999999, None),  # a case no longer held
        ("something_new_happened", keyworker.id, None, None, None),
    ]
    for action, actor, kind, target, details in events:
        db.add(AuditEvent(action=action, actor_id=actor, target_type=kind, target_id=target,
                          details=details))
        db.commit()
    sign_in(client, admin)
    page = client.get("/admin/audit").get_data(as_text=True)
    sentences = _cells(page)
    for expected in [
        "Kim Keyworker viewed their caseload (2 families)",
        f"Kim Keyworker viewed case {reference}",
        f"A family member sent a middle questionnaire for family {reference}",
        f"Kim Keyworker viewed a comment from family {reference}",
        f"Kim Keyworker downloaded everything held about a member of family {reference}",
        "Ada Admin created an account for Kim Keyworker",
        "Someone tried to sign in with a wrong email address or password",
        "Ada Admin changed the council settings",
        "Kim Keyworker closed a record",
        "Kim Keyworker: something new happened",
    ]:
        assert expected in sentences, (expected, sentences)
    assert "None" not in page
    assert "Zanzibar" not in page and "Grace" not in page and "Talking every week" not in page
    assert "someone@example.org" not in page
    # the filter names actions in plain words, and still filters by them
    assert re.search(r'<option value="case_viewed"\s*>Case viewed</option>', page)
    assert re.search(r'<option value="sign_in_failed"\s*>Sign-in failed</option>', page)
    filtered = _cells(client.get("/admin/audit?action=case_viewed").get_data(as_text=True))
    assert filtered == [f"Kim Keyworker viewed case {reference}"]


def test_the_audit_table_can_be_reached_by_keyboard_when_it_scrolls(client, make_staff):
    """At 390px the table scrolls sideways: its wrapper is a named region in the tab order."""
    sign_in(client, make_staff(Role.ADMIN))
    page = client.get("/admin/audit").get_data(as_text=True)
    wrapper = re.search(r'<div class="fv-table-wrap"[^>]*>', page).group()
    assert 'tabindex="0"' in wrapper and 'role="region"' in wrapper
    assert 'aria-label="Audit events, scrollable"' in wrapper
