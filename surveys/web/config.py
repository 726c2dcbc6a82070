"""Settings from the environment (FLASK_* variables), with safe defaults for a laptop."""
from __future__ import annotations

import os
import secrets
from pathlib import Path

from flask import Flask

from surveys.records import sealing
from surveys.records.private_files import make_private, write_private

MAX_BODY_BYTES = 64 * 1024


def _instance_secret_key(instance_path: str) -> str:
    # A local secret kept in instance/ so sessions survive restarts on a developer's machine.
    path = Path(instance_path) / "secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_private(path, secrets.token_urlsafe(48).encode())  # never readable by others
    make_private(path)
    return path.read_text().strip()


def load_config(app: Flask, test_config: dict | None) -> None:
    """Defaults, then FLASK_* environment variables, then test overrides."""
    app.config.update(
        DATABASE_URL=f"sqlite:///{Path(app.instance_path) / 'family-voice.db'}",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=False,
        SESSION_COOKIE_NAME="fv_session",
        MAX_CONTENT_LENGTH=MAX_BODY_BYTES,
        MAX_FORM_MEMORY_SIZE=MAX_BODY_BYTES,
        WTF_CSRF_TIME_LIMIT=3600,
        TRUSTED_PROXIES=0,
        PUBLIC_BASE_URL=None,
    )
    app.config.from_prefixed_env("FLASK")
    if test_config:
        app.config.update(test_config)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = _instance_secret_key(app.instance_path)
    sealing.configure(app.config["SECRET_KEY"], app.config.get("DATA_KEYS"))
    # psycopg 3 is the driver; accept the plain postgresql:// form people copy from docs.
    url = app.config["DATABASE_URL"]
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://"):]
    app.config["DATABASE_URL"] = url
    os.makedirs(app.instance_path, exist_ok=True)
