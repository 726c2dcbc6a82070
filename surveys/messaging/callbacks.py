"""GOV.UK Notify's delivery receipts: POST /notify/callback.

Notify calls this (not a browser), with the bearer token the council set in Notify's API
integration settings (FLASK_NOTIFY_CALLBACK_TOKEN) and a JSON body: id, reference, to, status
(delivered, permanent-failure, temporary-failure, technical-failure), created_at, completed_at,
sent_at, notification_type. So the route is exempt from CSRF (there is no form) and uses no
session; a bad or missing token gets 401, a body it cannot read 400, an unknown reference 204 (so
Notify stops retrying a receipt for a message that erasure has removed).
"""
from __future__ import annotations

import hmac
import logging
from datetime import UTC, datetime

from flask import Blueprint, Flask, current_app, jsonify, request
from sqlalchemy import or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from surveys.records.db import get_session
from surveys.records.models import Message
from surveys.staff.access import PUBLIC, allow
from surveys.web import clock

log = logging.getLogger(__name__)
bp = Blueprint("notify", __name__)

ACCESS = {"notify.notify_callback": PUBLIC}  # Notify proves itself with the bearer token

# What each of Notify's final statuses means for the keyworker, who sees `detail` on the case page.
FAILURES = {
    ("permanent-failure", "sms"): "The number does not exist or cannot get texts. Check the "
                                  "number with the family, then send again.",
    ("permanent-failure", "email"): "The email address does not exist (the email bounced). Check "
                                    "the address with the family, then send again.",
    ("temporary-failure", "sms"): "The phone was off or out of signal for 3 days. Send again, or "
                                  "ask the family if the number is still right.",
    ("temporary-failure", "email"): "The inbox was full or not accepting email for 3 days. Send "
                                    "again, or ask the family for another address.",
    ("technical-failure", "sms"): "GOV.UK Notify had a technical problem and did not send it. "
                                  "Send again.",
    ("technical-failure", "email"): "GOV.UK Notify had a technical problem and did not send it. "
                                    "Send again.",
}


def _problem(status: int, message: str):
    response = jsonify(result="error", message=message)
    response.status_code = status
    if status == 401:
        response.headers["WWW-Authenticate"] = "Bearer"
    return response


def _has_token() -> bool:
    """The request carries the configured bearer token (compared in constant time)."""
    expected = current_app.config.get("NOTIFY_CALLBACK_TOKEN") or ""
    given = request.headers.get("Authorization", "")
    if not expected or not given.startswith("Bearer "):
        return False
    return hmac.compare_digest(given[len("Bearer "):].encode(), str(expected).encode())


def _when(value, fallback: datetime) -> datetime:
    """Notify's timestamps ("2026-12-07T10:15:30.000000Z"), or the fallback when absent or odd."""
    if not isinstance(value, str):
        return fallback
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return fallback
    return when if when.tzinfo else when.replace(tzinfo=UTC)


@bp.route("/notify/callback", methods=["POST"])
def notify_callback():
    """Record a delivery receipt from GOV.UK Notify."""
    if not _has_token():
        log.warning("Notify callback refused: missing or wrong bearer token")
        return _problem(401, "A valid bearer token is needed.")
    payload = request.get_json(silent=True)
    if not isinstance(payload, dict):
        return _problem(400, "The body must be a JSON object.")
    status, kind = payload.get("status"), payload.get("notification_type")
    reference, provider_id = payload.get("reference"), payload.get("id")
    if kind not in ("sms", "email") or (status != "delivered" and (status, kind) not in FAILURES):
        return _problem(400, "status and notification_type must be values Notify documents.")
    if not (isinstance(reference, str) and reference) and not (isinstance(provider_id, str)
                                                              and provider_id):
        return _problem(400, "A reference or an id is needed.")
    now = clock.now()
    when = _when(payload.get("completed_at"), now)
    if status == "delivered":
        values = dict(status="delivered", delivered_at=when, detail=None)
    else:
        values = dict(status="permanent-failure", failed_at=when, detail=FAILURES[(status, kind)])
    match = []
    if isinstance(reference, str) and reference:
        match.append(Message.reference == reference[:64])
    if isinstance(provider_id, str) and provider_id:
        match.append(Message.provider_id == provider_id[:64])
    db = get_session()
    message_id = None
    try:
        message_id = db.scalar(select(Message.id).where(or_(*match)).limit(1))
        if message_id is None:
            log.info("Notify callback for an unknown message (%s)", str(reference)[:64])
            return "", 204
        # A receipt can overtake the worker's own record of the send: fill in who sent it.
        extra = {"provider": "notify"}
        if isinstance(provider_id, str) and provider_id:
            extra["provider_id"] = provider_id[:64]
        db.execute(update(Message).where(Message.id == message_id)
                   .values(**values, **extra).execution_options(synchronize_session=False))
        db.commit()
    except SQLAlchemyError:
        db.rollback()
        log.exception("Notify callback for message %s could not be stored", message_id)
        # 503: Notify retries the callback later
        return _problem(503, "The receipt could not be stored now; please retry.")
    log.info("message %s: Notify says %s", message_id, status)
    return "", 204


def init_app(app: Flask) -> None:
    """Register the callback route, exempt from CSRF (Notify is not a browser)."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
    app.extensions["csrf"].exempt(bp)
