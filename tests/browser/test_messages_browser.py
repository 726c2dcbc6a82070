"""A keyworker on a phone records a parent's consent and mobile number; when planning runs, the
invitation waits in the outbox, and its link opens the questionnaire on the parent's phone."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from surveys.records.enums import Role
from tests.browser.pages import PHONE, complete_second_step, expect_title, screenshot
from tests.factories import make_case
from tests.helpers import PASSWORD


def test_keyworker_records_consent_and_the_invitation_reaches_the_outbox(
        live_server, page, axe, db, make_staff, team, app, browser):
    keyworker = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, keyworker, team)  # opened today: the start questionnaire is due
    page.goto(f"{live_server}/cases/{case.id}")
    page.get_by_label("Email address").fill(keyworker.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], keyworker.email, axe=axe)
    page.wait_for_url(f"**/cases/{case.id}")
    expect(page.locator("h1")).to_have_text("Okafor family")
    axe(page, "case with texts and emails")

    with page.expect_navigation():
        page.get_by_role("link", name="Change contact details for Grace").click()
    expect_title(page, "Contact details for Grace")
    axe(page, "contact form")
    page.get_by_label("By text message").check()
    page.get_by_label("Mobile number (optional)").fill("07700 90012")  # a digit short
    page.get_by_label("Grace agreed to be contacted this way").check()
    page.get_by_role("button", name="Save contact details").click()
    expect_title(page, "Error: Contact details for Grace")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a UK mobile number")
    axe(page, "contact form errors")
    expect(page.get_by_label("Mobile number (optional)")).to_have_value("07700 90012")
    page.get_by_label("Mobile number (optional)").fill("07700 900123")
    page.get_by_role("button", name="Save contact details").click()
    page.wait_for_url(f"**/cases/{case.id}")
    expect(page.locator("body")).to_contain_text("By text to 07700 •••123.")

    result = app.test_cli_runner().invoke(args=["messages", "plan-due", "--base-url", live_server])
    assert result.exit_code == 0 and "invitations: 1" in result.output, result.output

    with page.expect_navigation():
        page.get_by_role("link", name="Messages", exact=True).first.click()
    expect_title(page, "Messages to families")
    expect(page.locator("body")).to_contain_text("Invitation to Grace")
    expect(page.locator("body")).to_contain_text("Text message to 07700 •••123")
    axe(page, "outbox")
    screenshot(page, "outbox-phone")
    body = page.locator(".fv-message-body").first.inner_text()
    link = re.search(r"https?://\S+/q/[A-Za-z0-9_-]+", body).group(0)

    # Grace opens the link on her own phone
    phone = browser.new_context(viewport=PHONE, device_scale_factor=1)
    try:
        family = phone.new_page()
        family.goto(link)
        family.wait_for_url("**/questionnaire")
        expect(family.locator("h1")).to_be_visible()
        axe(family, "questionnaire start from a text")
    finally:
        phone.close()
