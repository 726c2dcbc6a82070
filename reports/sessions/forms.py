"""The form a team manager (or an administrator) records a co-production session with."""
from __future__ import annotations

from datetime import date

from govuk_frontend_wtf.wtforms_widgets import (
    GovDateInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import IntegerField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, NumberRange, ValidationError

from reports.forms import DayMonthYearField
from surveys.web.forms import BaseForm
from surveys.web.text import PlainText, strip_filter

MOST_FAMILIES = 500
EARLIEST = date(2000, 1, 1)


class SessionForm(BaseForm):
    """A design session or panel families took part in. `today` (set by the view, which reads
    the clock) is the latest date a session can have been held on."""

    team = SelectField("Team", widget=GovSelect(), validate_choice=False)
    held_on = DayMonthYearField("Date of the session", widget=GovDateInput(), format="%d %m %Y",
                                description="For example, 14 3 2026",
                                validators=[InputRequired("Enter the date of the session")])
    # DataRequired, not InputRequired: spaces alone are stripped to nothing, and refused.
    title = StringField("What was worked on", widget=GovTextInput(), filters=[strip_filter],
                        description="A short title, for example: Redesigning the first visit. "
                                    "Reports show it, so do not name anyone.",
                        validators=[DataRequired("Enter a short title for what was worked on"),
                                    PlainText(120, "The title")])
    worked_on = TextAreaField("What happened", widget=GovTextArea(), filters=[strip_filter],
                              description="A few lines: what families and staff worked on, and "
                                          "what came of it. Do not name anyone.",
                              validators=[DataRequired("Enter a few lines on what was worked on"),
                                          PlainText(1000, "What happened")])
    families = IntegerField(
        "How many families took part", widget=GovTextInput(),
        invalid_value_message="Enter how many families took part as a whole number, like 6",
        validators=[InputRequired("Enter how many families took part"),
                    NumberRange(1, MOST_FAMILIES, "The number of families taking part must be "
                                                  f"between 1 and {MOST_FAMILIES}")])
    action = SelectField("Related \u201cyou said, we did\u201d action (optional)",
                         widget=GovSelect(), validate_choice=False, default="")
    submit = SubmitField("Save session", widget=GovSubmitInput())

    def __init__(self, *args, today: date, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.today = today

    def set_choices(self, teams: list[tuple[int, str]], actions: list[tuple[int, str]]) -> None:
        """The teams this person may record for (one for a team manager) and the actions a
        session may relate to."""
        self.team.choices = ([SelectChoice("", "Choose a team")] if len(teams) > 1 else []) + [
            SelectChoice(str(i), name) for i, name in teams]
        self.action.choices = [SelectChoice("", "None")] + [
            SelectChoice(str(i), words) for i, words in actions]

    def validate_team(self, field) -> None:
        """Only a team on the list."""
        if field.data not in {c.value for c in field.choices if c.value}:
            raise ValidationError("Choose the team that held the session")

    def validate_action(self, field) -> None:
        """None, or an action on the list."""
        if field.data and field.data not in {c.value for c in field.choices}:
            raise ValidationError("Choose an action from the list, or None")

    def validate_held_on(self, field) -> None:
        """Not after today, and not before the service kept records."""
        if field.data is None:
            return
        if field.data > self.today:
            raise ValidationError("The date of the session must be today or in the past")
        if field.data < EARLIEST:
            raise ValidationError(f"The date of the session must be after "
                                  f"{EARLIEST:%-d %B %Y}")

    def validate(self, extra_validators=None) -> bool:
        """Validate; a date left out of a post is None, as the date widget needs to redraw."""
        valid = super().validate(extra_validators)
        if not self.held_on.raw_data:
            self.held_on.raw_data = None
        self.held_on.errors = [
            "The date of the session must be a real date, like 14 3 2026"
            if error == "Not a valid date value." else error for error in self.held_on.errors]
        if self.families.errors:  # one message, the most useful: not also "between 1 and 500"
            self.families.errors = self.families.errors[:1]
        return valid


class DeleteSessionForm(BaseForm):
    """Confirm deleting a session: nothing to fill in but the page's own CSRF token, which this
    form checks again (a form page re-run after a failed CSRF check changes nothing)."""

    submit = SubmitField("Delete session", widget=GovSubmitInput())
