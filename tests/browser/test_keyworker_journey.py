"""A keyworker on a phone signs in, adds a family and opens a case; axe checks every page."""
from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlalchemy import select

from surveys.records.enums import AgeBand, MemberRole, Role
from surveys.records.models import Case
from tests.browser.pages import complete_second_step, expect_title, screenshot
from tests.helpers import PASSWORD


def test_keyworker_adds_a_family_and_opens_a_case_on_a_phone(live_server, page, axe, db, make_staff,
                                                              team, app):
    user = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    page.goto(live_server + "/")
    expect_title(page, "Sign in")
    axe(page, "sign in")

    # A wrong password gets the error summary, which is checked too.
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password", exact=True).fill("not my password")
    page.get_by_role("button", name="Sign in").click()
    expect_title(page, "Error: Sign in")
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    axe(page, "sign in error")

    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], user.email, axe=axe)
    page.wait_for_url("**/dashboard")
    axe(page, "dashboard")
    screenshot(page, "dashboard-phone")

    with page.expect_navigation():  # check the form, not the dashboard being left
        page.get_by_role("link", name="Add a family").first.click()
    axe(page, "add family")
    page.get_by_role("button", name="Add family and open case").click()
    expect_title(page, "Error: Add a family")
    axe(page, "add family errors")
    screenshot(page, "add-family-errors-phone")

    page.get_by_label("Family name").fill("Nowak")
    page.get_by_label("Early help").check()
    page.get_by_label("First name of family member 1").fill("Marta")
    # role and age are radios here as on the add-a-member form, each group named by its legend
    page.get_by_role("group", name="Role in the family of family member 1").get_by_label(
        "Parent or carer").check()
    page.get_by_role("group", name="Age of family member 1").get_by_label("25 to 64").check()
    page.get_by_label("First name of family member 2").fill("Kacper")
    page.get_by_role("group", name="Role in the family of family member 2").get_by_label(
        "Child").check()
    page.get_by_role("group", name="Age of family member 2").get_by_label("8 to 12").check()
    page.get_by_role("button", name="Add family and open case").click()
    page.wait_for_url("**/cases/*")
    expect(page.locator("h1")).to_have_text("Nowak family")
    assert "Case opened for the Nowak family" in page.content()
    axe(page, "case")
    screenshot(page, "case-phone")

    case = db.scalar(select(Case))
    assert case.keyworker_id == user.id
    assert sorted(m.first_name for m in case.family.members) == ["Kacper", "Marta"]
    assert len(axe.checked) == 7


def _open_a_case_signed_in(live_server, page, db, make_staff, team, app):
    """A keyworker signed in on the phone, looking at a case they hold."""
    from tests.factories import make_case

    user = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, user, team, family_name="Nowak",
                     members=(("Marta", MemberRole.PARENT_CARER, AgeBand.ADULT),))
    page.goto(live_server + "/sign-in")
    page.get_by_label("Email address").fill(user.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], user.email)
    page.wait_for_url("**/dashboard")
    page.goto(f"{live_server}/cases/{case.id}")
    expect(page.locator("h1")).to_have_text("Nowak family")
    return case


def test_the_copy_button_copies_the_link_and_says_so(live_server, page, context, axe, db,
                                                      make_staff, team, app):
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=live_server)
    _open_a_case_signed_in(live_server, page, db, make_staff, team, app)
    page.get_by_role("button", name="Get a link for Marta, start questionnaire").click()
    expect_title(page, "Marta's questionnaire link")
    link = page.get_by_label("Link to copy").input_value()
    copy = page.get_by_role("button", name="Copy link")
    expect(copy).to_be_visible()  # the script shows it: this browser can copy
    axe(page, "link with copy buttons")
    copy.click()
    expect(page.locator("#link-status")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == link
    page.get_by_role("button", name="Copy message").click()
    expect(page.locator("#message-status")).to_have_text("Copied")
    expect(page.locator("#link-status")).to_have_text("")  # only the box just copied says so
    assert link in page.evaluate("navigator.clipboard.readText()")
    axe(page, "link copied")
    screenshot(page, "link-copied-phone")


def test_filling_in_with_the_family_has_a_way_back_to_the_case(live_server, page, axe, db,
                                                                make_staff, team, app):
    case = _open_a_case_signed_in(live_server, page, db, make_staff, team, app)
    page.get_by_role("button", name=re.compile(r"^Fill in with them\W+Marta, start")).click()
    page.wait_for_url("**/questionnaire")
    axe(page, "questionnaire filled in with the family")
    page.get_by_role("link", name="Stop for now and go back to the case").click()
    page.wait_for_url(f"**/cases/{case.id}")
    expect(page.locator("h1")).to_have_text("Nowak family")
