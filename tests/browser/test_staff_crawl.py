"""An administrator, a team manager and a keyworker on a phone, in the demo council: every page they
can reach from their menus passes axe (WCAG 2.2 AA) without scrolling sideways, and so do forms'
error states. An administrator never sees a family."""
from __future__ import annotations

import re
from datetime import date

import pytest
from playwright.sync_api import expect
from sqlalchemy import select

from surveys.demo.council import DEMO_PASSWORD, build_demo_council
from surveys.records.models import Family
from tests.browser.pages import complete_second_step, crawl, expect_title, page_shape, screenshot

SKIP = ("/sign-out", "/pdf", ".pdf", ".csv", "/csv", "/static/", "subject-access")


def _crawl(page, axe, base: str, start: str) -> tuple[set[str], dict[str, str]]:
    """Every page reachable from start, two of each shape, up to 40; and each one's text."""
    texts: dict[str, str] = {}
    seen = crawl(page, axe, base, [start], skip=SKIP, max_pages=40, per_shape=2,
                 check=texts.__setitem__)
    return seen, texts


def _sign_in(page, app, base: str, email: str, axe) -> None:
    page.goto(base + "/sign-in")
    page.get_by_label("Email address").fill(email)
    page.get_by_label("Password", exact=True).fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    complete_second_step(page, app.extensions["fv_engine"], email, axe=axe)


@pytest.fixture
def demo(db):
    build_demo_council(db, families=24, seed=5, today=date.today())
    db.commit()
    return db


def test_every_page_an_administrator_reaches_is_accessible_and_shows_no_family(
        live_server, page, axe, app, demo):
    _sign_in(page, app, live_server, "admin@avonbridge.example", axe)
    page.wait_for_url("**/admin/users")
    screenshot(page, "admin-users-phone")
    seen, texts_by_path = _crawl(page, axe, live_server, "/admin/users")
    text = "\n".join(texts_by_path.values())
    assert {"/admin/users", "/admin/settings", "/admin/audit", "/account"} <= seen
    assert any(page_shape(p) == "/admin/users/N" for p in seen)
    # No family name anywhere; a family's pseudonymous reference only in the audit log, which
    # says which case each event was about ('Kim Keyworker viewed case FV-6CNCV8').
    names = set(demo.scalars(select(Family.family_name)))
    assert not {name for name in names if re.search(rf"\b{re.escape(name)} family\b", text)}
    references = set(demo.scalars(select(Family.reference)))
    outside_audit = "\n".join(t for p, t in texts_by_path.items() if not p.startswith("/admin/audit"))
    assert not references & set(re.findall(r"FV-[A-Z0-9-]+", outside_audit))

    # error states: an empty new account, and settings out of range
    page.goto(live_server + "/admin/users/new")
    page.get_by_role("button", name=re.compile("Save|Add|Create")).click()
    expect_title(page, "Error:")
    axe(page, "new account, errors")
    # the audit log, now holding this administrator's own events, read as sentences
    page.goto(live_server + "/admin/audit")
    region = page.get_by_role("region", name="Audit events, scrollable")
    page.keyboard.press("Tab")
    for _ in range(40):  # tab through the page until the table's region has focus
        if region.evaluate("el => el === document.activeElement"):
            break
        page.keyboard.press("Tab")
    assert region.evaluate("el => el === document.activeElement")
    expect(region).to_contain_text("signed in")
    assert "None" not in region.inner_text()
    screenshot(page, "admin-audit-phone")
    page.goto(live_server + "/admin/settings")
    with page.expect_navigation():  # check the page saving leads to, not the one left
        page.get_by_role("button", name=re.compile("Save")).click()
    axe(page, "settings after saving")


def test_every_page_a_team_manager_reaches_is_accessible(live_server, page, axe, app, demo):
    _sign_in(page, app, live_server, "manager@avonbridge.example", axe)
    page.wait_for_url("**/dashboard")
    seen, texts = _crawl(page, axe, live_server, "/dashboard")
    assert {"/dashboard", "/team", "/reports/actions", "/account"} <= seen
    assert "Your team's last 12 months" in texts["/team"]
    page.goto(live_server + "/team#last-12-months")
    screenshot(page, "manager-team-phone")
    assert any(page_shape(p) == "/cases/N" for p in seen) and len(seen) >= 12

    page.goto(live_server + "/reports/actions/new")
    page.get_by_role("button", name=re.compile("Save")).click()
    expect_title(page, "Error:")
    axe(page, "new action, errors")
    screenshot(page, "manager-new-action-errors-phone")


def test_every_page_a_keyworker_reaches_is_accessible(live_server, page, axe, app, demo):
    _sign_in(page, app, live_server, "keyworker@avonbridge.example", axe)
    page.wait_for_url("**/dashboard")
    seen, _ = _crawl(page, axe, live_server, "/dashboard")
    assert {"/dashboard", "/caseload", "/feedback", "/account"} <= seen
    assert {"/cases/N", "/cases/N/journey"} <= {page_shape(p) for p in seen}
