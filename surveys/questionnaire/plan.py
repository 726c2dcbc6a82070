"""The questionnaire as pages, built from the instrument definitions (never written by hand).

Adults and young people answer one area per page; children answer one statement per page in
their own wording. Goals, the service-experience statements (middle and close only), "Did we
make a difference?" (close only) and the free-text questions follow, each on its own page.
Young people aged 13 to 17 are asked the service questions in their own wording; children under
13 are not asked them.
"""
from __future__ import annotations

from dataclasses import dataclass

from family_by_family_scale import (
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    FAMILY_OUTCOMES_YOUNG_PEOPLE,
    MADE_A_DIFFERENCE,
    MADE_A_DIFFERENCE_YOUNG_PEOPLE,
    SERVICE_EXPERIENCE,
    SERVICE_EXPERIENCE_YOUNG_PEOPLE,
)
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
    # One question whose words are the page's heading (a child's statement, "Did we make a
    # difference?"), rather than a heading over several statements.
    is_one_question: bool = False


YOUNG_PEOPLE_AGE_BAND = "13-17"


def instrument_for_member(member_role: str, age_band: str | None = None) -> Instrument:
    """Anyone aged 13 to 17 gets the young people's wording; other children the child wording;
    parents, carers and older young people the adult wording."""
    if age_band == YOUNG_PEOPLE_AGE_BAND:
        return FAMILY_OUTCOMES_YOUNG_PEOPLE
    return FAMILY_OUTCOMES_CHILD if member_role == "child" else FAMILY_OUTCOMES


def audience(member_role: str, age_band: str | None = None) -> str:
    """Whose words the pages use: "child" (one statement a page) or "adult" (young people too)."""
    return instrument_audience(instrument_for_member(member_role, age_band))


def instrument_audience(instrument: Instrument) -> str:
    """The page layout and free-text wording a questionnaire version is asked with."""
    return "child" if instrument.audience == "child" else "adult"


# The service questions each outcome questionnaire's audience is asked: (service experience at
# the middle and close, "Did we make a difference?" at the close). Children are asked neither.
SERVICE_QUESTIONNAIRES: dict[str, tuple[Instrument, ...]] = {
    "adult": (SERVICE_EXPERIENCE, MADE_A_DIFFERENCE),
    "young_person": (SERVICE_EXPERIENCE_YOUNG_PEOPLE, MADE_A_DIFFERENCE_YOUNG_PEOPLE),
    "child": (),
}
# Page keys are stored in each response's pages_done, so they never change.
SERVICE_PAGE_KEYS = {"service-experience": "our-service", "made-a-difference": "made-a-difference"}


def service_questionnaires(instrument: Instrument, wave_kind: str) -> tuple[Instrument, ...]:
    """The service questionnaires a member answering `instrument` is asked at this wave."""
    return tuple(q for q in SERVICE_QUESTIONNAIRES[instrument.audience] if wave_kind in q.waves)


def plan_pages(member_role: str, wave_kind: str, has_goals: bool, age_band: str | None = None, *,
               instrument: Instrument | None = None) -> tuple[Page, ...]:
    """Every page this member answers at this wave, in order: on `instrument` when given (the
    version their response was started on), else the one their role and age band get now."""
    instrument = instrument or instrument_for_member(member_role, age_band)
    who = instrument_audience(instrument)
    pages: list[Page] = []
    if who == "child":
        for item in instrument.items:
            pages.append(Page(f"statement-{item.code.lower()}", "items", item.text, instrument, (item,),
                              is_one_question=True))
    else:
        for area in instrument.areas:
            pages.append(Page(f"area-{area.code.replace('_', '-')}", "items", area.title, instrument,
                              instrument.items_in(area.code)))
    if has_goals:
        pages.append(Page("goals", "goals", N_("Your family's goals")))
    for service in service_questionnaires(instrument, wave_kind):
        area = service.areas[0]
        pages.append(Page(SERVICE_PAGE_KEYS[service.measure], "items", area.title, service,
                          service.items, is_one_question=len(service.items) == 1))
    pages.append(Page("your-words", "comments", N_("In your own words")))
    return tuple(pages)


def first_unanswered(pages: tuple[Page, ...], done: list[str] | tuple[str, ...]) -> Page | None:
    """The page to resume at: the first not yet saved, or None when every page is saved."""
    return next((page for page in pages if page.key not in done), None)


def page_by_key(pages: tuple[Page, ...], key: str) -> Page | None:
    """The page with this key, if this member has it."""
    return next((page for page in pages if page.key == key), None)


# Seconds a person takes on a phone, from timing the pages by hand: reading one statement and
# choosing an answer; opening a page and reading its heading; rating the goals; the optional
# writing page (most people write a sentence or two, or nothing).
SECONDS_PER_STATEMENT = 10
SECONDS_PER_PAGE = 5
SECONDS_FOR_GOALS = 30
SECONDS_FOR_WRITING = 120


def estimated_minutes(pages: tuple[Page, ...]) -> int:
    """How long this member's questionnaire takes, in whole minutes (rounded up), from its own
    pages: the start page and the keyworker's message both quote this one figure."""
    seconds = 0
    for page in pages:
        seconds += SECONDS_PER_PAGE + SECONDS_PER_STATEMENT * len(page.items)
        seconds += {"goals": SECONDS_FOR_GOALS, "comments": SECONDS_FOR_WRITING}.get(page.kind, 0)
    return max(1, -(-seconds // 60))
