"""Benchmark saving a questionnaire page: the real app under gunicorn beside a bare Flask app.

    .venv/bin/python -m benchmarks.bench_questionnaire                  # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.bench_questionnaire --postgres       # PostgreSQL on 127.0.0.1
    .venv/bin/python -m benchmarks.bench_questionnaire \\
        --database-url postgresql://postgres@127.0.0.1:5432/postgres    # another PostgreSQL server

Makes a fresh database (a temporary SQLite file, or a new scratch database on the PostgreSQL
server, dropped afterwards), migrates it, adds a team, a keyworker and one family member with a
live link per client, then serves the real app (`wsgi:create_app()`) and the bare app
(`benchmarks/bare_app.py`: the same upserts with no sign-in, CSRF, forms or templates), each with
`gunicorn -w 2` on loopback, both at once. Each client opens its own link, fetches the first area
page for its CSRF token and POSTs that page again and again. The apps are driven in turn by the
same load generator with the same bodies, in short alternating windows (real, bare, then bare,
real, ...); after each window's warm-up every request's latency is recorded and any answer but a
302 counts as an error. A window's server CPU is the gunicorn master's and workers' user + system
time from /proc. The ratio of each neighbouring pair of windows is taken and the median printed
with the spread: other engineers' work on the same two cores slows both apps of a pair alike,
where one long window per app let a burst of load land on one app only (1.65-1.86x between runs).

Goal (issue 4): at 50 clients the real app reaches at least 60% of the bare app's req/s, with
p95 under 150 ms, on SQLite and PostgreSQL. Goal (issue 17): the real app's server CPU per save
is at most 1.6 times the bare app's, printed beside req/s. Benchmarks print; they never assert.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import http.client
import importlib.util
import os
import random
import re
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

from sqlalchemy import create_engine, make_url, select, text
from sqlalchemy.orm import Session

from surveys.cases.waves import plan_waves
from surveys.questionnaire.invitations import issue_link
from surveys.questionnaire.plan import page_by_key, plan_pages
from surveys.records import migrate
from surveys.records.db import utcnow
from surveys.records.enums import AgeBand, MemberRole, Role, SupportLevel, WaveKind
from surveys.records.models import Case, Family, FamilyMember, Locality, Response, Team, Wave
from surveys.records.staff import StaffUser

ROOT = Path(__file__).resolve().parents[1]
HOST = "127.0.0.1"  # loopback only, always
PAGE = page_by_key(plan_pages("parent_carer", "start", False), "area-community")
LOCAL_POSTGRES = "postgresql://postgres@127.0.0.1:5432/postgres"
MAX_REQUESTS_PER_CLIENT = 200_000  # a bound on every client's loop besides the clock
REQUEST_TIMEOUT = 30.0
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class Client:
    """One simulated family member: a session cookie, its CSRF token and its response."""

    cookie: str
    csrf_token: str
    response_id: int


@dataclass(frozen=True)
class Result:
    """What one app did under load in the measured window."""

    label: str
    requests: int
    errors: int
    seconds: float
    latencies_ms: list[float]
    server_cpu_s: float
    generator_cpu_s: float
    statuses: dict[str, int]

    @property
    def per_second(self) -> float:
        """Completed requests (errors included) per second of the window."""
        return self.requests / self.seconds

    def percentile(self, p: float) -> float:
        """Nearest-rank percentile of the latencies, in milliseconds."""
        ordered = sorted(self.latencies_ms)
        if not ordered:
            return float("nan")
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]


# --- the database ---------------------------------------------------------------------------

def _psycopg(url: str) -> str:
    return re.sub(r"^postgres(ql)?(\+psycopg)?://", "postgresql+psycopg://", url)


@contextlib.contextmanager
def fresh_database(server_url: str | None):
    """Yield the URL of a new, empty database; remove it afterwards."""
    if server_url is None:
        with tempfile.TemporaryDirectory(prefix="fv-bench-") as folder:
            yield f"sqlite:///{Path(folder) / 'bench.db'}"
        return
    server_url = _psycopg(server_url)
    name = f"fv_bench_{secrets.token_hex(4)}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def seed_links(url: str, clients: int) -> list[str]:
    """A team, a keyworker and one parent per client, each in their own family with a live link."""
    engine = create_engine(url)
    now = utcnow()
    tokens = []
    with Session(engine) as db:
        locality = Locality(name="Bench")
        team = Team(name="Bench team", locality=locality)
        keyworker = StaffUser(email="keyworker@bench.invalid", display_name="Bench Keyworker",
                              role=Role.KEYWORKER, team=team, password_hash="!")
        db.add(keyworker)
        db.flush()
        for n in range(clients):
            family = Family(reference=f"FV-B{n:05d}", family_name=f"Bench{n}", members=[
                FamilyMember(first_name="Sam", member_role=MemberRole.PARENT_CARER,
                             age_band=AgeBand.ADULT)])
            case = Case(family=family, keyworker=keyworker, team=team, locality=locality,
                        support_level=SupportLevel.EARLY_HELP, opened_on=date.today())
            case.waves.extend(Wave(kind=p.kind, due_on=p.due_on) for p in plan_waves(date.today(), 12, 24))
            db.add(case)
            db.flush()
            start = next(w for w in case.waves if w.kind is WaveKind.START)
            _, token = issue_link(db, wave_id=start.id, member_id=family.members[0].id,
                                  valid_days=14, now=now, issued_by=None)
            tokens.append(token)
        db.commit()
    engine.dispose()
    return tokens


def response_ids(url: str) -> list[int]:
    """Every response id (one per member, made when each link was opened)."""
    engine = create_engine(url)
    with engine.connect() as connection:
        ids = list(connection.scalars(select(Response.id).order_by(Response.id)))
    engine.dispose()
    return ids


# --- serving --------------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of a gunicorn master and its workers, from /proc."""
    pids = [pid]
    with contextlib.suppress(OSError):
        pids += [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    total = 0
    for p in pids:
        with contextlib.suppress(OSError):
            fields = Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def post_worker_init(worker) -> None:
    """gunicorn hook (this module is also gunicorn's config): a worker has loaded its app."""
    folder = os.environ.get("FV_BENCH_READY_DIR")
    if folder:
        Path(folder, str(worker.pid)).touch()


@contextlib.contextmanager
def serve(app_spec: str, env: dict[str, str], log: Path):
    """Run `gunicorn -w 2` on a free loopback port; yield (port, master pid) once both workers
    have loaded the app (on a busy machine one can take seconds longer than the other)."""
    port = _free_port()
    ready = log.with_suffix(".ready")
    ready.mkdir()
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"{HOST}:{port}",
             "-c", "python:benchmarks.bench_questionnaire",
             app_spec],
            cwd=ROOT, env={**env, "FV_BENCH_READY_DIR": str(ready)}, stdout=out,
            stderr=subprocess.STDOUT)
    try:
        for _ in range(300):  # up to a minute for both workers to boot
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn exited early:\n{log.read_text()[-3000:]}")
            if len(list(ready.iterdir())) >= 2 and _answers(port):
                break
            time.sleep(0.2)
        else:
            raise RuntimeError(f"gunicorn did not start:\n{log.read_text()[-3000:]}")
        yield port, process.pid
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)


