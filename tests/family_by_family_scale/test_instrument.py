"""The questionnaire definitions: items, areas, wording, readability and versioning rules."""

from __future__ import annotations

import dataclasses

import pytest

from family_by_family_scale import (
    AREAS,
    FAMILY_OUTCOMES,
    FAMILY_OUTCOMES_CHILD,
    INSTRUMENTS,
    PREFER_NOT_TO_SAY,
    RESPONSE_SCALE,
    SERVICE_EXPERIENCE,
    IncomparableScoresError,
    InstrumentDefinitionError,
    Item,
    UnknownAreaError,
    UnknownInstrumentError,
    UnknownItemError,
    check_version_history,
    comparable_item_codes,
    flesch_reading_ease,
    instrument_for,
)

# Seed statements as printed in appendix 6.1.2 of the council report (seed 000).
SEEDS = [
    ("FBF01", "community", "We feel as though we contribute to our community"),
    ("FBF02", "community", "We trust other people outside of our family"),
    ("FBF03", "community", "We connect to new places, people or services"),
    ("FBF04", "community", "We feel less isolated in the community"),
    ("FBF05", "community", "We ask for help when we need it"),
    ("FBF06", "community", "We seek out new ideas and support for our family"),
    ("FBF07", "getting_on", "We see the impact of our decisions on others"),
    ("FBF08", "getting_on", "We get on better as a family"),
    ("FBF09", "getting_on", "We learn new things about our family"),
    ("FBF10", "getting_on", "Our family has new ideas for things to do together"),
    ("FBF11", "getting_on", "We say something nice when one of us does something good"),
    ("FBF12", "hopes", "We feel more optimistic about the future"),
    ("FBF13", "hopes", "We think about the future"),
    ("FBF14", "hopes", "Our family set new family goals"),
    ("FBF15", "hopes", "We take time to work on own goals and family goals"),
    ("FBF16", "confidence", "We see what we're good at."),
    ("FBF17", "confidence", "We feel more confident in our abilities in general"),
    ("FBF18", "confidence", "Each of us feels like an OK person"),
    ("FBF19", "confidence", "We believe that our choices make a difference to things in our family"),
]

SERVICE_SEEDS = [
    ("SVC01", "There is one front door for me to use"),
    ("SVC02", "I understand who does what, what forms to fill in or what's going to happen next"),
    ("SVC03", "I have a consistent key person to help me to help myself."),
    ("SVC04", "They know what works..."),
    ("SVC05", "...and how to work with me and my family"),
    ("SVC06", "They are my fiercest champion; and they challenge me too"),
    ("SVC07", "They listen and take action."),
]

ALL_ITEMS = [(inst, item) for inst in INSTRUMENTS for item in inst.items]
ITEM_IDS = [f"{inst.code}-{item.code}" for inst, item in ALL_ITEMS]


@pytest.mark.parametrize(("code", "area", "seed"), SEEDS)
def test_each_family_item_keeps_its_seed_statement_and_area(code, area, seed):
    for instrument in (FAMILY_OUTCOMES, FAMILY_OUTCOMES_CHILD):
        item = instrument.item(code)
        assert (item.area, item.seed_statement) == (area, seed)


@pytest.mark.parametrize(("code", "seed"), SERVICE_SEEDS)
def test_each_service_item_keeps_its_seed_statement(code, seed):
    assert SERVICE_EXPERIENCE.item(code).seed_statement == seed


@pytest.mark.parametrize(
    ("area", "title", "count"),
    [
        ("community", "Connected to our community", 6),
        ("getting_on", "Getting on as a family", 5),
        ("hopes", "Hopes and plans", 4),
        ("confidence", "Confidence and belief in ourselves", 4),
    ],
)
def test_areas_have_their_titles_and_statement_counts(area, title, count):
    assert FAMILY_OUTCOMES.area(area).title == title
    assert len(FAMILY_OUTCOMES.items_in(area)) == count


def test_adult_and_child_versions_share_item_codes_and_areas():
    assert FAMILY_OUTCOMES.item_codes == FAMILY_OUTCOMES_CHILD.item_codes
    assert FAMILY_OUTCOMES.areas == FAMILY_OUTCOMES_CHILD.areas == AREAS
    assert FAMILY_OUTCOMES.measure == FAMILY_OUTCOMES_CHILD.measure
    assert [v for v, _ in FAMILY_OUTCOMES.scale] == [v for v, _ in FAMILY_OUTCOMES_CHILD.scale]


def test_adult_scale_is_five_labelled_points_plus_prefer_not_to_say():
    assert FAMILY_OUTCOMES.question == "How much is this like your family right now?"
    assert FAMILY_OUTCOMES.scale == RESPONSE_SCALE
    assert RESPONSE_SCALE[0] == (1, "Not at all like us")
    assert RESPONSE_SCALE[-1] == (5, "Very much like us")
    assert FAMILY_OUTCOMES.prefer_not_to_say == PREFER_NOT_TO_SAY
    assert FAMILY_OUTCOMES.label_for(None) == "Prefer not to say"
    assert FAMILY_OUTCOMES.label_for(3) == "Somewhat like us"


