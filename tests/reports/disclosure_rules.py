"""The rules every protected output must obey, checked by the disclosure and quarterly tests."""
from __future__ import annotations

from reports.disclosure import FEWER_THAN, HIDDEN, Status


def assert_rules_hold(counts, lines, protected):
    """The rules every output must obey."""
    for key, n in counts.items():
        cell = protected[key]
        if 1 <= n <= 7:
            assert cell.status is Status.SMALL and cell.text == FEWER_THAN
        if cell.is_shown:
            assert cell.shown % 5 == 0 and (cell.shown == 0 or cell.shown >= 10)
            assert abs(cell.shown - n) <= 2
        else:
            assert cell.shown is None and cell.text in (FEWER_THAN, HIDDEN)
    for line in lines:
        hidden = [k for k in (*line.parts, line.total) if not protected[k].is_shown]
        assert len(hidden) != 1, f"{hidden[0]} could be worked out from its line's total"
