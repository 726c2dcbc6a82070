"""A team manager on a phone reads feedback, acknowledges a flag, corrects labels and approves a
quote in real Chromium, with axe checking every page and error state on the way."""
from __future__ import annotations

import os
import re
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from werkzeug.serving import make_server

from surveys.records.models import AuditEvent, Comment
from tests.browser.conftest import complete_second_step, expect_title
from tests.conftest import PASSWORD
from tests.feedback.test_feedback_pages import World, build_world

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = [pytest.mark.browser,
              pytest.mark.skipif(not os.path.exists(CHROMIUM), reason="Chromium is not installed")]


@pytest.fixture
def world(db, make_staff) -> World:
    """Three families and their comments, as on the feedback pages."""
    return build_world(db, make_staff)


@pytest.fixture
def live_server(app):
    """The app served on a free loopback port in a thread, on this test's database."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def on_a_phone():
    """Run a journey in a tab of Debian's Chromium at phone size, failing on any script error.

    The journey runs in a thread of its own: Playwright's sync API will not start in a thread
    where another test module's session-long Playwright is already running.
    """
    from playwright.sync_api import sync_playwright

    def run(journey) -> None:
        outcome: dict[str, BaseException] = {}
        errors: list[str] = []

        def drive() -> None:
            try:
                with sync_playwright() as playwright:
                    browser = playwright.chromium.launch(
                        executable_path=CHROMIUM,
                        args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                              "--disable-component-update", "--disable-sync", "--no-first-run"])
                    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
                    page = context.new_page()
                    page.on("pageerror", lambda exc: errors.append(str(exc)))
                    try:
                        journey(page)
                    finally:
                        context.close()
                        browser.close()
            except BaseException as exc:  # handed back to the test's own thread
                outcome["error"] = exc

        thread = threading.Thread(target=drive, daemon=True)
        thread.start()
        thread.join(timeout=300)
        assert not thread.is_alive(), "the browser journey did not finish in 5 minutes"
        if "error" in outcome:
            raise outcome["error"]
        assert not errors, f"script errors: {errors}"

    return run


def check_with_axe(page, label: str) -> None:
    """No WCAG 2.2 AA violations, and nothing scrolls sideways on a phone."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    violations = results.response["violations"]
    report = "\n".join(f"{v['id']}: {v['help']} {[n['target'] for n in v['nodes']][:3]}"
                       for v in violations)
    assert not violations, f"axe violations on {label}:\n{report}"
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"{label} scrolls sideways ({width}px)"


def screenshot(page, name: str) -> Path:
    """Keep a full-page screenshot in test-artifacts/ to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def card(page, comment_id: int):
    """The card for one comment on the feedback page."""
    return page.locator(f"#comment-{comment_id}")


def test_manager_works_through_feedback_on_a_phone(live_server, on_a_phone, world, db, app):
    # Plain values for the browser's thread: the test's database session stays in this one.
    email = world.manager.email
    engine = app.extensions["fv_engine"]
    disclosure, complaint, praise = world.disclosure.id, world.complaint.id, world.praise.id

    def journey(page) -> None:
        page.goto(live_server + "/sign-in")
        page.get_by_label("Email address").fill(email)
        page.get_by_label("Password", exact=True).fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        complete_second_step(page, engine, email)
        page.get_by_role("link", name="Feedback", exact=True).click()
        page.wait_for_url("**/feedback")
        expect_title(page, "Feedback from families")
        assert "1 comment needs a safeguarding read today" in page.inner_text(
            ".govuk-notification-banner")
        assert page.locator(".govuk-summary-card").first.get_attribute("id") == \
            f"comment-{disclosure}"
        check_with_axe(page, "feedback")
        screenshot(page, "feedback-phone")

        # Filters work without JavaScript: a plain GET form.
        page.get_by_label("Sentiment").select_option("negative")
        page.get_by_role("button", name="Apply filters").click()
        page.wait_for_url("**/feedback?*sentiment=negative*")
        assert page.locator("#results").inner_text().startswith("1 of 4 comments")
        check_with_axe(page, "feedback filtered")

        # Acknowledge the flag: forgetting to confirm is an error, then it is recorded.
        page.goto(live_server + "/feedback")
        card(page, disclosure).get_by_role("link", name=re.compile("Acknowledge flag")).click()
        page.get_by_label("What did you do? (optional)").fill("Rang mum; made a referral")
        page.get_by_role("button", name="Acknowledge flag").click()
        expect_title(page, "Error: Acknowledge the safeguarding flag")
        check_with_axe(page, "acknowledge error")
        page.get_by_label(re.compile("I have read this comment")).check()
        page.get_by_role("button", name="Acknowledge flag").click()
        page.wait_for_url("**/feedback#comment-*")
        assert "Safeguarding flag acknowledged by Helen Marsh" in page.content()
        check_with_axe(page, "feedback after acknowledging")

        # Correct the labels of the complaint.
        card(page, complaint).get_by_role("link", name=re.compile("Correct labels")).click()
        expect_title(page, "Correct the labels")
        check_with_axe(page, "correct labels")
        screenshot(page, "feedback-labels-phone")
        page.get_by_label("Mixed", exact=True).check()
        page.get_by_label("Health", exact=True).uncheck()
        page.get_by_role("button", name="Save corrections").click()
        page.wait_for_url("**/feedback#comment-*")
        assert "Corrected by staff (Helen Marsh)" in card(page, complaint).inner_text()
        check_with_axe(page, "feedback after correcting")

        # Approve a quote: wording with a name in it is refused, then fixed.
        card(page, praise).get_by_role("link", name=re.compile("Review as a quote")).click()
        expect_title(page, "Review as a quote")
        check_with_axe(page, "quote")
        page.get_by_label("Wording of the quote").fill("Priya really listened to us")
        page.get_by_role("button", name="Approve quote").click()
        expect_title(page, "Error: Review as a quote")
        assert "The quote still contains a name" in page.inner_text(".govuk-error-summary")
        check_with_axe(page, "quote error")
        screenshot(page, "feedback-quote-error-phone")
        page.get_by_label("Wording of the quote").fill("[name] really listened to us")
        page.get_by_role("button", name="Approve quote").click()
        page.wait_for_url("**/feedback#comment-*")
        assert "Quote approved" in page.content()
        check_with_axe(page, "feedback after approving")

    on_a_phone(journey)

    db.expire_all()
    assert db.get(Comment, world.praise.id).quote_text == "[name] really listened to us"
    assert db.get(Comment, world.complaint.id).corrected_sentiment == "mixed"
    actions = set(db.scalars(select(AuditEvent.action)))
    assert {"safeguarding_flag_acknowledged", "feedback_labels_corrected", "quote_approved"} <= actions
