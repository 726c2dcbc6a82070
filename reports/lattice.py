"""Disclosure control across every group a commissioner can ask for in a quarter.

A commissioner can download the report of the whole council, of each locality and of each team,
each on its own or for one support level: a few dozen groups, all of them known in advance. So we
protect them together, once per quarter, and each report (web, PDF, CSV) reads its figures from
that one protection: the same count of the same group always reads the same, whichever page
shows it, and differencing is checked across every hierarchy at once.

1. Each group's counts get primary, complementary and secondary suppression and rounding to 5
   (reports.disclosure.protect_counts).
2. An audit then plays the attacker: every shown count allows the true values within 2 of it
   (and at least 8), "fewer than 8" allows 1 to 7, "not shown" anything. It tightens those
   intervals through every sum a reader knows (a table's parts and total; the council and its
   localities; a locality and its teams; a group and its support levels) until nothing changes.
   Wherever a count of 1 to 7 would be pinned to one value, it hides one more shown count in the
   sum that pinned it, and audits again, until no small count can be worked out.
3. Means (and effect sizes) need 8 people, and may not be worked out for a smaller group from the
   means of a wider group and its other parts: an audit of the means a reader could work out
   (a parent's total, mean x n, less its other children's, repeatedly) hides the smallest shown
   mean each chain rests on until no mean of a group of 1 to 7 can be worked out.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from reports.disclosure import (
    SMALLEST_SHOWN,
    ProtectedCount,
    Status,
    close_lines,
    is_small,
    protect_counts,
    round_count,
)
from reports.quarterly.by_role import ROLE_PAIRED, role_partitions
from reports.quarterly.figures import (
    RawFigures,
    raw_figures,
    same_figures_key,
    shared_members,
    wider_filters,
)
from reports.quarterly.model import SCOPES, Filters, QuarterData
from surveys.records.enums import SupportLevel

LEVELS = tuple(level.value for level in SupportLevel)
BIG = 10**9
# Counts whose people means are worked out over.
MEAN_KEYS = (*(("change", scope, "paired") for scope in SCOPES),
             ("left", "stayed_scored"), ("left", "left_scored"), ("goals", "rated"),
             ("readings", "members"), ("change", "families"), *ROLE_PAIRED)
# Counts whose people add up within a group (everyone's change is the roles' changes), so a
# mean of one part can be worked out from the whole's and the other parts'.
PARTITIONS = (*role_partitions(),)
Cell = tuple[Filters, Hashable]


def every_group(team_localities: Mapping[str, str]) -> list[Filters]:
    """The whole council, each locality and each team, each alone and for each support level."""
    places = [Filters(), *(Filters(locality=loc) for loc in sorted(set(team_localities.values()))),
              *(Filters(team=t) for t in sorted(team_localities))]
    return [Filters(locality=p.locality, team=p.team, support_level=level)
            for p in places for level in (None, *LEVELS)]


def canonical(filters: Filters, team_localities: Mapping[str, str]) -> Filters | None:
    """The group as `every_group` names it, or None when the filters select no place (a team
    outside the locality chosen)."""
    if filters.team:
        place = team_localities.get(filters.team)
        if place is None or (filters.locality and filters.locality != place):
            return None
        return Filters(team=filters.team, support_level=filters.support_level)
    return filters


def group_relations(team_localities: Mapping[str, str]) -> list[tuple[Filters, tuple[Filters, ...]]]:
    """Each group with the groups that partition it: council = localities, locality = teams,
    group = its support levels."""
    localities = sorted(set(team_localities.values()))
    result = []
    for level in (None, *LEVELS):
        result.append((Filters(support_level=level), tuple(
            Filters(locality=loc, support_level=level) for loc in localities)))
        for loc in localities:
            result.append((Filters(locality=loc, support_level=level), tuple(
                Filters(team=t, support_level=level)
                for t, place in sorted(team_localities.items()) if place == loc)))
    for node in (Filters(), *(Filters(locality=loc) for loc in localities),
                 *(Filters(team=t) for t in sorted(team_localities))):
        result.append((node, tuple(Filters(locality=node.locality, team=node.team,
                                           support_level=level) for level in LEVELS)))
    return [(p, c) for p, c in result if c]


@dataclass(frozen=True, eq=False)
class QuarterProtection:
    """Every group's raw figures and protected counts for one quarter."""

    raw: Mapping[Filters, RawFigures]
    counts: Mapping[Filters, Mapping[Hashable, ProtectedCount]]


