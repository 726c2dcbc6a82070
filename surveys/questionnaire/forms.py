"""Questionnaire forms, generated from the page plan (and so from the instrument definitions)."""
from __future__ import annotations

from functools import cache

from flask import current_app
from flask_babel import get_locale
from flask_babel import gettext as _
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovTextInput
from werkzeug.datastructures import MultiDict
from wtforms import RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, InputRequired, Optional, ValidationError

from family_by_family_scale.free_text import comment_questions
from family_by_family_scale.marking import N_
from surveys.questionnaire.plan import (
    MAX_COMMENT_LENGTH,
    PREFER_NOT_TO_SAY_VALUE,
    Page,
)
from surveys.records.models import Goal
from surveys.web.forms import BaseForm
from surveys.web.text import PlainText, strip_filter

GOAL_SCALE = tuple(range(0, 11))


class OneAnswerOnly:
    """A doubled field (two values for one question) gets a message, not a silent choice."""

    def __call__(self, form, field) -> None:
        raw = getattr(field, "raw_data", None) or []
        if len(set(raw)) > 1:
            raise ValidationError(_("Choose one answer only"))


# (instrument code, version, page key, language, catalogue folder) -> the page's form class
_ITEMS_FORMS: dict[tuple[str, int, str, str, str], type[BaseForm]] = {}


def items_form_class(page: Page) -> type[BaseForm]:
    """A form with one set of radios per statement on the page (built once per language and
    catalogue folder: two apps in one process may read different catalogues).

    Keyed by names rather than by the Page: hashing a Page hashes its instrument and every
    statement in it, which cost each save more than looking the class up."""
    key = (page.instrument.code, page.instrument.version, page.key, str(get_locale()),
           str(current_app.config.get("BABEL_TRANSLATION_DIRECTORIES")))
    form_class = _ITEMS_FORMS.get(key)
    if form_class is None:
        form_class = _ITEMS_FORMS[key] = _items_form_class(page)
    return form_class


def posted_items(page: Page, form: MultiDict, files: MultiDict) -> dict[str, str] | None:
    """A statements page's answers, by item code, when what was posted is exactly what its
    form accepts (each statement once, one of its choices); None for anything else.

    A valid save needs nothing more, and checking the posted values directly spares it building
    and validating WTForms' fields, about a sixth of a save's CPU (issue 17's profile). For
    None the view builds the form, which says what is wrong; the tests check that the two agree
    on every kind of posted value. Uploaded files would join the form's data, so they always go
    the form's way."""
    if files or not form:
        return None
    allowed = _item_choices(page.instrument.scale)
    answers = {}
    for item in page.items:
        raw = form.getlist(item.code)
        if not raw or raw[0] not in allowed or any(value != raw[0] for value in raw):
            return None
        answers[item.code] = raw[0]
    return answers


@cache
def _item_choices(scale: tuple) -> frozenset[str]:
    """The values a statement's radios offer: the scale's and 'prefer not to say'."""
    return frozenset([*(str(value) for value, _label in scale), PREFER_NOT_TO_SAY_VALUE])


def _items_form_class(page: Page) -> type[BaseForm]:
    scale = [SelectChoice(str(value), _(label)) for value, label in page.instrument.scale]
    choices = [*scale, SelectChoice(PREFER_NOT_TO_SAY_VALUE, _(page.instrument.prefer_not_to_say))]
    fields = {
        item.code: RadioField(
            _(item.text), choices=choices, widget=GovRadioInput(),
            validators=[OneAnswerOnly(), InputRequired(
                _("Choose an answer") if len(page.items) == 1 else
                _("Choose an answer for “%(statement)s”", statement=_(item.text).rstrip(".")))])
        for item in page.items
    }
    return type("ItemsForm", (BaseForm,), fields)


