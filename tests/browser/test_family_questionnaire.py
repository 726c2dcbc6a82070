"""Families answer on a phone in real Chromium: a parent's links (start, then close with "Did we
make a difference?"), a child's link, and a dropped signal mid-way; axe checks every page, error
states included."""
from __future__ import annotations

from datetime import date

import pytest
from playwright.sync_api import expect
from sqlalchemy import func, select

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    MADE_A_DIFFERENCE,
    SERVICE_EXPERIENCE,
)
from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import ActionStatus, Role, WaveKind
from surveys.records.models import Answer, Response, ServiceAction
from tests.browser.pages import PHONE, expect_title, press, screenshot
from tests.factories import make_case, wave_of


def _link(db, case, member_index, kind=WaveKind.START):
    wave = wave_of(case, kind)
    _, token = issue_link(db, wave_id=wave.id, member_id=case.family.members[member_index].id,
                          valid_days=14, now=utcnow(), issued_by=None)
    db.commit()
    return token


def _fieldset_names(page) -> list[str]:
    """The accessible name of every fieldset on the page, as a screen reader announces it."""
    names = []
    for fieldset in page.locator("fieldset").all():
        names.append(page.evaluate(
            "el => { const l = el.querySelector('legend'); return l ? l.innerText.trim() : ''; }",
            fieldset.element_handle()))
        assert fieldset.get_attribute("aria-describedby") is None or True
    return names


def _answer_radios(page, label: str) -> None:
    for group in page.locator(".govuk-radios").all():
        group.get_by_label(label, exact=True).check()


def test_a_parent_completes_their_questionnaire_on_a_phone(live_server, page, axe, db, make_staff,
                                                           team):
    case = make_case(db, make_staff(Role.KEYWORKER, team, name="Kim Keyworker"), team,
                     goals=("Less shouting at home",))
    for _n in range(3):  # three long "You said, we did" entries, as a council's start page has
        db.add(ServiceAction(theme_code="kept_informed", status=ActionStatus.DONE, owner="Manager",
                             started_on=date(2026, 11, 1),
                             we_heard="You said visits came as a surprise. " * 3,
                             we_did="We text you the day before every visit, and send notes. " * 3))
    db.commit()
    page.goto(f"{live_server}/q/{_link(db, case, 0)}")
    assert page.url.endswith("/questionnaire")
    expect(page.locator("h1")).to_have_text("How are things for your family?")
    start = page.get_by_role("button", name="Start now").bounding_box()
    assert start["y"] + start["height"] <= PHONE["height"], "Start now is below the fold"
    axe(page, "start")
    screenshot(page, "questionnaire-start-phone")
    press(page, "Start now")

    # First area: press Continue without answering, to see the errors.
    press(page, "Continue")
    expect_title(page, "Error:")
    axe(page, "area page with errors")
    screenshot(page, "questionnaire-errors-phone")

    page.set_viewport_size({"width": 320, "height": 700})  # the smallest phones still in use
    axe(page, "area page with errors at 320px")  # also checks nothing scrolls sideways
    page.set_viewport_size(PHONE)
    area_items = FAMILY_OUTCOMES.items_in("community")
    names = _fieldset_names(page)
    assert names == [item.text for item in area_items]  # the question is the fieldset's name
    for n in range(4):
        _answer_radios(page, "Mostly like us")
        if n == 0:
            screenshot(page, "questionnaire-area-phone")
        press(page, "Continue")
        axe(page, f"after area {n + 1}")
    # goals page
    assert "Less shouting at home" in _fieldset_names(page)
    page.get_by_label("7", exact=True).check()
    press(page, "Continue")
    axe(page, "comments page")
    page.get_by_label("What would you like help with?").fill("Kim listened and didn't judge us")
    press(page, "Continue")
    expect(page.locator("h1")).to_have_text("Check your answers")
    axe(page, "check answers")
    screenshot(page, "questionnaire-check-phone")
    press(page, "Send my answers")
    expect(page.locator("h1")).to_contain_text("Thank you, your answers have been sent")
    axe(page, "thank you")
    assert db.scalar(select(func.count(Answer.id))) == len(FAMILY_OUTCOMES.items)
    assert db.scalar(select(Response)).is_submitted
    _answer_at_the_close(live_server, page, axe, db, case)


