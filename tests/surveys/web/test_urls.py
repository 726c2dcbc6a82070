"""Ids in URLs the database cannot hold are a plain 404, never a 500 from the driver."""
from __future__ import annotations

import re

import pytest
from flask import request

from surveys.records.enums import Role
from surveys.web.urls import MAX_ID, positive_id
from tests.helpers import sign_in

# Past PostgreSQL's `integer`, past SQLite's 64-bit INTEGER, and past both by far.
TOO_BIG = ("2147483648", "9223372036854775808", "99999999999999999999")


def _urls_with(app, number: str) -> list[tuple[str, str]]:
    """(method, URL) for every route with an int argument, that argument set to number and any
    other argument to a value its converter accepts."""
    found = []
    for rule in app.url_map.iter_rules():
        if "<int:" not in rule.rule:
            continue

        def fill(match: re.Match) -> str:
            converter, args = match.group(1), match.group(2)
            if converter == "int":
                return number
            if converter == "any":
                return args.split(",")[0].strip()
            return "x"

        url = re.sub(r"<(?:(\w+)(?:\(([^)]*)\))?:)?\w+>", fill, rule.rule)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            found.append((method, url))
    return found


def test_every_route_with_an_id_has_one(app):
    """The walk below covers the routes the probe found (17 of them at the time)."""
    assert len({url for _, url in _urls_with(app, "1")}) >= 17


def test_ids_too_big_for_the_database_are_not_found_for_every_role(app, make_staff, team):
    """Every route with an id, every method, signed out and as each role: 404, never a 500."""
    people = [None, make_staff(Role.KEYWORKER, team), make_staff(Role.TEAM_MANAGER, team),
              make_staff(Role.COMMISSIONER), make_staff(Role.ADMIN)]
    routes = [route for number in TOO_BIG for route in _urls_with(app, number)]
    for person in people:
        with app.test_client() as client:
            if person is not None:
                sign_in(client, person)
            for method, url in routes:
                try:
                    status = client.open(url, method=method).status_code
                except Exception as error:  # the test client re-raises what a view raised
                    pytest.fail(f"{method} {url} as {person and person.role}: {error!r}")
                assert status in (302, 404, 405), (method, url, person and person.role, status)


def test_the_largest_id_the_database_holds_is_still_looked_up(client, make_staff, team):
    """The bound is the column's: the largest integer id matches the route, and is not found."""
    sign_in(client, make_staff(Role.TEAM_MANAGER, team))
    assert client.get(f"/cases/{MAX_ID}").status_code == 404
    assert client.get("/cases/0").status_code == 404


@pytest.mark.parametrize(("value", "expected"), [
    ("1", 1), (str(MAX_ID), MAX_ID), ("0", None), (str(MAX_ID + 1), None),
    ("99999999999999999999", None), ("-3", None), ("²", None), ("", None), ("1e3", None)])
def test_query_string_ids_are_bounded_too(app, value, expected):
    """request.args.get(..., type=positive_id) falls back to the default outside 1..MAX_ID."""
    with app.test_request_context("/", query_string={"page": value}):
        assert request.args.get("page", type=positive_id) == expected
