"""Disclosure rules on random tables (Hypothesis) and on worked examples."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reports.disclosure import (
    FEWER_THAN,
    HIDDEN,
    Line,
    can_show_quotes,
    can_show_share,
    can_show_statistic,
    group_refusal,
    protect_counts,
    round_count,
    suppress_count,
)
from tests.reports.disclosure_rules import assert_rules_hold


@pytest.mark.parametrize(("n", "shown"), [(0, FEWER_THAN), (1, FEWER_THAN), (7, FEWER_THAN), (8, "10"),
                                          (12, "10"), (13, "15"), (102, "100"), (103, "105")])
def test_counts_from_zero_to_seven_are_never_shown_and_others_round_to_five(n, shown):
    assert suppress_count(n) == shown


def _grid(rows: list[list[int]]):
    """Counts for a table with row totals, column totals and a grand total, and its lines."""
    counts, lines = {}, []
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            counts[(r, c)] = value
        counts[(r, "total")] = sum(row)
        lines.append(Line(tuple((r, c) for c in range(len(row))), (r, "total")))
    for c in range(len(rows[0])):
        counts[("total", c)] = sum(row[c] for row in rows)
        lines.append(Line(tuple((r, c) for r in range(len(rows))), ("total", c)))
    counts[("total", "total")] = sum(map(sum, rows))
    lines.append(Line(tuple(("total", c) for c in range(len(rows[0]))), ("total", "total")))
    lines.append(Line(tuple((r, "total") for r in range(len(rows))), ("total", "total")))
    return counts, lines


tables = st.integers(1, 5).flatmap(lambda width: st.lists(
    st.lists(st.integers(0, 60), min_size=width, max_size=width), min_size=1, max_size=5))


@settings(max_examples=300, deadline=None)
@given(tables)
def test_no_suppressed_count_can_be_recovered_from_totals(rows):
    counts, lines = _grid(rows)
    assert_rules_hold(counts, lines, protect_counts(counts, lines))


@settings(max_examples=200, deadline=None)
@given(tables, st.data())
def test_no_count_can_be_recovered_by_subtracting_a_wider_group(rows, data):
    counts, lines = _grid(rows)
    extra = {key: data.draw(st.integers(0, 12), label=str(key)) for key in counts}
    wider = {key: n + extra[key] for key, n in counts.items()}
    protected = protect_counts(counts, lines, [wider])
    assert_rules_hold(counts, lines, protected)
    for key, n in counts.items():
        if 1 <= wider[key] - n <= 7:
            assert not protected[key].is_shown


@given(st.integers(0, 10_000))
def test_rounding_is_to_the_nearest_five(n):
    assert round_count(n) % 5 == 0 and abs(round_count(n) - n) <= 2


def test_secondary_suppression_prefers_a_small_part_to_the_total():
    counts = {"a": 3, "b": 40, "c": 12, "total": 55}
    protected = protect_counts(counts, [Line(("a", "b", "c"), "total")])
    assert protected["a"].text == FEWER_THAN
    assert protected["c"].text == HIDDEN
    assert protected["b"].text == "40" and protected["total"].text == "55"


def test_negative_counts_are_refused():
    with pytest.raises(ValueError, match="negative"):
        protect_counts({"a": -1})


@pytest.mark.parametrize(("n", "allowed"), [(0, False), (7, False), (8, True), (100, True)])
def test_means_and_percentages_need_at_least_eight_people(n, allowed):
    assert can_show_statistic(n) is allowed


@pytest.mark.parametrize(("respondents", "beside_team", "allowed"),
                         [(9, False, False), (10, False, True), (50, True, False)])
def test_quotes_need_ten_respondents_and_never_sit_beside_a_team(respondents, beside_team, allowed):
    assert can_show_quotes(respondents, beside_team=beside_team) is allowed


@pytest.mark.parametrize(("group", "wider", "refused"), [
    (7, [], True), (8, [], False), (8, [100], False), (95, [100], True), (100, [100], False),
    (20, [27], True), (20, [28], False)])
def test_a_group_is_refused_when_it_or_what_is_left_of_a_wider_group_is_small(group, wider, refused):
    assert (group_refusal(group, wider) is not None) is refused


@given(part=st.integers(0, 300), rest=st.integers(0, 300),
       wider=st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=3))
@settings(max_examples=400, deadline=None)
def test_a_shown_share_never_gives_away_a_small_count(part, rest, wider):
    """A share shown as any percentage (0% and 100% included) rests on counts that passed
    primary, complementary and secondary suppression, and leaves no 1-7 either side."""
    total = part + rest
    counts = {"part": part, "rest": rest, "total": total}
    wider_counts = [{"part": part + a, "rest": rest + b, "total": total + a + b} for a, b in wider]
    pcs = protect_counts(counts, [Line(("part", "rest"), "total")], wider_counts)
    if can_show_share(pcs["part"], pcs["total"]):
        assert total >= 8
        assert not (0 < part < 8) and not (0 < rest < 8)
        for other in wider_counts:
            assert not (0 < other["part"] - part < 8) and not (0 < other["total"] - total < 8)


@pytest.mark.parametrize(("part", "total", "shown"), [
    (0, 20, False),    # "0%", "none": 0 reads "fewer than 8", so no share is worked out from it
    (20, 20, False),   # "100%", "all": rounded 20 of rounded 20 may hide a few left out
    (10, 20, True),
    (3, 20, False),    # the part is small
    (17, 20, False),   # the rest is small: "85%" would say 3 were not
    (12, 12, False),   # "all" again: the rest (0) reads "fewer than 8", so the part is hidden
    (8, 9, False),
    (5, 5, False),     # too few people behind it
])
def test_floor_and_ceiling_shares_need_both_sides_big_enough(part, total, shown):
    pcs = protect_counts({"part": part, "rest": total - part, "total": total},
                         [Line(("part", "rest"), "total")])
    assert can_show_share(pcs["part"], pcs["total"]) is shown


def test_a_share_is_not_shown_when_complementary_suppression_hid_its_count():
    """20 here, 23 council-wide: the part is hidden (3 left over), so its share is too."""
    pcs = protect_counts({"part": 20, "rest": 20, "total": 40},
                         [Line(("part", "rest"), "total")],
                         [{"part": 23, "rest": 20, "total": 43}])
    assert not pcs["part"].is_shown
    assert not can_show_share(pcs["part"], pcs["total"])
