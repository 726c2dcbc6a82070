"""Fathers and male carers on the member forms: asked of parents and carers only, optional, with
"prefer not to say", changed on the member's own page, and a bad answer explained."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from surveys.records.enums import FatherOrMaleCarer, Role
from surveys.records.models import AuditEvent, FamilyMember
from tests.factories import make_case
from tests.helpers import sign_in, submit


@pytest.fixture
def case(db, make_staff, team, client):
    """An open case of the signed-in keyworker's (Grace, a parent; Tobi, a child)."""
    worker = make_staff(Role.KEYWORKER, team)
    sign_in(client, worker)
    return make_case(db, worker, team)


@pytest.mark.parametrize(("role", "answer", "stored"), [
    ("parent_carer", "yes", FatherOrMaleCarer.YES),
    ("parent_carer", "prefer_not_to_say", FatherOrMaleCarer.PREFER_NOT_TO_SAY),
    ("parent_carer", "", None),
    ("young_person", "yes", None),  # asked of parents and carers only
])
def test_adding_a_member_records_the_answer_for_a_parent_or_carer(client, db, case, role, answer,
                                                                  stored):
    response = submit(client, f"/cases/{case.id}/add-member", {
        "first_name": "Dean", "member_role": role, "age_band": "25-64" if role ==
        "parent_carer" else "13-17", "father_or_male_carer": answer})
    assert response.status_code == 302
    dean = db.scalars(select(FamilyMember).where(FamilyMember.first_name == "Dean")).one()
    assert dean.father_or_male_carer is stored


def test_a_made_up_answer_is_explained_and_nothing_is_added(client, db, case):
    response = submit(client, f"/cases/{case.id}/add-member", {
        "first_name": "Dean", "member_role": "parent_carer", "age_band": "25-64",
        "father_or_male_carer": "maybe"})
    assert response.status_code == 400
    assert "Choose yes, no or prefer not to say" in response.get_data(as_text=True)
    assert db.scalars(select(FamilyMember).where(FamilyMember.first_name == "Dean")).all() == []


def test_adding_a_family_records_each_parents_answer(client, db, case):
    response = submit(client, "/families/new", {
        "family_name": "Mensah", "support_level": "early_help",
        "members-0-first_name": "Kofi", "members-0-member_role": "parent_carer",
        "members-0-age_band": "25-64", "members-0-father_or_male_carer": "yes",
        "members-1-first_name": "Ama", "members-1-member_role": "parent_carer",
        "members-1-age_band": "25-64", "members-1-father_or_male_carer": "no"})
    assert response.status_code == 302
    answers = dict(db.execute(select(FamilyMember.first_name, FamilyMember.father_or_male_carer)
                              .where(FamilyMember.first_name.in_(["Kofi", "Ama"]))).all())
    assert answers == {"Kofi": FatherOrMaleCarer.YES, "Ama": FatherOrMaleCarer.NO}


def test_a_keyworker_records_it_later_on_the_members_page_and_it_is_audited(client, db, case):
    grace = case.family.members[0]
    page = client.get(f"/cases/{case.id}").get_data(as_text=True)
    assert "Not asked" in page and f"/cases/{case.id}/members/{grace.id}/edit" in page
    url = f"/cases/{case.id}/members/{grace.id}/edit"
    assert "Is Grace a father or male carer?" in client.get(url).get_data(as_text=True)
    assert submit(client, url, {"first_name": "Grace", "father_or_male_carer": "no"}
                  ).status_code == 302
    db.expire_all()
    assert db.get(FamilyMember, grace.id).father_or_male_carer is FatherOrMaleCarer.NO
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "member_details_changed")
                     ).target_id == grace.id
    tobi = case.family.members[1]  # a child is never asked
    assert "father" not in client.get(f"/cases/{case.id}/members/{tobi.id}/edit").get_data(
        as_text=True).lower().split("<main", 1)[1]


def test_another_keyworkers_family_member_is_not_found(client, db, make_staff, team, case):
    other = make_case(db, make_staff(Role.KEYWORKER, team), team, family_name="Other")
    member = other.family.members[0]
    assert client.get(f"/cases/{other.id}/members/{member.id}/edit").status_code == 404
    assert client.get(f"/cases/{case.id}/members/{member.id}/edit").status_code == 404
