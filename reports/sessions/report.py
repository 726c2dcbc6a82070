"""Co-production in the quarterly report: the sessions and panels families took part in, beside
"you said, we did".

Pure: the view loads the window's sessions (reports.sessions.load) and hands them here with the
report. How many sessions were held is a count of staff events and is shown as it is; how many
families took part is a count of families, protected by the report's own rules across the
council, its localities and its teams (reports.lattice.protect_place_counts). Sessions are
recorded by team, never by support level: a report for one support level shows its place's.
Titles are written by staff and redacted again when loaded; each session's own count of
families is never shown (a handful of families at one session could be recognised).
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from reports.lattice import protect_place_counts
from reports.quarterly.model import Cell, Filters, QuarterlyReport, Section, Table

SECTION_KEY = "coproduction"
TITLE = "Co-production: families designing the service"
FAMILIES = ("coproduction", "families")
LISTED = 30  # the newest sessions listed; the count and families cover them all


@dataclass(frozen=True)
class SessionRecord:
    """One co-production session as reports show it (its title already redacted)."""

    id: int
    team: str
    locality: str
    held_on: date
    title: str
    families: int
    action: str | None = None  # the related "you said, we did" action's "we did", if any


def _place(filters: Filters, team_localities: Mapping[str, str]) -> Filters | None:
    """The place a report's group lies in (its support level dropped), as the lattice names it;
    None for a team outside the locality chosen."""
    if filters.team:
        home = team_localities.get(filters.team)
        if home is None or (filters.locality and filters.locality != home):
            return None
        return Filters(team=filters.team)
    return Filters(locality=filters.locality)


def sessions_for(records: Sequence[SessionRecord], place: Filters) -> list[SessionRecord]:
    """The sessions a place held: all of them, a locality's teams', or one team's."""
    if place.team:
        return [r for r in records if r.team == place.team]
    if place.locality:
        return [r for r in records if r.locality == place.locality]
    return list(records)


def protected_families(records: Sequence[SessionRecord], team_localities: Mapping[str, str]):
    """Families taking part, per place, protected together (see the module's docstring)."""
    counts: dict[Filters, dict] = {}
    for place in [Filters(), *(Filters(locality=loc) for loc in set(team_localities.values())),
                  *(Filters(team=team) for team in team_localities)]:
        counts[place] = {FAMILIES: sum(r.families for r in sessions_for(records, place))}
    return protect_place_counts(counts, team_localities)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def coproduction_section(records: Sequence[SessionRecord], filters: Filters,
                         team_localities: Mapping[str, str], *, period: str) -> Section:
    """The section: how many sessions, how many families took part, and what was worked on.
    `period` is how the report names its window ("in the quarter", "in the 12 months")."""
    place = _place(filters, team_localities)
    held = sorted(sessions_for(records, place) if place is not None else [],
                  key=lambda r: (r.held_on, r.id))
    families = protected_families(records, team_localities).get(place, {}).get(FAMILIES) \
        if place is not None else None
    families_cell = Cell(families.text, "count", float(families.shown) if families.is_shown
                         else None) if families is not None else Cell("not shown")
    paragraphs = []
    if held:
        paragraphs.append(
            f"Families worked with staff on the design of the service in "
            f"{_plural(len(held), 'co-production session')} or panels {period}; families took "
            f"part {families_cell.text} times (a family that came to two sessions counts twice).")
    else:
        paragraphs.append(f"No co-production sessions or panels with families were recorded "
                          f"{period}.")
    if filters.support_level and place is not None:
        where = place.team or (f"{place.locality} locality" if place.locality
                               else "the whole council")
        paragraphs.append("Sessions are recorded by team, not by support level: these are "
                          f"{where}’s, for families at every level of support.")
    summary = Table("coproduction", f"Co-production sessions and panels {period}",
                    ("Co-production", "Number"),
                    ((Cell("Sessions and panels held"), Cell(str(len(held)), "number",
                                                             float(len(held)))),
                     (Cell("Families taking part (once for each session)"), families_cell)),
                    ("Recorded by each team's manager. Families taking part follow the same "
                     "rules as every count in this report, so no family can be recognised.",))
    tables = [summary]
    if held:
        listed = held[-LISTED:]
        notes = (f"The {LISTED} most recent of {len(held)} sessions are listed.",) \
            if len(held) > LISTED else ()
        tables.append(Table(
            "coproduction-sessions", "What families worked on with us",
            ("What was worked on", "When", "Team", "Related \u201cyou said, we did\u201d action"),
            tuple((Cell(r.title), Cell(f"{r.held_on:%-d %B %Y}"), Cell(r.team),
                   Cell(r.action or "")) for r in listed), notes))
    return Section(SECTION_KEY, TITLE, tuple(paragraphs), tuple(tables))


def with_coproduction(report: QuarterlyReport, records: Sequence[SessionRecord],
                      team_localities: Mapping[str, str]) -> QuarterlyReport:
    """The report with its co-production section just after "you said, we did" (not for a
    refusal); worded for the report's own window."""
    if report.refusal or not report.sections:
        return report
    period = "in the 12 months" if report.window is not None else "in the quarter"
    section = coproduction_section(records, report.filters, team_localities, period=period)
    keys = [s.key for s in report.sections]
    at = keys.index("actions") + 1 if "actions" in keys else len(keys)
    return replace(report, sections=(*report.sections[:at], section, *report.sections[at:]))
