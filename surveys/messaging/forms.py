"""Staff forms for contact and consent, and the council's message settings and wording."""
from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import (
    GovCheckboxInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextArea,
    GovTextInput,
)
from wtforms import BooleanField, SelectField, StringField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from surveys.messaging.wording import KINDS, PARTS, template_key
from surveys.web.forms import BaseForm
from surveys.web.text import PlainText, strip_filter

PREFERENCE_CHOICES = [SelectChoice("sms", "By text message"), SelectChoice("email", "By email"),
                      SelectChoice("keyworker", "Only through their keyworker (nothing is sent)")]


class ContactForm(BaseForm):
    """How a family member wants to hear from us, their details and their consent."""

    preference = SelectField("How do they want to get their questionnaire link?",
                             widget=GovRadioInput(), choices=PREFERENCE_CHOICES,
                             validators=[Optional()], validate_choice=False)
    mobile = StringField("Mobile number (optional)", widget=GovTextInput(),
                         filters=[strip_filter], description="A UK mobile, like 07700 900123",
                         validators=[Optional(), PlainText(40, "Mobile number")])
    email = StringField("Email address (optional)", widget=GovTextInput(), filters=[strip_filter],
                        validators=[Optional(), PlainText(320, "Email address")])
    via_member = SelectField("Whose phone or email gets their link?", widget=GovSelect(),
                             description="Children under 13 are never contacted directly. Choose "
                                         "a parent or carer whose own details are set up.",
                             validators=[Optional()], validate_choice=False)
    consent = BooleanField("They agreed to be contacted this way", widget=GovCheckboxInput(),
                           description="We record today's date and your name with it.")
    do_not_contact = BooleanField("Don't contact: send them nothing at all",
                                  widget=GovCheckboxInput(),
                                  description="This stops every message, whatever else is set.")
    submit = SubmitField("Save contact details", widget=GovSubmitInput())


class MessageSettingsForm(BaseForm):
    """When reminders go, when the council is closed, and who messages are from."""

    message_sender_name = StringField(
        "Who messages say they are from (optional)", widget=GovTextInput(),
        filters=[strip_filter],
        description="For example: Northshire Council. Empty: the council's name. Do not name the "
                    "service's subject: someone else may see it on a phone.",
        validators=[Optional(), PlainText(80, "Who messages are from")])
    reminder_days = StringField(
        "Days after the invitation that reminders go", widget=GovTextInput(),
        filters=[strip_filter], description="Separate days with commas, like 3, 7",
        validators=[Optional(), PlainText(40, "Reminder days")])
    closed_days = TextAreaField(
        "Days the council is closed (optional)", widget=GovTextArea(), filters=[strip_filter],
        description="Nothing is sent on these days. Dates like 25/12/2026, separated by commas "
                    "or on new lines. Messages never go between 8pm and 8am.",
        validators=[Optional(), PlainText(4000, "Closed days")])
    submit = SubmitField("Save message settings", widget=GovSubmitInput())


PART_LABELS = {"sms": "Text message", "email": "Email", "subject": "Email subject line"}
KIND_LABELS = {"invitation": "Invitation", "reminder": "Reminder",
               "last-reminder": "Last reminder (the link ends tomorrow)"}


def _template_field(kind: str, part: str) -> TextAreaField:
    return TextAreaField(f"{KIND_LABELS[kind]}: {PART_LABELS[part].lower()}",
                         widget=GovTextArea(), filters=[strip_filter],
                         validators=[Optional(), PlainText(1000, PART_LABELS[part])])


class TemplatesForm(BaseForm):
    """The council's own message wording; an empty box uses the standard wording."""

    submit = SubmitField("Save wording", widget=GovSubmitInput())


def field_name(kind: str, part: str) -> str:
    """The form field holding one kind and part of the wording."""
    return template_key(kind, part).replace(".", "_").replace("-", "_")


for _kind in KINDS:
    for _part in PARTS:
        setattr(TemplatesForm, field_name(_kind, _part), _template_field(_kind, _part))


class SendAgainForm(BaseForm):
    """A button: send a new link now."""


__all__ = ["ContactForm", "MessageSettingsForm", "SendAgainForm",
           "TemplatesForm", "field_name"]