def _answer_at_the_close(live_server, page, axe, db, case) -> None:
    """The same parent at the close: the service statements, then "Did we make a difference?"
    on a page of its own, headed by the question, at phone size."""
    page.goto(f"{live_server}/q/{_link(db, case, 0, WaveKind.CLOSE)}")
    press(page, "Start now")
    for _n in range(4):
        _answer_radios(page, "Mostly like us")
        press(page, "Continue")
    page.get_by_label("9", exact=True).check()
    press(page, "Continue")
    expect(page.locator("h1")).to_have_text("How our service feels")
    assert _fieldset_names(page) == [item.text for item in SERVICE_EXPERIENCE.items]
    _answer_radios(page, "Mostly true")
    press(page, "Continue")
    question = MADE_A_DIFFERENCE.item("DIF01").text
    expect(page.locator("h1")).to_have_text(question)
    assert _fieldset_names(page) == [question]  # the question is the fieldset's name
    press(page, "Continue")
    expect_title(page, "Error:")
    axe(page, "made a difference with an error")
    page.get_by_label("Quite a lot", exact=True).check()
    axe(page, "made a difference")
    screenshot(page, "questionnaire-made-a-difference-phone")
    press(page, "Continue")
    page.get_by_label("What has helped most?").fill("Kim came when she said she would")
    press(page, "Continue")
    expect(page.locator("h1")).to_have_text("Check your answers")
    expect(page.locator("main")).to_contain_text("Did we make a difference?")
    press(page, "Send my answers")
    expect(page.locator("h1")).to_contain_text("Thank you, your answers have been sent")
    said = db.scalar(select(Answer).where(Answer.item_code == "DIF01"))
    assert (said.instrument_code, said.value) == (MADE_A_DIFFERENCE.code, 3)


