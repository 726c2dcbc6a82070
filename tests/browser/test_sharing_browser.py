"""Whose voice goes in the family's PDF, in real Chromium at 390 x 844 with axe: a child says
no on their thank-you page; a keyworker keeps a member's results out, with a reason."""
from __future__ import annotations

from playwright.sync_api import expect

from family_by_family_scale import FAMILY_OUTCOMES_CHILD
from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from tests.browser.pages import complete_second_step, expect_title, press, screenshot
from tests.factories import make_case, wave_of
from tests.helpers import PASSWORD
from tests.reports.journey.families import agree_to_share, make_okafor_family

CHILD_QUESTION = "Can the grown-ups in your family see your answers?"


def test_a_child_says_no_on_their_thank_you_page_and_can_change_it(
        live_server, page, axe, db, make_staff, team):
    """The question is the fieldset's accessible name; no choice gives an error; 'No' is kept
    and said back, and the choice can be changed on the same page."""
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    tobi = case.family.members[1]
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id, member_id=tobi.id,
                          valid_days=14, now=utcnow(), issued_by=None)
    db.commit()
    page.goto(f"{live_server}/q/{token}")
    press(page, "Start now")
    for _item in FAMILY_OUTCOMES_CHILD.items:
        page.get_by_label("A lot like us", exact=True).check()
        press(page, "Continue")
    press(page, "Continue")  # nothing to write is fine
    press(page, "Send my answers")
    expect(page.locator("h1")).to_contain_text("Thank you, your answers have been sent")
    expect(page.get_by_role("group", name=CHILD_QUESTION)).to_be_visible()
    axe(page, "child thank you with the sharing question")

    press(page, "Save my answer")
    expect_title(page, "Error:")
    expect(page.locator(".govuk-error-summary")).to_contain_text("Choose yes or no")
    axe(page, "sharing question with an error")

    page.get_by_label("No, keep my answers private").check()
    press(page, "Save my answer")
    expect(page.locator("#sharing-saved")).to_contain_text(
        "You said no. Your answers will not go in your family's booklet.")
    expect(page.get_by_label("No, keep my answers private")).to_be_checked()
    axe(page, "sharing answer saved")
    screenshot(page, "sharing-child-thank-you-phone")
    db.refresh(tobi)
    assert tobi.shares_results is False

    page.get_by_label("Yes, they can see my answers").check()
    press(page, "Save my answer")
    expect(page.locator("#sharing-saved")).to_contain_text("You said yes.")
    db.refresh(tobi)
    assert tobi.shares_results is True


def test_a_keyworker_keeps_a_childs_results_out_with_a_reason(
        live_server, page, axe, app, db, make_staff, team):
    """From the journey page: Keep out, a missing reason is an error, then saved and listed."""
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_okafor_family(db, keyworker, team)
    agree_to_share(db, *case.family.members)
    page.goto(live_server + "/sign-in")
    page.get_by_label("Email address").fill(keyworker.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], keyworker.email)
    page.wait_for_url("**/dashboard")
    page.goto(f"{live_server}/cases/{case.id}/journey")
    press(page, "Keep out Tobi's results", role="link")
    expect(page.locator("h1")).to_have_text("Tobi's results in the family's PDF")
    axe(page, "keep results out")
    page.get_by_label("Yes, keep them out: sharing them could put a child at risk").check()
    press(page, "Save")
    expect_title(page, "Error:")
    axe(page, "keep results out, no reason")
    page.get_by_label("Why sharing them could put a child at risk").fill(
        "Tobi is frightened of what his father will read.")
    press(page, "Save")
    expect(page.locator("#family-pdf").locator("..")).to_contain_text("Kept out by a keyworker")
    axe(page, "journey after keeping results out")
    screenshot(page, "sharing-kept-out-phone")
