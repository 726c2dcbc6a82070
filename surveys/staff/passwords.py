"""Password hashing with argon2id, RFC 9106's low-memory parameters (argon2-cffi's defaults)."""
from __future__ import annotations

from argon2 import Parameters, PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

SHIPPED_PARAMETERS = profiles.RFC_9106_LOW_MEMORY

_hasher = PasswordHasher.from_parameters(SHIPPED_PARAMETERS)
# Verified against when the email is unknown, so a miss costs the same time as a wrong password.
_dummy_hash = _hasher.hash("not a real password: evens out timing")

MIN_PASSWORD_LENGTH = 12


def use_parameters(parameters: Parameters) -> None:
    """Hash and verify with these parameters from now on. Only the tests call it, with
    argon2.profiles.CHEAPEST: a real sign-in's 0.1 s of hashing, thousands of times, was minutes
    of every run. Every other step of hashing and checking stays as it ships."""
    global _hasher, _dummy_hash
    _hasher = PasswordHasher.from_parameters(parameters)
    _dummy_hash = _hasher.hash("not a real password: evens out timing")


def hash_password(password: str) -> str:
    """An argon2id hash of the password."""
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """Whether the password matches; a missing hash still spends the time of a real check."""
    try:
        return _hasher.verify(password_hash or _dummy_hash, password) and password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    """Whether the hash was made with weaker parameters than today's."""
    return _hasher.check_needs_rehash(password_hash)
