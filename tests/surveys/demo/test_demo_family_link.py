"""`flask demo-family-link` (printed by `make run`): a fresh link to one demo parent's start
questionnaire, so a newcomer sees the family's side at once; never on a real council."""
from __future__ import annotations

import re
from datetime import date

from surveys.demo.council import build_demo_council
from surveys.records.models import CouncilSettings
from surveys.records.settings import DEFAULTS


def _link(runner) -> str:
    result = runner.invoke(args=["demo-family-link", "--base-url", "http://127.0.0.1:5000"])
    assert result.exit_code == 0, result.output
    return re.search(r"http://127\.0\.0\.1:5000/q/[A-Za-z0-9_-]+", result.output).group(0)


def test_each_start_prints_a_fresh_link_to_a_start_questionnaire(db, runner, client):
    build_demo_council(db, families=60, seed=2026, today=date(2026, 11, 24))  # as make run seeds
    db.commit()
    first = _link(runner)
    second = _link(runner)
    assert first != second
    # The newer link opens the start page; the older one was replaced.
    assert client.get(first.removeprefix("http://127.0.0.1:5000")).status_code == 404
    opened = client.get(second.removeprefix("http://127.0.0.1:5000"))
    assert opened.headers["Location"] == "/questionnaire"
    start = client.get("/questionnaire").get_data(as_text=True)
    assert "How are things for your family?" in start
    assert "Start now" in start or "Carry on" in start
    assert "What would you like help with?" in client.get("/questionnaire/your-words").get_data(
        as_text=True)  # a start questionnaire


def test_a_real_council_never_gets_a_link_printed(db, runner):
    db.add(CouncilSettings(**{**DEFAULTS, "council_name": "Northshire Council"}))
    db.commit()
    result = runner.invoke(args=["demo-family-link"])
    assert result.exit_code == 0 and "/q/" not in result.output
    assert "not the demo council" in result.output
