"""Password hashes as they ship: argon2id at RFC 9106's low-memory parameters. The rest of the suite
hashes at argon2's cheapest (tests/conftest.py); these tests put the shipped parameters back."""
from __future__ import annotations

import pytest
from argon2 import PasswordHasher, profiles

from surveys.records.enums import Role
from surveys.staff import passwords
from tests.helpers import PASSWORD, sign_in


@pytest.fixture
def shipped_parameters():
    """Hash and verify as the product does, for one test."""
    passwords.use_parameters(passwords.SHIPPED_PARAMETERS)
    yield
    passwords.use_parameters(profiles.CHEAPEST)


def test_the_product_hashes_with_argon2id_at_rfc_9106_low_memory(shipped_parameters):
    stored = passwords.hash_password("a long enough password")
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify_password(stored, "a long enough password")
    assert not passwords.verify_password(stored, "a long enough passworD")
    assert not passwords.verify_password(None, "a long enough password")


def test_signing_in_upgrades_a_hash_made_with_weaker_parameters(shipped_parameters, client, db,
                                                               make_staff, team):
    user = make_staff(Role.KEYWORKER, team)
    user.password_hash = PasswordHasher.from_parameters(profiles.CHEAPEST).hash(PASSWORD)
    db.commit()
    assert passwords.needs_rehash(user.password_hash)
    response = sign_in(client, user)
    assert response.status_code == 302
    db.refresh(user)
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert not passwords.needs_rehash(user.password_hash)
