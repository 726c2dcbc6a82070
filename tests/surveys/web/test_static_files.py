"""Built assets: content-hashed names cached for a year, sent pre-compressed; family pages
compressed and never stored; staff pages left uncompressed."""
from __future__ import annotations

import json
from pathlib import Path

import brotli
import pytest
from flask.testing import FlaskClient

from surveys.records.enums import Role
from tests.factories import make_case
from tests.surveys.questionnaire.answering import make_link

STATIC = Path(__file__).resolve().parents[3] / "surveys" / "static"


@pytest.fixture
def manifest():
    path = STATIC / "manifest.json"
    if not path.exists():
        pytest.skip("assets not built (make builds them with npm)")
    return json.loads(path.read_text())


def _fetch(client, url, **kwargs):
    """A static file read whole, its file closed (WhiteNoise streams it from disk)."""
    response = client.get(url, **kwargs)
    response.get_data()
    response.close()
    return response


@pytest.mark.parametrize("name", ["family.css", "family.js", "family-voice.css", "staff.js"])
def test_built_assets_are_kept_for_a_year_and_sent_compressed(client, manifest, name):
    url = f"/static/{manifest[name]}"
    plain = _fetch(client, url)
    assert plain.status_code == 200 and "Content-Encoding" not in plain.headers
    assert plain.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    assert plain.headers["X-Content-Type-Options"] == "nosniff"
    for encoding in ("br", "gzip"):
        packed = _fetch(client, url, headers={"Accept-Encoding": encoding})
        assert packed.headers["Content-Encoding"] == encoding
        assert len(packed.data) < len(plain.data) / 3
        assert "Accept-Encoding" in packed.headers["Vary"]


def test_a_family_page_is_compressed_and_never_stored(app, client, db, make_staff, team, manifest):
    case = make_case(db, make_staff(Role.KEYWORKER, team), team)
    _, token = make_link(db, case)
    client.get(f"/q/{token}")
    # A plain client with the family's cookie: the checking client reads pages as text.
    phone = FlaskClient(app)
    phone.set_cookie("fv_session", client.get_cookie("fv_session").value)
    page = phone.get("/questionnaire/area-community", headers={"Accept-Encoding": "br, gzip"})
    assert page.headers["Content-Encoding"] == "br"
    assert page.headers["Cache-Control"] == "no-store"
    html = brotli.decompress(page.data).decode()
    assert "Connected to our community" in html
    assert f"/static/{manifest['family.css']}" in html and f"/static/{manifest['family.js']}" in html
    assert "family-voice" not in html  # not the staff stylesheet


def test_staff_pages_are_not_compressed(app, manifest):
    page = FlaskClient(app).get("/sign-in", headers={"Accept-Encoding": "br, gzip"})
    assert page.status_code == 200 and "Content-Encoding" not in page.headers
    assert f"/static/{manifest['family-voice.css']}" in page.get_data(as_text=True)
