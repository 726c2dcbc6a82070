"""Benchmark sending: 10,000 queued emails sent by a real worker to a local SMTP server, while a
family answers questionnaire pages on the real app.

    .venv/bin/python -m benchmarks.bench_messaging                    # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.bench_messaging --postgres         # PostgreSQL on 127.0.0.1
    .venv/bin/python -m benchmarks.bench_messaging --messages 2000    # a quicker run

Makes a fresh database, one family member with a live link (bench_questionnaire's seeding), and
serves the real app with `gunicorn -w 2` on loopback; an aiosmtpd server (its Sink handler, in
a process of its own) takes the emails. Then, in one run:

1. the bare baseline: this process sends the same number of emails over one smtplib
   connection, nothing else (the fastest the SMTP server takes them);
2. the family page alone: one family fetches an area page over and over; p50/p95 latency and
   the web server's CPU per request;
3. the same messages queued as the app queues them (sealed bodies, unique references) and a real
   worker (`flask worker --burst`, at its production CPU priority) sending them all, while the
   family keeps fetching the page. The worker is paused (SIGSTOP) in every other window of a
   couple of seconds, so the page's latency with and without sending is drawn from the same
   minutes: on a machine shared with other work the background load moves more than sending
   does, and a before/after comparison would measure that instead.

It prints messages a second (and as a ratio to the bare baseline), the worker's CPU per message,
and the family page's p95 and CPU per request while sending, as a ratio to the paused windows.
Goal (issue 19): sending never slows family pages by more than 10%. Benchmarks print; they
never assert.
"""
from __future__ import annotations

import argparse
import contextlib
import http.client
import os
import signal
import smtplib
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select

from benchmarks.bench_questionnaire import (
    HOST,
    LOCAL_POSTGRES,
    PAGE,
    ROOT,
    _cpu_seconds,
    fresh_database,
    open_links,
    seed_links,
    serve,
)
from surveys.messaging.compose import seal_body
from surveys.records import migrate, sealing
from surveys.records.db import utcnow
from surveys.records.models import Message
from tests.message_servers import free_port

SECRET = "bench-messaging-secret"


@contextlib.contextmanager
def smtp_sink():
    """aiosmtpd's Sink handler (takes every email, keeps none) in a process of its own; its port."""
    port = free_port()
    # It stands in for the council's mail server or Notify, which run on other machines: here it
    # shares the cores, so it runs at the lowest priority and its CPU is reported on its own.
    process = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink",
                                "-l", f"{HOST}:{port}"], cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, preexec_fn=lambda: os.nice(19))
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), smtplib.SMTP(HOST, port, timeout=2) as smtp:
                smtp.noop()
                break
            time.sleep(0.1)
        yield port, process.pid
    finally:
        process.terminate()
        process.wait(timeout=15)


def bare_send(port: int, count: int) -> float:
    """Seconds for plain smtplib to send `count` emails over one connection."""
    started = time.perf_counter()
    with smtplib.SMTP(HOST, port) as smtp:
        for n in range(count):
            email = EmailMessage()
            email["From"], email["To"] = "fv@council.example", f"person{n}@example.com"
            email["Subject"] = "From your keyworker"
            email["Message-ID"] = f"<bare-{n}@council.example>"
            email.set_content(f"Your link for bare-{n}")
            smtp.send_message(email)
    return time.perf_counter() - started


def queue_messages(url: str, count: int) -> None:
    """`count` due emails, as planning records them (sealed bodies, unique references)."""
    sealing.configure(SECRET, None)
    now = utcnow()
    rows = [dict(reference=f"invitation-bench-{n}", kind="invitation", channel="email",
                 to_address=f"person{n}@example.com", subject="From your keyworker",
                 body=seal_body(f"Your link for invitation-bench-{n}"), status="queued",
                 attempts=0, created_at=now, not_before=now - timedelta(minutes=1))
            for n in range(count)]
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(insert(Message), rows)
    engine.dispose()


def sent_count(url: str) -> int:
    """Messages recorded as sent."""
    engine = create_engine(url)
    with engine.connect() as connection:
        count = connection.scalar(select(func.count(Message.id)).where(Message.status == "sent"))
    engine.dispose()
    return count or 0


