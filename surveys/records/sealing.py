"""Secrets sealed at rest: the staff two-factor keys are encrypted (Fernet: AES-128-CBC with an
HMAC-SHA256 tag) before they reach the database, so a copied database or backup cannot mint
sign-in codes.

The key comes from `DATA_KEYS` (FLASK_DATA_KEYS: one or more Fernet keys, comma-separated; the
first seals, every one opens, so keys can be rotated with `flask rotate-data-key`). Without it a
key is derived from the SECRET_KEY with HKDF, which is fine until the secret key changes: set
DATA_KEYS in production so rotating the secret key does not end everyone's two-factor set-up.
"""
from __future__ import annotations

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

_INFO = b"family-voice: staff two-factor keys at rest"
_sealer: MultiFernet | None = None


class SealingError(RuntimeError):
    """A sealed value that no configured key opens: the data key was changed or lost."""


def derived_key(secret_key: str) -> bytes:
    """A Fernet key derived from the app's secret key (used when DATA_KEYS is not set)."""
    raw = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_INFO).derive(
        secret_key.encode())
    return base64.urlsafe_b64encode(raw)


def configure(secret_key: str, data_keys: str | None) -> None:
    """Set the keys this process seals and opens with (called by create_app)."""
    global _sealer
    keys = [k.strip().encode() for k in (data_keys or "").split(",") if k.strip()]
    try:
        fernets = [Fernet(k) for k in keys] or [Fernet(derived_key(secret_key))]
    except ValueError as error:
        raise SealingError("DATA_KEYS must be Fernet keys (make one with "
                           "`python -c 'from cryptography.fernet import Fernet; "
                           "print(Fernet.generate_key().decode())'`)") from error
    _sealer = MultiFernet(fernets)


def _current() -> MultiFernet:
    if _sealer is None:
        raise SealingError("No data key configured: create the app first")
    return _sealer


def seal(plain: str) -> str:
    """The value encrypted with the first data key, as text for a String column."""
    return _current().encrypt(plain.encode()).decode()


def open_sealed(sealed: str) -> str:
    """The plain value; SealingError when no configured key opens it."""
    try:
        return _current().decrypt(sealed.encode()).decode()
    except InvalidToken as error:
        raise SealingError("A two-factor key cannot be opened with the configured data keys: "
                           "put the old key back in DATA_KEYS (after the new one)") from error


def reseal(sealed: str) -> str:
    """The value sealed again with the first (newest) data key."""
    try:
        return _current().rotate(sealed.encode()).decode()
    except InvalidToken as error:
        raise SealingError("A two-factor key cannot be opened with the configured data keys") \
            from error


def hash_token(token: str) -> str:
    """SHA-256 of a bearer token (a link or a session): enough for a 256-bit random secret, so no
    slow hash is needed; only this is stored, never the token."""
    return hashlib.sha256(token.encode()).hexdigest()
