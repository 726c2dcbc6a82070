"""Marking wording families read for translation, without importing any web framework."""
from __future__ import annotations


def N_(message: str) -> str:
    """Mark wording families read for translation; the web app translates it when it shows it.

    A no-op, so this library stays free of Flask: `pybabel extract` finds the marked strings.
    """
    return message
