"""A team manager on a phone reads feedback, acknowledges a flag, corrects labels and approves a
quote in real Chromium, with axe checking every page and error state on the way."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from surveys.records.models import AuditEvent, Comment
from tests.browser.pages import complete_second_step, expect_title, screenshot
from tests.feedback.world import World, build_world
from tests.helpers import PASSWORD


@pytest.fixture
def world(db, make_staff) -> World:
    """Three families and their comments, as on the feedback pages."""
    return build_world(db, make_staff)


def card(page, comment_id: int):
    """The card for one comment on the feedback page."""
    return page.locator(f"#comment-{comment_id}")


def test_manager_works_through_feedback_on_a_phone(live_server, page, axe, world, db, app):
    email = world.manager.email
    engine = app.extensions["fv_engine"]
    disclosure, complaint, praise = world.disclosure.id, world.complaint.id, world.praise.id

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
    axe(page, "feedback")
    screenshot(page, "feedback-phone")

    # Filters work without JavaScript: a plain GET form.
    page.get_by_label("Sentiment").select_option("negative")
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url("**/feedback?*sentiment=negative*")
    assert page.locator("#results").inner_text().startswith("1 of 4 comments")
    axe(page, "feedback filtered")

    # Acknowledge the flag: forgetting to confirm is an error, then it is recorded.
    page.goto(live_server + "/feedback")
    card(page, disclosure).get_by_role("link", name=re.compile("Acknowledge flag")).click()
    page.get_by_label("What did you do? (optional)").fill("Rang mum; made a referral")
    page.get_by_role("button", name="Acknowledge flag").click()
    expect_title(page, "Error: Acknowledge the safeguarding flag")
    axe(page, "acknowledge error")
    page.get_by_label(re.compile("I have read this comment")).check()
    page.get_by_role("button", name="Acknowledge flag").click()
    page.wait_for_url("**/feedback#comment-*")
    assert "Safeguarding flag acknowledged by Helen Marsh" in page.content()
    axe(page, "feedback after acknowledging")

    # Correct the labels of the complaint.
    card(page, complaint).get_by_role("link", name=re.compile("Correct labels")).click()
    expect_title(page, "Correct the labels")
    axe(page, "correct labels")
    screenshot(page, "feedback-labels-phone")
    page.get_by_label("Mixed", exact=True).check()
    page.get_by_label("Health", exact=True).uncheck()
    page.get_by_role("button", name="Save corrections").click()
    page.wait_for_url("**/feedback#comment-*")
    assert "Corrected by staff (Helen Marsh)" in card(page, complaint).inner_text()
    axe(page, "feedback after correcting")

    # Approve a quote: wording with a name in it is refused, then fixed.
    card(page, praise).get_by_role("link", name=re.compile("Review as a quote")).click()
    expect_title(page, "Review as a quote")
    axe(page, "quote")
    page.get_by_label("Wording of the quote").fill("Priya really listened to us")
    page.get_by_role("button", name="Approve quote").click()
    expect_title(page, "Error: Review as a quote")
    assert "The quote still contains a name" in page.inner_text(".govuk-error-summary")
    axe(page, "quote error")
    screenshot(page, "feedback-quote-error-phone")
    page.get_by_label("Wording of the quote").fill("[name] really listened to us")
    page.get_by_role("button", name="Approve quote").click()
    page.wait_for_url("**/feedback#comment-*")
    assert "Quote approved" in page.content()
    axe(page, "feedback after approving")


    db.expire_all()
    assert db.get(Comment, world.praise.id).quote_text == "[name] really listened to us"
    assert db.get(Comment, world.complaint.id).corrected_sentiment == "mixed"
    actions = set(db.scalars(select(AuditEvent.action)))
    assert {"safeguarding_flag_acknowledged", "feedback_labels_corrected", "quote_approved"} <= actions
