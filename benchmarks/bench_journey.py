"""Benchmark: server time for a family's journey page (5 members, 3 waves) and its PDF, and for
the dashboard of a 60-case caseload; and the dashboard's query count for 10 and 60 cases.

Run with `.venv/bin/python benchmarks/bench_journey.py` (SQLite in a temporary folder, or
`--database-url postgresql://...` for an empty PostgreSQL database it may wipe). Prints figures;
asserts none (tests/surveys/cases/test_dashboard.py asserts the query count is fixed).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from surveys.records import migrate  # noqa: E402
from surveys.records.db import Base  # noqa: E402
from surveys.records.enums import AgeBand, MemberRole, Role
from surveys.records.models import Locality, Team, WaveKind  # noqa: E402
from surveys.records.staff import StaffUser
from surveys.staff import two_factor
from surveys.staff.passwords import hash_password  # noqa: E402
from tests.factories import add_response, all_items, make_case, wave_of  # noqa: E402
from wsgi import create_app  # noqa: E402

PASSWORD = "benchmark password"
FIVE = (("Ama", MemberRole.PARENT_CARER, AgeBand.ADULT),
        ("Kofi", MemberRole.PARENT_CARER, AgeBand.ADULT),
        ("Esi", MemberRole.YOUNG_PERSON, AgeBand.TEEN),
        ("Yaw", MemberRole.CHILD, AgeBand.CHILD),
        ("Abena", MemberRole.CHILD, AgeBand.CHILD))


def _database(url: str | None, folder: Path) -> str:
    if url:
        url = url.replace("postgresql://", "postgresql+psycopg://", 1)
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    else:
        url = f"sqlite:///{folder / 'bench.db'}"
    migrate.upgrade(url)
    return url


def _staff(db: Session, team: Team, email: str) -> StaffUser:
    user = StaffUser(email=email, display_name=email.split("@")[0], role=Role.KEYWORKER,
                     team=team, password_hash=hash_password(PASSWORD),
                     totp_secret=two_factor.new_secret(), totp_confirmed_at=datetime.now(UTC))
    db.add(user)
    db.commit()
    return user


def _caseload(db: Session, keyworker: StaffUser, team: Team, size: int) -> None:
    for n in range(size):
        case = make_case(db, keyworker, team, family_name=f"Family {n}")
        add_response(db, wave_of(case, WaveKind.START), case.family.members[0], all_items(3),
                     comments={"helped_most": f"Comment {n}"})


def _five_member_family(db: Session, keyworker: StaffUser, team: Team,
                        sharing: bool = False) -> int:
    case = make_case(db, keyworker, team, family_name="Mensah", members=FIVE,
                     goals=("Calmer mornings", "Esi back at college", "Family days out"))
    for member in case.family.members:  # --sharing: all five agreed, the PDF's biggest case
        member.shares_results = True if sharing else None
    goals = [g.id for g in case.goals]
    for step, kind in enumerate((WaveKind.START, WaveKind.MIDDLE, WaveKind.CLOSE)):
        for index, member in enumerate(case.family.members):
            value = min(5, 2 + step + index % 2)
            add_response(db, wave_of(case, kind), member, all_items(value),
                         service={"SVC01": 4, "SVC07": 5} if step else None,
                         goal_ratings={g: min(10, 2 + 3 * step) for g in goals},
                         comments={"helped_most": f"{member.first_name} at the {kind.value}."})
    return case.id


def _signed_in(app, email: str, secret: str):
    """A client signed in through both steps: the password, then the code the person's app
    shows now (each person signs in once, so no code is used twice)."""
    client = app.test_client()
    response = client.post("/sign-in", data={"email": email, "password": PASSWORD})
    assert response.headers.get("Location", "").endswith("/sign-in/code"), response.status_code
    code = two_factor.code_at(secret, datetime.now(UTC))
    response = client.post("/sign-in/code", data={"code": code})
    assert response.status_code == 302 and "/sign-in" not in response.headers["Location"], \
        response.status_code
    return client


def _time(client, url: str, repeats: int) -> tuple[float, float]:
    client.get(url)  # warm up templates and caches
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return statistics.median(times), max(times)


def _cpu(client, url: str, repeats: int) -> float:
    """CPU milliseconds per request (this process: the app and the database driver; SQLite's
    work too, PostgreSQL's server not), after a warm-up."""
    client.get(url)
    started = time.process_time()
    for _ in range(repeats):
        client.get(url)
    return (time.process_time() - started) * 1000 / repeats


def _queries(app, client, url: str) -> int:
    count = 0

    def counter(*_args):
        nonlocal count
        count += 1

    engine = app.extensions["fv_engine"]
    event.listen(engine, "before_cursor_execute", counter)
    try:
        client.get(url)
    finally:
        event.remove(engine, "before_cursor_execute", counter)
    return count


def main() -> None:
    """Build the data, then print timings and query counts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url")
    parser.add_argument("--repeats", type=int, default=30)
    parser.add_argument("--sharing", action="store_true",
                        help="all five members agreed: their results go in the family's PDF")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = _database(args.database_url, Path(folder))
        app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "bench",
                          "WTF_CSRF_ENABLED": False})
        with Session(bind=app.extensions["fv_engine"]) as db:
            team = Team(name="Bench team", locality=Locality(name="Bench"))
            db.add(team)
            db.commit()
            small, large = _staff(db, team, "ten@example.gov.uk"), _staff(
                db, team, "sixty@example.gov.uk")
            started = time.perf_counter()
            _caseload(db, small, team, 10)
            _caseload(db, large, team, 59)
            case_id = _five_member_family(db, large, team, sharing=args.sharing)
            logins = [(user.email, user.totp_secret) for user in (small, large)]
            print(f"data built in {time.perf_counter() - started:.1f}s on "
                  f"{app.extensions['fv_engine'].dialect.name}")
        from reports.journey.views import chart_markup

        ten, sixty = (_signed_in(app, email, secret) for email, secret in logins)
        for label, client, path in (
                ("journey page, 5 members x 3 waves", sixty, f"/cases/{case_id}/journey"),
                ("Our journey PDF, 5 members x 3 waves", sixty,
                 f"/cases/{case_id}/journey/our-journey.pdf"),
                ("dashboard, 10 cases", ten, "/dashboard"),
                ("dashboard, 60 cases", sixty, "/dashboard")):
            chart_markup.cache_clear()
            started = time.perf_counter()
            client.get(path)
            cold = (time.perf_counter() - started) * 1000
            median, worst = _time(client, path, args.repeats)
            print(f"{label:40s} first {cold:7.1f} ms   then median {median:7.1f} ms, "
                  f"max {worst:7.1f} ms")
        # CPU per request against a bare page the same app serves in the same process, so the
        # ratio holds on a slower or busier machine.
        bare = _cpu(sixty, "/accessibility", args.repeats)
        print(f"CPU per request: bare page (/accessibility) {bare:.1f} ms")
        for label, path in (("journey page", f"/cases/{case_id}/journey"),
                            ("Our journey PDF", f"/cases/{case_id}/journey/our-journey.pdf")):
            cpu = _cpu(sixty, path, args.repeats)
            print(f"CPU per request: {label:16s} {cpu:7.1f} ms = {cpu / bare:5.1f} x the bare page")
        print(f"dashboard SQL queries: 10 cases {_queries(app, ten, '/dashboard')}, "
              f"60 cases {_queries(app, sixty, '/dashboard')}")
        print(f"journey page SQL queries: {_queries(app, sixty, f'/cases/{case_id}/journey')}")
        app.extensions["fv_engine"].dispose()
        if args.database_url:
            engine = create_engine(url)
            with engine.begin() as conn:
                conn.execute(text("SET LOCAL session_replication_role = replica"))  # audit log
                conn.execute(text("TRUNCATE " + ", ".join(
                    f'"{t.name}"' for t in Base.metadata.sorted_tables) + " CASCADE"))
            engine.dispose()


if __name__ == "__main__":
    main()
