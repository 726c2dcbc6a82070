"""Write every figure a reader sees in the quarterly report, to check a change moves none of them.

    .venv/bin/python -m benchmarks.report_figures --out /tmp/before              # demo council
    .venv/bin/python -m benchmarks.report_figures --out /tmp/before --bench 300  # bench council
    ... change the code, run again with --out /tmp/after ...
    diff -r /tmp/before /tmp/after && echo "no figure moved"

Seeds a council in a temporary SQLite database (the demo council, or the benchmark's synthetic
one with --bench N families), signs a commissioner in, and saves for several quarters (the last
whole one, the one in progress, and one a year back: a small one falls back to the rolling 12
months) and several groups (whole council, a locality, a team, a support level, a team at one
level) the web page's text (what a reader sees, without markup) and the aggregate CSV, plus the
co-production pack's text. Every request runs in one process, so the later ones meet the kept
protections and trend points as a commissioner's later clicks would. Dates are fixed (--today)
so two runs on different days still compare.
"""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlencode


class _Text(HTMLParser):
    """The text of a page as a reader meets it: no scripts, styles or markup."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        """Skip what a reader never sees."""
        if tag in ("script", "style"):
            self._skip += 1

    def handle_endtag(self, tag) -> None:
        """Leave a skipped element."""
        if tag in ("script", "style"):
            self._skip -= 1

    def handle_data(self, data) -> None:
        """Keep each run of visible text on its own line."""
        if not self._skip and data.strip():
            self.parts.append(" ".join(data.split()))


def page_text(html: str) -> str:
    """What a reader sees on a page, one text run per line."""
    parser = _Text()
    parser.feed(html)
    return "\n".join(parser.parts) + "\n"


def main() -> None:
    """Seed a council, then write each report's page text and CSV into --out."""
    from sqlalchemy import select

    from reports import views
    from reports.quarterly.period import Quarter
    from surveys.records.db import get_session
    from surveys.records.enums import Role
    from surveys.records.models import Locality, Team
    from surveys.records.staff import StaffUser
    from surveys.staff import two_factor
    from surveys.staff.passwords import hash_password
    from tests.factories import migrated_empty_database
    from wsgi import create_app

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--bench", type=int, help="the benchmark's council of this many families "
                        "(default: the demo council)")
    parser.add_argument("--families", type=int, default=800, help="demo council families")
    parser.add_argument("--today", default="2026-11-20")
    parser.add_argument("--database-url", help="a database to WIPE and use (default: SQLite)")
    args = parser.parse_args()
    today = date.fromisoformat(args.today)
    views.today = lambda: today  # the view's one clock, fixed so two runs compare
    tmp = tempfile.TemporaryDirectory()
    url = migrated_empty_database(args.database_url
                                  or f"sqlite:///{Path(tmp.name) / 'figures.db'}")
    app = create_app({"DATABASE_URL": url, "SECRET_KEY": "figures", "TESTING": True,
                      "WTF_CSRF_ENABLED": False})
    with app.app_context():
        db = get_session()
        if args.bench:
            from tests.reports.council import seed_council
            seed_council(db, families=args.bench, seed=2026, today=today)
        else:
            from surveys.demo.council import build_demo_council_with_counts
            build_demo_council_with_counts(db, families=args.families, seed=7, today=today)
        secret = two_factor.new_secret()
        db.add(StaffUser(email="figures@check.example", display_name="Figures",
                         role=Role.COMMISSIONER, password_hash=hash_password("check-password"),
                         totp_secret=secret, totp_confirmed_at=datetime.now(UTC)))
        db.commit()
        team, locality = db.execute(select(Team.name, Locality.name).join(
            Locality, Team.locality_id == Locality.id).order_by(Team.name)).first()
    client = app.test_client()

    def sign_in() -> None:
        """Sign in (again after a cold request on a busy machine outlasts the idle limit)."""
        client.post("/sign-in", data={"email": "figures@check.example",
                                      "password": "check-password"})
        done = client.post("/sign-in/code", data={"code": two_factor.code_at(
            secret, datetime.now(UTC))})
        assert done.headers.get("Location", "").endswith("/overview"), done.status_code
    last = Quarter.containing(today).previous()
    quarters = (last, Quarter.containing(today), last.previous().previous().previous().previous())
    groups = ({}, {"locality": locality}, {"team": team}, {"support_level": "support"},
              {"team": team, "support_level": "early_help"})
    args.out.mkdir(parents=True, exist_ok=True)
    sign_in()
    for quarter in quarters:
        for group in groups:
            query = urlencode({"quarter": quarter.code, **group})
            name = "-".join([quarter.code, *(f"{k}={v}" for k, v in group.items())]) or "all"
            for path, suffix in (("/reports/quarterly", "page.txt"),
                                 ("/reports/quarterly/csv", "csv"),
                                 ("/reports/co-production", "pack.txt")):
                response = client.get(f"{path}?{query}")
                if response.status_code == 302:  # signed out while a cold request ran
                    sign_in()
                    response = client.get(f"{path}?{query}")
                assert response.status_code == 200, (path, query, response.status_code)
                body = response.get_data(as_text=True)
                text = body if suffix == "csv" else page_text(body)
                (args.out / f"{name}.{suffix}").write_text(text, encoding="utf-8")
    # The PDF of the whole council's last quarter, as text (poppler's pdftotext).
    response = client.get(f"/reports/quarterly/pdf?quarter={last.code}")
    assert response.status_code == 200, response.status_code
    pdf = Path(tmp.name) / "report.pdf"
    pdf.write_bytes(response.get_data())
    subprocess.run(["pdftotext", "-layout", str(pdf), str(args.out / f"{last.code}.pdf.txt")],
                   check=True)
    print(f"Wrote {len(list(args.out.iterdir()))} files to {args.out}")
    tmp.cleanup()


if __name__ == "__main__":
    main()
