"""When a quarter is too small to say anything on its own: the rolling 12 months chosen instead,
quarters still in progress labelled as partial, and the words a window of 12 months needs.

Pure: the view loads the quarter, asks `needs_wider_window` of the report built from it, and only
then loads and builds the 12 months (so a big quarter costs nothing more).

Why a report shows either the quarter or the 12 months, never both side by side: the 12 months
less the quarter is the nine months before it, a group no other report shows, and the two
figures would have to be protected together. Choosing from the quarter's *protected* figures
(never its raw counts) means the choice itself says nothing the page does not.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from reports.quarterly.model import QuarterlyReport, Section, Table
from reports.quarterly.period import _MONTHS, Quarter

# The words in the quarter's sections that a 12-month window changes, longest first.
_REWORDING = (
    ("Mentions last quarter", "Mentions in the 12 months before"),
    ("this quarter and last quarter", "in these 12 months and the 12 months before"),
    ("this quarter and last", "in these 12 months and the 12 months before"),
    ("last quarter", "the 12 months before"),
    ("this quarter", "in these 12 months"),
    ("in the quarter", "in the 12 months"),
    ("of the quarter", "of the 12 months"),
    ("the quarter", "the 12 months"),
)


@dataclass(frozen=True)
class RollingYear:
    """The 12 months (four calendar quarters) to the end of `last`, or to `until` when `last` is
    still in progress. It reads like a Quarter where the report needs one (start, end, code,
    label, previous), so the same loading and protection serve both."""

    last: Quarter
    until: date | None = None

    @property
    def start(self) -> date:
        """First day of the first of the four quarters."""
        return self.last.previous().previous().previous().start

    @property
    def end(self) -> date:
        """Last day of the last quarter (or the day the partial quarter runs to)."""
        return min(self.until, self.last.end) if self.until else self.last.end

    @property
    def code(self) -> str:
        """A code for file names and caches: 2026Q3-12m."""
        return f"{self.last.code}-12m"

    @property
    def label(self) -> str:
        """The window in words: "October 2025 to September 2026"."""
        first = self.start
        return f"{_MONTHS[first.month - 1]} {first.year} to {_MONTHS[self.end.month - 1]} " \
               f"{self.end.year}"

    @property
    def to_words(self) -> str:
        """"the 12 months to September 2026" (or "to 20 November 2026" while partial)."""
        if self.until and self.until < self.last.end:
            return f"the 12 months to {self.until:%-d} {_MONTHS[self.until.month - 1]} " \
                   f"{self.until.year}"
        return f"the 12 months to {_MONTHS[self.end.month - 1]} {self.end.year}"

    def previous(self) -> RollingYear:
        """The 12 months before (for "mentions before")."""
        q = self.last
        for _ in range(4):
            q = q.previous()
        return RollingYear(q)


def is_partial(quarter: Quarter, today: date) -> bool:
    """Whether the quarter has not ended yet on `today`."""
    return today <= quarter.end


def partial_label(quarter: Quarter, today: date) -> str:
    """The words that mark a quarter in progress: "partial: 1 October to 20 November 2026"."""
    return f"partial: {quarter.start:%-d} {_MONTHS[quarter.start.month - 1]} to " \
           f"{today:%-d} {_MONTHS[today.month - 1]} {today.year}"


def needs_wider_window(report: QuarterlyReport) -> bool:
    """Whether the quarter is too small to report on its own: the group is refused, or neither
    the share of family members reliably improved nor their average change (the board's first
    question: did families get better?) can be shown. Only protected figures decide, so the
    choice gives nothing away."""
    if report.refusal is not None or not report.areas:
        return True
    total = report.areas[0]
    return total.shares.get("improved") is None and total.mean_change is None


def window_headline(window: RollingYear) -> str:
    """The headline that says the figures are for 12 months, and why."""
    return ("Too few families closed this quarter to report on their own; these figures are for "
            f"{window.to_words} ({window.label}).")


def _reword(text: str) -> str:
    for old, new in _REWORDING:
        text = text.replace(old, new)
        text = text.replace(old[0].upper() + old[1:], new[0].upper() + new[1:])
    return text


def _reword_table(table: Table) -> Table:
    return replace(table, caption=_reword(table.caption),
                   columns=tuple(_reword(c) for c in table.columns),
                   rows=tuple(tuple(replace(cell, text=_reword(cell.text)) for cell in row)
                              for row in table.rows),
                   notes=tuple(_reword(n) for n in table.notes))


def reword_section(section: Section) -> Section:
    """A section's words for a window of 12 months instead of a quarter."""
    return replace(section, title=_reword(section.title),
                   paragraphs=tuple(_reword(p) for p in section.paragraphs),
                   tables=tuple(_reword_table(t) for t in section.tables),
                   charts=tuple(replace(c, title=_reword(c.title),
                                        description=_reword(c.description))
                                for c in section.charts))


def as_rolling_year(report: QuarterlyReport, quarter: Quarter, window: RollingYear
                    ) -> QuarterlyReport:
    """A report built over `window`, retitled for the quarter asked for and worded for 12
    months, with the headline that says why."""
    return replace(report, quarter=quarter, window=window,
                   headlines=(window_headline(window), *(_reword(h) for h in report.headlines)),
                   sections=tuple(reword_section(s) for s in report.sections),
                   definitions=tuple(_reword(d) for d in report.definitions))
