"""GOV.UK Notify's delivery receipts: bearer token checked, the message found by its reference
(or Notify's id), delivered or failed with what the keyworker should do; never a 500."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from surveys.records.models import Message

TOKEN = "a-long-random-callback-token-0123456789"
SENT = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)


@pytest.fixture
def app(app):
    """The app with a callback token set."""
    app.config["NOTIFY_CALLBACK_TOKEN"] = TOKEN
    return app


@pytest.fixture
def sent_text(db):
    """A text Notify has accepted."""
    message = Message(reference="invitation-1-2-1", kind="invitation", channel="sms",
                      to_address="07700 900001", status="sent", sent_at=SENT, provider="notify",
                      provider_id="740e5834-3a29-46b4-9a6f-16142fde533a")
    db.add(message)
    db.commit()
    return message


def _receipt(**changes) -> dict:
    receipt = {"id": "740e5834-3a29-46b4-9a6f-16142fde533a", "reference": "invitation-1-2-1",
               "to": "07700 900001", "status": "delivered",
               "created_at": "2026-12-07T10:00:00.000000Z",
               "completed_at": "2026-12-07T10:00:09.000000Z",
               "sent_at": "2026-12-07T10:00:01.000000Z", "notification_type": "sms",
               "template_id": "f33517ff-2a88-4f6e-b855-c550268ce08a", "template_version": 1}
    receipt.update(changes)
    return receipt


def _post(client, body, token=TOKEN, **kwargs):
    headers = {"Authorization": f"Bearer {token}"} if token is not None else {}
    return client.post("/notify/callback", json=body, headers=headers, **kwargs)


def _reload(db, message) -> Message:
    db.expire_all()
    return db.get(Message, message.id)


def test_a_delivered_receipt_marks_the_message_delivered(client, db, sent_text):
    response = _post(client, _receipt())
    assert response.status_code == 204
    assert "Set-Cookie" not in response.headers
    message = _reload(db, sent_text)
    assert (message.status, message.delivered_at) == ("delivered",
                                                      datetime(2026, 12, 7, 10, 0, 9, tzinfo=UTC))


@pytest.mark.parametrize("status, kind, says", [
    ("permanent-failure", "sms", "Check the number with the family"),
    ("permanent-failure", "email", "the email bounced"),
    ("temporary-failure", "sms", "phone was off"),
    ("technical-failure", "email", "Send again"),
])
def test_failures_show_what_to_do(client, db, sent_text, status, kind, says):
    assert _post(client, _receipt(status=status, notification_type=kind)).status_code == 204
    message = _reload(db, sent_text)
    assert message.status == "permanent-failure"
    assert says in message.detail


def test_the_message_is_found_by_notifys_id_when_the_reference_is_missing(client, db, sent_text):
    assert _post(client, _receipt(reference=None)).status_code == 204
    assert _reload(db, sent_text).status == "delivered"


@pytest.mark.parametrize("token", [None, "", "wrong", TOKEN + "x", TOKEN[:-1]])
def test_a_missing_or_wrong_token_is_refused(client, db, sent_text, token):
    response = _post(client, _receipt(), token=token)
    assert response.status_code == 401
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert _reload(db, sent_text).status == "sent"


def test_without_a_configured_token_every_receipt_is_refused(app, client, db, sent_text):
    app.config["NOTIFY_CALLBACK_TOKEN"] = None
    assert _post(client, _receipt(), token="None").status_code == 401
    assert _post(client, _receipt(), token="").status_code == 401


@pytest.mark.parametrize("body", [
    "not json", "[1, 2]", '{"status": "delivered"}', '"delivered"',
])
def test_a_body_that_is_not_a_receipt_is_a_400(client, db, sent_text, body):
    response = client.post("/notify/callback", data=body, content_type="application/json",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    assert _reload(db, sent_text).status == "sent"


@pytest.mark.parametrize("changes", [{"status": "lost"}, {"notification_type": "letter"},
                                     {"status": 5}, {"reference": ["x"], "id": None}])
def test_unknown_statuses_and_odd_values_are_a_400(client, db, sent_text, changes):
    assert _post(client, _receipt(**changes)).status_code == 400


def test_an_unknown_reference_is_accepted_so_notify_stops_retrying(client, db, sent_text):
    assert _post(client, _receipt(reference="gone", id="00000000-0000-0000-0000-000000000000")
                 ).status_code == 204
    assert _reload(db, sent_text).status == "sent"


def test_an_odd_completed_at_falls_back_to_now(client, db, sent_text):
    assert _post(client, _receipt(completed_at="yesterday")).status_code == 204
    assert _reload(db, sent_text).delivered_at is not None


def test_the_callback_needs_no_csrf_token(app, client, db, sent_text):
    app.config["WTF_CSRF_ENABLED"] = True
    assert _post(client, _receipt()).status_code == 204


def test_other_methods_are_not_allowed(client):
    assert client.get("/notify/callback").status_code == 405