def protect_quarter(data: QuarterData) -> QuarterProtection:
    """Protect every group of the quarter together (see the module's docstring)."""
    groups = every_group(data.team_localities)
    shared = shared_members(data)
    # Groups of the same families (and actions) share one count: on a small council many
    # groups are empty or repeat another (a team with one support level).
    raws: dict[Filters, RawFigures] = {}
    counted: dict[tuple, RawFigures] = {}
    for g in groups:
        key = same_figures_key(data, g)
        if key not in counted:
            counted[key] = raw_figures(data, g, shared=shared)
        raws[g] = counted[key]
    status: dict[Filters, dict[Hashable, Status]] = {}
    for g in groups:
        wider = [raws[w].counts for w in wider_filters(g, data.team_localities) if w in raws]
        status[g] = {k: pc.status for k, pc in protect_counts(raws[g].counts, raws[g].lines,
                                                              wider).items()}
    relations = group_relations(data.team_localities)
    constraints = _constraints(raws, relations)
    _audit_counts(raws, status, constraints)
    means = _audit_means(raws, status, relations)
    for total_key, part_keys in PARTITIONS:
        means = _audit_partition_means(raws, status, relations, means, total_key, part_keys)
    counts = {g: {k: ProtectedCount(s, round_count(raws[g].counts[k]) if s is Status.SHOWN
                                    else None, means=(g, k) in means)
                  for k, s in status[g].items()} for g in groups}
    return QuarterProtection(raw=raws, counts=counts)


def _constraints(raws, relations) -> list[tuple[Cell, tuple[Cell, ...]]]:
    result = []
    for g, raw in raws.items():
        for line in raw.lines:
            if line.total is not None:
                result.append(((g, line.total), tuple((g, p) for p in line.parts)))
    for parent, children in relations:
        common = set(raws[children[0]].counts).intersection(
            *(raws[c].counts for c in children[1:]))
        for key in raws[parent].counts:
            if key in common:
                result.append(((parent, key), tuple((c, key) for c in children)))
    return result


def _intervals(rounded: np.ndarray, statuses: list[Status],
               ceiling: int) -> tuple[list[int], list[int]]:
    """What a reader knows of each cell, as intervals [lo, hi] of its true value: a shown count
    within 2 of the count shown (and at least 8), "fewer than 8" 0 to 7, "not shown" anything
    up to `ceiling`. Lists: the propagation reads them one by one."""
    shown = np.fromiter((s is Status.SHOWN for s in statuses), dtype=bool, count=len(statuses))
    small = np.fromiter((s is Status.SMALL for s in statuses), dtype=bool, count=len(statuses))
    lo = np.where(shown, np.maximum(SMALLEST_SHOWN, rounded - 2), 0)
    hi = np.where(shown, rounded + 2, np.where(small, SMALLEST_SHOWN - 1, ceiling))
    return lo.tolist(), hi.tolist()


# The audit numbers every cell (a group's count) once and works on lists of those numbers:
# the same sums in the same order as the cells themselves, without hashing a group's filters
# millions of times.


def _propagate(lo: list[int], hi: list[int], sums, by_cell) -> None:
    """Tighten intervals [lo, hi] through every sum until nothing changes (a worklist of sums).
    The result is the tightest the sums allow, whatever order they are worked through in."""
    pending = list(range(len(sums)))
    queued = bytearray(b"\x01") * len(sums)
    while pending:
        index = pending.pop()
        queued[index] = 0
        total, parts = sums[index]
        lows = [lo[p] for p in parts]
        highs = [hi[p] for p in parts]
        low_sum, high_sum = sum(lows), sum(highs)
        touched = []
        t_lo, t_hi = max(lo[total], low_sum), min(hi[total], high_sum)
        if t_lo != lo[total] or t_hi != hi[total]:
            lo[total], hi[total] = t_lo, t_hi
            touched.append(total)
        for i, p in enumerate(parts):
            p_lo = max(lo[p], t_lo - (high_sum - highs[i]))
            p_hi = min(hi[p], t_hi - (low_sum - lows[i]))
            if p_lo != lo[p] or p_hi != hi[p]:
                lo[p], hi[p] = p_lo, p_hi
                touched.append(p)
        for cell in touched:
            for other in by_cell[cell]:
                if other != index and not queued[other]:
                    queued[other] = 1
                    pending.append(other)


