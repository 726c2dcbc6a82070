"""Family pages can be translated by adding a catalogue, with no change to the code."""
from __future__ import annotations

import re
import subprocess
import sys

from babel.messages.pofile import read_po

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from family_by_family_scale.free_text import COMMENT_QUESTIONS
from surveys.questionnaire.invitations import issue_link
from surveys.questionnaire.plan import plan_pages
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from surveys.web.forms import EXPIRED_FORM_MESSAGE
from tests.factories import make_case, wave_of
from wsgi import create_app

WELSH = '''
msgid "How are things for your family?"
msgstr "Sut mae pethau i'ch teulu?"

msgid "Exit this page"
msgstr "Gadael y dudalen hon"

msgid "There is a problem"
msgstr "Mae yna broblem"

msgid "Connected to our community"
msgstr "Cysylltiad â’n cymuned"

msgid "We do things that help our community."
msgstr "Rydym yn gwneud pethau i helpu ein cymuned."

msgid "Mostly like us"
msgstr "Gan amlaf fel ni"

msgid "Prefer not to say"
msgstr "Gwell gennyf beidio â dweud"

msgid "What would you like help with?"
msgstr "Gyda beth hoffech chi gael help?"

msgid "Page not found"
msgstr "Heb ddod o hyd i’r dudalen"
'''


def _welsh_app(tmp_path, database_url):
    folder = tmp_path / "translations" / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                        + WELSH)
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "compile", "-d",
                    str(tmp_path / "translations")], check=True, capture_output=True)
    return create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "t",
                       "LANGUAGES": ["en_GB", "cy"],
                       "BABEL_TRANSLATION_DIRECTORIES": str(tmp_path / "translations")})


def _open_link(app, db, make_staff, team):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                          member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                          issued_by=None)
    db.commit()
    client = app.test_client()
    client.get(f"/q/{token}")
    return client


def test_a_welsh_catalogue_translates_the_family_pages(tmp_path, database_url, db, make_staff, team):
    app = _welsh_app(tmp_path, database_url)
    client = _open_link(app, db, make_staff, team)
    welsh = client.get("/questionnaire", headers={"Accept-Language": "cy"}).get_data(as_text=True)
    english = client.get("/questionnaire", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)
    app.extensions["fv_engine"].dispose()
    assert "Sut mae pethau i" in welsh and "teulu?" in welsh and "Gadael y dudalen hon" in welsh
    assert '<html lang="cy"' in welsh
    assert "How are things for your family?" in english


def test_a_welsh_catalogue_translates_statements_scale_labels_and_questions(tmp_path, database_url, db,
                                                                          make_staff, team):
    app = _welsh_app(tmp_path, database_url)
    client = _open_link(app, db, make_staff, team)
    welsh = {"Accept-Language": "cy"}
    area = client.get("/questionnaire/area-community", headers=welsh).get_data(as_text=True)
    words = client.get("/questionnaire/your-words", headers=welsh).get_data(as_text=True)
    missing = client.get("/questionnaire/not-a-page", headers=welsh).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', area).group(1)
    unanswered = client.post("/questionnaire/area-community", data={"csrf_token": token},
                             headers=welsh).get_data(as_text=True)
    english = client.get("/questionnaire/area-community").get_data(as_text=True)
    app.extensions["fv_engine"].dispose()
    assert "Cysylltiad â’n cymuned" in area  # the section title
    assert "Rydym yn gwneud pethau i helpu ein cymuned." in area  # a statement
    assert "We do things that help our community." not in area
    assert "Gan amlaf fel ni" in area and "Mostly like us" not in area  # a scale label
    assert "Gwell gennyf beidio â dweud" in area
    assert '<label class="govuk-label govuk-label--s" for="help_wanted">' in words  # a start wave
    assert "Gyda beth hoffech chi gael help?" in words and "What would you like help with?" not in words
    assert "Heb ddod o hyd i’r dudalen" in missing and "Gadael y dudalen hon" in missing
    assert "Mae yna broblem" in unanswered and "There is a problem" not in unanswered
    assert "We do things that help our community." in english and "Mostly like us" in english


def test_extracting_messages_finds_every_string_a_family_reads(tmp_path, repo_root):
    pot = tmp_path / "messages.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract", "-F", "babel.cfg",
                    "-o", str(pot), "."], cwd=repo_root, check=True, capture_output=True)
    with pot.open("rb") as handle:
        found = {message.id if isinstance(message.id, str) else message.id[0]
                 for message in read_po(handle) if message.id}
    wanted = set()
    for instrument in (FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE):
        wanted |= {item.text for item in instrument.items} | {area.title for area in instrument.areas}
        wanted |= {label for _value, label in instrument.scale}
        wanted |= {instrument.question, instrument.prefer_not_to_say}
    for role, wave in (("parent_carer", "middle"), ("child", "start")):
        wanted |= {page.title for page in plan_pages(role, wave, has_goals=True)}
    wanted |= {label for questions in COMMENT_QUESTIONS.values() for _key, label in questions}
    wanted |= {str(EXPIRED_FORM_MESSAGE),  # English outside a request
               "%(what)s must not contain hidden control characters",
               "%(what)s must be %(max)s characters or fewer",
               "Links last for %(num)s day.", "Page not found", "What you sent was too long",
               "Sorry, we could not use what was sent", "We are doing:", "We will:",
               "There is a problem", "Sorry, we could not save this page just now", "Try again"}
    assert wanted - found == set()
