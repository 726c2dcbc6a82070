import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback.csv_safety import FORMULA_TRIGGERS, neutralise_cell


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+44 7700", "'+44 7700"),
        ("-1+2", "'-1+2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("\0x", "'\0x"),
        ("fine", "fine"),
        ("", ""),
        (3, 3),
    ],
)
def test_formula_cells_get_an_apostrophe(value, expected):
    assert neutralise_cell(value) == expected


@given(st.text())
def test_neutralised_text_never_starts_a_formula(value):
    assert not neutralise_cell(value).startswith(FORMULA_TRIGGERS)