def _answers(port: int) -> bool:
    try:
        connection = http.client.HTTPConnection(HOST, port, timeout=5)
        connection.request("GET", "/benchmark-is-it-up")
        connection.getresponse().read()
        connection.close()
        return True
    except OSError:
        return False


def _cookie(response: http.client.HTTPResponse, name: str = "fv_session") -> str | None:
    for header in response.headers.get_all("Set-Cookie") or []:
        if header.startswith(f"{name}="):
            return header.split(";", 1)[0].split("=", 1)[1]
    return None


def open_links(port: int, tokens: list[str]) -> list[tuple[str, str]]:
    """Each person opens their link and the first area page: (session cookie, CSRF token)."""
    sessions = []
    for token in tokens:
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        connection.request("GET", f"/q/{token}")
        opened = connection.getresponse()
        opened.read()
        cookie = _cookie(opened)
        if opened.status != 302 or cookie is None:
            raise RuntimeError(f"opening a link gave {opened.status}")
        connection.close()
        connection = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
        connection.request("GET", f"/questionnaire/{PAGE.key}", headers={"Cookie": f"fv_session={cookie}"})
        page = connection.getresponse()
        html = page.read().decode()
        connection.close()
        found = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html) or \
            re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
        if page.status != 200 or found is None:
            raise RuntimeError(f"the first page gave {page.status} without a CSRF token")
        sessions.append((_cookie(page) or cookie, found.group(1)))
    return sessions


