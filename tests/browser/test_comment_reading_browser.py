"""A keyworker on a phone reads the comments waiting for them in real Chromium: a flagged comment
first with its reason in plain words, then marks another as read; axe checks every page."""
from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest

from tests.browser.pages import complete_second_step, expect_title, press, screenshot
from tests.feedback.world import World, build_world
from tests.helpers import PASSWORD

FRIDAY_4PM = datetime(2026, 12, 4, 16, 0, tzinfo=UTC)


@pytest.fixture
def world(db, make_staff) -> World:
    """Three families and their comments, as on the feedback pages."""
    return build_world(db, make_staff)


def test_keyworker_reads_their_comments_on_a_phone(live_server, page, axe, world, db, app,
                                                   monkeypatch):
    monkeypatch.setattr("feedback.views.now", lambda: FRIDAY_4PM)
    email, engine = world.keyworker.email, app.extensions["fv_engine"]
    page.goto(live_server + "/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, engine, email)
    page.wait_for_url("**/dashboard")

    page.goto(live_server + "/feedback")
    page.get_by_role("link", name=re.compile(r"^Comments to read \(3\)")).click()
    page.wait_for_url("**/feedback/unread")
    expect_title(page, "Comments to read")
    assert "every comment needs a person to read it" in page.inner_text("#reading-note")
    cards = page.locator(".govuk-summary-card")
    assert cards.count() == 3
    first = cards.first
    assert first.get_attribute("id") == f"comment-{world.disclosure.id}"
    assert "May be about violence or control at home" in first.inner_text()
    assert first.get_by_role("button", name=re.compile("Mark as read")).count() == 0
    axe(page, "comments to read")
    screenshot(page, "comments-to-read-phone")

    praise = page.locator(f"#comment-{world.praise.id}")
    with page.expect_navigation():
        praise.get_by_role("button", name=re.compile("Mark as read")).click()
    expect_title(page, "Comments to read")
    assert "marked as read" in page.inner_text(".govuk-notification-banner")
    assert page.locator(f"#comment-{world.praise.id}").count() == 0
    assert page.locator(".govuk-summary-card").count() == 2
    axe(page, "comments to read after marking one")

    # The flag is read by acknowledging it, and the list brings the person back.
    page.locator(f"#comment-{world.disclosure.id}").get_by_role(
        "link", name=re.compile("Read and acknowledge flag")).click()
    expect_title(page, "Acknowledge the safeguarding flag")
    axe(page, "acknowledge from the comments to read")
    page.get_by_label(re.compile("I have read this comment")).check()
    press(page, "Acknowledge flag")
    expect_title(page, "Comments to read")
    assert page.locator(".govuk-summary-card").count() == 1
    axe(page, "comments to read after acknowledging")
