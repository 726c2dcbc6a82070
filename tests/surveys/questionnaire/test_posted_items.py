"""A statements page is saved without building its form only when the form would accept what
was posted, with the same answers: anything else still goes through the form's messages."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import FileStorage, MultiDict

from surveys.questionnaire.forms import items_form_class, posted_items
from surveys.questionnaire.plan import PREFER_NOT_TO_SAY_VALUE, plan_pages

ITEMS_PAGES = [page for role, wave, age_band in [
    ("parent_carer", "start", None), ("parent_carer", "close", None),
    ("young_person", "middle", "13-17"), ("child", "start", "8-12")]
    for page in plan_pages(role, wave, False, age_band) if page.kind == "items"]

# Every choice, and the near misses a tampered or broken form might send.
VALUES = st.sampled_from(["1", "2", "3", "4", "5", PREFER_NOT_TO_SAY_VALUE, "", "0", "6", " 1",
                          "1.0", "PNS", "x", "10"])


@st.composite
def postings(draw):
    """A statements page and what a browser (or anyone) might post for it."""
    page = draw(st.sampled_from(ITEMS_PAGES))
    pairs = []
    for item in page.items:
        pairs += [(item.code, value) for value in draw(st.lists(VALUES, max_size=3))]
    if draw(st.booleans()):
        pairs.append(("extra", draw(VALUES)))
    return page, draw(st.permutations(pairs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(posting=postings())
def test_posted_items_agrees_with_the_form(app, posting):
    page, pairs = posting
    # Only the answers are compared here: CSRFProtect checks the token before either runs.
    app.config["WTF_CSRF_ENABLED"] = False
    with app.test_request_context(f"/questionnaire/{page.key}", method="POST", data=MultiDict(pairs)):
        from flask import request

        form = items_form_class(page)()
        accepted = form.validate_on_submit()
        answers = posted_items(page, request.form, request.files)
    assert (answers is not None) == accepted
    if accepted:
        assert answers == {item.code: form[item.code].data for item in page.items}


def test_every_statement_answered_once_is_accepted():
    page = ITEMS_PAGES[0]
    form = MultiDict([(item.code, "3") for item in page.items] + [("csrf_token", "t")])
    assert posted_items(page, form, MultiDict()) == {item.code: "3" for item in page.items}


@pytest.mark.parametrize("files", [MultiDict({"upload": FileStorage(filename="a.txt")}),
                                   MultiDict({"x": FileStorage(filename="b.txt")})])
def test_a_posting_with_files_goes_through_the_form(files):
    page = ITEMS_PAGES[0]
    form = MultiDict([(item.code, "3") for item in page.items])
    assert posted_items(page, form, files) is None
