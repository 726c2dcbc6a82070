"""Checks on free text that every form shares, so both databases accept exactly the same input."""
from __future__ import annotations

import unicodedata

from wtforms.validators import ValidationError


def has_control_characters(value: str) -> bool:
    """Whether text holds NUL or other control characters (PostgreSQL refuses NUL; SQLite keeps it)."""
    return any(unicodedata.category(ch) in {"Cc", "Cs"} and ch not in "\n\r\t" for ch in value)


class PlainText:
    """WTForms validator: no control characters, and at most `max_length` characters."""

    def __init__(self, max_length: int, what: str) -> None:
        self.max_length = max_length
        self.what = what

    def __call__(self, form, field) -> None:
        value = field.data or ""
        if has_control_characters(value):
            raise ValidationError(f"{self.what} must not contain hidden control characters")
        if len(value) > self.max_length:
            raise ValidationError(f"{self.what} must be {self.max_length} characters or fewer")


def strip_filter(value):
    """Trim surrounding spaces from submitted text."""
    return value.strip() if isinstance(value, str) else value
