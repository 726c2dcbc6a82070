"""The questionnaire as pages, built from the instrument definitions (never written by hand).

Adults and young people answer one area per page; children answer one statement per page in
their own wording. Goals, the service-experience statements (middle and close only) and the
free-text questions follow, each on its own page.
"""
from __future__ import annotations

from dataclasses import dataclass

from family_by_family_scale import FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE
from family_by_family_scale.instrument import N_, Instrument, Item

PREFER_NOT_TO_SAY_VALUE = "pns"
MAX_COMMENT_LENGTH = 2000

@dataclass(frozen=True)
class Page:
    """One page of the questionnaire."""

    key: str
    kind: str  # "items", "goals" or "comments"
    title: str
    instrument: Instrument | None = None
    items: tuple[Item, ...] = ()


def instrument_for_member(member_role: str) -> Instrument:
    """Children get the child wording; parents, carers and young people the adult wording."""
    return FAMILY_OUTCOMES_CHILD if member_role == "child" else FAMILY_OUTCOMES


def audience(member_role: str) -> str:
    """Whose words the pages use: "child" or "adult"."""
    return "child" if member_role == "child" else "adult"


def plan_pages(member_role: str, wave_kind: str, has_goals: bool) -> tuple[Page, ...]:
    """Every page this member answers at this wave, in order."""
    instrument = instrument_for_member(member_role)
    pages: list[Page] = []
    if audience(member_role) == "child":
        for item in instrument.items:
            pages.append(Page(f"statement-{item.code.lower()}", "items", item.text, instrument, (item,)))
    else:
        for area in instrument.areas:
            pages.append(Page(f"area-{area.code.replace('_', '-')}", "items", area.title, instrument,
                              instrument.items_in(area.code)))
    if has_goals:
        pages.append(Page("goals", "goals", N_("Your family's goals")))
    if audience(member_role) == "adult" and wave_kind in SERVICE_EXPERIENCE.waves:
        pages.append(Page("our-service", "items", N_("How our service feels"), SERVICE_EXPERIENCE,
                          SERVICE_EXPERIENCE.items))
    pages.append(Page("your-words", "comments", N_("In your own words")))
    return tuple(pages)


def first_unanswered(pages: tuple[Page, ...], done: list[str] | tuple[str, ...]) -> Page | None:
    """The page to resume at: the first not yet saved, or None when every page is saved."""
    return next((page for page in pages if page.key not in done), None)


def page_by_key(pages: tuple[Page, ...], key: str) -> Page | None:
    """The page with this key, if this member has it."""
    return next((page for page in pages if page.key == key), None)


def estimated_minutes(pages: tuple[Page, ...]) -> int:
    """A fair estimate of how long it takes: about 10 seconds a statement, a minute or two to write."""
    statements = sum(len(page.items) for page in pages)
    return max(5, round(statements * 10 / 60 + 3))
