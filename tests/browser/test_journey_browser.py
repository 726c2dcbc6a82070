"""The journey page and dashboard in real Chromium at phone and desktop sizes, with axe."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from surveys.records.enums import Role
from tests.browser.pages import complete_second_step, screenshot
from tests.helpers import PASSWORD
from tests.reports.journey.families import make_okafor_family

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
FAMILY_CHART = "The family's scores at start, middle and close"


@pytest.mark.parametrize("size", sorted(SIZES))
def test_journey_page_passes_axe_and_its_chart_is_named_with_a_table(
        live_server, browser, axe, app, db, make_staff, team, size):
    """Zero axe violations (WCAG 2.2 AA tags), no sideways scrolling, and the family's chart an
    image with an accessible name beside a table of the same numbers."""
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
        chart = page.get_by_role("img", name=FAMILY_CHART)
        expect(chart).to_have_count(1)
        expect(chart).to_be_visible()
        assert chart.bounding_box()["width"] <= SIZES[size]["width"]
        table = page.get_by_role("table", name=FAMILY_CHART)
        assert table.count() == 1 and "3.2" in table.inner_text()
        page.get_by_text("The numbers and the method").first.click()
        page.get_by_text("Each statement").first.click()
        axe(page, f"journey ({size})")
        screenshot(page, f"journey-{size}")
    finally:
        context.close()
    assert not errors, f"script errors: {errors}"
