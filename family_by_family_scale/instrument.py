"""The questionnaires, defined once: Family by Family outcomes (adult and child) and service experience.

Statements come from the council report, appendix 6.1.2 "What do our families want?" (adapted from
TACSI's Family by Family programme) and "What do we want Operational Children's Services to feel
like?". The seed statements describe change ("less isolated"); a measure repeated at the start,
middle and close of support needs present-state wording, so each item keeps its seed beside it.

Versioning rules (checked by `check_version_history`):
- every questionnaire has a version; any rewording is released as a new version;
- an item code belongs to one statement for ever: if the meaning changes the item gets a new
  code, and a retired code is never brought back;
- so items that share a code across versions kept their meaning, and only they are compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from .difference import (
    DIFFERENCE_HINT,
    DIFFERENCE_QUESTION,
    DIFFERENCE_QUESTION_YOUNG_PEOPLE,
    DIFFERENCE_READING_EASE,
    DIFFERENCE_READING_EASE_YOUNG_PEOPLE,
    DIFFERENCE_SCALE,
    DIFFERENCE_SEED,
    DIFFERENCE_TITLE,
)
from .errors import (
    IncomparableScoresError,
    InstrumentDefinitionError,
    UnknownAreaError,
    UnknownInstrumentError,
    UnknownItemError,
)
from .marking import N_
from .readability import ADULT_READING_EASE_TARGET, CHILD_READING_EASE_TARGET
from .young_people import (
    YOUNG_PEOPLE_QUESTION,
    YOUNG_PEOPLE_READING_EASE,
    YOUNG_PEOPLE_READING_EASE_TARGET,
    YOUNG_PEOPLE_SERVICE_QUESTION,
    YOUNG_PEOPLE_SERVICE_READING_EASE,
    YOUNG_PEOPLE_SERVICE_WORDING,
    YOUNG_PEOPLE_WORDING,
)

__all__ = ["N_"]  # re-exported: the web app and free_text mark wording with it from here


WAVES: tuple[str, ...] = ("start", "middle", "close")
PREFER_NOT_TO_SAY = N_("Prefer not to say")

RESPONSE_SCALE: tuple[tuple[int, str], ...] = (
    (1, N_("Not at all like us")),
    (2, N_("A little like us")),
    (3, N_("Somewhat like us")),
    (4, N_("Mostly like us")),
    (5, N_("Very much like us")),
)
CHILD_RESPONSE_SCALE: tuple[tuple[int, str], ...] = (
    (1, N_("Not like us at all")),
    (2, N_("A little bit like us")),
    (3, N_("Sort of like us")),
    (4, N_("A lot like us")),
    (5, N_("Very much like us")),
)
SERVICE_RESPONSE_SCALE: tuple[tuple[int, str], ...] = (
    (1, N_("Not at all true")),
    (2, N_("A little true")),
    (3, N_("Partly true")),
    (4, N_("Mostly true")),
    (5, N_("Completely true")),
)


@dataclass(frozen=True)
class Area:
    """A group of statements scored together, such as "Hopes and plans"."""

    code: str
    title: str


@dataclass(frozen=True)
class Item:
    """One statement: stable code, area, wording shown, the seed it came from, its reading ease."""

    code: str
    area: str
    text: str
    seed_statement: str
    reading_ease: float


@dataclass(frozen=True)
class Instrument:
    """One version of a questionnaire: its wording, areas and response scale."""

    code: str
    version: int
    title: str
    audience: str
    measure: str
    question: str
    areas: tuple[Area, ...]
    items: tuple[Item, ...]
    scale: tuple[tuple[int, str], ...]
    reading_ease_target: float
    waves: tuple[str, ...] = WAVES
    prefer_not_to_say: str = PREFER_NOT_TO_SAY

    def __post_init__(self) -> None:
        """Refuse a definition with repeated codes, unknown areas or a gappy scale."""
        codes = [item.code for item in self.items]
        if len(set(codes)) != len(codes):
            raise InstrumentDefinitionError(f"{self.code} v{self.version} repeats an item code.")
        area_codes = {area.code for area in self.areas}
        stray = [item.code for item in self.items if item.area not in area_codes]
        if stray:
            raise InstrumentDefinitionError(
                f"{self.code} v{self.version}: items {', '.join(stray)} name an area it lacks."
            )
        empty = [area.code for area in self.areas if not self.items_in(area.code)]
        if empty:
            raise InstrumentDefinitionError(
                f"{self.code} v{self.version}: areas {', '.join(empty)} have no items."
            )
        values = [value for value, _ in self.scale]
        if values != list(range(values[0], values[0] + len(values))):
            raise InstrumentDefinitionError(
                f"{self.code} v{self.version}: scale values must be whole numbers in a row."
            )
        unknown_waves = set(self.waves) - set(WAVES)
        if unknown_waves:
            raise InstrumentDefinitionError(
                f"{self.code} v{self.version}: unknown waves {sorted(unknown_waves)}."
            )

    @cached_property
    def item_codes(self) -> tuple[str, ...]:
        """Item codes in the order they are asked."""
        return tuple(item.code for item in self.items)

    @cached_property
    def area_codes(self) -> tuple[str, ...]:
        """Area codes in the order they are shown."""
        return tuple(area.code for area in self.areas)

    @property
    def min_value(self) -> int:
        """Lowest value on the response scale."""
        return self.scale[0][0]

    @property
    def max_value(self) -> int:
        """Highest value on the response scale."""
        return self.scale[-1][0]

    @property
    def label(self) -> str:
        """Short human name, for example "Family outcomes (adults) version 1"."""
        return f"{self.title} version {self.version}"

    @cached_property
    def items_by_code(self) -> dict[str, Item]:
        """Items keyed by code (worked out once per questionnaire)."""
        return {item.code: item for item in self.items}

    def item(self, code: str) -> Item:
        """Return the item with this code, or explain that the questionnaire lacks it."""
        if code in self.items_by_code:
            return self.items_by_code[code]
        raise UnknownItemError(f"{self.label} has no statement with code {code!r}.")

    def area(self, code: str) -> Area:
        """Return the area with this code, or explain that the questionnaire lacks it."""
        for area in self.areas:
            if area.code == code:
                return area
        known = ", ".join(self.area_codes)
        raise UnknownAreaError(f"{self.label} has no area {code!r}. Its areas are: {known}.")

    def items_in(self, area_code: str) -> tuple[Item, ...]:
        """Items belonging to one area, in order."""
        return self.items_by_area.get(area_code, ())

    @cached_property
    def items_by_area(self) -> dict[str, tuple[Item, ...]]:
        """Items grouped by area code, in order (worked out once per questionnaire)."""
        grouped: dict[str, tuple[Item, ...]] = {}
        for item in self.items:
            grouped[item.area] = (*grouped.get(item.area, ()), item)
        return grouped

    def label_for(self, value: int | None) -> str:
        """The words shown for an answer value; None is "Prefer not to say"."""
        if value is None:
            return self.prefer_not_to_say
        return dict(self.scale)[value]


AREAS: tuple[Area, ...] = (
    Area("community", N_("Connected to our community")),
    Area("getting_on", N_("Getting on as a family")),
    Area("hopes", N_("Hopes and plans")),
    Area("confidence", N_("Confidence and belief in ourselves")),
)

# (code, area, adult wording, child wording, seed statement from appendix 6.1.2)
_FAMILY_STATEMENTS: tuple[tuple[str, str, str, str, str], ...] = (
    ("FBF01", "community", N_("We do things that help our community."),
     N_("We do things to help people where we live."),
     "We feel as though we contribute to our community"),
    ("FBF02", "community", N_("We can trust people outside our family."),
     N_("We trust people who are not in our family."),
     "We trust other people outside of our family"),
    ("FBF03", "community", N_("We know places, people and services we can go to."),
     N_("We know places and people we can go to."),
     "We connect to new places, people or services"),
    ("FBF04", "community", N_("We feel part of our community."),
     N_("We feel part of where we live."),
     "We feel less isolated in the community"),
    ("FBF05", "community", N_("We ask for help when we need it."),
     N_("We ask for help when we need it."),
     "We ask for help when we need it"),
    ("FBF06", "community", N_("We look for new ideas and support for our family."),
     N_("We look for new ways to get help for our family."),
     "We seek out new ideas and support for our family"),
    ("FBF07", "getting_on", N_("We think about how our choices affect other people."),
     N_("We think about how what we do makes others feel."),
     "We see the impact of our decisions on others"),
    ("FBF08", "getting_on", N_("We get on well as a family."),
     N_("We get on well in our family."),
     "We get on better as a family"),
    ("FBF09", "getting_on", N_("We keep learning new things about our family."),
     N_("We find out new things about our family."),
     "We learn new things about our family"),
    ("FBF10", "getting_on", N_("We have ideas for things to do together."),
     N_("We have ideas for fun things to do together."),
     "Our family has new ideas for things to do together"),
    ("FBF11", "getting_on", N_("We say something nice when one of us does something good."),
     N_("We say something nice when one of us does well."),
     "We say something nice when one of us does something good"),
    ("FBF12", "hopes", N_("We feel hopeful about what is to come."),
     N_("We think good things will happen to us."),
     "We feel more optimistic about the future"),
    ("FBF13", "hopes", N_("We think about the future."),
     N_("We think about what we want to do next."),
     "We think about the future"),
    ("FBF14", "hopes", N_("We set goals as a family."),
     N_("We choose goals as a family."),
     "Our family set new family goals"),
    ("FBF15", "hopes", N_("We take time to work on our own goals and our family goals."),
     N_("We make time to work on our goals."),
     "We take time to work on own goals and family goals"),
    ("FBF16", "confidence", N_("We can see what we are good at."),
     N_("We know what we are good at."),
     "We see what we're good at."),
    ("FBF17", "confidence", N_("We feel sure of what we can do."),
     N_("We feel sure we can do things."),
     "We feel more confident in our abilities in general"),
    ("FBF18", "confidence", N_("Each of us feels like an OK person."),
     N_("Each of us feels we are OK."),
     "Each of us feels like an OK person"),
    ("FBF19", "confidence", N_("We believe our choices make a difference to our family."),
     N_("What we choose to do makes a difference to our family."),
     "We believe that our choices make a difference to things in our family"),
)

# Flesch reading ease of each wording, computed once by `readability.flesch_reading_ease`
# and stored so a later change of wording or formula shows up in the tests.
_ADULT_READING_EASE: dict[str, float] = {
    "FBF01": 78.87,
    "FBF02": 66.79,
    "FBF03": 78.25,
    "FBF04": 73.85,
    "FBF05": 114.12,
    "FBF06": 78.25,
    "FBF07": 66.1,
    "FBF08": 90.96,
    "FBF09": 71.82,
    "FBF10": 82.39,
    "FBF11": 80.31,
    "FBF12": 82.39,
    "FBF13": 83.32,
    "FBF14": 87.95,
    "FBF15": 96.02,
    "FBF16": 114.12,
    "FBF17": 114.12,
    "FBF18": 103.54,
    "FBF19": 61.33,
}
_CHILD_READING_EASE: dict[str, float] = {
    "FBF01": 103.7,
    "FBF02": 84.9,
    "FBF03": 94.3,
    "FBF04": 115.13,
    "FBF05": 114.12,
    "FBF06": 95.69,
    "FBF07": 95.17,
    "FBF08": 90.96,
    "FBF09": 82.39,
    "FBF10": 84.9,
    "FBF11": 95.17,
    "FBF12": 103.54,
    "FBF13": 103.7,
    "FBF14": 87.95,
    "FBF15": 114.12,
    "FBF16": 115.13,
    "FBF17": 115.13,
    "FBF18": 115.13,
    "FBF19": 80.31,
}

FAMILY_OUTCOMES = Instrument(
    code="family-outcomes",
    version=1,
    title="Family outcomes (adults)",
    audience="adult",
    measure="family-outcomes",
    question=N_("How much is this like your family right now?"),
    areas=AREAS,
    items=tuple(
        Item(code, area, adult, seed, _ADULT_READING_EASE[code])
        for code, area, adult, _child, seed in _FAMILY_STATEMENTS
    ),
    scale=RESPONSE_SCALE,
    reading_ease_target=ADULT_READING_EASE_TARGET,
)

FAMILY_OUTCOMES_CHILD = Instrument(
    code="family-outcomes-child",
    version=1,
    title="Family outcomes (children aged about 8 to 12)",
    audience="child",
    measure="family-outcomes",
    question=N_("How much is this like your family now?"),
    areas=AREAS,
    items=tuple(
        Item(code, area, child, seed, _CHILD_READING_EASE[code])
        for code, area, _adult, child, seed in _FAMILY_STATEMENTS
    ),
    scale=CHILD_RESPONSE_SCALE,
    reading_ease_target=CHILD_READING_EASE_TARGET,
)

# Young people aged 13 to 17: the same statements in wording between the adult and the child
# versions (young_people.py), with the adult answer scale and one area per page.
FAMILY_OUTCOMES_YOUNG_PEOPLE = Instrument(
    code="family-outcomes-young-people",
    version=1,
    title="Family outcomes (young people aged 13 to 17)",
    audience="young_person",
    measure="family-outcomes",
    question=YOUNG_PEOPLE_QUESTION,
    areas=AREAS,
    items=tuple(
        Item(code, area, YOUNG_PEOPLE_WORDING[code], seed, YOUNG_PEOPLE_READING_EASE[code])
        for code, area, _adult, _child, seed in _FAMILY_STATEMENTS
    ),
    scale=RESPONSE_SCALE,
    reading_ease_target=YOUNG_PEOPLE_READING_EASE_TARGET,
)

SERVICE_AREAS: tuple[Area, ...] = (Area("service", N_("How our service feels")),)

# (code, wording, seed statement from appendix 6.1.2 "what services should feel like")
_SERVICE_STATEMENTS: tuple[tuple[str, str, str], ...] = (
    ("SVC01", N_("There is one place I go to for help."),
     "There is one front door for me to use"),
    ("SVC02", N_("I understand who does what and what happens next."),
     "I understand who does what, what forms to fill in or what's going to happen next"),
    ("SVC03", N_("I have one key person who helps me to help myself."),
     "I have a consistent key person to help me to help myself."),
    ("SVC04", N_("The people helping us know what works."),
     "They know what works..."),
    ("SVC05", N_("They know how to work with me and my family."),
     "...and how to work with me and my family"),
    ("SVC06", N_("They stand up for me, and they push me too."),
     "They are my fiercest champion; and they challenge me too"),
    ("SVC07", N_("They listen to me and then they act."),
     "They listen and take action."),
)
_SERVICE_READING_EASE: dict[str, float] = {
    "SVC01": 113.1,
    "SVC02": 84.9,
    "SVC03": 95.69,
    "SVC04": 90.96,
    "SVC05": 95.17,
    "SVC06": 112.09,
    "SVC07": 103.54,
}

SERVICE_EXPERIENCE = Instrument(
    code="service-experience",
    version=1,
    title="How our service feels",
    audience="adult",
    measure="service-experience",
    question=N_("How true is this for you right now?"),
    areas=SERVICE_AREAS,
    items=tuple(
        Item(code, "service", text, seed, _SERVICE_READING_EASE[code])
        for code, text, seed in _SERVICE_STATEMENTS
    ),
    scale=SERVICE_RESPONSE_SCALE,
    reading_ease_target=ADULT_READING_EASE_TARGET,
    waves=("middle", "close"),
)

# Young people aged 13 to 17: the same seven statements in their own words (young_people.py),
# on the same scale and at the same waves, so their answers and parents' compare statement by
# statement and can be reported side by side.
SERVICE_EXPERIENCE_YOUNG_PEOPLE = Instrument(
    code="service-experience-young-people",
    version=1,
    title="How our service feels (young people aged 13 to 17)",
    audience="young_person",
    measure="service-experience",
    question=YOUNG_PEOPLE_SERVICE_QUESTION,
    areas=SERVICE_AREAS,
    items=tuple(
        Item(code, "service", YOUNG_PEOPLE_SERVICE_WORDING[code], seed,
             YOUNG_PEOPLE_SERVICE_READING_EASE[code])
        for code, _text, seed in _SERVICE_STATEMENTS
    ),
    scale=SERVICE_RESPONSE_SCALE,
    reading_ease_target=YOUNG_PEOPLE_READING_EASE_TARGET,
    waves=("middle", "close"),
)

# "Did we make a difference?": one question at the close, on its own four-point scale. Its own
# small questionnaire, not a version 2 of service-experience: difference.py says why.
DIFFERENCE_AREAS: tuple[Area, ...] = (Area("difference", DIFFERENCE_TITLE),)

MADE_A_DIFFERENCE = Instrument(
    code="made-a-difference",
    version=1,
    title="Did we make a difference?",
    audience="adult",
    measure="made-a-difference",
    question=DIFFERENCE_HINT,
    areas=DIFFERENCE_AREAS,
    items=(Item("DIF01", "difference", DIFFERENCE_QUESTION, DIFFERENCE_SEED,
                DIFFERENCE_READING_EASE),),
    scale=DIFFERENCE_SCALE,
    reading_ease_target=ADULT_READING_EASE_TARGET,
    waves=("close",),
)

MADE_A_DIFFERENCE_YOUNG_PEOPLE = Instrument(
    code="made-a-difference-young-people",
    version=1,
    title="Did we make a difference? (young people aged 13 to 17)",
    audience="young_person",
    measure="made-a-difference",
    question=DIFFERENCE_HINT,
    areas=DIFFERENCE_AREAS,
    items=(Item("DIF01", "difference", DIFFERENCE_QUESTION_YOUNG_PEOPLE, DIFFERENCE_SEED,
                DIFFERENCE_READING_EASE_YOUNG_PEOPLE),),
    scale=DIFFERENCE_SCALE,
    reading_ease_target=YOUNG_PEOPLE_READING_EASE_TARGET,
    waves=("close",),
)

# Every version ever released, oldest first. Add new versions; never edit or remove old ones,
# because stored answers name the version they were given under.
INSTRUMENTS: tuple[Instrument, ...] = (FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD, SERVICE_EXPERIENCE,
                                       FAMILY_OUTCOMES_YOUNG_PEOPLE,
                                       SERVICE_EXPERIENCE_YOUNG_PEOPLE, MADE_A_DIFFERENCE,
                                       MADE_A_DIFFERENCE_YOUNG_PEOPLE)


def instrument_for(code: str, version: int | None = None) -> Instrument:
    """Return the questionnaire with this code and version (the latest version when None)."""
    matches = [inst for inst in INSTRUMENTS if inst.code == code]
    if not matches:
        known = ", ".join(sorted({inst.code for inst in INSTRUMENTS}))
        raise UnknownInstrumentError(f"There is no questionnaire {code!r}. Known: {known}.")
    if version is None:
        return max(matches, key=lambda inst: inst.version)
    for inst in matches:
        if inst.version == version:
            return inst
    versions = ", ".join(str(inst.version) for inst in matches)
    raise UnknownInstrumentError(
        f"Questionnaire {code!r} has no version {version}. Its versions are: {versions}."
    )


def comparable_item_codes(earlier: Instrument, later: Instrument) -> tuple[str, ...]:
    """Item codes whose meaning held between two questionnaires (shared codes, same measure)."""
    if earlier.measure != later.measure:
        raise IncomparableScoresError(
            f"{earlier.label} and {later.label} measure different things and cannot be compared."
        )
    later_codes = set(later.item_codes)
    return tuple(code for code in earlier.item_codes if code in later_codes)


def check_version_history(instruments: Iterable[Instrument] = INSTRUMENTS) -> None:
    """Raise InstrumentDefinitionError if any versioning rule is broken; return None if all hold."""
    ordered = list(instruments)
    seen_versions: set[tuple[str, int]] = set()
    owner: dict[str, tuple[str, str, str]] = {}
    retired: dict[str, set[str]] = {}
    latest_codes: dict[str, tuple[int, set[str]]] = {}
    for inst in ordered:
        key = (inst.code, inst.version)
        if key in seen_versions:
            raise InstrumentDefinitionError(f"{inst.code} version {inst.version} is defined twice.")
        seen_versions.add(key)
        previous = latest_codes.get(inst.code)
        if previous is not None:
            if inst.version <= previous[0]:
                raise InstrumentDefinitionError(
                    f"{inst.code} versions must be listed oldest first and go up."
                )
            dropped = previous[1] - set(inst.item_codes)
            retired.setdefault(inst.code, set()).update(dropped)
        back = retired.get(inst.code, set()) & set(inst.item_codes)
        if back:
            raise InstrumentDefinitionError(
                f"{inst.code} version {inst.version} brings back retired codes {sorted(back)}."
            )
        latest_codes[inst.code] = (inst.version, set(inst.item_codes))
        for item in inst.items:
            identity = (inst.measure, item.area, item.seed_statement)
            if owner.setdefault(item.code, identity) != identity:
                raise InstrumentDefinitionError(
                    f"Item code {item.code} is used for two different statements; "
                    "give the new statement a new code."
                )
