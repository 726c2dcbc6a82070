"""The journey page and dashboard in real Chromium at phone and desktop sizes, with axe."""
from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import expect

from surveys.records.models import Role
from tests.browser.conftest import (  # noqa: F401 - live_server is a fixture
    ARTIFACTS,
    CHROMIUM,
    AxeChecker,
    complete_second_step,
    live_server,
)
from tests.conftest import PASSWORD
from tests.reports.journey_fixtures import make_okafor_family

pytestmark = pytest.mark.browser

SIZES = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 800}}
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
FAMILY_CHART = "The family's scores at start, middle and close"


def _review_journey(base_url: str, engine, email: str, case_id: int, size: str) -> None:
    """Sign in, land on the dashboard, open the journey: axe on each page, chart checks."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_context(viewport=SIZES[size], device_scale_factor=1).new_page()
            errors: list[str] = []
            page.on("pageerror", lambda exc: errors.append(str(exc)))
            axe = AxeChecker()
            page.goto(base_url + "/sign-in")
            page.get_by_label("Email address").fill(email)
            page.get_by_label("Password", exact=True).fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            complete_second_step(page, engine, email)
            page.wait_for_url("**/dashboard")
            axe(page, f"dashboard ({size})")

            page.goto(f"{base_url}/cases/{case_id}/journey")
            chart = page.get_by_role("img", name=FAMILY_CHART)
            expect(chart).to_have_count(1)
            expect(chart).to_be_visible()
            assert chart.bounding_box()["width"] <= SIZES[size]["width"]
            table = page.get_by_role("table", name=FAMILY_CHART)
            assert table.count() == 1 and "3.2" in table.inner_text()
            page.get_by_text("The numbers and the method").first.click()
            page.get_by_text("Each statement").first.click()
            axe(page, f"journey ({size})")
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / f"journey-{size}.png"), full_page=True)
            assert not errors, f"script errors: {errors}"
        finally:
            browser.close()


@pytest.mark.parametrize("size", sorted(SIZES))
def test_journey_page_passes_axe_and_its_chart_is_named_with_a_table(
        live_server, app, db, make_staff, team, size):  # noqa: F811
    """Zero axe violations (WCAG 2.2 AA tags), no sideways scrolling, and the family's chart an
    image with an accessible name beside a table of the same numbers."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed")
    keyworker = make_staff(Role.KEYWORKER, team)
    case = make_okafor_family(db, keyworker, team)
    # Playwright's sync API allows one instance per thread; a thread of our own keeps this test
    # clear of any session-wide browser other test modules have open.
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(_review_journey, live_server, app.extensions["fv_engine"], keyworker.email,
                    case.id, size).result()
