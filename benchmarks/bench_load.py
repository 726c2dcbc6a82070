"""A mixed load on the real app for a fixed time: families answering whole questionnaires, keyworkers
browsing, a commissioner making reports.

    .venv/bin/python -m benchmarks.bench_load                      # SQLite, 5 minutes
    .venv/bin/python -m benchmarks.bench_load --duration 60        # a shorter run
    .venv/bin/python -m benchmarks.bench_load --postgres           # a scratch database on 127.0.0.1

Makes a fresh database with the demo council (`surveys.demo.council.build_demo_council`) plus a supply
of new families with live links (bench_questionnaire's seeding), serves the real app with
`gunicorn -w 2` on loopback with the rate limits in Redis, and runs, from one asyncio process:
- 50 family slots: each opens a link, answers every page (a GET, 1-3 s of thinking, a POST),
  checks and sends; a slot that finishes starts the next family, until the time is up;
- 5 demo keyworkers, signed in, opening their dashboard, caseload, a case and its journey page,
  1-3 s apart;
- 1 commissioner, signed in, opening the quarterly report page or its PDF, 2-5 s apart.
Then it prints the 5xx count (goal 0), p95 per page type, and whether the questionnaires the
database holds as sent equal the journeys that were answered as sent, with no duplicates.
Every loop is bounded by the clock and by a count. Benchmarks print; they never assert.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import tempfile
import time
from collections import defaultdict
from datetime import UTC, date, datetime
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from benchmarks.bench_questionnaire import (
    HOST,
    LOCAL_POSTGRES,
    REQUEST_TIMEOUT,
    _ratelimit_storage,
    exchange,
    fresh_database,
    seed_links,
    serve,
)
from surveys.demo.council import DEMO_PASSWORD, build_demo_council
from surveys.questionnaire.plan import plan_pages
from surveys.records import migrate, sealing
from surveys.records.enums import Role
from surveys.records.models import Answer, Case, Response
from surveys.records.staff import StaffUser
from surveys.staff import two_factor

FAMILY_PAGES = plan_pages("parent_carer", "start", False)  # what seed_links' parents answer
QUESTIONNAIRES_PER_SLOT_PER_MINUTE = 6  # a generous bound on how many links a slot can use
BENCH_SECRET_KEY = "bench"
MAX_STEPS = 100_000  # a bound on every simulated person's loop besides the clock
CSRF = re.compile(rb'name="csrf_token"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*name="csrf_token"')


class Person:
    """One simulated browser: its cookie jar (just the session) and where its timings go."""

    def __init__(self, port: int, timings: dict[str, list[float]], statuses: dict[str, dict[int, int]]):
        self.port = port
        self.cookie = ""
        self.timings = timings
        self.statuses = statuses

    async def send(self, kind: str, method: str, path: str, form: dict | None = None):
        """One request, timed under its page type; keeps any new session cookie."""
        body = urlencode(form or {}).encode()
        head = f"{method} {path} HTTP/1.1\r\nHost: {HOST}:{self.port}\r\nConnection: close\r\n"
        if self.cookie:
            head += f"Cookie: fv_session={self.cookie}\r\n"
        if method == "POST":
            head += f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n"
        started = time.perf_counter()
        try:
            status, headers, page, _ = await asyncio.wait_for(
                exchange(self.port, None, (head + "\r\n").encode() + body), REQUEST_TIMEOUT)
        except (OSError, asyncio.IncompleteReadError) as error:
            self.statuses[kind][type(error).__name__] = self.statuses[kind].get(type(error).__name__, 0) + 1
            return None, b""
        self.timings[kind].append((time.perf_counter() - started) * 1000)
        self.statuses[kind][status] = self.statuses[kind].get(status, 0) + 1
        for cookie in headers.get("set-cookie", "").split("\n"):
            if cookie.startswith("fv_session="):
                self.cookie = cookie.split(";", 1)[0].split("=", 1)[1]
        return status, page


def _csrf(page: bytes) -> str:
    found = CSRF.search(page)
    return (found.group(1) or found.group(2)).decode() if found else ""


async def _think(rng: random.Random, low: float, high: float, end: float) -> bool:
    """Pause like a person; say whether there is still time for the next step."""
    await asyncio.sleep(min(rng.uniform(low, high), max(0.0, end - time.monotonic())))
    return time.monotonic() < end


async def family_slot(person_factory, tokens: list[str], rng: random.Random, end: float,
                      outcome: dict[str, int]) -> None:
    """Families one after another through this slot, each answering the whole questionnaire."""
    for token in tokens:
        if time.monotonic() >= end:
            return
        person = person_factory()
        status, _ = await person.send("open link", "GET", f"/q/{token}")
        if status != 302:
            continue
        await person.send("start page", "GET", "/questionnaire")
        outcome["started"] += 1
        finished = True
        for page in FAMILY_PAGES:
            _, html = await person.send("page GET", "GET", f"/questionnaire/{page.key}")
            if not await _think(rng, 1, 3, end):
                finished = False
                break
            if page.kind == "items":
                form = {item.code: str(rng.randint(1, 5)) for item in page.items}
            else:
                form = {"helped_most": "Being listened to", "do_better": "", "anything_else": ""}
            status, _ = await person.send("page POST", "POST", f"/questionnaire/{page.key}",
                                          {"csrf_token": _csrf(html), **form})
            if status != 302:
                finished = False
                break
        if not finished:
            continue
        _, html = await person.send("check GET", "GET", "/questionnaire/check-your-answers")
        if not await _think(rng, 1, 3, end):
            continue
        status, _ = await person.send("check POST (send)", "POST", "/questionnaire/check-your-answers",
                                      {"csrf_token": _csrf(html)})
        if status == 302:
            outcome["sent"] += 1
            await person.send("thank-you", "GET", "/questionnaire/thank-you")


async def _sign_in(person: Person, email: str, secret: str) -> bool:
    """Both steps: the password, then the code the person's authenticator app shows now. Each
    simulated person is a different member of staff signing in once, so no code is used twice."""
    _, html = await person.send("sign-in", "GET", "/sign-in")
    status, _ = await person.send("sign-in", "POST", "/sign-in",
                                  {"csrf_token": _csrf(html), "email": email, "password": DEMO_PASSWORD})
    if status != 302:
        return False
    _, html = await person.send("sign-in code", "GET", "/sign-in/code")
    code = two_factor.code_at(secret, datetime.now(UTC))
    status, _ = await person.send("sign-in code", "POST", "/sign-in/code",
                                  {"csrf_token": _csrf(html), "code": code})
    return status == 302


async def keyworker(person: Person, email: str, secret: str, case_ids: list[int],
                    rng: random.Random, end: float) -> None:
    """A keyworker looking through their work."""
    if not await _sign_in(person, email, secret):
        return
    for _ in range(MAX_STEPS):
        case_id = rng.choice(case_ids)
        kind, path = rng.choice([("dashboard", "/dashboard"), ("caseload", "/caseload"),
                                 ("case", f"/cases/{case_id}"), ("journey", f"/cases/{case_id}/journey")])
        await person.send(kind, "GET", path)
        if not await _think(rng, 1, 3, end):
            return


async def commissioner(person: Person, email: str, secret: str, rng: random.Random,
                       end: float) -> None:
    """The commissioner reading the quarterly report and printing it."""
    if not await _sign_in(person, email, secret):
        return
    for _ in range(MAX_STEPS):
        kind, path = rng.choice([("quarterly", "/reports/quarterly"),
                                 ("quarterly PDF", "/reports/quarterly/pdf")])
        await person.send(kind, "GET", path)
        if not await _think(rng, 2, 5, end):
            return


def _seed(url: str, families: int, links: int) -> tuple[list[str], dict[str, list[int]], str,
                                                       dict[str, str]]:
    """The demo council, then links for new families; return the links, five keyworkers' case ids,
    the commissioner's email, and the authenticator keys of those six (the demo accounts keep
    their fixed public key; the other keyworkers are given one, as if they had set up an app)."""
    engine = create_engine(url)
    with Session(engine) as db:
        build_demo_council(db, families=families, today=date.today())
        db.commit()
    tokens = seed_links(url, links)
    with Session(engine) as db:
        keyworkers = db.scalars(select(StaffUser).where(
            StaffUser.role == Role.KEYWORKER, StaffUser.email.not_like("%@bench.invalid"))
            .order_by(StaffUser.id)).all()
        cases = {}
        for person in keyworkers:
            ids = list(db.scalars(select(Case.id).where(Case.keyworker_id == person.id)))
            if ids:
                cases[person.email] = ids
            if len(cases) == 5:
                break
        commissioner = db.scalar(select(StaffUser).where(StaffUser.role == Role.COMMISSIONER))
        keys = {}
        for person in [*(p for p in keyworkers if p.email in cases), commissioner]:
            if person.totp_confirmed_at is None:
                person.totp_secret = two_factor.new_secret()
                person.totp_confirmed_at = datetime.now(UTC)
            keys[person.email] = person.totp_secret
        commissioner_email = commissioner.email
        db.commit()
    engine.dispose()
    return tokens, cases, commissioner_email, keys


def _stored(url: str, before: tuple[int, int]) -> tuple[int, int, int, int]:
    """(questionnaires sent in the database since `before`, members with more than one response
    at a wave, of the new ones sent how many lack an answer, the highest response id), where
    `before` is (sent, highest response id) before the load."""
    engine = create_engine(url)
    with engine.connect() as connection:
        sent = connection.scalar(select(func.count()).select_from(Response)
                                 .where(Response.submitted_at.is_not(None))) - before[0]
        duplicates = connection.scalar(select(func.count()).select_from(
            select(Response.wave_id, Response.member_id).group_by(Response.wave_id, Response.member_id)
            .having(func.count() > 1).subquery()))
        answers = (select(func.count(Answer.id).label("n")).select_from(Response)
                   .outerjoin(Answer, Answer.response_id == Response.id)
                   .where(Response.submitted_at.is_not(None), Response.id > before[1])
                   .group_by(Response.id).subquery())
        expected = sum(len(p.items) for p in FAMILY_PAGES if p.kind == "items")
        short = connection.scalar(select(func.count()).select_from(answers).where(answers.c.n != expected))
        highest = connection.scalar(select(func.coalesce(func.max(Response.id), 0)))
    engine.dispose()
    return sent, duplicates, short, highest


def _percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


def main() -> None:
    """Seed, serve, run the mixed load for the duration, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true",
                        help=f"use a new scratch database on {LOCAL_POSTGRES} (dropped afterwards)")
    parser.add_argument("--duration", type=float, default=300.0, help="seconds of load")
    parser.add_argument("--families", type=int, default=50, help="families answering at once")
    parser.add_argument("--ratelimit-storage", default="redis://127.0.0.1:6379")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    links = args.families * max(1, int(args.duration / 60 * QUESTIONNAIRES_PER_SLOT_PER_MINUTE) + 1)
    storage = _ratelimit_storage(args.ratelimit_storage)

    with fresh_database(LOCAL_POSTGRES if args.postgres else None) as url, \
            tempfile.TemporaryDirectory(prefix="fv-bench-logs-") as logs:
        migrate.upgrade(url)
        sealing.configure(BENCH_SECRET_KEY, None)  # staff keys sealed as the served app opens them
        tokens, cases, commissioner_email, keys = _seed(url, 60, links)
        counted = _stored(url, (0, 0))
        before = (counted[0], counted[3])
        env = {**os.environ, "FLASK_DATABASE_URL": url, "FLASK_SECRET_KEY": BENCH_SECRET_KEY,
               "FLASK_RATELIMIT_STORAGE_URI": storage}
        timings: dict[str, list[float]] = defaultdict(list)
        statuses: dict[str, dict] = defaultdict(dict)
        outcome = {"started": 0, "sent": 0}
        with serve("wsgi:create_app()", env, Path(logs) / "load.log") as (port, _pid):
            def person() -> Person:
                return Person(port, timings, statuses)

            async def run() -> None:
                end = time.monotonic() + args.duration
                rng = random.Random(args.seed)
                jobs = [family_slot(person, tokens[slot::args.families], random.Random(rng.random()),
                                    end, outcome) for slot in range(args.families)]
                jobs += [keyworker(person(), email, keys[email], ids, random.Random(rng.random()), end)
                         for email, ids in cases.items()]
                jobs.append(commissioner(person(), commissioner_email, keys[commissioner_email],
                                         random.Random(rng.random()), end))
                await asyncio.gather(*jobs)

            started = time.monotonic()
            asyncio.run(run())
            elapsed = time.monotonic() - started
        sent, duplicates, short, _ = _stored(url, before)
        database = "postgresql" if url.startswith("postgresql") else "sqlite"
        five_xx = sum(n for by_status in statuses.values() for s, n in by_status.items()
                      if isinstance(s, int) and s >= 500)
        failures = sum(n for by_status in statuses.values() for s, n in by_status.items()
                       if not isinstance(s, int))
        requests = sum(len(t) for t in timings.values())
        print(f"\nMixed load: {database}, gunicorn -w 2 (sync), rate limits in {storage}, "
              f"{elapsed:.0f} s (asked {args.duration:g} s)")
        print(f"{args.families} family slots (1-3 s thinking per page), {len(cases)} keyworkers "
              f"(1-3 s apart), 1 commissioner (2-5 s apart); {requests:,} requests "
              f"({requests / elapsed:.1f}/s); load average now {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores shared with the generator")
        print(f"5xx answers: {five_xx} (goal 0); connection failures or timeouts: {failures}")
        print(f"{'page type':<20}{'requests':>9}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  statuses")
        for kind in sorted(timings, key=lambda k: -len(timings[k])):
            values = timings[kind]
            seen = dict(sorted(statuses[kind].items(), key=str))
            print(f"{kind:<20}{len(values):>9,}{_percentile(values, 50):>9.0f}"
                  f"{_percentile(values, 95):>9.0f}{max(values):>9.0f}  {seen}")
        print(f"Questionnaires: {outcome['started']} started, {outcome['sent']} sent (answered 302), "
              f"{sent} sent in the database ({'equal' if sent == outcome['sent'] else 'DIFFERENT'}); "
              f"members with two responses at one wave: {duplicates} (goal 0); sent with a wrong "
              f"number of answers: {short} (goal 0)")


if __name__ == "__main__":
    main()
