"""Hypothesis strategies shared by the scale tests."""

from __future__ import annotations

from hypothesis import strategies as st

from family_by_family_scale import FAMILY_OUTCOMES, Instrument


def answers_for(instrument: Instrument = FAMILY_OUTCOMES) -> st.SearchStrategy[dict]:
    """Answers to every statement: a scale value or None ("Prefer not to say")."""
    value = st.one_of(st.none(), st.integers(instrument.min_value, instrument.max_value))
    return st.fixed_dictionaries({code: value for code in instrument.item_codes})


def full_answers_for(instrument: Instrument = FAMILY_OUTCOMES) -> st.SearchStrategy[dict]:
    """Answers with every statement answered."""
    value = st.integers(instrument.min_value, instrument.max_value)
    return st.fixed_dictionaries({code: value for code in instrument.item_codes})
