"""Forms for the audit log, legal holds and erasure requests."""
from __future__ import annotations

import re
from datetime import date

from govuk_frontend_wtf.wtforms_widgets import (
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import Form, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import InputRequired, Optional, ValidationError

from surveys.web.forms import BaseForm
from surveys.web.text import PlainText, strip_filter

# The audit log's filter reads whole days (the view adds a day to "To"); years outside these
# are typing slips, and 9999-12-31 would leave no day after it.
AUDIT_YEARS = range(2000, 3000)


def audit_date(form, field) -> None:
    """A real calendar day, written year-month-day, in AUDIT_YEARS."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", field.data, flags=re.ASCII):
        raise ValidationError("Enter the date as year-month-day, like 2026-11-23")
    try:
        day = date.fromisoformat(field.data)
    except ValueError:
        raise ValidationError("Enter a real date, like 2026-11-23") from None
    if day.year not in AUDIT_YEARS:
        raise ValidationError(f"Enter a date from {AUDIT_YEARS.start} to {AUDIT_YEARS.stop - 1}, "
                              "like 2026-11-23")


class AuditFilterForm(Form):
    """Narrow the audit log; sent in the query string so a filtered list can be shared."""

    action = SelectField("Action", widget=GovSelect(), validate_choice=False)
    date_from = StringField("From", widget=GovTextInput(), filters=[strip_filter],
                            description="For example, 2026-11-01", validators=[Optional(), audit_date])
    date_to = StringField("To", widget=GovTextInput(), filters=[strip_filter],
                          description="For example, 2026-11-30", validators=[Optional(), audit_date])


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
