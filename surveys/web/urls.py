"""Numbers in URLs: every id in a path or query string is one the database can hold.

A number too big for the id columns reached the database driver and came back a 500
(SQLite's driver overflows past 2**63 - 1; PostgreSQL's `integer` columns refuse anything past
2**31 - 1). Bounding numbers where the URL is read makes such a link a plain 404 instead.
"""
from __future__ import annotations

from flask import Flask
from werkzeug.routing import IntegerConverter

# The largest value of an `integer` column on PostgreSQL (every id column here); SQLite's
# INTEGER holds more, so this is the range both databases take.
MAX_ID = 2**31 - 1


class IdConverter(IntegerConverter):
    """Flask's `int` converter bounded to 1..MAX_ID: anything else does not match (so 404s)."""

    def __init__(self, map, fixed_digits: int = 0, min: int | None = None,
                 max: int | None = None, signed: bool = False) -> None:
        super().__init__(map, fixed_digits, 1 if min is None else min,
                         MAX_ID if max is None else max, signed)


def positive_id(value: str) -> int:
    """A query-string number in 1..MAX_ID, for request.args.get(..., type=positive_id); raises
    ValueError otherwise, so the argument falls back to its default."""
    number = int(value) if value.isascii() and value.isdigit() and len(value) <= 10 else 0
    if not 1 <= number <= MAX_ID:
        raise ValueError(f"not a number from 1 to {MAX_ID}")
    return number


def init_app(app: Flask) -> None:
    """Replace the `int` converter; call before any blueprint registers its routes."""
    if app.blueprints:
        raise RuntimeError("surveys.web.urls.init_app must run before blueprints are registered")
    app.url_map.converters["int"] = IdConverter
