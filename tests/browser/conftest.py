"""Browser fixtures: the real app served on loopback, driven by Debian's Chromium at phone size,
with axe checking every page visited. Every test that drives Chromium lives in this folder and
uses these fixtures: one `browser` per test process, a `context` and `page` per test."""
from __future__ import annotations

import os
import threading

import pytest
from werkzeug.serving import make_server

from tests.browser.pages import CHROMIUM, PHONE, AxeChecker

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items):
    """Everything under tests/browser drives Chromium."""
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    """One headless Chromium per test process (Playwright's sync API allows one per thread);
    tests skip when it is not installed."""
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian chromium is not installed (make test installs it when run as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        yield browser
        browser.close()


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
def context(browser):
    """A fresh browser profile at phone size."""
    context = browser.new_context(viewport=PHONE, device_scale_factor=1)
    yield context
    context.close()


@pytest.fixture
def page(context):
    """A browser tab that fails the test on any script error."""
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    yield page
    assert not errors, f"script errors: {errors}"


@pytest.fixture
def axe():
    """Call axe(page) after each navigation to check the page."""
    return AxeChecker()
