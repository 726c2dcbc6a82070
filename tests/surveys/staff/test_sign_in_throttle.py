"""The sign-in throttle holds under parallel guessing: each attempt is counted (committed) before
its password is checked, so 40 wrong passwords sent at once get at most 10 checks, on SQLite
(a file, shared by every thread) and on PostgreSQL alike."""
from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from surveys.records.enums import Role
from surveys.staff import auth
from surveys.staff.auth import SIGN_IN_ERROR, THROTTLED_ERROR
from surveys.staff.sessions import THROTTLE_FAILURES
from tests.helpers import csrf_token, sign_in

PARALLEL = 40


def _count_password_checks(monkeypatch) -> list[int]:
    """Count every password the sign-in page actually checks; returns the running count."""
    checks = [0]
    lock = threading.Lock()
    check = auth.verify_password

    def counting(password_hash, password):
        with lock:
            checks[0] += 1
        return check(password_hash, password)

    monkeypatch.setattr(auth, "verify_password", counting)
    return checks


def _send_at_once(app, email: str, password: str, how_many: int) -> list[str]:
    """Post the sign-in form from `how_many` browsers at the same moment; each page's text."""
    browsers = [app.test_client() for _ in range(how_many)]
    tokens = [csrf_token(browser, "/sign-in") for browser in browsers]
    start = threading.Barrier(how_many)

    def attempt(i: int) -> str:
        start.wait()
        response = browsers[i].post("/sign-in", data={
            "csrf_token": tokens[i], "email": email, "password": password})
        assert response.status_code == 400
        return response.get_data(as_text=True)

    with ThreadPoolExecutor(how_many) as pool:
        return list(pool.map(attempt, range(how_many)))


def test_parallel_wrong_passwords_get_at_most_ten_checks(app, make_staff, team, monkeypatch):
    user = make_staff(Role.KEYWORKER, team)
    checks = _count_password_checks(monkeypatch)
    pages = _send_at_once(app, user.email, "wrong password!", PARALLEL)
    wrong = sum(SIGN_IN_ERROR in page for page in pages)
    throttled = sum(THROTTLED_ERROR.split(".")[0] in page for page in pages)
    assert checks[0] <= THROTTLE_FAILURES, f"{checks[0]} of {PARALLEL} passwords were checked"
    assert wrong <= THROTTLE_FAILURES and wrong + throttled == PARALLEL
    # A burst may be refused before ten are checked: every attempt counts the others in flight,
    # and a refused one no longer counts. Only checked passwords are failures: one browser may
    # try the rest of the ten, and then even the right password is refused, without a check.
    for _ in range(THROTTLE_FAILURES - checks[0]):
        response = sign_in(app.test_client(), user, password="wrong password!")
        assert SIGN_IN_ERROR in response.get_data(as_text=True)
    assert checks[0] == THROTTLE_FAILURES
    before = checks[0]
    response = sign_in(app.test_client(), user)
    assert response.status_code == 400
    assert THROTTLED_ERROR.split(".")[0] in response.get_data(as_text=True)
    assert checks[0] == before


def test_one_browser_still_gets_ten_tries_before_the_lock(client, make_staff, team, monkeypatch):
    user = make_staff(Role.KEYWORKER, team)
    checks = _count_password_checks(monkeypatch)
    for _ in range(THROTTLE_FAILURES):
        response = sign_in(client, user, password="wrong password!")
        assert SIGN_IN_ERROR in response.get_data(as_text=True)
    assert checks[0] == THROTTLE_FAILURES
    response = sign_in(client, user)
    assert THROTTLED_ERROR.split(".")[0] in response.get_data(as_text=True)
    assert checks[0] == THROTTLE_FAILURES


def test_a_right_password_is_not_counted_as_a_failure(client, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    for _ in range(THROTTLE_FAILURES - 1):
        sign_in(client, user, password="wrong password!")
    assert sign_in(client, user).status_code == 302  # the ninth failure, then in
    client.post("/sign-out", data={"csrf_token": csrf_token(client, "/account")})
    assert sign_in(client, user, password="wrong password!").status_code == 400  # the tenth
    response = sign_in(client, user)
    assert THROTTLED_ERROR.split(".")[0] in response.get_data(as_text=True)
