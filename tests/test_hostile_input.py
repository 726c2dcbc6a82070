"""Hostile input (issue 8 part 3): whatever is typed into any form or query string, on any route,
for anyone who may use it, the app never fails (no 5xx), never runs it in a page, never stores NUL,
never lets a spreadsheet read it as a formula and never lets a PDF fetch anything."""
from __future__ import annotations

import csv
import io
import re
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlencode

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import select

from feedback.csv_safety import FORMULA_TRIGGERS
from surveys.questionnaire.views import EXIT_DESTINATION
from surveys.records.db import Base
from surveys.records.enums import ActionStatus, Role, WaveKind
from surveys.records.models import Case, Comment, CouncilSettings, Goal, ServiceAction
from surveys.web.config import MAX_BODY_BYTES
from surveys.web.text import has_control_characters
from tests.factories import add_response, all_items, make_case, wave_of
from tests.helpers import declared_access_rules, sign_in
from tests.hostile.forms import any_csrf_token, form_for, forms_on
from tests.hostile.payloads import (
    FORMULA,
    REDIRECTS,
    SCRIPT,
    executable_markup,
    field_values,
)
from tests.hostile.world import actors, build_world, sample_url

# Parametrised at collection, before any test's app exists: the rules as create_app declares them.
ACCESS = declared_access_rules()
ENDPOINTS = sorted(endpoint for endpoint in ACCESS if endpoint != "static")
EXAMPLES = 4  # per route; every example is sent as each person who may use the route

# Hypothesis runs inside each test (not over fixtures), with a fixed order of examples for CI.
SWEEP = settings(max_examples=EXAMPLES, derandomize=True, deadline=None, database=None)

# A page where each person holds a CSRF token, for the routes that have no form page of their own.
TOKEN_PAGE = {"anonymous": "/sign-in", "family": "/questionnaire"}


@pytest.fixture
def world(app, db, make_staff, team):
    """Everything a route can point at, and a client for everyone."""
    return build_world(app, db, make_staff, team)


def test_the_sweep_covers_every_route(app):
    endpoints = {rule.endpoint for rule in app.url_map.iter_rules()} - {"static"}
    assert endpoints == set(ENDPOINTS)


def _check(response, what: str, *, sent_bytes: int = 0) -> None:
    """No failure, nothing runnable in the page and redirects stay on this site."""
    assert response.status_code < 500, f"{what}: {response.status_code}"
    if sent_bytes > MAX_BODY_BYTES:
        assert response.status_code == 413, f"{what}: {sent_bytes} bytes gave {response.status_code}"
    if response.mimetype == "text/html":
        problems = executable_markup(response.get_data(as_text=True))
        assert not problems, f"{what}: {problems}"
    location = response.headers.get("Location", "")
    if location and location != EXIT_DESTINATION:  # "Exit this page" leaves on purpose, to one fixed site
        compact = "".join(location.split())
        assert compact.startswith("/") and not compact.startswith(("//", "/\\")), \
            f"{what}: redirect to {location!r}"


def _stored_strings(db):
    """Every text value in every table, with where it is."""
    for table in Base.metadata.sorted_tables:
        for row in db.execute(select(table)).mappings():
            for column, value in row.items():
                for text in _texts(value):
                    yield f"{table.name}.{column}", text