# --- the load generator ---------------------------------------------------------------------

def _request(path: str, port: int, client: Client, rng: random.Random) -> bytes:
    """A POST of the area page with fresh answers, as a browser would send it."""
    body = urlencode({"csrf_token": client.csrf_token,
                      **{item.code: str(rng.randint(1, 5)) for item in PAGE.items}}).encode()
    head = (f"POST {path} HTTP/1.1\r\nHost: {HOST}:{port}\r\nCookie: fv_session={client.cookie}\r\n"
            f"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {len(body)}\r\n\r\n")
    return head.encode() + body


async def _exchange(port: int, connection, request: bytes):
    """Send one request (reconnecting if the server closed the last one); return status and
    whether the connection can be reused."""
    status, _headers, _body, connection = await exchange(port, connection, request)
    return status, connection


async def exchange(port: int, connection, request: bytes):
    """Send one request (reconnecting if the server closed the last one); return the status,
    the headers (lower-case names; Set-Cookie values joined by newlines), the body, and the
    connection if it can be reused (other benchmarks read pages with this)."""
    if connection is None:
        connection = await asyncio.open_connection(HOST, port)
    reader, writer = connection
    writer.write(request)
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if ":" in line:
            key, value = line.split(":", 1)
            key = key.strip().lower()
            headers[key] = f"{headers[key]}\n{value.strip()}" if key in headers else value.strip()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        body = await reader.readuntil(b"0\r\n\r\n")
    else:
        body = await reader.read()
        headers["connection"] = "close"
    if headers.get("connection", "").lower() == "close" or lines[0].startswith("HTTP/1.0"):
        writer.close()
        return status, headers, body, None
    return status, headers, body, connection


async def _drive(port: int, path_for, clients: list[Client], warmup: float, duration: float):
    """Every client POSTs in a loop; keep what finishes inside the measured window."""
    loop_start = time.perf_counter()
    window_start = loop_start + warmup
    window_end = window_start + duration
    latencies: list[float] = []
    statuses: dict[str, int] = {}

    async def one(index: int, client: Client) -> None:
        rng = random.Random(index)
        connection = None
        for _ in range(MAX_REQUESTS_PER_CLIENT):
            started = time.perf_counter()
            if started >= window_end:
                break
            request = _request(path_for(client), port, client, rng)
            try:
                status, connection = await asyncio.wait_for(
                    _exchange(port, connection, request), REQUEST_TIMEOUT)
                outcome = str(status)
            except (OSError, asyncio.IncompleteReadError) as error:  # TimeoutError is an OSError
                outcome, connection = type(error).__name__, None
            finished = time.perf_counter()
            if window_start <= finished <= window_end:
                latencies.append((finished - started) * 1000)
                statuses[outcome] = statuses.get(outcome, 0) + 1
        if connection is not None:
            connection[1].close()

    await asyncio.sleep(0)
    await asyncio.gather(*(one(i, c) for i, c in enumerate(clients)))
    return latencies, statuses


def measure(label: str, port: int, pid: int, path_for, clients: list[Client], warmup: float,
            duration: float) -> Result:
    """Drive one app and measure its window, including the CPU the server and generator used."""
    async def run():
        task = asyncio.ensure_future(_drive(port, path_for, clients, warmup, duration))
        await asyncio.sleep(warmup)
        cpu = (_cpu_seconds(pid), time.process_time())
        await asyncio.sleep(duration)
        cpu_end = (_cpu_seconds(pid), time.process_time())
        latencies, statuses = await task
        return latencies, statuses, cpu_end[0] - cpu[0], cpu_end[1] - cpu[1]

    latencies, statuses, server_cpu, generator_cpu = asyncio.run(run())
    errors = sum(n for outcome, n in statuses.items() if outcome != "302")
    return Result(label, len(latencies), errors, duration, latencies, server_cpu, generator_cpu,
                  statuses)


