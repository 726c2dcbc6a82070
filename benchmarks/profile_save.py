"""Profile saving one questionnaire page, in one process, beside the bare app (issue 17 part 7).

    .venv/bin/python -m benchmarks.profile_save                 # SQLite (a temporary file)
    .venv/bin/python -m benchmarks.profile_save --postgres      # a scratch PostgreSQL database
    .venv/bin/python -m benchmarks.profile_save --profile 40    # and cProfile's top 40 functions

bench_questionnaire measures the real thing (gunicorn, 50 clients); this is the quick loop for
finding where a save's CPU goes. Each request's WSGI environ is built before the clock starts, so
only the app's own work is timed: the real app (`wsgi:create_app()`) and the bare app
(`benchmarks/bare_app.py`) each answer the same POST many times, alternately in rounds so that
other processes on the machine slow both alike. Without gunicorn's own per-request work in both
figures, the ratio printed here is higher than bench_questionnaire's. It prints; it never asserts.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import random
import re
import time

from werkzeug.test import EnvironBuilder

from benchmarks.bench_questionnaire import (
    LOCAL_POSTGRES,
    PAGE,
    fresh_database,
    response_ids,
    seed_links,
)
from surveys.records import migrate

# What each step of a save spends, one level down (--callees to look elsewhere).
CALLEES = (r"wsgi_app|full_dispatch_request|preprocess_request|process_response|views.py.*\(page\)"
           r"|_save|current_questionnaire|ctx.py.*push|ctx.py.*pop|csrf.py.*protect|_load\b"
           r"|open_session|do_teardown_request")


def _call(app, environ: dict) -> tuple[str, bytes]:
    """Run one request through an app's WSGI callable; return its status line and body."""
    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"] = status
        seen["headers"] = headers

    body = b"".join(app(environ, start_response))
    return seen["status"], body


def _environ(path: str, cookie: str, data: dict) -> dict:
    return EnvironBuilder(path=path, method="POST", data=data,
                          headers={"Cookie": f"fv_session={cookie}"}).get_environ()


def _open(app, token: str) -> tuple[str, str]:
    """Open the link and the first area page: (session cookie, CSRF token)."""
    def cookie_from(headers) -> str | None:
        for name, value in headers:
            if name == "Set-Cookie" and value.startswith("fv_session="):
                return value.split(";", 1)[0].split("=", 1)[1]
        return None

    seen = {}

    def start_response(status, headers, exc_info=None):
        seen["status"], seen["headers"] = status, headers

    b"".join(app(EnvironBuilder(path=f"/q/{token}").get_environ(), start_response))
    cookie = cookie_from(seen["headers"])
    environ = EnvironBuilder(path=f"/questionnaire/{PAGE.key}",
                             headers={"Cookie": f"fv_session={cookie}"}).get_environ()
    html = b"".join(app(environ, start_response)).decode()
    found = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    if found is None:
        raise RuntimeError(f"no CSRF token on the first page ({seen['status']})")
    return cookie_from(seen["headers"]) or cookie, found.group(1)


def _bodies(csrf_token: str, count: int) -> list[dict]:
    rng = random.Random(17)
    return [{"csrf_token": csrf_token, **{item.code: str(rng.randint(1, 5)) for item in PAGE.items}}
            for _ in range(count)]


def main() -> None:
    """Seed a fresh database, then time (and optionally profile) both apps saving the page."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", action="store_true")
    parser.add_argument("--saves", type=int, default=400, help="saves per app per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, metavar="N",
                        help="profile the real app's saves and print the top N functions")
    parser.add_argument("--callees", metavar="REGEX", default=CALLEES,
                        help="with --profile: print what the functions matching this spend")
    parser.add_argument("--ratelimit-storage", default="redis://127.0.0.1:6379")
    args = parser.parse_args()

    with fresh_database(LOCAL_POSTGRES if args.postgres else None) as url:
        migrate.upgrade(url)
        [token] = seed_links(url, 1)
        os.environ.update({"FLASK_DATABASE_URL": url, "FLASK_SECRET_KEY": "bench",
                           "FLASK_RATELIMIT_STORAGE_URI": args.ratelimit_storage})
        from benchmarks import bare_app
        from wsgi import create_app

        real = create_app()
        bare = bare_app.create_app()
        cookie, csrf_token = _open(real, token)
        [response_id] = response_ids(url)
        bodies = _bodies(csrf_token, args.saves)
        real_path, bare_path = f"/questionnaire/{PAGE.key}", f"/save/{response_id}"

        def run(app, path: str) -> float:
            environs = [_environ(path, cookie, body) for body in bodies]
            started = time.process_time()
            for environ in environs:
                status, _body = _call(app, environ)
                if not status.startswith("302"):
                    raise RuntimeError(f"{path} answered {status}")
            return (time.process_time() - started) / len(environs) * 1000

        run(real, real_path), run(bare, bare_path)  # warm both (caches, connections)
        figures = []
        for _ in range(args.rounds):
            figures.append((run(real, real_path), run(bare, bare_path)))
        database = "postgresql" if url.startswith("postgresql") else "sqlite"
        print(f"Saving {PAGE.key} ({len(PAGE.items)} answers) in one process, {database}: "
              f"CPU ms per save, {args.saves} saves a round")
        for n, (r, b) in enumerate(figures, 1):
            print(f"  round {n}: real {r:.2f} ms, bare {b:.2f} ms, ratio {r / b:.2f}x")
        ratios = sorted(r / b for r, b in figures)
        print(f"  ratio: median {ratios[len(ratios) // 2]:.2f}x, spread {ratios[0]:.2f}-{ratios[-1]:.2f}x")

        if args.profile:
            environs = [_environ(real_path, cookie, body) for body in bodies]
            profiler = cProfile.Profile(time.process_time)  # CPU, not waiting on fsync
            profiler.enable()
            for environ in environs:
                _call(real, environ)
            profiler.disable()
            out = io.StringIO()
            stats = pstats.Stats(profiler, stream=out)
            stats.sort_stats("cumulative").print_stats(args.profile)
            stats.sort_stats("tottime").print_stats(args.profile)
            # what each step of a save spends, one level down
            stats.sort_stats("cumulative").print_callees(args.callees)
            print(out.getvalue())


if __name__ == "__main__":
    main()