def _texts(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _texts(k)
            yield from _texts(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _texts(v)


BLUEPRINTS = sorted({endpoint.split(".")[0] for endpoint in ENDPOINTS})


def _sweep_route(app, world, endpoint: str) -> None:
    """Send hostile query strings and forms to one route as everyone who may use it."""
    rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
    url = sample_url(rule, world.ids)
    people = actors(ACCESS[endpoint])
    get_fields, post_fields, tokens = {}, {}, {}
    for person in people:
        client = world.clients[person]
        html = ""
        if "GET" in rule.methods:
            page = client.get(url)
            _check(page, f"{person} GET {url}")
            html = page.get_data(as_text=True) if page.mimetype == "text/html" else ""
        tokens[person] = any_csrf_token(html, url) or any_csrf_token(client.get(
            TOKEN_PAGE.get(person, "/"), follow_redirects=True).get_data(as_text=True), "/")
        post_form = form_for(html, url, url, "post")
        post_fields[person] = post_form.names if post_form else []
        get_fields[person] = sorted({n for f in forms_on(html, url) if f.method == "get"
                                     for n in f.names})

    @SWEEP
    @given(data=st.data())
    def sweep(data):
        for person in people:
            client = world.clients[person]
            if "GET" in rule.methods:
                query = data.draw(field_values(get_fields[person] or ["q"]), label="query")
                response = client.get(url, query_string=urlencode(query))
                _check(response, f"{person} GET {url}?{urlencode(query)[:200]}")
            if "POST" in rule.methods:
                fields = data.draw(field_values(post_fields[person]), label="form")
                token = data.draw(st.sampled_from([tokens[person] or "", tokens[person] or "",
                                                   "", "x" * 90]), label="csrf_token")
                body = urlencode([("csrf_token", token), *fields])
                response = client.post(url, data=body,
                                       content_type="application/x-www-form-urlencoded")
                _check(response, f"{person} POST {url} {body[:300]!r}",
                       sent_bytes=len(body.encode()))

    sweep()


@pytest.mark.parametrize("blueprint", BLUEPRINTS)
def test_hostile_input_never_breaks_a_route(app, db, world, blueprint):
    """Every route of a blueprint (one world each: building the app and signing in is the slow
    part), then nothing with NUL in the database."""
    for endpoint in ENDPOINTS:
        if endpoint.startswith(blueprint + "."):
            _sweep_route(app, world, endpoint)
    db.expire_all()
    with_nul = [where for where, text in _stored_strings(db) if "\x00" in text]
    assert not with_nul, f"NUL stored in {with_nul}"


def test_hostile_forms_store_nothing_with_control_characters(app, db, world):
    """Every free-text form refuses hidden control characters, so nothing like them is stored
    (PostgreSQL would refuse NUL, SQLite would keep it: both must behave the same)."""
    for endpoint in ENDPOINTS:
        rule = next(r for r in app.url_map.iter_rules() if r.endpoint == endpoint)
        if "POST" not in rule.methods or "GET" not in rule.methods:
            continue
        url = sample_url(rule, world.ids)
        for person in actors(ACCESS[endpoint]):
            client = world.clients[person]
            html = client.get(url).get_data(as_text=True)
            form = form_for(html, url, url, "post")
            if not form:
                continue
            body = urlencode([("csrf_token", form.csrf_token or ""),
                              *((name, f"Fine\x00words\x07{i}") for i, name in
                                enumerate(form.names))])
            _check(client.post(url, data=body, content_type="application/x-www-form-urlencoded"),
                   f"{person} POST {url}")
    db.expire_all()
    stored = [where for where, text in _stored_strings(db) if has_control_characters(text)]
    assert not stored, f"control characters stored in {stored}"


@pytest.mark.parametrize("target", REDIRECTS)
def test_sign_in_never_sends_anyone_to_another_site(client, make_staff, team, target):
    user = make_staff(Role.KEYWORKER, team)
    response = sign_in(client, user, next_url=target)  # both steps: password, then the code
    assert response.status_code == 302
    _check(response, f"sign in with next={target!r}")


# --- What a spreadsheet would run ----------------------------------------------------------------

def _hostile_family(db, keyworker, team, name: str, text: str) -> Case:
    """A family whose names, goals and comments are all formula-like or markup."""
    case = make_case(db, keyworker, team, family_name=name[:80], goals=(text[:300],))
    case.family.members[0].first_name = name[:60]
    db.commit()
    start, close = wave_of(case, WaveKind.START), wave_of(case, WaveKind.CLOSE)
    grace = case.family.members[0]
    for wave, value in ((start, 2), (close, 4)):
        add_response(db, wave, grace, all_items(value), goal_ratings={case.goals[0].id: value},
                     comments={"helped_most": text, "anything_else": name})
    return case


def test_csv_exports_never_start_a_cell_with_a_formula(client, db, make_staff, team):
    team.name = "=cmd|' /C calc'!A0"
    team.locality.name = "+SUM(1)"
    db.commit()
    manager, keyworker = make_staff(Role.TEAM_MANAGER, team), make_staff(Role.KEYWORKER, team)
    for i, formula in enumerate(FORMULA * 2):
        _hostile_family(db, keyworker, team, formula + str(i), f"{formula} {SCRIPT}")
    db.add(ServiceAction(theme_code="kept_informed", we_heard="=1+1", we_did="@SUM(1)",
                         status=ActionStatus.DONE, owner="-2+3", started_on=date.today(),
                         completed_on=date.today(), locality_id=team.locality_id))
    db.commit()
    sign_in(client, manager)
    urls = ["/reports/exports/answers-long.csv", "/reports/exports/answers-wide.csv"]
    page = client.get("/reports/quarterly").get_data(as_text=True)
    urls += [f.action for f in forms_on(page, "/reports/quarterly") if f.action.endswith("/csv")]
    urls.append("/reports/quarterly/csv")
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.mimetype == "text/csv", url
        rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
        assert len(rows) > 1, url
        # A plain negative number ("-0.12") is a number to a spreadsheet, never a formula.
        bad = [cell for row in rows for cell in row if cell.startswith(FORMULA_TRIGGERS)
               and not re.fullmatch(r"-\d+(\.\d+)?", cell)]
        assert not bad, f"{url}: {bad[:5]}"


# --- What a PDF would fetch or interpret ---------------------------------------------------------

class _Canary(BaseHTTPRequestHandler):
    """Records every request; nothing in a PDF should ever make one."""

    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (the standard library's name)
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    do_POST = do_HEAD = do_GET

    def log_message(self, *args):
        """Stay quiet."""


@pytest.fixture
def canary():
    """A loopback HTTP server on a free port that records any request made to it."""
    handler = type("Canary", (_Canary,), {"hits": []})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", handler.hits
    server.shutdown()
    server.server_close()
    thread.join()


def _pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        assert "/Annots" not in page, "a link or other annotation came from user text"
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def _markup(base: str) -> list[str]:
    return [f'<img src="{base}/canary.png">', f'<link href="{base}/style.css">',
            f'<a href="{base}/x">click</a>', f'<img src="{base}/y"/>',
            '<font color="red" size="40">big</font>', "<b>bold</b> &amp; <i>x</i>"]


def test_pdfs_show_hostile_text_literally_and_fetch_nothing(app, client, db, make_staff, team,
                                                             canary, today):
    base, hits = canary
    markup = _markup(base)
    db.add(CouncilSettings(council_name=f'<a href="{base}/council">Testshire</a>',
                           middle_wave_weeks=12, close_wave_weeks=24, link_valid_days=14,
                           retention_months=72))
    db.commit()
    manager, keyworker = make_staff(Role.TEAM_MANAGER, team), make_staff(Role.KEYWORKER, team)
    cases = [_hostile_family(db, keyworker, team, f"Family{i}", markup[i % len(markup)])
             for i in range(10)]
    journey_case = cases[0]
    for goal, text in zip(journey_case.goals, markup, strict=False):
        goal.text = text
    journey_case.goals.extend(Goal(position=i + 2, text=t) for i, t in enumerate(markup[1:]))
    for comment in db.scalars(select(Comment)):
        comment.quote_status, comment.quote_text = "approved", markup[comment.id % len(markup)]
    db.add(ServiceAction(theme_code="kept_informed", we_heard=markup[2], we_did=markup[3],
                         status=ActionStatus.DONE, owner=markup[4], started_on=today,
                         completed_on=today, locality_id=team.locality_id))
    db.commit()

    sign_in(client, keyworker)
    response = client.get(f"/cases/{journey_case.id}/journey/our-journey.pdf")
    assert response.status_code == 200 and response.mimetype == "application/pdf"
    text = _pdf_text(response.data)
    for goal in markup:
        assert " ".join(goal.split()) in text, goal

    client = app.test_client()
    sign_in(client, manager)
    page = client.get("/reports/quarterly").get_data(as_text=True)
    pdfs = {f.action for f in forms_on(page, "/reports/quarterly") if f.action.endswith("/pdf")}
    for url in pdfs | {"/reports/quarterly/pdf", "/reports/co-production/pdf"}:
        response = client.get(url)
        assert response.status_code == 200 and response.mimetype == "application/pdf", url
        text = _pdf_text(response.data)
        assert "Testshire" in text and f'<a href="{base}/council">' in text, url
    assert hits == [], f"a PDF fetched {hits}"