# --- the run --------------------------------------------------------------------------------

def _ratelimit_storage(wanted: str) -> str:
    # Flask-Limiter needs the `redis` package for redis://; without it the app refuses to start.
    if wanted.startswith("redis") and importlib.util.find_spec("redis") is None:
        print(f"note: the `redis` package is not installed, so {wanted} cannot be used; link "
              "look-ups are limited per worker (memory://). The save being measured is not "
              "rate-limited, so the figures are unaffected.")
        return "memory://"
    return wanted


def _combine(label: str, parts: list[Result]) -> Result:
    """One app's windows taken together."""
    statuses: dict[str, int] = {}
    for part in parts:
        for outcome, n in part.statuses.items():
            statuses[outcome] = statuses.get(outcome, 0) + n
    return Result(label, sum(p.requests for p in parts), sum(p.errors for p in parts),
                  sum(p.seconds for p in parts), [ms for p in parts for ms in p.latencies_ms],
                  sum(p.server_cpu_s for p in parts), sum(p.generator_cpu_s for p in parts), statuses)


def _cpu_per_save_ms(result: Result) -> float:
    return result.server_cpu_s / result.requests * 1000 if result.requests else float("nan")


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def _print(rounds: list[tuple[Result, Result]], database: str, clients: int, warmup: float,
           duration: float, generator_cores: int, load: tuple[float, float]) -> None:
    print(f"\nSaving one questionnaire page ({PAGE.key}, {len(PAGE.items)} answers): {database}, "
          f"gunicorn -w 2 (sync workers), {clients} clients, {len(rounds)} rounds of each app "
          f"({warmup:g} s warm-up then {duration:g} s measured), real and bare alternating")
    print(f"Both apps were served at once and driven in turn by the same load generator (asyncio, "
          f"one process) on the same {generator_cores} cores as the server, so what else runs on "
          "the machine slows both alike; each round's ratio compares neighbouring windows.")
    print(f"Load average before and after: {load[0]:.1f}, {load[1]:.1f} (above 0 means other "
          "processes competed for those cores too). Generator CPU is a percentage of one core.")
    print(f"Clients save again as soon as they are answered, so latency is about clients / req/s: "
          f"p95 under 150 ms at {clients} clients needs roughly {clients / 0.15:.0f} req/s.")
    print(f"{'round':<7}{'real req/s':>11}{'bare req/s':>11}{'real CPU/save':>15}{'bare CPU/save':>15}"
          f"{'CPU ratio':>11}")
    cpu_ratios, rate_ratios = [], []
    for n, (real, bare) in enumerate(rounds, 1):
        cpu_ratio = _cpu_per_save_ms(real) / _cpu_per_save_ms(bare)
        cpu_ratios.append(cpu_ratio)
        rate_ratios.append(real.per_second / bare.per_second if bare.per_second else float("nan"))
        print(f"{n:<7}{real.per_second:>11.1f}{bare.per_second:>11.1f}{_cpu_per_save_ms(real):>12.2f} ms"
              f"{_cpu_per_save_ms(bare):>12.2f} ms{cpu_ratio:>10.2f}x")
    results = [_combine("real", [r for r, _ in rounds]), _combine("bare", [b for _, b in rounds])]
    print("All rounds together:")
    print(f"{'app':<6}{'requests':>10}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}"
          f"{'p99 ms':>9}{'server CPU/req':>16}{'generator CPU':>15}")
    for r in results:
        print(f"{r.label:<6}{r.requests:>10,}{r.errors:>8,}{r.per_second:>9.1f}{r.percentile(50):>9.1f}"
              f"{r.percentile(95):>9.1f}{r.percentile(99):>9.1f}{_cpu_per_save_ms(r):>13.2f} ms"
              f"{r.generator_cpu_s / r.seconds * 100:>13.0f} %")
        if r.errors:
            print(f"       outcomes: {dict(sorted(r.statuses.items()))}")
    real, bare = results
    ratio = _median(rate_ratios)
    p95 = real.percentile(95)
    print(f"real/bare req/s: median {ratio:.2f} of the rounds (goal >= 0.60: "
          f"{'met' if ratio >= 0.6 else 'missed'}); real p95 {p95:.1f} ms (goal < 150 ms: "
          f"{'met' if p95 < 150 else 'missed'})")
    # Issue 17: server CPU per save, which the other processes on the machine skew far less than
    # req/s; the median of neighbouring windows' ratios, with their spread.
    median = _median(cpu_ratios)
    print(f"real/bare server CPU per save: median {median:.2f}x of {len(cpu_ratios)} rounds "
          f"(spread {min(cpu_ratios):.2f}-{max(cpu_ratios):.2f}x; all rounds together "
          f"{_cpu_per_save_ms(real) / _cpu_per_save_ms(bare):.2f}x) "
          f"(goal <= 1.60x: {'met' if median <= 1.6 else 'missed'})")


