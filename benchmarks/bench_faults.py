"""Kill a gunicorn worker in the middle of saving a questionnaire page, then send the same POST
again: the page must be stored all or nothing, and the retry must store it exactly once.

    .venv/bin/python -m benchmarks.bench_faults                # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.bench_faults --postgres     # a scratch database on 127.0.0.1

Makes a fresh database, seeds one parent with a live link per round (the seeding, serving and
link opening are bench_questionnaire's), serves the real app with `gunicorn -w 2` on loopback,
and then, for each round: waits until both workers are up, sends that parent's first area page
(six answers), waits a random 0-20 ms, finds the worker holding the request's connection (from
/proc) and kills it with SIGKILL. It then reads what the database holds for that page (all six
answers and the page marked done, or nothing), sends the same POST again until a worker answers,
and checks the page is stored exactly once. Benchmarks print; they never assert.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import signal
import socket
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, func, select

from benchmarks.bench_questionnaire import (
    HOST,
    LOCAL_POSTGRES,
    PAGE,
    REQUEST_TIMEOUT,
    fresh_database,
    open_links,
    response_ids,
    seed_links,
    serve,
)
from surveys.records import migrate
from surveys.records.models import Answer, Response

MAX_KILL_DELAY_S = 0.020
RETRY_ATTEMPTS = 60  # with RETRY_PAUSE_S: half a minute for a worker to answer the retry
RETRY_PAUSE_S = 0.5
WORKERS_UP_TIMEOUT_S = 60.0


def _post(cookie: str, csrf: str, answers: dict[str, str], port: int) -> bytes:
    body = "&".join(f"{k}={v}" for k, v in {"csrf_token": csrf, **answers}.items()).encode()
    return (f"POST /questionnaire/{PAGE.key} HTTP/1.1\r\nHost: {HOST}:{port}\r\n"
            f"Cookie: fv_session={cookie}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body


def _workers(master: int) -> list[int]:
    with contextlib.suppress(OSError):
        return [int(p) for p in Path(f"/proc/{master}/task/{master}/children").read_text().split()]
    return []


def _wait_for_workers(master: int, ready: Path) -> list[int]:
    """Both workers alive and past loading the app (gunicorn replaces a killed one)."""
    deadline = time.monotonic() + WORKERS_UP_TIMEOUT_S
    while time.monotonic() < deadline:
        alive = _workers(master)
        if len(alive) == 2 and all((ready / str(pid)).exists() for pid in alive):
            return alive
        time.sleep(0.05)
    raise RuntimeError("gunicorn did not bring both workers back")


def _socket_inode(server_port: int, client_port: int) -> str | None:
    """The inode of the server's end of our connection, from /proc/net/tcp."""
    for line in Path("/proc/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        local, remote, inode = fields[1], fields[2], fields[9]
        if int(local.split(":")[1], 16) == server_port and int(remote.split(":")[1], 16) == client_port:
            return inode
    return None


def _holder(workers: list[int], inode: str | None) -> int | None:
    """The worker whose open files include that socket: the one handling the request."""
    if inode is None:
        return None
    wanted = f"socket:[{inode}]"
    for pid in workers:
        with contextlib.suppress(OSError):
            for fd in os.listdir(f"/proc/{pid}/fd"):
                with contextlib.suppress(OSError):
                    if os.readlink(f"/proc/{pid}/fd/{fd}") == wanted:
                        return pid
    return None


def _read_status(connection: socket.socket) -> str:
    """The status the server sent before the connection ended, or how it ended."""
    data = b""
    try:
        while len(data) < 64_000:
            chunk = connection.recv(65536)
            if not chunk:
                break
            data += chunk
    except OSError as error:
        return type(error).__name__
    found = re.match(rb"HTTP/1\.[01] (\d{3})", data)
    return found.group(1).decode() if found else "closed without an answer"


def _stored(engine, response_id: int) -> tuple[int, int]:
    """(answers on the page, times the page is marked done) for one response."""
    codes = [item.code for item in PAGE.items]
    with engine.connect() as connection:
        answers = connection.scalar(select(func.count()).select_from(Answer).where(
            Answer.response_id == response_id, Answer.item_code.in_(codes)))
        done = connection.scalar(select(Response.pages_done).where(Response.id == response_id)) or []
    return answers, list(done).count(PAGE.key)


def _retry(request: bytes, port: int) -> str:
    """Send the same POST until a worker answers it; return the final status."""
    outcome = "never answered"
    for _ in range(RETRY_ATTEMPTS):
        try:
            with socket.create_connection((HOST, port), timeout=REQUEST_TIMEOUT) as connection:
                connection.sendall(request)
                outcome = _read_status(connection)
        except OSError as error:
            outcome = type(error).__name__
        if outcome.isdigit():
            return outcome
        time.sleep(RETRY_PAUSE_S)
    return outcome


def run(url: str, rounds: int, seed: int, logs: Path) -> Counter:
    """Seed, serve, and kill a worker in each round; count what happened."""
    migrate.upgrade(url)
    tokens = seed_links(url, rounds)
    env = {**os.environ, "FLASK_DATABASE_URL": url, "FLASK_SECRET_KEY": "bench",
           "FLASK_RATELIMIT_STORAGE_URI": "memory://"}
    rng = random.Random(seed)
    counts: Counter = Counter()
    engine = create_engine(url)
    log = logs / "faults.log"
    try:
        with serve("wsgi:create_app()", env, log) as (port, master):
            sessions = open_links(port, tokens)
            ids = response_ids(url)
            for (cookie, csrf), response_id in zip(sessions, ids, strict=True):
                workers = _wait_for_workers(master, log.with_suffix(".ready"))
                answers = {item.code: str(rng.randint(1, 5)) for item in PAGE.items}
                request = _post(cookie, csrf, answers, port)
                with socket.create_connection((HOST, port), timeout=REQUEST_TIMEOUT) as connection:
                    connection.sendall(request)
                    time.sleep(rng.uniform(0, MAX_KILL_DELAY_S))
                    victim = _holder(workers, _socket_inode(port, connection.getsockname()[1]))
                    if victim is None:  # already answered, or not yet accepted: kill one anyway
                        victim = rng.choice(workers)
                        counts["killed a worker not holding the request"] += 1
                    else:
                        counts["killed the worker holding the request"] += 1
                    os.kill(victim, signal.SIGKILL)
                    first = _read_status(connection)
                counts[f"first POST: {first}"] += 1
                saved, done = _stored(engine, response_id)
                if saved == 0 and done == 0:
                    counts["after the kill: nothing stored"] += 1
                elif saved == len(PAGE.items) and done == 1:
                    counts["after the kill: whole page stored"] += 1
                else:
                    counts["after the kill: PARTIAL or inconsistent (goal 0)"] += 1
                counts[f"retry: {_retry(request, port)}"] += 1
                saved, done = _stored(engine, response_id)
                if saved == len(PAGE.items) and done == 1:
                    counts["after the retry: stored exactly once"] += 1
                else:
                    counts[f"after the retry: WRONG ({saved} answers, done {done} times) (goal 0)"] += 1
    finally:
        engine.dispose()
    return counts


def main() -> None:
    """Run the rounds on SQLite or PostgreSQL and print the counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true",
                        help=f"use a new scratch database on {LOCAL_POSTGRES} (dropped afterwards)")
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()
    with fresh_database(LOCAL_POSTGRES if args.postgres else None) as url, \
            tempfile.TemporaryDirectory(prefix="fv-bench-logs-") as logs:
        started = time.monotonic()
        counts = run(url, args.rounds, args.seed, Path(logs))
        database = "postgresql" if url.startswith("postgresql") else "sqlite"
        print(f"\nKilling a worker (SIGKILL) 0-{MAX_KILL_DELAY_S * 1000:.0f} ms into saving "
              f"{PAGE.key} ({len(PAGE.items)} answers), then retrying the same POST: {database}, "
              f"gunicorn -w 2, {args.rounds} rounds in {time.monotonic() - started:.0f} s")
        for outcome, n in sorted(counts.items()):
            print(f"  {outcome:<62}{n:>5}")


if __name__ == "__main__":
    main()
