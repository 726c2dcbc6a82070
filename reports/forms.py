"""Forms for choosing a report's quarter and group, and for recording "you said, we did" actions."""
from __future__ import annotations

from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import (
    GovDateInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import DateField, RadioField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Optional, ValidationError

from feedback.analysis.codebook import THEMES
from surveys.records.enums import ActionStatus, SupportLevel
from surveys.web.forms import enum_choices
from surveys.web.text import PlainText, strip_filter


class DayMonthYearField(DateField):
    """A date typed in day, month and year boxes. A hand-made post with more or fewer boxes is
    read as its first three (blank where missing), so the page can always be drawn again."""

    def process_formdata(self, valuelist):
        """Keep exactly three parts, as the GOV.UK date widget expects when re-showing them."""
        if valuelist:
            valuelist = self.raw_data = [*valuelist, "", "", ""][:3]
        super().process_formdata(valuelist)


class ReportFilterForm(FlaskForm):
    """Which quarter and group a report covers; sent as a GET query, so no CSRF token."""

    class Meta:
        csrf = False

    quarter = SelectField("Quarter", widget=GovSelect())
    # A shared address may leave any of these out: missing means "all".
    locality = SelectField("Locality", widget=GovSelect(), default="")
    team = SelectField("Team", widget=GovSelect(), default="")
    support_level = SelectField("Support level", widget=GovSelect(), default="",
                                choices=enum_choices(SupportLevel, "All support levels"))
    submit = SubmitField("Show report", widget=GovSubmitInput())

    def validate_team(self, field) -> None:
        """A team and a different locality describe no one: say so rather than show nothing."""
        if field.data and self.locality.data and self._team_localities.get(field.data) \
                != self.locality.data:
            raise ValidationError("Choose a team in the chosen locality, or all teams")

    def set_choices(self, quarters: list[tuple[str, str]], localities: list[str],
                    team_localities: dict[str, str]) -> None:
        """Fill the drop-downs from the database's localities and teams."""
        self._team_localities = team_localities
        self.quarter.choices = [SelectChoice(code, label) for code, label in quarters]
        self.locality.choices = [SelectChoice("", "All localities")] + [
            SelectChoice(name, name) for name in localities]
        self.team.choices = [SelectChoice("", "All teams")] + [
            SelectChoice(name, name) for name in sorted(team_localities)]


class ActionForm(FlaskForm):
    """A "you said, we did" action."""

    theme_code = SelectField("Theme", widget=GovSelect(),
                             choices=[SelectChoice("", "Choose a theme")] + [
                                 SelectChoice(t.code, t.label) for t in THEMES],
                             validators=[InputRequired("Choose the theme families raised")])
    we_heard = TextAreaField("You said", widget=GovTextArea(), filters=[strip_filter],
                             description="What families told us, in plain words",
                             validators=[InputRequired("Enter what families told us"),
                                         PlainText(500, "What families told us")])
    we_did = TextAreaField("We did", widget=GovTextArea(), filters=[strip_filter],
                           description="What the service changed, or will change",
                           validators=[InputRequired("Enter what the service did"),
                                       PlainText(500, "What the service did")])
    status = RadioField("Where has it got to?", widget=GovRadioInput(),
                        choices=enum_choices(ActionStatus),
                        validators=[InputRequired("Choose where the action has got to")])
    owner = StringField("Who is responsible", widget=GovTextInput(), filters=[strip_filter],
                        description="A role rather than a person, for example Head of Early Help",
                        validators=[InputRequired("Enter who is responsible"),
                                    PlainText(120, "Who is responsible")])
    locality = SelectField("Where it applies", widget=GovSelect())
    started_on = DayMonthYearField("Date it started", widget=GovDateInput(), format="%d %m %Y",
                                   description="For example, 1 7 2026",
                                   validators=[InputRequired("Enter the date it started")])
    due_on = DayMonthYearField("Date it is due (optional)", widget=GovDateInput(),
                               format="%d %m %Y", validators=[Optional()])
    completed_on = DayMonthYearField("Date it was done (optional)", widget=GovDateInput(),
                                     format="%d %m %Y", validators=[Optional()])
    submit = SubmitField("Save action", widget=GovSubmitInput())

    def validate(self, extra_validators=None) -> bool:
        """A finished action needs the date it was done, and it cannot end before it began.

        Checked here rather than as a field validator: `Optional` stops a blank date's chain.
        """
        valid = super().validate(extra_validators)
        for field in (self.started_on, self.due_on, self.completed_on):
            if not field.raw_data:  # left out of the post: the date widget needs None, not []
                field.raw_data = None
        done = self.completed_on
        if self.status.data == ActionStatus.DONE.value and done.data is None and not done.errors:
            done.errors = [*done.errors, "Enter the date the action was done"]
            valid = False
        if done.data and self.started_on.data and done.data < self.started_on.data:
            done.errors = [*done.errors,
                           "The date it was done must be on or after the date it started"]
            valid = False
        return valid
