"""Calendar quarters, and the date windows the quarterly report counts in.

Dates are UTC calendar dates; quarters are calendar quarters (2026Q3 is July to September).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

# An action's effect is judged over the 13 weeks before it started and the 13 weeks after.
ACTION_WINDOW_DAYS = 91
_QUARTER = re.compile(r"^\s*(\d{4})\s*-?\s*[Qq]([1-4])\s*$")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class QuarterError(ValueError):
    """A quarter written in a way we cannot read."""


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, such as 2026Q3 (1 July to 30 September 2026)."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """Read "2026Q3" (or "2026-Q3", any case); explain the format when it cannot."""
        match = _QUARTER.match(text or "")
        if not match:
            raise QuarterError(f"Enter a quarter as a year and quarter number, like 2026Q3, "
                               f"not {text!r}.")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def containing(cls, day: date) -> Quarter:
        """The quarter a date falls in."""
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        """First day of the quarter."""
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """Last day of the quarter."""
        return self.next().start - timedelta(days=1)

    @property
    def code(self) -> str:
        """The quarter as 2026Q3."""
        return f"{self.year}Q{self.number}"

    @property
    def label(self) -> str:
        """The quarter in words: "July to September 2026"."""
        return f"{_MONTHS[3 * self.number - 3]} to {_MONTHS[3 * self.number - 1]} {self.year}"

    def previous(self) -> Quarter:
        """The quarter before."""
        return Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)

    def next(self) -> Quarter:
        """The quarter after."""
        return Quarter(self.year + 1, 1) if self.number == 4 else Quarter(self.year, self.number + 1)



def between(series: pd.Series, start: date, end: date) -> pd.Series:
    """Which timestamps fall on a day from `start` to `end`, both included."""
    return (series >= pd.Timestamp(start)) & (series < pd.Timestamp(end + timedelta(days=1)))
