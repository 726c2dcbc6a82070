"""Two-factor sign-in on a phone in real Chromium: a keyworker with no app yet sets one up by
typing the key, saves recovery codes, and later signs in with a recovery code instead of the app;
axe checks every page, error states included."""
from __future__ import annotations

import re

from playwright.sync_api import expect

from surveys.records.enums import Role
from surveys.records.staff import StaffUser
from tests.browser.pages import expect_title, screenshot
from tests.helpers import PASSWORD, next_code

RECOVERY_CODE = re.compile(r"^[a-z2-9]{4}(-[a-z2-9]{4}){3}$")


def _password_step(page, base_url: str, email: str) -> None:
    page.goto(base_url + "/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_a_keyworker_sets_up_two_factor_and_later_uses_a_recovery_code_on_a_phone(
        live_server, page, axe, app, db, make_staff, team):
    engine = app.extensions["fv_engine"]
    user = make_staff(Role.KEYWORKER, team, name="Kim Keyworker", two_factor=False)

    # First sign-in: the password leads to setting up an authenticator app.
    _password_step(page, live_server, user.email)
    page.wait_for_url("**/sign-in/set-up-app")
    expect_title(page, "Set up two-factor sign-in")
    qr = page.get_by_role("img", name=re.compile("QR code"))
    expect(qr).to_have_count(1)
    expect(qr).to_be_visible()
    expect(page.locator("#setup-key")).to_be_hidden()
    axe(page, "set up app")
    screenshot(page, "two-factor-set-up-phone")

    # No camera: the key, in groups of four, is behind "I cannot scan the QR code".
    page.get_by_text("I cannot scan the QR code").click()
    key = page.locator("#setup-key")
    expect(key).to_be_visible()
    assert re.fullmatch(r"[A-Z2-7]{4}( [A-Z2-7]{4}){7}", key.inner_text().strip())
    secret = key.inner_text().replace(" ", "").strip()
    db.expire_all()
    stored = db.get(StaffUser, user.id)
    assert stored.totp_secret == secret and secret not in stored.totp_secret_sealed  # sealed at rest
    axe(page, "set up app, key shown")
    screenshot(page, "two-factor-set-up-key-phone")

    # A mistyped code is an error on the page, which is checked too.
    page.get_by_label("Security code").fill("12345")
    page.get_by_role("button", name="Continue").click()
    expect_title(page, "Error: Set up two-factor sign-in")
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    axe(page, "set up app error")
    screenshot(page, "two-factor-set-up-error-phone")

    # The code the app would show now finishes setting up, and shows the recovery codes once.
    page.get_by_label("Security code").fill(next_code(engine, user.email, secret))
    page.get_by_role("button", name="Continue").click()
    page.wait_for_load_state()
    expect_title(page, "Save your recovery codes")
    codes = [c.strip() for c in page.locator("ul.fv-recovery-codes li").all_inner_texts()]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert all(RECOVERY_CODE.match(c) for c in codes), codes
    axe(page, "recovery codes")
    screenshot(page, "two-factor-recovery-codes-phone")
    page.get_by_role("link", name="I have saved my codes, continue").click()
    page.wait_for_url("**/dashboard")

    page.get_by_role("link", name="Your account").click()
    page.wait_for_url("**/account")
    expect_title(page, "Your account")
    assert "10 of 10" in page.inner_text("main")
    axe(page, "account")
    screenshot(page, "two-factor-account-phone")

    # Later, without the phone: password, then one of the recovery codes.
    page.get_by_role("button", name=re.compile("^Sign out")).click()
    page.wait_for_url("**/sign-in")
    _password_step(page, live_server, user.email)
    page.wait_for_url("**/sign-in/code")
    expect_title(page, "Enter your security code")
    axe(page, "security code")
    screenshot(page, "two-factor-code-phone")
    page.get_by_role("link", name="I cannot use my authenticator app").click()
    page.wait_for_url("**/sign-in/recovery-code")
    expect_title(page, "Sign in with a recovery code")
    axe(page, "recovery code")
    screenshot(page, "two-factor-recovery-code-phone")
    page.get_by_label("Recovery code").fill(codes[3].upper())  # as someone might copy it out
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url("**/account")
    banner = page.locator(".govuk-notification-banner").inner_text()
    assert "You have 9 left" in banner, banner
    assert "9 of 10" in page.inner_text("main")
    axe(page, "account after a recovery code")
    screenshot(page, "two-factor-account-recovery-phone")
    assert len(axe.checked) == 8