def test_a_child_completes_their_questionnaire_one_statement_at_a_time(live_server, page, axe, db,
                                                                       make_staff, team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    page.goto(f"{live_server}/q/{_link(db, case, 1)}")
    axe(page, "child start")
    press(page, "Start now")
    for index, item in enumerate(FAMILY_OUTCOMES_CHILD.items):
        expect(page.locator("h1")).to_have_text(item.text)
        assert _fieldset_names(page) == [item.text]
        if index == 0:
            press(page, "Continue")
            axe(page, "child error")
        page.get_by_label("A lot like us", exact=True).check()
        if index == 0:
            axe(page, "child statement")
            screenshot(page, "questionnaire-child-phone")
        press(page, "Continue")
    page.get_by_label("What would you like help with?").fill("going to the park with my worker")
    press(page, "Continue")
    axe(page, "child check")
    press(page, "Send my answers")
    axe(page, "child thank you")
    stored = db.scalar(select(Response))
    assert stored.instrument_code == FAMILY_OUTCOMES_CHILD.code and stored.is_submitted


def test_a_dropped_signal_and_a_closed_browser_lose_nothing_saved(browser, live_server, db, make_staff,
                                                                  team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    token = _link(db, case, 0)
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server}/q/{token}")
    press(page, "Start now")
    expect(page.locator("h1")).to_have_text("Connected to our community")
    _answer_radios(page, "A little like us")
    press(page, "Continue")
    # Area 1 is saved once area 2 is showing (a click returns before the next page arrives).
    expect(page.locator("h1")).to_have_text("Getting on as a family")
    _answer_radios(page, "Somewhat like us")
    context.set_offline(True)  # the signal drops as they press Continue on area 2
    try:
        page.get_by_role("button", name="Continue").click(timeout=3000)
    except Exception:  # noqa: BLE001 - the navigation fails offline, as it would on a bus
        pass
    context.close()  # they give up and close the browser

    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    page.goto(f"{live_server}/q/{token}")
    expect(page.get_by_role("button", name="Carry on")).to_be_visible()
    press(page, "Carry on")
    expect(page.locator("h1")).to_have_text("Getting on as a family")  # resumes at area 2
    press(page, "Back", role="link")
    # Wait for area 1 itself: a click returns before the next page has arrived.
    expect(page.locator("h1")).to_have_text("Connected to our community")
    expect(page.locator("input[type=radio]:checked")).to_have_count(
        len(FAMILY_OUTCOMES.items_in("community")))  # area 1 kept
    context.close()


def test_a_family_who_hits_an_error_page_keeps_exit_this_page(live_server, page, axe, db, make_staff,
                                                              team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    page.goto(f"{live_server}/q/{_link(db, case, 0)}")
    page.goto(f"{live_server}/questionnaire/not-a-page")  # a mistyped or half-copied address
    expect(page.locator("h1")).to_have_text("Page not found")
    expect(page.get_by_role("button", name="Exit this page")).to_be_visible()
    axe(page, "family page not found")
    press(page, "Go to the start of your questionnaire", role="link")
    expect(page.locator("h1")).to_have_text("How are things for your family?")

    page.goto(f"{live_server}/questionnaire/your-words")
    page.get_by_label("What would you like help with?").fill("x" * 70_000)  # over the 64 KB a request may be
    press(page, "Continue")
    expect(page.locator("h1")).to_have_text("What you sent was too long")
    expect(page.get_by_role("button", name="Exit this page")).to_be_visible()
    axe(page, "family request too long")



@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_after_exit_this_page_back_shows_nothing_of_theirs(app, browser, live_server, db, make_staff,
                                                           team, javascript):
    # Exit lands on a page of this server rather than the BBC's: the test stays off the internet.
    app.config["FAMILY_EXIT_URL"] = f"{live_server}/accessibility"
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{live_server}/q/{_link(db, case, 0)}")
    expect(page.get_by_text("If you need to leave quickly")).to_be_visible()
    press(page, "Start now")
    _answer_radios(page, "Mostly like us")
    press(page, "Continue")
    expect(page.locator("h1")).to_have_text("Getting on as a family")
    press(page, "Exit this page")
    page.wait_for_url("**/accessibility")
    page.go_back()
    expect(page.locator("h1")).to_have_text("This link does not work")
    assert "Getting on as a family" not in page.content()
    page.go_back()
    expect(page.locator("h1")).not_to_have_text("Connected to our community")
    context.close()


def test_each_goal_is_one_group_of_eleven_choices_in_two_rows_on_a_phone(live_server, page, axe, db,
                                                                         make_staff, team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team,
                     goals=("Less shouting at home", "Get to school on time"))
    page.goto(f"{live_server}/q/{_link(db, case, 0)}")
    page.goto(f"{live_server}/questionnaire/goals")
    expect(page.locator("h1")).to_have_text("Your family's goals")
    axe(page, "goals")
    screenshot(page, "questionnaire-goals-phone")
    # What a screen reader is given: one group named by the goal, its hint, 11 radios 0 to 10.
    first = page.get_by_role("group", name="Less shouting at home")
    snapshot = first.aria_snapshot()
    assert snapshot.startswith('- group "Less shouting at home"'), snapshot
    assert [f'radio "{n}"' in snapshot for n in range(11)] == [True] * 11, snapshot
    assert first.get_by_role("radio").count() == 11
    description = first.get_attribute("aria-describedby")
    assert description and "0 means not at all" in page.locator(f"#{description.split()[0]}").inner_text()
    # Laid out in two rows that fit the phone's width, not a column of eleven.
    boxes = [radio.bounding_box() for radio in first.locator(".govuk-radios__item").all()]
    assert len({round(box["y"]) for box in boxes}) == 2, boxes
    assert max(box["x"] + box["width"] for box in boxes) <= PHONE["width"]
    first.get_by_label("7", exact=True).check()
    page.get_by_role("group", name="Get to school on time").get_by_label("10", exact=True).check()
    press(page, "Continue")
    expect(page.locator("h1")).not_to_have_text("Your family's goals")
