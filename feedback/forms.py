"""Staff forms for feedback: filtering comments, correcting labels, flags and quotes."""
from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxesInput,
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
)
from wtforms import BooleanField, Form, SelectField, SelectMultipleField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, ValidationError

from feedback.analysis.codebook import OUTCOME, PRACTICAL, SERVICE, THEMES
from feedback.analysis.redaction import ADDRESS, DATE, EMAIL, NAME, PHONE, POSTCODE, SCHOOL, redact
from feedback.analysis.safeguarding import check_safeguarding
from feedback.analysis.sentiment import MIXED, NEGATIVE, POSITIVE
from surveys.web.text import PlainText, strip_filter

SENTIMENT_LABELS = {POSITIVE: "Positive", MIXED: "Mixed", NEGATIVE: "Negative"}
MAX_QUOTE_CHARS = 1000
MAX_NOTE_CHARS = 2000

# What a placeholder stands for, in words for an error message.
_KIND_WORDS = {NAME: "a name", SCHOOL: "a school", POSTCODE: "a postcode",
               PHONE: "a phone number", EMAIL: "an email address", DATE: "a date",
               ADDRESS: "an address"}


class FilterForm(Form):
    """Narrow the list of comments; sent in the query string so a filtered list can be shared
    and works without JavaScript. Choices (with counts) are set by the view."""

    theme = SelectField("Theme", widget=GovSelect(), validate_choice=False)
    sentiment = SelectField("Sentiment", widget=GovSelect(), validate_choice=False)
    question = SelectField("Question", widget=GovSelect(), validate_choice=False)
    wave = SelectField("Questionnaire", widget=GovSelect(), validate_choice=False)
    locality = SelectField("Locality", widget=GovSelect(), validate_choice=False)
    team = SelectField("Team", widget=GovSelect(), validate_choice=False)
    flag = SelectField("Safeguarding", widget=GovSelect(), validate_choice=False)


def _theme_choices(group: str) -> list[SelectChoice]:
    return [SelectChoice(theme.code, theme.label) for theme in THEMES if theme.group == group]


class LabelsForm(FlaskForm):
    """Correct the sentiment and themes the analyser gave a comment."""

    sentiment = SelectField(
        "Sentiment", widget=GovRadioInput(),
        choices=[SelectChoice(value, label) for value, label in SENTIMENT_LABELS.items()],
        validators=[InputRequired("Choose whether the comment is positive, mixed or negative")])
    service_themes = SelectMultipleField("How the service felt", widget=GovCheckboxesInput(),
                                         choices=_theme_choices(SERVICE))
    outcome_themes = SelectMultipleField("Outcomes for the family", widget=GovCheckboxesInput(),
                                         choices=_theme_choices(OUTCOME))
    practical_themes = SelectMultipleField("Practical matters", widget=GovCheckboxesInput(),
                                           choices=_theme_choices(PRACTICAL))
    submit = SubmitField("Save corrections", widget=GovSubmitInput())

    THEME_FIELDS = ("service_themes", "outcome_themes", "practical_themes")

    @property
    def theme_codes(self) -> list[str]:
        """Every ticked theme, in codebook order."""
        ticked = {code for name in self.THEME_FIELDS for code in (getattr(self, name).data or [])}
        return [theme.code for theme in THEMES if theme.code in ticked]

    def set_themes(self, codes: list[str]) -> None:
        """Tick the given themes, each in its own group."""
        for name in self.THEME_FIELDS:
            field = getattr(self, name)
            field.data = [choice.value for choice in field.choices if choice.value in codes]


class AcknowledgeForm(FlaskForm):
    """Acknowledge a safeguarding flag as the signed-in person, saying what they did."""

    confirm = BooleanField(
        "I have read this comment and acted on any concern in line with safeguarding procedures",
        widget=GovCheckboxInput(),
        validators=[InputRequired("Confirm you have read the comment and acted on any concern")])
    note = TextAreaField(
        "What did you do? (optional)", widget=GovTextArea(), filters=[strip_filter],
        description="For example, spoke to the parent and made a referral to the front door.",
        validators=[PlainText(MAX_NOTE_CHARS, "What you did")])
    submit = SubmitField("Acknowledge flag", widget=GovSubmitInput())


class MarkReadForm(FlaskForm):
    """Mark a comment as read by the signed-in person (the page draws one button per comment)."""


def identifying_details(text: str, known_names: tuple[str, ...]) -> tuple[str, ...]:
    """The kinds of identifying detail redaction still finds in a quote (empty when fit)."""
    return redact(text, known_names).kinds


def _in_words(kinds: tuple[str, ...]) -> str:
    words = [_KIND_WORDS[kind] for kind in kinds]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


class QuoteForm(FlaskForm):
    """Approve a comment as an anonymous quote, with its wording, or reject it."""

    quote_text = TextAreaField(
        "Wording of the quote", widget=GovTextArea(), filters=[strip_filter],
        description="You can shorten it or remove details. Leave placeholders such as [name] as "
                    "they are.",
        validators=[PlainText(MAX_QUOTE_CHARS, "The quote")])
    approve = SubmitField("Approve quote", widget=GovSubmitInput())
    reject = SubmitField("Reject quote", widget=GovSubmitInput())

    def __init__(self, *args, known_names: tuple[str, ...] = (), **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.known_names = known_names

    def validate_quote_text(self, field) -> None:
        """An approved quote has wording, and nothing that identifies anyone or raises a concern."""
        if not self.approve.data:
            return
        if not field.data:
            raise ValidationError("Enter the wording of the quote")
        kinds = identifying_details(field.data, self.known_names)
        if kinds:
            raise ValidationError(f"The quote still contains {_in_words(kinds)}. Remove it, or "
                                  "leave the placeholder such as [name] in its place")
        if check_safeguarding(field.data).is_flagged:
            raise ValidationError("The quote mentions possible harm, so it cannot be published. "
                                  "Reject it instead")