def _audit_counts(raws, status, constraints) -> None:
    """Hide more counts until no count of 1 to 7 can be pinned to one value (see above)."""
    cells = [(g, k) for g in status for k in status[g]]
    number = {cell: i for i, cell in enumerate(cells)}
    values = [raws[g].counts[k] for g, k in cells]
    sums = [(number[total], tuple(number[p] for p in parts)) for total, parts in constraints]
    by_cell: list[list[int]] = [[] for _ in cells]
    for index, (total, parts) in enumerate(sums):
        for cell in (total, *parts):
            by_cell[cell].append(index)
    small = [i for i, n in enumerate(values) if is_small(n)]
    # No count can exceed the largest in the quarter: a bound the attacker may as well know,
    # which keeps the propagation from creeping down from "anything" a step at a time.
    ceiling = max(values, default=0) + 2
    rounded = np.array([round_count(n) for n in values], dtype="int64")
    for _ in range(200):
        lo, hi = _intervals(rounded, [s for g in status for s in status[g].values()],
                            ceiling)
        _propagate(lo, hi, sums, by_cell)
        pinned = [i for i in small if lo[i] >= hi[i]]
        if not pinned:
            return
        audit = _Audit(cells, values, status, sums, by_cell, lo, hi)
        for cell in pinned:
            audit.hide_one_more(cell)
        for g, raw in raws.items():
            close_lines(status[g], raw.counts, raw.lines)
    raise RuntimeError("Disclosure control could not protect this quarter's figures.")


@dataclass(frozen=True, eq=False)
class _Audit:
    """One round of the count audit: cells by number, their intervals after propagation."""

    cells: list[Cell]
    values: list[int]
    status: dict[Filters, dict[Hashable, Status]]
    sums: list[tuple[int, tuple[int, ...]]]
    by_cell: list[list[int]]
    lo: list[int]
    hi: list[int]

    def is_shown(self, cell: int) -> bool:
        """Whether the cell's count is shown now."""
        g, key = self.cells[cell]
        return self.status[g][key] is Status.SHOWN

    def hide_one_more(self, cell: int, seen: set[int] | None = None) -> bool:
        """Hide the smallest shown count (a part before a total) in the sum that pins `cell`
        most; where every sum around it is already hidden, do so for a hidden count pinned
        there."""
        seen = set() if seen is None else seen
        seen.add(cell)
        lo, hi, values = self.lo, self.hi, self.values

        def width(index: int) -> int:
            total, parts = self.sums[index]
            return sum(min(hi[c], BIG) - lo[c] for c in (total, *parts) if c != cell)

        around = sorted(self.by_cell[cell], key=width)
        for index in around:
            total, parts = self.sums[index]
            shown = [c for c in (*parts, total) if c != cell and self.is_shown(c)
                     and values[c] > 0]
            if shown:
                shown.sort(key=lambda c: (c == total, values[c]))
                g, key = self.cells[shown[0]]
                self.status[g][key] = Status.HIDDEN
                return True
        for index in around:
            total, parts = self.sums[index]
            for other in (*parts, total):
                if other not in seen and lo[other] >= hi[other] and values[other] \
                        and self.hide_one_more(other, seen):
                    return True
        return False


def _audit_means(raws, status, relations) -> set[Cell]:
    """Which groups' means may be shown, for each count means are worked out over."""
    allowed: set[Cell] = set()
    for key in MEAN_KEYS:
        n = {g: raw.counts.get(key, 0) for g, raw in raws.items()}
        rels = [(p, c) for p, c in relations]
        shown = {g for g in raws if n[g] >= SMALLEST_SHOWN and status[g].get(key) is Status.SHOWN}
        while True:
            leak = _derivable_small(shown, n, rels)
            if leak is None:
                break
            shown.discard(leak)
        allowed |= {(g, key) for g in shown}
    return allowed


def _audit_partition_means(raws, status, relations, allowed: set[Cell], total_key,
                           part_keys) -> set[Cell]:
    """Audit together the means of a count and of its parts within each group: a reader may
    subtract within a group (the whole less its other parts) as well as across groups."""
    keys = (total_key, *part_keys)
    n = {(g, k): raw.counts.get(k, 0) for g, raw in raws.items() for k in keys}
    rels = [((p, k), tuple((c, k) for c in children)) for p, children in relations for k in keys]
    # Only where the parts really add up to the whole (they always do when counted together).
    rels += [((g, total_key), tuple((g, k) for k in part_keys)) for g in raws
             if sum(n[(g, k)] for k in part_keys) == n[(g, total_key)]]
    shown = {cell for cell in allowed if cell[1] in keys}
    while True:
        leak = _derivable_small(shown, n, rels)
        if leak is None:
            break
        shown.discard(leak)
    return {cell for cell in allowed if cell[1] not in keys} | shown


def _derivable_small(shown: set[Filters], n, rels) -> Filters | None:
    """A shown group whose mean lets a reader work out a small group's mean, or None."""
    known = set(shown) | {g for g, value in n.items() if value == 0}
    source: dict[Filters, tuple] = {}
    changed = True
    while changed:
        changed = False
        for p, c in rels:
            unknown = [m for m in (p, *c) if m not in known]
            if len(unknown) == 1:
                target = unknown[0]
                known.add(target)
                source[target] = (p, c)
                if is_small(n[target]):
                    return _a_shown_source(target, source, shown, n)
                changed = True
    return None