def main() -> None:
    """Seed a fresh database, then measure the real and the bare app saving the same page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true",
                        help=f"use a new scratch database on {LOCAL_POSTGRES} (dropped afterwards)")
    parser.add_argument("--database-url", help="PostgreSQL server URL to make the scratch database on")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=15, help="measured windows per app, alternating")
    parser.add_argument("--duration", type=float, default=4.0, help="measured seconds per window")
    parser.add_argument("--warmup", type=float, default=1.0, help="unmeasured seconds before each")
    parser.add_argument("--ratelimit-storage", default="redis://127.0.0.1:6379")
    args = parser.parse_args()
    if args.database_url and not re.match(r"^postgres(ql)?(\+psycopg)?://", args.database_url):
        parser.error("--database-url must be a PostgreSQL URL (SQLite is the default)")
    server_url = args.database_url or (LOCAL_POSTGRES if args.postgres else None)
    storage = _ratelimit_storage(args.ratelimit_storage)

    with fresh_database(server_url) as url, tempfile.TemporaryDirectory(prefix="fv-bench-logs-") as logs, \
            contextlib.ExitStack() as servers:
        load_before = os.getloadavg()[0]
        migrate.upgrade(url)
        tokens = seed_links(url, args.clients)
        env = {**os.environ, "FLASK_DATABASE_URL": url, "FLASK_SECRET_KEY": "bench",
               "FLASK_RATELIMIT_STORAGE_URI": storage}
        real_port, real_pid = servers.enter_context(serve("wsgi:create_app()", env, Path(logs) / "real.log"))
        bare_port, bare_pid = servers.enter_context(
            serve("benchmarks.bare_app:create_app()", env, Path(logs) / "bare.log"))
        sessions = open_links(real_port, tokens)
        ids = response_ids(url)
        clients = [Client(cookie, csrf, rid) for (cookie, csrf), rid in zip(sessions, ids, strict=True)]

        def real() -> Result:
            return measure("real", real_port, real_pid, lambda c: f"/questionnaire/{PAGE.key}", clients,
                           args.warmup, args.duration)

        def bare() -> Result:
            return measure("bare", bare_port, bare_pid, lambda c: f"/save/{c.response_id}", clients,
                           args.warmup, args.duration)

        rounds = []
        for n in range(args.rounds):
            # Alternate which goes first, so a drift in the machine's load favours neither.
            if n % 2:
                bare_result = bare()
                rounds.append((real(), bare_result))
            else:
                real_result = real()
                rounds.append((real_result, bare()))
        database = "postgresql" if url.startswith("postgresql") else "sqlite"
        _print(rounds, database, args.clients, args.warmup, args.duration, os.cpu_count() or 0,
               (load_before, os.getloadavg()[0]))


if __name__ == "__main__":
    main()
