"""Helpers tests call (not fixtures): the test password and authenticator key, a client that
checks every page it fetches, and signing in through the real forms."""
from __future__ import annotations

import re
from collections import Counter
from datetime import UTC, datetime
from html.parser import HTMLParser
from urllib.parse import urlencode

from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from surveys.records.staff import StaffUser
from surveys.staff import access
from surveys.staff.two_factor import code_for_step, step_at
from wsgi import create_app

PASSWORD = "correct horse battery"
# Every test member of staff has two-factor sign-in set up with this authenticator key.
TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


class _PageChecker(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: Counter[str] = Counter()
        self.h1 = 0
        self.in_title = False
        self.title = ""

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" and value:
                self.ids[value] += 1
        if tag == "h1":
            self.h1 += 1
        if tag == "title":
            self.in_title = True

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title += data


def check_page(html: str) -> _PageChecker:
    """Every page: a meaningful title, exactly one <h1>, a language offered (right to left for
    Urdu), no duplicate ids."""
    checker = _PageChecker()
    checker.feed(html)
    assert re.search(r'<html lang="(en-GB|cy|ur" dir="rtl)"', html)
    assert checker.h1 == 1, f"expected one <h1>, found {checker.h1}"
    assert checker.title.strip() and "GOV.UK" not in checker.title
    duplicates = [i for i, n in checker.ids.items() if n > 1]
    assert not duplicates, f"duplicate ids: {duplicates}"
    return checker


class CheckingClient(FlaskClient):
    """A test client that checks every HTML page it receives (as Notify's admin tests do)."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and response.status_code != 302 and response.data:
            check_page(response.get_data(as_text=True))
        return response



def csrf_token(client, url: str) -> str:
    """The CSRF token from the form on a page, as a browser would send it back."""
    html = client.get(url).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or re.search(
        r'type="hidden" name="csrf_token" value="([^"]+)"', html) or re.search(
        r'name="csrf_token" value="([^"]+)"', html)
    assert match, f"no CSRF token on {url}"
    return match.group(1)


def submit(client, url: str, data: dict, *, follow_redirects: bool = False):
    """Fetch a form page and post data to it with its CSRF token."""
    return client.post(url, data={"csrf_token": csrf_token(client, url), **data},
                       follow_redirects=follow_redirects)


def next_code(engine, email: str, secret: str | None = None) -> str:
    """The code a person's authenticator app shows now (their own key, unless another is given).
    Codes work once, so a test signing the same person in twice within 30 seconds would have to
    wait for the clock; instead the step they last used is forgotten, as if the next 30-second
    window had come."""
    with Session(bind=engine) as session:
        user = session.scalars(select(StaffUser).where(StaffUser.email == email)).one()
        stored = user.totp_secret
        if user.totp_last_step is not None:
            user.totp_last_step = None
            session.commit()
    return code_for_step(secret or stored, step_at(datetime.now(UTC)))


def sign_in(client, user: StaffUser, password: str = PASSWORD, *, next_url: str | None = None):
    """Sign a member of staff in through the real forms: password, then the code from their app.
    Returns the last response (a redirect to where they land, when both steps pass)."""
    url = "/sign-in" + (f"?{urlencode({'next': next_url})}" if next_url is not None else "")
    response = submit(client, url, {"email": user.email, "password": password})
    engine = client.application.extensions["fv_engine"]
    location = response.headers.get("Location", "") if response.status_code == 302 else ""
    if location.endswith("/sign-in/code"):
        response = submit(client, "/sign-in/code", {"code": next_code(engine, user.email)})
    elif location.endswith("/sign-in/set-up-app"):
        # First sign-in: the set-up page makes the key; the test reads it as an app would scan it.
        token = csrf_token(client, "/sign-in/set-up-app")
        response = client.post("/sign-in/set-up-app", data={
            "csrf_token": token, "code": next_code(engine, user.email)})
    return response


def declared_access_rules() -> dict:
    """Every endpoint's access rule as an app built by create_app declares them, for tests that
    parametrise over routes at collection (the app is on an in-memory database, never opened)."""
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite://", "SECRET_KEY": "collection"})
    try:
        return dict(access.rules(app))
    finally:
        app.extensions["fv_engine"].dispose()