def _a_shown_source(target, source, shown, n) -> Filters:
    """The smallest shown group a worked-out mean rests on: hiding it breaks the chain while
    keeping the wider groups' means (the council's above all) where it can."""
    p, c = source[target]
    members = [m for m in (p, *c) if m != target]
    direct = sorted((m for m in members if m in shown), key=lambda m: n[m])
    if direct:
        return direct[0]
    for m in members:
        if m in source:
            return _a_shown_source(m, source, shown, n)
    raise RuntimeError("A mean was worked out from nothing shown.")


def protected_counts(protection: QuarterProtection, filters: Filters,
                     team_localities: Mapping[str, str]) -> dict[Hashable, ProtectedCount] | None:
    """One group's protected counts (its action rows included), or None for no such group."""
    group = canonical(filters, team_localities)
    if group is None or group not in protection.counts:
        return None
    return dict(protection.counts[group])


# Kept protections, least recently used first: enough for a report's eight trend quarters, its
# own quarter and its rolling 12 months, so one request never works a quarter out twice.
_KEPT = 10
_CACHE: OrderedDict[tuple, QuarterProtection] = OrderedDict()


def fingerprint(data: QuarterData) -> tuple:
    """What the protection depends on: the quarter, and every row of the frames it counts."""
    def frame_hash(frame: pd.DataFrame) -> int:
        plain = frame.drop(columns=[c for c in frame.columns if frame[c].dtype == object
                                    and frame[c].map(lambda v: isinstance(v, list)).any()])
        return int(pd.util.hash_pandas_object(plain, index=False).sum()) if len(
            plain) else 0

    themes = tuple(tuple(t) for t in data.comments["themes"]) if len(data.comments) else ()
    return (data.quarter.code, *(frame_hash(f) for f in (
        data.cases, data.waves, data.responses, data.outcomes, data.service, data.goal_ratings,
        data.comments)), hash(themes), tuple(sorted(data.team_localities.items())),
        tuple((a.id, a.theme_code, a.locality, a.started_on) for a in data.actions),
        tuple(sorted((k, repr(v)) for k, v in data.parameters.items())))


def cached_protection(data: QuarterData) -> QuarterProtection:
    """The quarter's protection, worked out once for the same rows (the most recently used
    kept)."""
    key = fingerprint(data)
    if key in _CACHE:
        _CACHE.move_to_end(key)
        return _CACHE[key]
    protection = protect_quarter(data)
    _CACHE[key] = protection
    while len(_CACHE) > _KEPT:
        _CACHE.popitem(last=False)
    return protection


def group_raw_figures(protection: QuarterProtection, filters: Filters,
                      team_localities: Mapping[str, str]) -> RawFigures | None:
    """The group's raw figures as the protection worked them out, or None for no such group."""
    return protection.raw.get(canonical(filters, team_localities))


def wider_raw_figures(protection: QuarterProtection, filters: Filters,
                      team_localities: Mapping[str, str]) -> list[RawFigures]:
    """The raw figures of every wider group this one could be subtracted from."""
    wider = (canonical(w, team_localities) for w in wider_filters(filters, team_localities))
    return [protection.raw[w] for w in wider if w in protection.raw]


@dataclass
class _PlaceCounts:
    """Counts kept by place only, shaped as the audit reads a group's figures."""

    counts: dict[Hashable, int]
    lines: tuple = ()


def protect_place_counts(counts: Mapping[Filters, Mapping[Hashable, int]],
                         team_localities: Mapping[str, str]
                         ) -> dict[Filters, dict[Hashable, ProtectedCount]]:
    """Protect counts recorded by place alone (the council, each locality, each team; never by
    support level), such as families taking part in co-production sessions, by the same rules
    as the report's counts: primary and complementary suppression, rounding, and the audit
    across council = localities = teams. A place missing from `counts` has none of them."""
    places = [g for g in every_group(team_localities) if g.support_level is None]
    keys = sorted({k for found in counts.values() for k in found}, key=repr)
    raws = {g: _PlaceCounts({k: int(counts.get(g, {}).get(k, 0)) for k in keys}) for g in places}
    status: dict[Filters, dict[Hashable, Status]] = {}
    for g in places:
        wider = [raws[w].counts for w in wider_filters(g, team_localities) if w in raws]
        status[g] = {k: pc.status for k, pc in protect_counts(raws[g].counts, (), wider).items()}
    relations = [(p, c) for p, c in group_relations(team_localities)
                 if p in raws and all(child in raws for child in c)]
    _audit_counts(raws, status, _constraints(raws, relations))
    return {g: {k: ProtectedCount(s, round_count(raws[g].counts[k]) if s is Status.SHOWN
                                  else None) for k, s in status[g].items()} for g in places}
