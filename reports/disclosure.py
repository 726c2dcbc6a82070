"""Disclosure control: the rules that keep any family from being recognised in an aggregate.

Pure rules, no Flask and no database, applied to every report output (web, PDF and CSV):

- no count from 0 to 7 is shown: it reads "fewer than 8" (primary suppression; "none" is not
  told apart, or groups known not to be empty would add up to a small total exactly);
- every other count is rounded to the nearest 5, so two reports cannot be subtracted to give an
  exact small number;
- a count whose *complement* in a wider group (the whole council, or the report without one of
  its filters) is 1 to 7 is hidden, since subtracting the two reports would reveal it;
- in a line of counts that adds up to a shown total, a single hidden count could be worked out
  from the total, so a second count is hidden too (secondary suppression);
- means and percentages are shown only when they rest on at least 8 people and on counts that
  are themselves shown; a share is not shown when the rest of its group (total minus part) is
  1 to 7, since a share near 0% or 100% would give that small count away;
- quotes come only from groups of at least 10 respondents, are approved and redacted, and are
  never shown beside team, age or sex.

We apply the rules to whole-council figures too: a filtered report could otherwise be subtracted
from exact council figures to reveal the small group left over.
"""
from __future__ import annotations

import enum
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

SMALLEST_SHOWN = 8
ROUND_TO = 5
MIN_QUOTE_RESPONDENTS = 10
FEWER_THAN = f"fewer than {SMALLEST_SHOWN}"
HIDDEN = "not shown"


class Status(enum.StrEnum):
    """Whether a count is shown, suppressed as small, or hidden to protect another count."""

    SHOWN = "shown"
    SMALL = "small"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class ProtectedCount:
    """A count as it may be shown: rounded when shown, no number at all otherwise.

    `means` says whether averages over the people this count counts may be shown: set only by
    disclosure control across every group of the quarter (reports.lattice), never by default.
    """

    status: Status
    shown: int | None
    means: bool = False

    @property
    def text(self) -> str:
        """What a reader sees: a rounded number, "fewer than 8" or "not shown"."""
        if self.status is Status.SMALL:
            return FEWER_THAN
        if self.status is Status.HIDDEN:
            return HIDDEN
        return f"{self.shown:,}"

    @property
    def is_shown(self) -> bool:
        """Whether a number is shown."""
        return self.status is Status.SHOWN


@dataclass(frozen=True)
class Line:
    """Counts that add up to a total (for example one row and its row total).

    `total` is None when the line's total is not shown anywhere.
    """

    parts: tuple[Hashable, ...]
    total: Hashable | None = None


def is_small(n: int) -> bool:
    """A count from 1 to 7: too small to show."""
    return 0 < n < SMALLEST_SHOWN


def round_count(n: int) -> int:
    """Round a count to the nearest 5 (counts here are whole, so there are no ties)."""
    return ROUND_TO * round(n / ROUND_TO)


def suppress_count(n: int) -> str:
    """0 to 7 becomes "fewer than 8"; larger counts are rounded to the nearest 5."""
    if n < SMALLEST_SHOWN:
        return FEWER_THAN
    return str(round_count(n))


def protect_counts(counts: Mapping[Hashable, int], lines: Iterable[Line] = (),
                   wider: Sequence[Mapping[Hashable, int]] = ()) -> dict[Hashable, ProtectedCount]:
    """Apply primary, complementary and secondary suppression, then round what is left.

    `wider` holds the same counts for each wider group this one could be subtracted from (the
    whole council, or this report with a filter removed); a count is hidden when the difference
    is from 1 to 7. Lines with a total then get a second hidden count wherever exactly one
    count in the line is hidden, repeating until no line has a lone hidden count.
    """
    status: dict[Hashable, Status] = {}
    for key, n in counts.items():
        if n < 0:
            raise ValueError(f"A count cannot be negative ({key!r} is {n}).")
        if n < SMALLEST_SHOWN:
            # 0 reads "fewer than 8" too: were "none" told apart from 1 to 7, a total of 7 over
            # seven groups that are not "none" would give each group away as exactly 1.
            status[key] = Status.SMALL
        elif any(key in other and is_small(other[key] - n) for other in wider):
            status[key] = Status.HIDDEN
        else:
            status[key] = Status.SHOWN
    close_lines(status, counts, lines)
    return {key: ProtectedCount(status[key], round_count(n) if status[key] is Status.SHOWN else None)
            for key, n in counts.items()}


def close_lines(status: dict[Hashable, Status], counts: Mapping[Hashable, int],
                lines: Iterable[Line]) -> None:
    """Secondary suppression: wherever one count in a line with a total is not shown, hide a
    second (the smallest non-zero part; the total only when no part can go), until no line has
    a lone hidden count. Changes `status` in place."""
    closed = [line for line in lines if line.total is not None and line.parts]
    for line in closed:
        for key in (*line.parts, line.total):
            if key not in counts:
                raise KeyError(f"Line names {key!r}, which has no count.")
    changed = True
    while changed:
        changed = False
        for line in closed:
            keys = (*line.parts, line.total)
            hidden = [k for k in keys if status[k] is not Status.SHOWN]
            if len(hidden) != 1:
                continue
            candidates = [k for k in keys if status[k] is Status.SHOWN]
            # Hide the smallest non-zero part; a total only when no part can go.
            candidates.sort(key=lambda k: (counts[k] == 0, k == line.total, counts[k]))
            status[candidates[0]] = Status.HIDDEN
            changed = True


def can_show_statistic(n: int) -> bool:
    """Means and percentages need at least 8 people behind them."""
    return n >= SMALLEST_SHOWN


def can_show_share(part: ProtectedCount, total: ProtectedCount) -> bool:
    """A share only from counts that are shown, worked out from their rounded values: the total
    at least 8 people (shown as 10 or more) and the part below it, so never "100%" (a rounded
    part equal to its rounded total may hide a few left out) and never "0%" (0 reads "fewer
    than 8")."""
    return (part.is_shown and total.is_shown and total.shown >= ROUND_TO * 2
            and part.shown < total.shown)


def can_show_quotes(respondents: int, *, beside_team: bool = False) -> bool:
    """Quotes only from groups of at least 10 respondents, and never beside a team."""
    return respondents >= MIN_QUOTE_RESPONDENTS and not beside_team


def group_refusal(group_cases: int, wider_cases: Sequence[int]) -> str | None:
    """Why a filtered group cannot be reported on, or None when it can.

    A group needs at least 8 cases, and what is left of each wider group once it is taken away
    must be none or at least 8, or the two reports together would describe a few families.
    """
    if group_cases < SMALLEST_SHOWN:
        return (f"This group has {FEWER_THAN} families in the quarter, so we cannot report on it "
                "without families being recognised. Choose a wider group.")
    if any(is_small(wider - group_cases) for wider in wider_cases):
        return ("Almost every family in the wider group is in this one, so the few left over "
                "could be worked out by comparing reports. Choose a wider group.")
    return None
