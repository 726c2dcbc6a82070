"""The fixed moment and public address the message tests use."""
from __future__ import annotations

from datetime import UTC, datetime

NOW = datetime(2026, 3, 10, 9, 30, tzinfo=UTC)  # a Tuesday morning in March, UK time = UTC
BASE_URL = "https://family-voice.example.gov.uk"
