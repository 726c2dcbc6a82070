"""Two-factor keys are sealed at rest: readable only with the data key, rotatable without
anyone setting their app up again."""
from __future__ import annotations

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text

from surveys.records import sealing
from surveys.records.enums import Role
from surveys.records.staff import StaffUser
from tests.helpers import TOTP_SECRET


def test_a_sealed_key_opens_only_with_the_data_key():
    sealing.configure("one secret", None)
    sealed = sealing.seal(TOTP_SECRET)
    assert TOTP_SECRET not in sealed and sealing.open_sealed(sealed) == TOTP_SECRET
    assert sealing.seal(TOTP_SECRET) != sealed  # fresh IV each time: equal keys look different
    sealing.configure("another secret", None)
    with pytest.raises(sealing.SealingError, match="cannot be opened"):
        sealing.open_sealed(sealed)


def test_configured_data_keys_must_be_fernet_keys():
    with pytest.raises(sealing.SealingError, match="must be Fernet keys"):
        sealing.configure("s", "not-a-key")


def test_rotating_the_data_key_keeps_everyone_signed_up(app, runner, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    old = sealing.derived_key(app.config["SECRET_KEY"]).decode()
    new = Fernet.generate_key().decode()
    sealing.configure(app.config["SECRET_KEY"], f"{new},{old}")  # new key in front of the old
    result = runner.invoke(args=["rotate-data-key"])
    assert result.exit_code == 0, result.output
    assert "1 two-factor keys sealed" in result.output
    sealing.configure(app.config["SECRET_KEY"], new)  # the old key removed
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_secret == TOTP_SECRET
    event = db.execute(text("SELECT action FROM audit_events WHERE action = 'data_key_rotated'"))
    assert event.scalar_one() == "data_key_rotated"


def test_rotating_without_the_old_key_changes_nothing(app, runner, db, make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    before = db.get(StaffUser, user.id).totp_secret_sealed
    sealing.configure(app.config["SECRET_KEY"], Fernet.generate_key().decode())
    result = runner.invoke(args=["rotate-data-key"])
    assert result.exit_code != 0 and "cannot be opened" in result.output
    sealing.configure(app.config["SECRET_KEY"], None)
    db.expire_all()
    assert db.get(StaffUser, user.id).totp_secret_sealed == before
