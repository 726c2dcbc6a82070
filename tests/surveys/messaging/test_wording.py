"""Message wording: plain, says who it is from, never names the service's subject where someone
else may see it, council wording checked, and every default found by the translators' extract."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from babel.messages.pofile import read_po

from surveys.messaging.wording import (
    DEFAULTS,
    FOR_CHILD,
    PREVIEW_CHARACTERS,
    SAMPLE,
    WordingInvalid,
    check_template,
    compose_wording,
    fill,
    revealing_words,
)


@pytest.mark.parametrize("kind, part", sorted(DEFAULTS))
def test_every_default_passes_the_councils_own_checks(kind, part):
    check_template(DEFAULTS[(kind, part)], kind=kind, part=part)


@pytest.mark.parametrize("kind, part", sorted(DEFAULTS))
def test_every_default_says_who_it_is_from_and_hides_the_subject(kind, part):
    text = fill(DEFAULTS[(kind, part)], SAMPLE)
    assert SAMPLE["sender"] in text
    assert revealing_words(text[:PREVIEW_CHARACTERS]) is None


@pytest.mark.parametrize("text, part, message", [
    ("Hi {name} {nickname} {link}", "sms", "{nickname} is not a placeholder"),
    ("Hi {name.upper} {link}", "sms", "is not a placeholder"),
    ("Hi {} {link}", "sms", "is not a placeholder"),
    ("Hi {name", "sms", "Curly brackets"),
    ("Hi {name}, tell us how it is going", "sms", "Include {link}"),
    ("Your link {link}", "subject", "Keep {link} out of the subject"),
    ("Your Early Help questionnaire", "subject", "Do not say 'early help'"),
    ("Safeguarding team here: {link}", "email", "Do not say 'safeguarding'"),
    ("{link} " + "word " * 80, "sms", "Make the text shorter"),
])
def test_council_wording_with_a_problem_says_what_to_change(text, part, message):
    with pytest.raises(WordingInvalid, match=message.replace("{", r"\{").replace("}", r"\}")):
        check_template(text, kind="invitation", part=part)


def test_council_wording_is_used_for_english_readers_only():
    own = {"invitation.sms": "Hiya {name}, from {sender}: {link}"}
    args = dict(name="Grace", sender="Northshire Council", link="https://x.example/q/abc",
                ends=date(2026, 12, 19), council_templates=own)
    assert compose_wording("invitation", "sms", language=None, **args).body == \
        "Hiya Grace, from Northshire Council: https://x.example/q/abc"
    welsh = compose_wording("invitation", "sms", language="cy", **args)
    assert welsh.body.startswith("Hello Grace") or "Hiya" not in welsh.body
    assert "19" in welsh.body


def test_a_childs_link_to_their_parent_says_whose_it_is():
    wording = compose_wording("reminder", "email", name="Grace", sender="Northshire Council",
                              link="https://x.example/q/abc", ends=date(2026, 12, 19),
                              language=None, child="Tobi")
    assert wording.body.endswith("This link is for Tobi to answer.")
    assert wording.subject == "Grace, a reminder from Northshire Council"


def test_the_translators_extract_finds_every_message_wording(tmp_path, repo_root):
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
                    "-o", str(pot), "."], cwd=repo_root, check=True, capture_output=True)
    with pot.open("rb") as handle:
        found = {m.id for m in read_po(handle) if m.id}
    assert set(DEFAULTS.values()) | {FOR_CHILD} <= found
