"""Forms for the audit log, legal holds and erasure requests."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import Form, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Optional, Regexp

from surveys.forms import BaseForm
from surveys.text import PlainText, strip_filter

ISO_DATE = Regexp(r"^\d{4}-\d{2}-\d{2}$", message="Enter the date as year-month-day, like 2026-11-23")


class AuditFilterForm(Form):
    """Narrow the audit log; sent in the query string so a filtered list can be shared."""

    action = SelectField("Action", widget=GovSelect(), validate_choice=False)
    date_from = StringField("From", widget=GovTextInput(), filters=[strip_filter],
                            description="For example, 2026-11-01", validators=[Optional(), ISO_DATE])
    date_to = StringField("To", widget=GovTextInput(), filters=[strip_filter],
                          description="For example, 2026-11-30", validators=[Optional(), ISO_DATE])


class LegalHoldForm(BaseForm):
    """Put a family on legal hold (with a reason), or lift the hold."""

    reason = TextAreaField(
        "Why the family's records must be kept", widget=GovTextArea(), filters=[strip_filter],
        description="For example, the court case or information request this is for. "
                    "Do not write family members' names.",
        validators=[Optional(), PlainText(500, "The reason")])
    submit = SubmitField("Save legal hold", widget=GovSubmitInput())


class ErasureRequestForm(BaseForm):
    """Ask for one family member's personal data to be erased."""

    reason = TextAreaField(
        "Why should this person's data be erased?", widget=GovTextArea(), filters=[strip_filter],
        description="Another team manager will read this before deciding. "
                    "Do not write family members' names.",
        validators=[InputRequired("Enter why this person's data should be erased"),
                    PlainText(1000, "The reason")])
    submit = SubmitField("Ask for erasure", widget=GovSubmitInput())


class ErasureDecisionForm(BaseForm):
    """Approve or reject an erasure request."""

    decision = SelectField("Your decision", widget=GovRadioInput(),
                           choices=[SelectChoice("approve", "Approve: erase this person's data now"),
                                    SelectChoice("reject", "Reject: keep the data")],
                           validators=[InputRequired("Choose whether to approve or reject the request")])
    note = TextAreaField("Note (optional)", widget=GovTextArea(), filters=[strip_filter],
                         validators=[Optional(), PlainText(1000, "The note")])
    submit = SubmitField("Save decision", widget=GovSubmitInput())
