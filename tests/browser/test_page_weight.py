"""Page weight on a phone: a family opening their link on a cold cache downloads at most 40 KB,
and each later page at most 10 KB (stylesheet and script already cached, never asked for again),
with JavaScript on and off. Bytes are what Chromium received over the network (headers and
compressed bodies, redirects included), read from its DevTools protocol."""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from tests.browser.pages import PHONE, press
from tests.factories import make_case, wave_of

FIRST_PAGE_BUDGET = 40_000
LATER_PAGE_BUDGET = 10_000


class NetworkMeter:
    """Counts bytes received and the requests that went to the server, per page, through the
    DevTools protocol. A file the browser took from its own cache received no bytes."""

    def __init__(self, context, page) -> None:
        self.bytes = 0
        self.requests: list[str] = []
        self._urls: dict[str, str] = {}
        cdp = context.new_cdp_session(page)
        cdp.on("Network.requestWillBeSent", self._sent)
        cdp.on("Network.loadingFinished", self._finished)
        cdp.send("Network.enable")

    def _sent(self, event) -> None:
        redirect = event.get("redirectResponse")
        if redirect:  # the redirect's own bytes (a 302 after each Continue)
            self.bytes += int(redirect.get("encodedDataLength", 0))
            self.requests.append(redirect["url"])
        self._urls[event["requestId"]] = event["request"]["url"]

    def _finished(self, event) -> None:
        received = int(event["encodedDataLength"])
        self.bytes += received
        if received:
            self.requests.append(self._urls.get(event["requestId"], "?"))

    def take(self) -> tuple[int, list[str]]:
        """The bytes and requests since the last call."""
        taken = self.bytes, self.requests
        self.bytes, self.requests = 0, []
        return taken


def _open_questionnaire(db, make_staff, team) -> str:
    case = make_case(db, make_staff(Role.KEYWORKER, team), team, goals=("Less shouting at home",))
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                          member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                          issued_by=None)
    db.commit()
    return token


def _answer_page(page) -> None:
    for group in page.locator(".govuk-radios").all():
        group.locator("input[type=radio]").first.check()


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_a_family_downloads_40kb_first_and_10kb_a_page_after(browser, live_server, db, make_staff, team,
                                                            javascript):
    token = _open_questionnaire(db, make_staff, team)
    context = browser.new_context(viewport=PHONE, java_script_enabled=javascript)
    page = context.new_page()
    meter = NetworkMeter(context, page)
    page.goto(f"{live_server}/q/{token}")
    page.wait_for_load_state("load")
    first, requests = meter.take()
    print(f"\nfirst page ({'with' if javascript else 'without'} JavaScript): {first} bytes, "
          f"{len(requests)} requests")
    assert first <= FIRST_PAGE_BUDGET, f"first page {first} bytes: {requests}"

    weights, asked_again = {}, {}
    press(page, "Start now")
    while True:
        page.wait_for_load_state("load")
        title = page.locator("h1").inner_text()
        weights[title], requests = meter.take()
        asked_again[title] = [url for url in requests if "/static/" in url]
        if title.startswith("Thank you"):
            break
        if title == "Check your answers":
            press(page, "Send my answers")
            continue
        _answer_page(page)
        press(page, "Continue")
    expect(page.locator("h1")).to_contain_text("Thank you")
    for title, size in weights.items():
        print(f"  {title}: {size} bytes")
    assert not any(asked_again.values()), f"cached files asked for again: {asked_again}"
    heavy = {title: size for title, size in weights.items() if size > LATER_PAGE_BUDGET}
    assert not heavy, f"pages over {LATER_PAGE_BUDGET} bytes: {heavy}"
    context.close()