def test_service_experience_is_asked_at_middle_and_close_only():
    assert SERVICE_EXPERIENCE.item_codes == tuple(f"SVC0{n}" for n in range(1, 8))
    assert SERVICE_EXPERIENCE.waves == ("middle", "close")
    assert FAMILY_OUTCOMES.waves == ("start", "middle", "close")


def test_item_codes_are_unique_across_all_measures():
    owners: dict[str, str] = {}
    for instrument in INSTRUMENTS:
        for code in instrument.item_codes:
            assert owners.setdefault(code, instrument.measure) == instrument.measure


@pytest.mark.parametrize(("instrument", "item"), ALL_ITEMS, ids=ITEM_IDS)
def test_stored_reading_ease_is_recomputed_the_same(instrument, item):
    assert flesch_reading_ease(item.text) == item.reading_ease


@pytest.mark.parametrize(("instrument", "item"), ALL_ITEMS, ids=ITEM_IDS)
def test_every_statement_meets_its_plain_english_target(instrument, item):
    assert item.reading_ease >= instrument.reading_ease_target


def test_child_wording_is_easier_than_adult_wording_on_average():
    def mean(instrument):
        return sum(i.reading_ease for i in instrument.items) / len(instrument.items)

    assert FAMILY_OUTCOMES_CHILD.reading_ease_target > FAMILY_OUTCOMES.reading_ease_target
    assert mean(FAMILY_OUTCOMES_CHILD) > mean(FAMILY_OUTCOMES)


@pytest.mark.parametrize(
    ("code", "version", "expected"),
    [
        ("family-outcomes", 1, FAMILY_OUTCOMES),
        ("family-outcomes", None, FAMILY_OUTCOMES),
        ("family-outcomes-child", 1, FAMILY_OUTCOMES_CHILD),
        ("service-experience", None, SERVICE_EXPERIENCE),
    ],
)
def test_instrument_for_finds_each_version(code, version, expected):
    assert instrument_for(code, version) is expected


@pytest.mark.parametrize(
    ("code", "version", "message"),
    [("family", None, "There is no questionnaire 'family'"), ("family-outcomes", 9, "no version 9")],
)
def test_instrument_for_explains_what_is_missing(code, version, message):
    with pytest.raises(UnknownInstrumentError, match=message):
        instrument_for(code, version)


def test_unknown_item_and_area_are_explained():
    with pytest.raises(UnknownItemError, match="no statement with code 'FBF99'"):
        FAMILY_OUTCOMES.item("FBF99")
    with pytest.raises(UnknownAreaError, match="Its areas are: community"):
        FAMILY_OUTCOMES.area("money")


def test_released_versions_keep_the_versioning_rules():
    check_version_history()


def _reworded(instrument, version, replace=None, add=()):
    """A later version where `replace` maps old code -> new Item, plus added items."""
    replace = replace or {}
    items = tuple(replace.get(item.code, item) for item in instrument.items) + tuple(add)
    return dataclasses.replace(instrument, version=version, items=items)


NEW_FBF04 = Item("FBF20", "community", "We do not feel alone.", "We feel less isolated", 100.0)


def test_a_reworded_item_with_a_new_code_is_a_valid_new_version():
    version_2 = _reworded(FAMILY_OUTCOMES, 2, {"FBF04": NEW_FBF04})
    check_version_history([FAMILY_OUTCOMES, version_2])
    shared = comparable_item_codes(FAMILY_OUTCOMES, version_2)
    assert "FBF04" not in shared and "FBF20" not in shared
    assert len(shared) == 18


@pytest.mark.parametrize(
    ("history", "message"),
    [
        (
            lambda: [FAMILY_OUTCOMES, FAMILY_OUTCOMES],
            "defined twice",
        ),
        (
            lambda: [
                FAMILY_OUTCOMES,
                _reworded(
                    FAMILY_OUTCOMES,
                    2,
                    {"FBF04": dataclasses.replace(FAMILY_OUTCOMES.item("FBF04"), seed_statement="x")},
                ),
            ],
            "used for two different statements",
        ),
        (
            lambda: [
                FAMILY_OUTCOMES,
                _reworded(FAMILY_OUTCOMES, 2, {"FBF04": NEW_FBF04}),
                _reworded(FAMILY_OUTCOMES, 3, add=[NEW_FBF04]),
            ],
            "brings back retired codes",
        ),
        (
            lambda: [_reworded(FAMILY_OUTCOMES, 2), FAMILY_OUTCOMES],
            "oldest first",
        ),
    ],
    ids=["same-version-twice", "code-reused", "retired-code-back", "versions-out-of-order"],
)
def test_version_history_rejects_broken_rules(history, message):
    with pytest.raises(InstrumentDefinitionError, match=message):
        check_version_history(history())


def test_definition_rejects_repeated_codes():
    with pytest.raises(InstrumentDefinitionError, match="repeats an item code"):
        dataclasses.replace(FAMILY_OUTCOMES, items=FAMILY_OUTCOMES.items * 2)


def test_different_measures_are_not_comparable():
    with pytest.raises(IncomparableScoresError, match="measure different things"):
        comparable_item_codes(FAMILY_OUTCOMES, SERVICE_EXPERIENCE)
