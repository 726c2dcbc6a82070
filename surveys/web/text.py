"""Checks on free text that every form shares, so both databases accept exactly the same input."""
from __future__ import annotations

import unicodedata

from flask_babel import gettext as _
from wtforms.validators import ValidationError


def has_control_characters(value: str) -> bool:
    """Whether text holds NUL or other control characters (PostgreSQL refuses NUL; SQLite keeps it)."""
    return any(unicodedata.category(ch) in {"Cc", "Cs"} and ch not in "\n\r\t" for ch in value)


class PlainText:
    """WTForms validator: no control characters, and at most `max_length` characters.

    `what` names the field at the start of the message; family forms pass it translated.
    """

    def __init__(self, max_length: int, what: str) -> None:
        self.max_length = max_length
        self.what = what

    def __call__(self, form, field) -> None:
        value = field.data or ""
        if has_control_characters(value):
            raise ValidationError(_("%(what)s must not contain hidden control characters",
                                    what=self.what))
        if len(value) > self.max_length:
            raise ValidationError(_("%(what)s must be %(max)s characters or fewer",
                                    what=self.what, max=self.max_length))


def strip_filter(value):
    """Trim surrounding spaces from submitted text."""
    return value.strip() if isinstance(value, str) else value
