"""The journey page and dashboard in real Chromium at phone and desktop sizes, with axe."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from surveys.records.enums import Role
from tests.browser.pages import complete_second_step, screenshot
from tests.helpers import PASSWORD
from tests.reports.journey.families import make_okafor_family, make_three_voices_family

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
OVERALL_CHART = "Overall: each person at start, middle and close"


@pytest.mark.parametrize("size", sorted(SIZES))
def test_journey_page_passes_axe_and_its_chart_is_named_with_a_table(
        live_server, browser, axe, app, db, make_staff, team, size):
    """Zero axe violations (WCAG 2.2 AA tags), no sideways scrolling, and the overall chart (every
    member and the family's average) an image with an accessible name beside a table of the
    same numbers."""
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_okafor_family(db, keyworker, team)
    context = browser.new_context(viewport=SIZES[size], device_scale_factor=1)
    try:
        page = context.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(live_server + "/sign-in")
        page.get_by_label("Email address").fill(keyworker.email)
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        complete_second_step(page, app.extensions["fv_engine"], keyworker.email)
        page.wait_for_url("**/dashboard")
        axe(page, f"dashboard ({size})")

        page.goto(f"{live_server}/cases/{case.id}/journey")
        chart = page.get_by_role("img", name=OVERALL_CHART)
        expect(chart).to_have_count(1)
        expect(chart).to_be_visible()
        assert chart.bounding_box()["width"] <= SIZES[size]["width"]
        table = page.get_by_role("table", name=OVERALL_CHART)
        assert table.count() == 1 and "3.2" in table.inner_text()
        page.get_by_text("The numbers and the method").first.click()
        page.get_by_text("Each statement").first.click()
        axe(page, f"journey ({size})")
        screenshot(page, f"journey-{size}")
    finally:
        context.close()
    assert not errors, f"script errors: {errors}"


def _sign_in_as(page, live_server, app, keyworker) -> None:
    page.goto(live_server + "/sign-in")
    page.get_by_label("Email address").fill(keyworker.email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], keyworker.email)
    page.wait_for_url("**/dashboard")


def test_three_voices_on_a_phone_compare_one_area_at_a_time(
        live_server, page, axe, app, db, make_staff, team, capsys):
    """At 390 x 844 each area is one chart with all three members on one scale, beside a table
    with members as rows; the areas fold away so comparing voices on one area never scrolls
    past the others. The page's height is printed (it was about 12,300 px stacked)."""
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_three_voices_family(db, keyworker, team)
    _sign_in_as(page, live_server, app, keyworker)
    page.goto(f"{live_server}/cases/{case.id}/journey")
    height = page.evaluate("document.documentElement.scrollHeight")
    with capsys.disabled():
        print(f"\njourney page height at 390x844, three members: {height} px")
    axe(page, "journey, three voices (phone)")
    overall = page.get_by_role("img", name="Overall: each person at start, middle and close")
    expect(overall).to_be_visible()
    table = page.get_by_role("table", name="Overall: each person at start, middle and close")
    rows = table.get_by_role("row")
    expect(rows).to_have_count(5)  # the header, Ama, Kofi, Esi, the family average
    # The whole comparison on one area fits the phone's screen height: chart and table.
    box = page.locator("#side-by-side-total").bounding_box()
    assert box["height"] <= 2 * 844, box
    # Another area opens in place; its chart names every member.
    page.get_by_text("Hopes and plans", exact=True).first.click()
    hopes = page.get_by_role("img", name="Hopes and plans: each person at start, middle and close")
    expect(hopes).to_be_visible()
    assert hopes.bounding_box()["width"] <= 390
    expect(page.get_by_text("You all said these are like your family:")).to_be_visible()
    axe(page, "journey, an area opened (phone)")
    screenshot(page, "journey-three-voices-phone")
    assert height < 8000, height  # 9,187 px before, with every member's section stacked
