"""A keyworker on a phone records a parent's consent and mobile number; when planning runs, the
invitation waits in the outbox, and its link opens the questionnaire on the parent's phone."""
from __future__ import annotations

import re

from playwright.sync_api import expect
from sqlalchemy import select

from surveys.messaging.delivery import deliver_due
from surveys.records.enums import Role
from surveys.records.models import Message
from tests.browser.pages import PHONE, complete_second_step, expect_title, screenshot
from tests.factories import make_case
from tests.helpers import PASSWORD
from tests.message_servers import API_KEY, SMS_TEMPLATE, FakeNotify


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


def test_the_text_reaches_notify_and_its_link_opens_the_questionnaire(
        live_server, page, axe, db, make_staff, team, app, browser):
    """The whole way, as the council runs it with GOV.UK Notify: consent and a mobile recorded on
    the case page, the wave falls due, the worker sends the text through the official client to
    a Notify API on loopback, and the link in the text that arrived opens the questionnaire on the
    family member's phone. Time is injected: the worker runs at the moment the text may go
    (never between 8pm and 8am)."""
    keyworker = make_staff(Role.KEYWORKER, team, name="Kim Keyworker")
    case = make_case(db, keyworker, team)
    grace = next(m for m in case.family.members if m.first_name == "Grace")
    page.goto(f"{live_server}/cases/{case.id}")
    page.get_by_label("Email address").fill(keyworker.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], keyworker.email, axe=axe)
    page.wait_for_url(f"**/cases/{case.id}")
    with page.expect_navigation():
        page.get_by_role("link", name="Change contact details for Grace").click()
    expect_title(page, "Contact details for Grace")
    page.get_by_label("By text message").check()
    page.get_by_label("Mobile number (optional)").fill("07700 900456")
    page.get_by_label("Grace agreed to be contacted this way").check()
    page.get_by_role("button", name="Save contact details").click()
    page.wait_for_url(f"**/cases/{case.id}")

    result = app.test_cli_runner().invoke(args=["messages", "plan-due", "--base-url", live_server])
    assert result.exit_code == 0 and "invitations: 1" in result.output, result.output
    invitation = db.scalar(select(Message).where(Message.member_id == grace.id,
                                                 Message.kind == "invitation"))
    notify = FakeNotify().start()
    try:
        config = {**app.config, "NOTIFY_API_KEY": API_KEY, "NOTIFY_SMS_TEMPLATE_ID": SMS_TEMPLATE,
                  "NOTIFY_BASE_URL": notify.base_url}
        counts = deliver_due(db, config, invitation.not_before, most=1)
        assert counts.as_dict()["sent"] == 1, counts
        [text] = notify.sent
    finally:
        notify.stop()
    assert text["type"] == "sms" and text["to"] == "+447700900456"
    assert text["reference"] == invitation.reference
    body = text["personalisation"]["body"]
    assert "early help" not in body.lower() and "safeguarding" not in body.lower()
    link = re.search(r"https?://\S+/q/[A-Za-z0-9_-]+", body).group(0)

    phone = browser.new_context(viewport=PHONE, device_scale_factor=1)
    try:
        family = phone.new_page()
        family.goto(link)
        family.wait_for_url("**/questionnaire")
        expect(family.locator("h1")).to_be_visible()
        axe(family, "questionnaire start from a text sent through Notify")
    finally:
        phone.close()

    # the keyworker sees it went
    page.reload()
    expect(page.locator("body")).to_contain_text("Invitation")
