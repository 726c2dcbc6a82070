"""The audit log's words: every action the code records has a plain name and a sentence."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from surveys.governance.audit_wording import ACTIONS, action_name, describe_event

ROOT = Path(__file__).resolve().parents[3]


def _recorded_actions() -> set[str]:
    """Action codes passed to audit.record (literal, chosen by a conditional, or via a helper)."""
    codes: set[str] = set()
    for package in ("surveys", "reports", "feedback"):
        for path in (ROOT / package).rglob("*.py"):
            text = path.read_text()
            for call in re.findall(r"audit\.record\(\w+,\s*(.*?),\s*actor_id", text, re.S):
                codes |= set(re.findall(r'"([a-z_]+)"', call))
            codes |= set(re.findall(r'audit_list_view\(\w+, "([a-z_]+)"', text))
            codes |= set(re.findall(r'failed="([a-z_]+)"', text))
    codes |= {f"questionnaire_{mode}_started" for mode in ("assisted", "paper")}
    return codes


def test_every_action_the_code_records_reads_in_plain_words():
    recorded = _recorded_actions()
    assert len(recorded) > 40  # the scan found the calls
    assert recorded - ACTIONS.keys() == set()


def test_action_names_are_unique_so_the_filter_can_tell_them_apart():
    names = [wording.name for wording in ACTIONS.values()]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(("action", "who", "target", "expected"), [
    ("case_viewed", "Kim Keyworker", "case FV-6CNCV8", "Kim Keyworker viewed case FV-6CNCV8"),
    ("caseload_viewed", "Kim Keyworker", "3 families", "Kim Keyworker viewed their caseload (3 families)"),
    ("questionnaire_submitted", None, "a start questionnaire for family FV-6CNCV8",
     "A family member sent a start questionnaire for family FV-6CNCV8"),
    ("retention_run", None, None, "A command run on the server deleted details past their retention"),
    ("sign_in_failed", None, None,
     "Someone tried to sign in with a wrong email address or password"),
    ("case_closed", "Kim Keyworker", None, "Kim Keyworker closed a record"),
    ("brand_new_thing", None, None, "A command run on the server: brand new thing"),
])
def test_events_read_as_sentences(action, who, target, expected):
    sentence = describe_event(action, who, target)
    assert sentence == expected
    assert "None" not in sentence and "_" not in sentence


@pytest.mark.parametrize(("action", "expected"), [
    ("case_viewed", "Case viewed"), ("sign_in_throttled", "Sign-in paused after too many tries"),
    ("brand_new_thing", "Brand new thing")])
def test_actions_have_plain_names_for_the_filter(action, expected):
    assert action_name(action) == expected
