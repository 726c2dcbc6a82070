"""The keyworker's form for keeping a member's results out of the family's PDF."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovRadioInput, GovTextArea
from wtforms import RadioField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, InputRequired, ValidationError

from surveys.web.forms import BaseForm
from surveys.web.text import PlainText, strip_filter

MAX_REASON_LENGTH = 1000
CHOOSE = "Choose whether to keep their results out of the family's PDF"


class WithholdResultsForm(BaseForm):
    """Keep a member's own results out of the family's PDF (with why), or stop doing so."""

    withhold = RadioField(
        "Keep their results out of the family's PDF?",
        choices=[SelectChoice("yes", "Yes, keep them out: sharing them could put a child at risk"),
                 SelectChoice("no", "No, follow what they chose")],
        widget=GovRadioInput(), validate_choice=False,
        validators=[InputRequired(CHOOSE), AnyOf(["yes", "no"], message=CHOOSE)])
    reason = TextAreaField(
        "Why", widget=GovTextArea(), filters=[strip_filter],
        validators=[PlainText(MAX_REASON_LENGTH, "Why")])

    def validate_reason(self, field) -> None:
        """A reason is needed to keep results out; it is kept with the member, not in the log."""
        if self.withhold.data == "yes" and not field.data:
            raise ValidationError("Enter why sharing their results could put a child at risk")
