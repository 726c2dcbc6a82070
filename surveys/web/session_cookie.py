"""The signed session cookie, as Flask makes it, with its signer built once per key.

Flask builds a new serializer (and signer) for the session cookie on every request; on a
questionnaire save that was a measurable part of the CPU spent (issue 17's save profile). The
cookie, its signing and its checks are Flask's own; only the object is kept, and it is made
again whenever the secret key or its fallbacks change.
"""
from __future__ import annotations

from flask import Flask
from flask.sessions import SecureCookieSessionInterface
from itsdangerous import URLSafeTimedSerializer


class SessionCookie(SecureCookieSessionInterface):
    """Flask's signed-cookie session, keeping one serializer for the current keys."""

    def __init__(self) -> None:
        # (keys, serializer), replaced as one so a thread never pairs one with the other's
        self._kept: tuple[tuple, URLSafeTimedSerializer | None] = ((), None)

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        """Flask's serializer for these keys, made once (None without a secret key, as Flask)."""
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        kept_keys, serializer = self._kept
        if kept_keys != keys:
            serializer = super().get_signing_serializer(app)
            self._kept = (keys, serializer)
        return serializer


def init_app(app: Flask) -> None:
    """Use the session cookie with a kept serializer (one per app: each may have its own key)."""
    app.session_interface = SessionCookie()
