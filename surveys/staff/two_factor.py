"""Two-factor sign-in for staff: time-based codes from an authenticator app (TOTP, RFC 6238, by
pyotp) and single-use recovery codes for when the phone is lost.

A code is accepted for the current 30-second step and one step either side (clocks drift), and
never twice: the step a code was used in is kept, and no code from that step or earlier is
accepted again (RFC 6238 section 5.2).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime

import pyotp
from sqlalchemy import delete, func, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from surveys.records.staff import RecoveryCode, StaffUser

ISSUER = "Family Voice"
STEP_SECONDS = 30
DRIFT_STEPS = 1
RECOVERY_CODES = 10
# 16 characters from 31 that cannot be mistaken for each other (no 0/o, 1/l/i): about 79 bits,
# far past guessing, so a plain SHA-256 of each is safe to keep.
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_RECOVERY_LENGTH = 16


def new_secret() -> str:
    """A fresh shared key: 32 base32 characters (160 bits, as RFC 4226 recommends)."""
    return pyotp.random_base32()


def provisioning_uri(secret: str, email: str, issuer: str = ISSUER) -> str:
    """The otpauth:// link an authenticator app reads from the QR code."""
    return pyotp.TOTP(secret).provisioning_uri(name=email, issuer_name=issuer)


def grouped(secret: str) -> str:
    """The key in groups of four, for typing into an app by hand."""
    return " ".join(secret[i:i + 4] for i in range(0, len(secret), 4))


def step_at(moment: datetime) -> int:
    """The 30-second time step a moment falls in."""
    return int(moment.timestamp()) // STEP_SECONDS


def code_for_step(secret: str, step: int) -> str:
    """The six-digit code an app shows during a time step."""
    return pyotp.TOTP(secret).generate_otp(step)


def code_at(secret: str, moment: datetime) -> str:
    """The six-digit code an app shows at a moment."""
    return pyotp.TOTP(secret).at(moment)


def normalise_code(typed: str) -> str:
    """What people type, as the digits or letters that matter: spaces and dashes dropped."""
    return "".join(ch for ch in (typed or "").lower() if ch not in " -\u00a0\t")


def matching_step(secret: str, typed: str, moment: datetime, last_step: int | None) -> int | None:
    """The time step whose code was typed, if it is current (give or take one step) and newer
    than the last step used; otherwise None."""
    code = normalise_code(typed)
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return None
    now = step_at(moment)
    found = None
    for step in range(now - DRIFT_STEPS, now + DRIFT_STEPS + 1):
        # Compare every candidate, in constant time, so timing says nothing about which matched.
        if hmac.compare_digest(code_for_step(secret, step), code) and found is None:
            found = step
    if found is None or (last_step is not None and found <= last_step):
        return None
    return found


def check_app_code(db: Session, user: StaffUser, typed: str, moment: datetime) -> bool:
    """Whether the code is right for a confirmed key; a right code is used up. The step is
    recorded by a conditional update, so two requests racing with one code cannot both pass."""
    if not user.totp_secret or user.totp_confirmed_at is None:
        return False
    step = matching_step(user.totp_secret, typed, moment, user.totp_last_step)
    if step is None:
        return False
    result = db.execute(
        update(StaffUser)
        .where(StaffUser.id == user.id,
               or_(StaffUser.totp_last_step.is_(None), StaffUser.totp_last_step < step))
        .values(totp_last_step=step)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return False
    set_committed_value(user, "totp_last_step", step)
    return True


def confirm_app(db: Session, user: StaffUser, typed: str, moment: datetime) -> bool:
    """Finish setting up: the app proves it has the key by showing a right code. Conditional,
    so a double-tapped form confirms once (and only one set of recovery codes is ever shown)."""
    if not user.totp_secret:
        return False
    step = matching_step(user.totp_secret, typed, moment, None)
    if step is None:
        return False
    result = db.execute(
        update(StaffUser)
        .where(StaffUser.id == user.id, StaffUser.totp_confirmed_at.is_(None),
               StaffUser.totp_secret_sealed == user.totp_secret_sealed)
        .values(totp_confirmed_at=moment, totp_last_step=step)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        return False
    set_committed_value(user, "totp_confirmed_at", moment)
    set_committed_value(user, "totp_last_step", step)
    return True


def _hash_recovery(code: str) -> str:
    return hashlib.sha256(normalise_code(code).encode()).hexdigest()


def new_recovery_codes(db: Session, user: StaffUser) -> list[str]:
    """Replace a person's recovery codes with a fresh set, returned once to be shown once."""
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = ["".join(secrets.choice(_RECOVERY_ALPHABET) for _ in range(_RECOVERY_LENGTH))
             for _ in range(RECOVERY_CODES)]
    db.add_all([RecoveryCode(user_id=user.id, code_hash=_hash_recovery(c)) for c in codes])
    return ["-".join(c[i:i + 4] for i in range(0, len(c), 4)) for c in codes]


def use_recovery_code(db: Session, user: StaffUser, typed: str, moment: datetime) -> bool:
    """Spend one unused recovery code; each works once. The update is conditional, so two
    requests racing with the same code cannot both succeed."""
    result = db.execute(
        update(RecoveryCode)
        .where(RecoveryCode.user_id == user.id, RecoveryCode.code_hash == _hash_recovery(typed),
               RecoveryCode.used_at.is_(None))
        .values(used_at=moment))
    return result.rowcount == 1


def recovery_codes_left(db: Session, user_id: int) -> int:
    """How many unused recovery codes a person has."""
    return db.scalar(select(func.count(RecoveryCode.id)).where(
        RecoveryCode.user_id == user_id, RecoveryCode.used_at.is_(None))) or 0


def forget(db: Session, user: StaffUser) -> None:
    """Forget a person's app and recovery codes (auth.reset_two_factor_of also ends sessions)."""
    user.totp_secret = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    db.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