def fetch(port: int, cookie: str) -> float:
    """Seconds for one GET of the family's area page."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=30)
    connection.request("GET", f"/questionnaire/{PAGE.key}", headers={"Cookie": f"fv_session={cookie}"})
    response = connection.getresponse()
    response.read()
    connection.close()
    if response.status != 200:
        raise RuntimeError(f"the family page gave {response.status}")
    return time.perf_counter() - started


def interleave(worker: subprocess.Popen, port: int, pid: int, cookie: str, window: float):
    """Fetch the family page until the worker exits, pausing the worker (SIGSTOP) in every other
    window: latencies and web CPU by state ("on"/"off"), the worker's running seconds, and its
    exit status and rusage (wait4, not poll, so its CPU use comes back with it)."""
    pages: dict[str, list[float]] = {"on": [], "off": []}
    cpu = {"on": 0.0, "off": 0.0}
    running, state = 0.0, "on"
    while True:
        started, cpu_before = time.monotonic(), _cpu_seconds(pid)
        while time.monotonic() - started < window:
            if state == "on":
                done, status, usage = os.wait4(worker.pid, os.WNOHANG)
                if done:
                    cpu[state] += _cpu_seconds(pid) - cpu_before
                    return pages, cpu, running + time.monotonic() - started, status, usage
            pages[state].append(fetch(port, cookie))
        cpu[state] += _cpu_seconds(pid) - cpu_before
        if state == "on":
            running += time.monotonic() - started
            os.kill(worker.pid, signal.SIGSTOP)
            state = "off"
        else:
            os.kill(worker.pid, signal.SIGCONT)
            state = "on"


def page_figures(latencies: list[float], cpu: float) -> dict[str, float]:
    """p50, p95 (ms) and server CPU per request (ms)."""
    ordered = sorted(latencies)
    return {"n": len(ordered), "p50": statistics.median(ordered) * 1000,
            "p95": ordered[int(0.95 * (len(ordered) - 1))] * 1000, "cpu": cpu / len(ordered) * 1000}


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=400, help="family page fetches alone")
    parser.add_argument("--window", type=float, default=2.0,
                        help="seconds in each sending or paused window")
    parser.add_argument("--postgres", action="store_true", help=f"use {LOCAL_POSTGRES}")
    parser.add_argument("--database-url", help="a PostgreSQL server to make a scratch database on")
    args = parser.parse_args()
    server = args.database_url or (LOCAL_POSTGRES if args.postgres else None)
    with fresh_database(server) as url, tempfile.TemporaryDirectory(prefix="fv-bench-") as folder, \
            smtp_sink() as (smtp_port, smtp_pid):
        migrate.upgrade(url)
        tokens = seed_links(url, 1)
        env = {**os.environ, "PYTHONPATH": str(ROOT), "FLASK_DATABASE_URL": url,
               "FLASK_SECRET_KEY": SECRET, "FLASK_SMTP_URL": f"smtp://{HOST}:{smtp_port}",
               "FLASK_SMTP_SENDER": "fv@council.example",
               "FLASK_QUEUE_URL": f"sqlite:///{Path(folder) / 'queue.db'}",
               "FLASK_PUBLIC_BASE_URL": "http://127.0.0.1"}
        bare_seconds = bare_send(smtp_port, args.messages)
        with serve("wsgi:create_app()", env, Path(folder) / "gunicorn.log") as (port, pid):
            [(cookie, _csrf)] = open_links(port, tokens)
            for _ in range(30):
                fetch(port, cookie)  # warm-up
            cpu_before = _cpu_seconds(pid)
            alone = [fetch(port, cookie) for _ in range(args.requests)]
            quiet = page_figures(alone, _cpu_seconds(pid) - cpu_before)

            queue_messages(url, args.messages)
            subprocess.run([sys.executable, "-m", "flask", "--app", "wsgi", "messages", "send-due"],
                           cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
            with (Path(folder) / "worker.log").open("w") as log:
                worker = subprocess.Popen([sys.executable, "-m", "flask", "--app", "wsgi", "worker",
                                           "--burst"], cwd=ROOT, env=env, stdout=log,
                                          stderr=subprocess.STDOUT)
                smtp_cpu = _cpu_seconds(smtp_pid)
                pages, cpu, running, status, usage = interleave(worker, port, pid, cookie,
                                                                args.window)
                worker.returncode = os.waitstatus_to_exitcode(status)
                smtp_cpu = _cpu_seconds(smtp_pid) - smtp_cpu
            if worker.returncode != 0:
                raise RuntimeError(f"the worker failed:\n{(Path(folder) / 'worker.log').read_text()[-3000:]}")
            on, off = (page_figures(pages[state] or [0.0], cpu[state]) for state in ("on", "off"))
        sent = sent_count(url)
    worker_cpu = usage.ru_utime + usage.ru_stime
    rate, bare_rate = sent / running, args.messages / bare_seconds
    print(f"Family Voice messaging benchmark ({'PostgreSQL' if server else 'SQLite'}), "
          f"{args.messages} emails to a local aiosmtpd (Sink), worker niceness "
          f"{env.get('FLASK_WORKER_NICENESS', 'default')}")
    print(f"  bare smtplib, one connection:  {bare_rate:8.1f} messages/s")
    print(f"  real worker (flask worker --burst: claim, commit, send, record each): "
          f"{rate:8.1f} messages/s ({rate / bare_rate:.2f} of bare), {sent} sent in "
          f"{running:.1f} s of running time, start-up included")
    print(f"  worker CPU per message: {worker_cpu / max(sent, 1) * 1000:.2f} ms "
          f"(process total {worker_cpu:.1f} s from rusage, start-up included)")
    print(f"  SMTP server (stand-in for a remote one, niceness 19) CPU per message: "
          f"{smtp_cpu / max(sent, 1) * 1000:.2f} ms")
    print(f"  family page before any sending: p50 {quiet['p50']:6.1f} ms  p95 {quiet['p95']:6.1f} ms"
          f"  web CPU/request {quiet['cpu']:.2f} ms  ({quiet['n']} requests)")
    print(f"  interleaved {args.window:.0f} s windows while the worker runs (paused with SIGSTOP "
          "in every other window, so both see the same background load):")
    print(f"    worker paused:  p50 {off['p50']:6.1f} ms  p95 {off['p95']:6.1f} ms  "
          f"web CPU/request {off['cpu']:.2f} ms  ({off['n']} requests)")
    print(f"    worker sending: p50 {on['p50']:6.1f} ms  p95 {on['p95']:6.1f} ms  "
          f"web CPU/request {on['cpu']:.2f} ms  ({on['n']} requests)")
    print(f"    ratio sending/paused: p95 {on['p95'] / off['p95']:.2f}, "
          f"web CPU/request {on['cpu'] / off['cpu']:.2f}  (goal: p95 at most 1.10)")
    print(f"  machine: {os.cpu_count()} cores shared; the worker, SMTP server, web server and this "
          "load generator all share them")


if __name__ == "__main__":
    main()