def goals_form_class(goals: list[Goal]) -> type[BaseForm]:
    """A 0 to 10 rating for each of the family's goals."""
    choices = [SelectChoice(str(n), str(n)) for n in GOAL_SCALE]
    fields = {
        f"goal_{goal.id}": RadioField(
            goal.text, choices=choices, widget=GovRadioInput(),
            validators=[OneAnswerOnly(), InputRequired(
                _("Choose a number from 0 to 10 for “%(goal)s”", goal=goal.text))])
        for goal in goals
    }
    return type("GoalsForm", (BaseForm,), fields)


def comments_form_class(audience: str, wave_kind: str) -> type[BaseForm]:
    """The three free-text questions for this wave; every one may be left empty."""
    fields = {
        key: TextAreaField(
            _(label), widget=GovCharacterCount(), filters=[strip_filter],
            validators=[Optional(), PlainText(MAX_COMMENT_LENGTH, _("Your answer"))])
        for key, label in comment_questions(audience, wave_kind)
    }
    return type("CommentsForm", (BaseForm,), fields)


# Whose results go in the family's "Our journey" booklet: asked on the thank-you page, in the
# words each member's questionnaire uses. A child or young person is asked plainly whether the
# grown-ups may see their answers, and told it is fine to say no.
SHARING_WORDS = {
    "parent_carer": {
        "legend": N_("Can your own answers go in your family's “Our journey” booklet?"),
        "hint": N_("Your keyworker makes a booklet for your family about how things have "
                   "changed. If you say yes, it shows your own scores with your name, next to "
                   "others in your family who said yes. If you say no, your name is not shown "
                   "with your answers. You can change your mind at any time."),
        "yes": N_("Yes, show my answers with my name"),
        "no": N_("No, do not show my answers"),
    },
    "young_person": {
        "legend": N_("Can your parents or carers see your own answers?"),
        "hint": N_("Your keyworker makes a booklet for your family about how things have "
                   "changed. If you say yes, your scores are in it with your name, so your "
                   "family can see them. If you say no, they are not. It is OK to say no. You "
                   "can change your mind at any time."),
        "yes": N_("Yes, they can see my answers"),
        "no": N_("No, keep my answers private"),
    },
    "child": {
        "legend": N_("Can the grown-ups in your family see your answers?"),
        "hint": N_("Your keyworker makes a booklet about how things are going for your family. "
                   "If you say yes, your answers will be in it with your name. If you say no, "
                   "they will not. It is OK to say no. You can change your mind later."),
        "yes": N_("Yes, they can see my answers"),
        "no": N_("No, keep my answers private"),
    },
}


def sharing_words(member_role: str) -> dict[str, str]:
    """The sharing question's words for this member, translated."""
    return {key: _(text) for key, text in SHARING_WORDS[member_role].items()}


def sharing_form_class(member_role: str) -> type[BaseForm]:
    """Yes or no: may this member's own results go in the family's booklet."""
    words = sharing_words(member_role)
    choose = _("Choose yes or no")
    # The choice is checked by AnyOf, so a made-up value reads "Choose yes or no" rather than
    # WTForms' own "Not a valid choice".
    field = RadioField(words["legend"], choices=[SelectChoice("yes", words["yes"]),
                                                 SelectChoice("no", words["no"])],
                       widget=GovRadioInput(), validate_choice=False,
                       validators=[OneAnswerOnly(), InputRequired(choose),
                                   AnyOf(["yes", "no"], message=choose)])
    return type("SharingForm", (BaseForm,), {"shares": field})


class GoalsEditForm(BaseForm):
    """Up to three goals, in the family's own words."""

    goal_1 = StringField("Goal 1", widget=GovTextInput(), filters=[strip_filter],
                         validators=[InputRequired("Enter at least one goal, in the family's words"),
                                     PlainText(300, "Goal 1")])
    goal_2 = StringField("Goal 2 (optional)", widget=GovTextInput(), filters=[strip_filter],
                         validators=[Optional(), PlainText(300, "Goal 2")])
    goal_3 = StringField("Goal 3 (optional)", widget=GovTextInput(), filters=[strip_filter],
                         validators=[Optional(), PlainText(300, "Goal 3")])
