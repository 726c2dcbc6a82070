"""Security headers, set in one place for every response."""
from __future__ import annotations

import secrets

from flask import Flask, g


def csp_nonce() -> str:
    """A per-request nonce for the one inline script in GOV.UK Frontend's page template."""
    if "csp_nonce" not in g:
        g.csp_nonce = secrets.token_urlsafe(16)
    return g.csp_nonce


_CSP = (
    "default-src 'self'; "
    "script-src {script_src}; "
    "style-src 'self'; "
    "img-src 'self' data:; "
    "font-src 'self'; "
    "connect-src 'self'; "
    "object-src 'none'; "
    "base-uri 'none'; "
    "form-action 'self'; "
    "frame-ancestors 'none'"
)
# Most responses (every redirect after a save) draw no script: their policy is made once.
_CSP_WITHOUT_NONCE = _CSP.format(script_src="'self'")


def _set_headers(response):
    nonce = g.get("csp_nonce")
    response.headers["Content-Security-Policy"] = (
        _CSP.format(script_src=f"'self' 'nonce-{nonce}'") if nonce else _CSP_WITHOUT_NONCE)
    response.headers["X-Content-Type-Options"] = "nosniff"
    response.headers["X-Frame-Options"] = "DENY"
    response.headers.setdefault("Referrer-Policy", "same-origin")
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    # Every page may hold personal data, so no page is kept by the browser or a proxy. The
    # built assets never reach here: WhiteNoise sends them, cached for a year (static_files.py).
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return response


def init_app(app: Flask) -> None:
    """Add the headers to every response and offer the nonce to templates."""
    app.after_request(_set_headers)
    app.jinja_env.globals["csp_nonce"] = csp_nonce
