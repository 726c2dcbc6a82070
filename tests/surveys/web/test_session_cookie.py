"""The session cookie keeps Flask's signing while its serializer is made once per key."""
from __future__ import annotations

import pytest
from itsdangerous import BadSignature

from surveys.web.session_cookie import SessionCookie


def test_the_app_signs_its_session_cookie_with_one_kept_serializer(app):
    assert isinstance(app.session_interface, SessionCookie)
    first = app.session_interface.get_signing_serializer(app)
    assert app.session_interface.get_signing_serializer(app) is first
    assert first.loads(first.dumps({"fv_language": "cy"})) == {"fv_language": "cy"}


def test_a_new_secret_key_makes_a_new_serializer_and_old_cookies_need_the_fallback(app):
    cookie = app.session_interface.get_signing_serializer(app).dumps({"fv_response": 7})
    old_key = app.secret_key
    app.secret_key = "a-new-secret-key"
    app.config["SECRET_KEY_FALLBACKS"] = [old_key]
    assert app.session_interface.get_signing_serializer(app).loads(cookie) == {"fv_response": 7}
    app.config["SECRET_KEY_FALLBACKS"] = []
    with pytest.raises(BadSignature):
        app.session_interface.get_signing_serializer(app).loads(cookie)


def test_a_family_choice_kept_in_the_session_lasts_to_the_next_page(client):
    assert client.get("/language/cy?next=/questionnaire/link-problem").status_code == 302
    assert 'lang="cy"' in client.get("/questionnaire/link-problem").get_data(as_text=True)
