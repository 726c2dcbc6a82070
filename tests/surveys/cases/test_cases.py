"""Adding a family, opening and closing a case, as a keyworker and a team manager would."""
from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from surveys.cases.waves import WaveState, plan_waves, wave_state
from surveys.records.enums import ActionStatus, ClosureReason, Role, WaveKind, WaveStatus
from surveys.records.models import Case, CouncilSettings, Family, Locality, ServiceAction
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import csrf_token, sign_in, submit

FAMILY = {
    "family_name": "Okafor",
    "support_level": "early_help",
    "members-0-first_name": "Grace",
    "members-0-member_role": "parent_carer",
    "members-0-age_band": "25-64",
    "members-1-first_name": "Tobi",
    "members-1-member_role": "child",
    "members-1-age_band": "8-12",
}


@pytest.fixture
def keyworker(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    sign_in(client, user)
    return user


def test_keyworker_adds_a_family_and_opens_a_case_with_three_waves(client, db, keyworker, today):
    response = submit(client, "/families/new", FAMILY)
    assert response.status_code == 302
    case = db.scalar(select(Case))
    assert response.headers["Location"] == f"/cases/{case.id}"
    assert case.keyworker_id == keyworker.id and case.opened_on == today
    assert [m.first_name for m in case.family.members] == ["Grace", "Tobi"]
    assert case.family.reference.startswith("FV-")
    due = {w.kind: w.due_on for w in case.waves}
    assert due == {WaveKind.START: today, WaveKind.MIDDLE: today + timedelta(weeks=12),
                   WaveKind.CLOSE: today + timedelta(weeks=24)}
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "Okafor family" in page and "Due now" in page and "Not due yet" in page


def test_wave_intervals_come_from_the_council_settings(client, db, keyworker, today):
    db.add(CouncilSettings(council_name="Testshire", middle_wave_weeks=8, close_wave_weeks=16,
                           link_valid_days=14, retention_months=72))
    db.commit()
    submit(client, "/families/new", FAMILY)
    due = {w.kind: w.due_on for w in db.scalar(select(Case)).waves}
    assert due[WaveKind.MIDDLE] == today + timedelta(weeks=8)
    assert due[WaveKind.CLOSE] == today + timedelta(weeks=16)


def test_missing_answers_get_clear_messages_and_keep_what_was_typed(client, db, keyworker):
    response = submit(client, "/families/new", {"family_name": "", "members-0-first_name": "Grace"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "<title>Error: Add a family" in html
    assert "Enter the family name" in html
    assert "Choose the support level" in html
    assert "Choose the family member&#39;s role in the family" in html
    assert 'value="Grace"' in html
    assert db.scalar(select(func.count(Family.id))) == 0


def test_a_family_needs_at_least_one_member(client, keyworker):
    response = submit(client, "/families/new", {"family_name": "Nowak", "support_level": "support"})
    assert "Add at least one family member" in response.get_data(as_text=True)


def test_an_expired_form_keeps_what_was_typed(client, db, keyworker):
    response = client.post("/families/new", data={**FAMILY, "csrf_token": "expired-token"})
    html = response.get_data(as_text=True)
    assert response.status_code == 400
    assert 'value="Okafor"' in html and 'value="Grace"' in html
    assert db.scalar(select(func.count(Family.id))) == 0


def test_team_manager_opens_a_case_for_a_keyworker_in_their_team(client, db, make_staff, team):
    worker = make_staff(Role.KEYWORKER, team, name="Priya Raman")
    manager = make_staff(Role.TEAM_MANAGER, team)
    sign_in(client, manager)
    response = submit(client, "/families/new", {**FAMILY, "keyworker": str(worker.id)})
    assert response.status_code == 302
    assert db.scalar(select(Case)).keyworker_id == worker.id


def test_team_manager_cannot_give_a_case_to_someone_outside_the_team(client, db, make_staff, team):
    outsider = make_staff(Role.KEYWORKER, None)
    manager = make_staff(Role.TEAM_MANAGER, team)
    make_staff(Role.KEYWORKER, team)
    sign_in(client, manager)
    response = submit(client, "/families/new", {**FAMILY, "keyworker": str(outsider.id)})
    assert response.status_code == 400
    assert db.scalar(select(func.count(Case.id))) == 0


def test_closing_a_case_records_the_reason_and_keeps_the_close_wave_open(client, db, keyworker, today):
    submit(client, "/families/new", FAMILY)
    case = db.scalar(select(Case))
    response = submit(client, f"/cases/{case.id}/close", {"closure_reason": "outcomes_met"})
    assert response.status_code == 302
    db.expire_all()
    case = db.get(Case, case.id)
    assert case.closed_on == today and case.closure_reason is ClosureReason.OUTCOMES_MET
    states = {w.kind: w.status for w in case.waves}
    assert states[WaveKind.MIDDLE] is WaveStatus.CANCELLED
    assert states[WaveKind.CLOSE] is WaveStatus.SCHEDULED
    assert {w.kind: w.due_on for w in case.waves}[WaveKind.CLOSE] == today
    assert "The family&#39;s goals were met" in client.get(f"/cases/{case.id}").get_data(as_text=True) \
        or "goals were met" in client.get(f"/cases/{case.id}").get_data(as_text=True)


def test_closing_needs_a_reason(client, db, keyworker):
    submit(client, "/families/new", FAMILY)
    case = db.scalar(select(Case))
    response = submit(client, f"/cases/{case.id}/close", {})
    assert response.status_code == 400
    assert "Choose why the case is closing" in response.get_data(as_text=True)


def test_adding_a_member_to_a_family(client, db, keyworker):
    submit(client, "/families/new", FAMILY)
    case = db.scalar(select(Case))
    response = submit(client, f"/cases/{case.id}/add-member",
                      {"first_name": "Ada", "member_role": "young_person", "age_band": "13-17"})
    assert response.status_code == 302
    db.expire_all()
    assert [m.first_name for m in db.get(Case, case.id).family.members] == ["Grace", "Tobi", "Ada"]


def _choices(html: str, name: str) -> tuple[str, list[str]]:
    """The kind of control a field is drawn as (radios or a dropdown), and the values it offers."""
    radios = re.findall(rf'name="{name}" type="radio" value="([^"]+)"', html)
    if radios:
        return "radios", radios
    select_ = re.search(rf'<select[^>]*name="{name}".*?</select>', html, re.S)
    assert select_, f"no {name} field"
    return "select", [v for v in re.findall(r'value="([^"]*)"', select_.group()) if v]


def test_role_and_age_are_radios_on_both_forms_that_add_a_family_member(client, db, keyworker,
                                                                          team):
    case = make_case(db, keyworker, team)
    new_family = client.get("/families/new").get_data(as_text=True)
    new_member = client.get(f"/cases/{case.id}/add-member").get_data(as_text=True)
    for field in ("member_role", "age_band"):
        assert _choices(new_family, f"members-0-{field}") == _choices(new_member, field)
        assert _choices(new_member, field)[0] == "radios"
    assert "Role in the family<span class=\"govuk-visually-hidden\"> of family member 1</span>" \
        in new_family


@pytest.mark.parametrize(("status", "due_offset", "expected"), [
    (WaveStatus.DONE, -100, WaveState.DONE),
    (WaveStatus.CANCELLED, -100, WaveState.CANCELLED),
    (WaveStatus.SCHEDULED, 0, WaveState.DUE),
    (WaveStatus.SCHEDULED, -14, WaveState.DUE),
    (WaveStatus.SCHEDULED, -15, WaveState.OVERDUE),
    (WaveStatus.SCHEDULED, 1, WaveState.SCHEDULED),
])
def test_wave_state_follows_the_date(status, due_offset, expected):
    today = date(2026, 11, 23)
    assert wave_state(status, today + timedelta(days=due_offset), today) is expected


@pytest.mark.parametrize(("kind", "expected"), [
    (WaveKind.START, WaveState.CANCELLED),
    (WaveKind.MIDDLE, WaveState.CANCELLED),
    (WaveKind.CLOSE, WaveState.OVERDUE),  # closing asks for it at once, so it can still be late
])
def test_only_the_close_wave_of_a_closed_case_can_still_be_overdue(kind, expected):
    today = date(2026, 11, 23)
    due = today - timedelta(days=60)
    assert wave_state(WaveStatus.SCHEDULED, due, today, kind=kind, is_case_open=False) is expected
    assert wave_state(WaveStatus.SCHEDULED, due, today, kind=kind) is WaveState.OVERDUE


def test_a_closed_case_never_shows_its_missed_middle_questionnaire_as_overdue(
        client, db, keyworker, team, today):
    case = make_case(db, keyworker, team, opened_on=today - timedelta(weeks=30))
    close = wave_of(case, WaveKind.CLOSE)
    add_response(db, close, case.family.members[0], all_items(3))
    case.closed_on = close.completed_on
    case.closure_reason = ClosureReason.OUTCOMES_MET
    db.commit()  # the middle questionnaire was never answered, and nobody cancelled it
    for url in (f"/cases/{case.id}", "/caseload"):
        html = client.get(url).get_data(as_text=True)
        assert "Overdue" not in html, url
        assert re.search(r"Middle questionnaire\s*<strong[^>]*>Not needed", html) or \
            re.search(r"Middle:\s*<strong[^>]*>Not needed", html), url


def test_the_case_page_puts_the_family_first_and_records_last(client, db, keyworker, team):
    case = make_case(db, keyworker, team, goals=("Mornings without shouting",))
    html = client.get(f"/cases/{case.id}").get_data(as_text=True)
    headings = re.findall(r'<h2 class="govuk-heading-m">([^<]+)</h2>', html)
    assert headings.index("The family's goals") < headings.index("Questionnaires") \
        < headings.index("Records and data protection")
    assert headings[-1] == "Records and data protection"


def test_a_keyworker_sees_the_you_said_we_did_list_the_family_is_shown(
        client, db, keyworker, team, today):
    other = Locality(name="Elsewhere")
    db.add_all([
        ServiceAction(theme_code="waiting", we_heard="Waiting lists were too long.",
                      we_did="We opened a Saturday drop-in.", status=ActionStatus.DONE,
                      owner="Sam", started_on=today),
        ServiceAction(theme_code="travel", we_heard="Bus fares were a barrier.",
                      we_did="We pay bus fares to sessions.", status=ActionStatus.PLANNED,
                      owner="Sam", started_on=today, locality=team.locality),
        ServiceAction(theme_code="travel", we_heard="Another area's worry.",
                      we_did="Another area's answer.", status=ActionStatus.DONE,
                      owner="Sam", started_on=today, locality=other)])
    db.commit()
    case = make_case(db, keyworker, team)
    html = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "you said, we did" in html
    assert ("You said: Waiting lists were too long. <strong>We did:</strong> "
            "We opened a Saturday drop-in.") in html
    assert "Bus fares were a barrier. <strong>We will:</strong> We pay bus fares" in html
    assert "Another area" not in html  # the family never sees another locality's actions


def test_middle_wave_must_fall_between_start_and_close():
    with pytest.raises(ValueError):
        plan_waves(date(2026, 1, 1), 24, 12)


# Text a person could send from a browser: anything but lone surrogates, which cannot be encoded.
browser_text = st.text(st.characters(exclude_categories=("Cs",)), max_size=300) | st.sampled_from([
    "x" * 5000, "👨‍👩‍👧‍👦 family", "عائلة أحمد", "משפחה", "nul\x00byte", "\u202eevil", " ", "<script>",
    "=HYPERLINK(\"x\")"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=browser_text, first=browser_text, extra=st.dictionaries(
    st.text(st.characters(categories=("L", "N")), min_size=1, max_size=12), browser_text, max_size=3))
def test_any_text_in_the_add_family_form_gets_a_page_never_a_500(client, db, keyworker, name, first,
                                                                  extra):
    before = db.scalar(select(func.count(Family.id)))
    data = {**FAMILY, "family_name": name, "members-0-first_name": first, **extra,
            "csrf_token": csrf_token(client, "/families/new")}
    response = client.post("/families/new", data=data)
    assert response.status_code in (302, 400), response.status_code
    db.expire_all()
    after = db.scalar(select(func.count(Family.id)))
    if response.status_code == 400:
        assert after == before
        assert "There is a problem" in response.get_data(as_text=True)
    else:
        family = db.scalar(select(Family).order_by(Family.id.desc()))
        assert after == before + 1
        assert family.family_name == name.strip()
        assert "\x00" not in family.family_name
