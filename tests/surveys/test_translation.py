"""Family pages can be translated by adding a catalogue, with no change to the code."""
from __future__ import annotations

import subprocess
import sys

from surveys.db import utcnow
from surveys.invitations import issue_link
from surveys.models import Role, WaveKind
from tests.factories import make_case, wave_of
from wsgi import create_app

WELSH = '''
msgid "How are things for your family?"
msgstr "Sut mae pethau i'ch teulu?"

msgid "Exit this page"
msgstr "Gadael y dudalen hon"
'''


def test_a_welsh_catalogue_translates_the_family_pages(tmp_path, database_url, db, make_staff, team):
    folder = tmp_path / "translations" / "cy" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                                        + WELSH)
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "compile", "-d",
                    str(tmp_path / "translations")], check=True, capture_output=True)
    app = create_app({"TESTING": True, "DATABASE_URL": database_url, "SECRET_KEY": "t",
                      "LANGUAGES": ["en_GB", "cy"],
                      "BABEL_TRANSLATION_DIRECTORIES": str(tmp_path / "translations")})
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                          member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                          issued_by=None)
    db.commit()
    client = app.test_client()
    client.get(f"/q/{token}")
    welsh = client.get("/questionnaire", headers={"Accept-Language": "cy"}).get_data(as_text=True)
    english = client.get("/questionnaire", headers={"Accept-Language": "en-GB"}).get_data(as_text=True)
    app.extensions["fv_engine"].dispose()
    assert "Sut mae pethau i" in welsh and "teulu?" in welsh and "Gadael y dudalen hon" in welsh
    assert '<html lang="cy"' in welsh
    assert "How are things for your family?" in english
