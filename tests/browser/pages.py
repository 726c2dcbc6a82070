"""Helpers browser tests call (not fixtures): where Chromium is, the phone viewport, axe,
screenshots, pressing and waiting for the next page, the second sign-in step, and crawling."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from urllib.parse import urldefrag, urlparse

from tests.helpers import next_code

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 390, "height": 844}
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


class AxeChecker:
    """Runs axe on a page and remembers every page it checked."""

    def __init__(self) -> None:
        from axe_playwright_python.sync_playwright import Axe

        self.axe = Axe()
        self.checked: list[str] = []

    def __call__(self, page, label: str | None = None) -> None:
        """Assert axe finds no WCAG 2.2 AA violations on the page as it is now."""
        # A click returns once the next page starts arriving: check it whole, not half-parsed.
        page.wait_for_load_state("load")
        results = self.axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
        violations = results.response["violations"]
        self.checked.append(label or page.url)
        report = "\n".join(f"{v['id']}: {v['help']} ({len(v['nodes'])} nodes) "
                           f"{[n['target'] for n in v['nodes']][:3]}" for v in violations)
        assert not violations, f"axe violations on {label or page.url}:\n{report}"
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= page.viewport_size["width"], \
            f"{label or page.url} scrolls sideways ({scroll_width}px)"


def screenshot(page, name: str) -> Path:
    """Keep a screenshot in test-artifacts/ to look at."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def press(page, name: str, role: str = "button") -> None:
    """Press a button (or follow a link) that loads the next page, and wait until that page has
    loaded: Playwright's click returns before the next page arrives, and reading the page at
    once can see the one being left."""
    with page.expect_navigation():
        page.get_by_role(role, name=name).click()


def expect_title(page, prefix: str) -> None:
    """Wait (up to Playwright's 5 s) for the page's title to start with prefix: a click returns
    before the next page's <title> has arrived, so reading page.title() at once can see ''."""
    from playwright.sync_api import expect

    expect(page).to_have_title(re.compile("^" + re.escape(prefix)))


def complete_second_step(page, engine, email: str, axe=None) -> None:
    """After a right password on the sign-in form: type the code the person's authenticator app
    (their own key) shows now, or the next unused one, on "Enter your security code", and
    continue. `engine` is the app's, app.extensions["fv_engine"]; pass `axe` to check the code
    page on the way."""
    page.wait_for_url("**/sign-in/code")
    if axe is not None:
        axe(page, "security code")
    page.get_by_label("Security code").fill(next_code(engine, email))
    page.get_by_role("button", name="Continue").click()


def page_shape(path: str) -> str:
    """A path with its ids as N: /cases/12/journey is /cases/N/journey."""
    return re.sub(r"\d+", "N", path.split("?")[0])


def crawl(page, axe, base: str, start: list[str], *, skip: tuple[str, ...], max_pages: int,
          per_shape: int | None = None, check=None) -> set[str]:
    """Visit the same-site pages reachable by links from start, breadth first: each answers 200
    and passes axe, and check(path, text) when given. Links whose path holds any of skip are not
    followed; per_shape caps pages of one shape (two cases are enough). Returns the paths seen."""
    queue, seen, shapes = list(start), set(), Counter()
    while queue and len(seen) < max_pages:
        path = queue.pop(0)
        if path in seen or (per_shape is not None and shapes[page_shape(path)] >= per_shape):
            continue
        seen.add(path)
        shapes[page_shape(path)] += 1
        # A quarterly report's first request works out eight quarters' protected trends (issue 16:
        # over 30 s of CPU on a loaded two-core machine): wait up to five minutes.
        response = page.goto(base + path, timeout=300_000 if path.startswith("/reports/") else 30_000)
        assert response.status == 200, path
        axe(page, path)
        if check is not None:
            check(path, page.inner_text("body"))
        for href in page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)"):
            url = urldefrag(href).url
            parsed = urlparse(url)
            if not url.startswith(base) or any(s in parsed.path for s in skip):
                continue
            target = parsed.path + (f"?{parsed.query}" if parsed.query else "")
            if target not in seen:
                queue.append(target)
    return seen
