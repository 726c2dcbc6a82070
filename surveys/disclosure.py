"""Disclosure control for anything shown below whole-council level."""
from __future__ import annotations

SMALLEST_SHOWN = 8
ROUND_TO = 5


def suppress_count(n: int) -> str:
    """0 stays 0; 1 to 7 becomes "fewer than 8"; larger counts are rounded to the nearest 5."""
    if n == 0:
        return "0"
    if n < SMALLEST_SHOWN:
        return f"fewer than {SMALLEST_SHOWN}"
    return str(ROUND_TO * round(n / ROUND_TO))
