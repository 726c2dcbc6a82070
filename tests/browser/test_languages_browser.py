"""Families switch language on a phone in real Chromium: Welsh (complete), Urdu (right to left,
mirrored), and the switch working with JavaScript off; axe checks every page."""
from __future__ import annotations

from playwright.sync_api import expect

from surveys.questionnaire.catalogues import read_catalogue
from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from tests.browser.pages import PHONE, expect_title, press, screenshot
from tests.factories import make_case, wave_of


def _open_link(page, live_server, db, make_staff, team) -> None:
    case = make_case(db, make_staff(Role.KEYWORKER, team), team, goals=("Less shouting at home",))
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                          member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                          issued_by=None)
    db.commit()
    page.goto(f"{live_server}/q/{token}")
    expect(page.locator("h1")).to_have_text("How are things for your family?")


def test_a_parent_switches_to_welsh_and_answers_in_it(live_server, page, axe, db, make_staff, team):
    _open_link(page, live_server, db, make_staff, team)
    axe(page, "start, English, with the switch")
    press(page, "Cymraeg", role="link")
    expect(page.locator("h1")).to_have_text("Sut mae pethau i’ch teulu?")
    assert page.locator("html").get_attribute("lang") == "cy"
    axe(page, "start, Welsh")
    press(page, "Dechrau nawr")
    press(page, "Parhau")  # nothing chosen: the errors, in Welsh
    expect_title(page, "Gwall:")
    expect(page.locator(".govuk-error-summary__title")).to_have_text("Mae problem wedi codi")
    axe(page, "area page with errors, Welsh")
    for group in page.locator(".govuk-radios").all():
        group.get_by_label("Gan amlaf fel ni", exact=True).check()
    press(page, "Parhau")
    expect(page.locator("h1")).to_have_text("Cyd-dynnu fel teulu")
    screenshot(page, "languages-welsh-area-phone")
    # Back to the first page in English: the saved answers are still chosen.
    press(page, "Yn ôl", role="link")
    press(page, "English", role="link")
    expect(page.locator("h1")).to_have_text("Connected to our community")
    assert page.get_by_label("Mostly like us").first.is_checked()


def test_urdu_pages_are_right_to_left_and_mirrored(live_server, page, axe, db, make_staff, team):
    _open_link(page, live_server, db, make_staff, team)
    press(page, "اردو", role="link")
    html = page.locator("html")
    assert (html.get_attribute("lang"), html.get_attribute("dir")) == ("ur", "rtl")
    axe(page, "start, Urdu")
    screenshot(page, "languages-urdu-start-phone")
    press(page, "ابھی شروع کریں")
    urdu = read_catalogue("ur")
    expect(page.locator("h1")).to_have_text(urdu["Connected to our community"].string)
    axe(page, "area page, Urdu")
    # Mirrored: the heading starts at the right, and each radio sits to the right of its words.
    heading = page.locator("h1").bounding_box()
    assert PHONE["width"] - (heading["x"] + heading["width"]) < 40
    item = page.locator(".govuk-radios__item").first
    ring = item.evaluate("el => el.querySelector('label').getBoundingClientRect().right")
    words = item.locator("label").evaluate(
        "el => { const r = document.createRange(); r.selectNodeContents(el); "
        "return r.getBoundingClientRect().right; }")
    radio = item.locator("input").bounding_box()
    assert radio["x"] > words - 5 or radio["x"] + radio["width"] >= ring - 1
    item.locator("label").click()
    assert item.locator("input").is_checked()  # the mirrored touch target still works
    screenshot(page, "languages-urdu-area-phone")
    press(page, urdu["Continue"].string)
    expect_title(page, urdu["Error:"].string)
    axe(page, "area page with errors, Urdu")
    screenshot(page, "languages-urdu-errors-phone")


def test_the_switch_works_without_javascript(live_server, browser, db, make_staff, team):
    """A plain link: no script needed. (axe is a script, so it cannot run here; the same pages
    are checked with scripts on above.)"""
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        _open_link(page, live_server, db, make_staff, team)
        press(page, "Cymraeg", role="link")
        expect(page.locator("h1")).to_have_text("Sut mae pethau i’ch teulu?")
        assert page.locator("html").get_attribute("lang") == "cy"
        assert "js-enabled" not in (page.locator("body").get_attribute("class") or "")
    finally:
        context.close()
