"""Table cells for the report's newer sections, from protected counts only: a count as shown,
a share worked out from rounded counts with its interval, a signed change. Kept apart from
`content` so each section's module can build its own table without importing the whole report."""
from __future__ import annotations

from collections.abc import Hashable, Mapping

from family_by_family_scale import Interval
from reports.clustered import wilson_effective
from reports.disclosure import HIDDEN, ProtectedCount, can_show_share
from reports.quarterly.model import Cell


def count_cell(pc: ProtectedCount) -> Cell:
    """A count as shown: rounded, "fewer than 8" or "not shown"."""
    return Cell(pc.text, "count", float(pc.shown) if pc.is_shown else None)


def not_shown() -> Cell:
    """A figure disclosure control withholds."""
    return Cell(HIDDEN, "text")


def protected_share(pcs: Mapping[Hashable, ProtectedCount], part: Hashable, total: Hashable,
                    design_effect: float = 1.0) -> Interval | None:
    """A share and its 95% Wilson interval (on the effective sample size) from the rounded counts
    only, or None where disclosure.can_show_share says it may not be shown."""
    p, t = pcs[part], pcs[total]
    if not can_show_share(p, t):
        return None
    return wilson_effective(p.shown / t.shown, t.shown, design_effect)


def percent(fraction: float) -> str:
    """A fraction as a whole percentage."""
    return f"{round(100 * fraction)}%"


def share_cells(interval: Interval | None) -> tuple[Cell, Cell]:
    """A share and its interval as two cells, or two "not shown" cells."""
    if interval is None:
        return not_shown(), not_shown()
    return (Cell(percent(interval.estimate), "percent", round(100 * interval.estimate)),
            Cell(f"{percent(interval.low)} to {percent(interval.high)}", "text"))


def signed(value: float, places: int = 2) -> str:
    """A change with its sign, using a true minus sign."""
    return f"{value:+.{places}f}".replace("-", "\u2212")


def mean_cells(interval: Interval | None) -> tuple[Cell, Cell]:
    """An average change and its interval as two cells, or two "not shown" cells."""
    if interval is None:
        return not_shown(), not_shown()
    return (Cell(signed(interval.estimate), "number", interval.estimate),
            Cell(f"{signed(interval.low)} to {signed(interval.high)}"))
