"""Staff forms for sign-in, families, cases and user management."""
from __future__ import annotations

from enum import StrEnum

from flask_babel import lazy_gettext
from flask_wtf import FlaskForm
from flask_wtf.csrf import _FlaskFormCSRF
from govuk_frontend_wtf.wtforms_widgets import (
    GovPasswordInput,
    GovRadioInput,
    GovSelect,
    GovSubmitInput,
    GovTextInput,
)
from markupsafe import escape
from wtforms import (
    FieldList,
    Form,
    FormField,
    HiddenField,
    PasswordField,
    SelectField,
    StringField,
    SubmitField,
)
from wtforms.fields import IntegerField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import (
    AnyOf,
    Email,
    EqualTo,
    InputRequired,
    Length,
    NumberRange,
    Optional,
    ValidationError,
)

from surveys.records.enums import (
    AgeBand,
    ClosureReason,
    FatherOrMaleCarer,
    MemberRole,
    Role,
    SupportLevel,
)
from surveys.staff.passwords import MIN_PASSWORD_LENGTH
from surveys.web.text import PlainText, strip_filter

MAX_MEMBERS_ON_FORM = 6


# Families see this too, so it is translated (lazily: there is no language at import time).
EXPIRED_FORM_MESSAGE = lazy_gettext("This page timed out, so nothing on it was saved yet. "
                                    "Check what you entered and send it again")


class _TokenWhenDrawn:
    """A form's CSRF token, signed only when a page draws it. A form that is posted, valid and
    followed by a redirect (every questionnaire save) never shows its token, and signing one
    cost a save about a tenth of its CPU (issue 17's save profile)."""

    __slots__ = ("_make", "_token")

    def __init__(self, make) -> None:
        self._make = make
        self._token: str | None = None

    def __str__(self) -> str:
        if self._token is None:
            self._token = self._make()
        return self._token

    def __html__(self) -> str:
        return str(escape(str(self)))

    def __eq__(self, other) -> bool:
        return str(self) == str(other)

    def __hash__(self) -> int:
        return hash(str(self))


class _CSRFWhenDrawn(_FlaskFormCSRF):
    """Flask-WTF's form CSRF (checked the same way, once, by CSRFProtect before the view),
    with the token for the page made lazily. Flask-WTF is pinned: this follows its 1.3 class."""

    def generate_csrf_token(self, csrf_token_field):
        """The token the page will show, made when (and if) it is drawn."""
        return _TokenWhenDrawn(lambda: super(_CSRFWhenDrawn, self).generate_csrf_token(
            csrf_token_field))


class BaseForm(FlaskForm):
    """Every form: CSRF-protected, and an expired form says so plainly (what was typed stays)."""

    class Meta(FlaskForm.Meta):
        csrf_class = _CSRFWhenDrawn

    def validate(self, extra_validators=None) -> bool:
        """Validate, replacing Flask-WTF's technical CSRF message with a plain one."""
        ok = super().validate(extra_validators)
        csrf = getattr(self, "csrf_token", None)
        if csrf is not None and csrf.errors:
            csrf.errors = [str(EXPIRED_FORM_MESSAGE)]
        return ok


def enum_choices(enum_cls: type[StrEnum], blank: str | None = None) -> list[SelectChoice]:
    """SelectChoices from an enum whose members have a `.label`."""
    choices = [SelectChoice(m.value, m.label) for m in enum_cls]
    if blank is not None:
        choices.insert(0, SelectChoice("", blank))
    return choices


class SignInForm(BaseForm):
    """Staff sign-in."""

    email = StringField("Email address", widget=GovTextInput(), filters=[strip_filter],
                        validators=[InputRequired("Enter your email address"),
                                    PlainText(254, "Email address")])
    password = PasswordField("Password", widget=GovPasswordInput(),
                             validators=[InputRequired("Enter your password"),
                                         PlainText(200, "Password")])
    submit = SubmitField("Sign in", widget=GovSubmitInput())



class TwoFactorCodeForm(BaseForm):
    """The six-digit code an authenticator app shows."""

    code = StringField("Security code", widget=GovTextInput(), filters=[strip_filter],
                       validators=[InputRequired("Enter the 6-digit code from your authenticator app"),
                                   PlainText(40, "Security code")])
    submit = SubmitField("Continue", widget=GovSubmitInput())


class RecoveryCodeForm(BaseForm):
    """One of the single-use recovery codes saved when two-factor sign-in was set up."""

    code = StringField("Recovery code", widget=GovTextInput(), filters=[strip_filter],
                       validators=[InputRequired("Enter one of your recovery codes"),
                                   PlainText(60, "Recovery code")])
    submit = SubmitField("Sign in", widget=GovSubmitInput())


class ConfirmPasswordForm(BaseForm):
    """Asks for the password again before a change to how someone signs in."""

    password = PasswordField("Your password", widget=GovPasswordInput(),
                             validators=[InputRequired("Enter your password"),
                                         PlainText(200, "Password")])
    submit = SubmitField("Reset two-factor sign-in", widget=GovSubmitInput())


class ChangePasswordForm(BaseForm):
    """A member of staff changes their own password, giving their current one first."""

    current_password = PasswordField(
        "Current password", widget=GovPasswordInput(),
        validators=[InputRequired("Enter your current password"), PlainText(200, "Password")])
    new_password = PasswordField(
        "New password", widget=GovPasswordInput(),
        description=f"At least {MIN_PASSWORD_LENGTH} characters. A few unrelated words are "
                    "easy to remember and hard to guess.",
        validators=[InputRequired("Enter a new password"),
                    Length(min=MIN_PASSWORD_LENGTH,
                           message=f"Password must be at least {MIN_PASSWORD_LENGTH} characters"),
                    PlainText(200, "Password")])
    confirm_password = PasswordField(
        "New password again", widget=GovPasswordInput(),
        validators=[InputRequired("Enter your new password again"),
                    EqualTo("new_password", "The new passwords do not match. Enter the same "
                                            "password twice")])
    submit = SubmitField("Change password", widget=GovSubmitInput())

    def validate_new_password(self, field) -> None:
        """A new password is a different one."""
        if field.data and field.data == self.current_password.data:
            raise ValidationError("Enter a new password that is different from your current one")


FATHER_QUESTION = "If a parent or carer: are they a father or male carer? (optional)"
FATHER_HINT = ("Ask them. Reports count the fathers and male carers who answered, never who they "
               "are. Leave it for children and young people.")
FATHER_ERROR = "Choose yes, no or prefer not to say, or leave it unanswered"


def father_or_male_carer_field() -> SelectField:
    """The optional radio asking whether a parent or carer is a father or male carer (issue 16);
    its choice is checked with `check_father_answer`, since no answer is a fine answer."""
    return SelectField(FATHER_QUESTION, widget=GovRadioInput(), validate_choice=False,
                       description=FATHER_HINT, choices=enum_choices(FatherOrMaleCarer))


def check_father_answer(field) -> bool:
    """Whether the answer is blank or one of the choices (adds the error when not)."""
    if field.data and field.data not in {f.value for f in FatherOrMaleCarer}:
        field.errors.append(FATHER_ERROR)
        return False
    return True


def father_answer(member_role: str | None, answer: str | None) -> FatherOrMaleCarer | None:
    """What to store: the answer for a parent or carer, nothing for anyone else or no answer."""
    if member_role != MemberRole.PARENT_CARER.value or not answer:
        return None
    return FatherOrMaleCarer(answer)


class MemberForm(Form):
    """One family member on the add-family form; a blank row is ignored."""

    first_name = StringField("First name", widget=GovTextInput(), filters=[strip_filter],
                             validators=[PlainText(60, "First name")])
    # Radios, as on the add-a-member form; choices are checked in validate(): a blank row
    # leaves them unchosen.
    member_role = SelectField("Role in the family", widget=GovRadioInput(), validate_choice=False,
                              choices=enum_choices(MemberRole))
    age_band = SelectField("Age", widget=GovRadioInput(), validate_choice=False,
                           choices=enum_choices(AgeBand))
    father_or_male_carer = father_or_male_carer_field()

    @property
    def is_blank(self) -> bool:
        """Whether nothing was entered in this row."""
        return not (self.first_name.data or self.member_role.data or self.age_band.data
                    or self.father_or_male_carer.data)

    def validate(self, extra_validators=None) -> bool:
        """A row is either blank or complete."""
        ok = super().validate(extra_validators)
        if not ok or self.is_blank:
            return ok
        if not self.first_name.data:
            self.first_name.errors.append("Enter the family member's first name")
        if self.member_role.data not in {m.value for m in MemberRole}:
            self.member_role.errors.append("Choose the family member's role in the family")
        if self.age_band.data not in {a.value for a in AgeBand}:
            self.age_band.errors.append("Choose the family member's age")
        check_father_answer(self.father_or_male_carer)
        return not (self.first_name.errors or self.member_role.errors or self.age_band.errors
                    or self.father_or_male_carer.errors)


class AddFamilyForm(BaseForm):
    """Add a family and its members, and open a case."""

    family_name = StringField(
        "Family name", widget=GovTextInput(), filters=[strip_filter],
        description="The name the family uses, so you recognise them. Reports never show it.",
        validators=[InputRequired("Enter the family name"), PlainText(80, "Family name")])
    support_level = SelectField("Support level", widget=GovRadioInput(),
                                choices=enum_choices(SupportLevel),
                                validators=[InputRequired("Choose the support level")])
    keyworker = SelectField("Keyworker", widget=GovSelect(), validators=[Optional()])
    members = FieldList(FormField(MemberForm), min_entries=MAX_MEMBERS_ON_FORM,
                        max_entries=MAX_MEMBERS_ON_FORM)
    submit = SubmitField("Add family and open case", widget=GovSubmitInput())

    def validate_members(self, field) -> None:
        """At least one family member is needed."""
        if all(entry.form.is_blank for entry in field.entries):
            raise ValidationError("Add at least one family member")


class AddMemberForm(BaseForm):
    """Add one member to an existing family."""

    first_name = StringField("First name", widget=GovTextInput(), filters=[strip_filter],
                             validators=[InputRequired("Enter the family member's first name"),
                                         PlainText(60, "First name")])
    member_role = SelectField("Role in the family", widget=GovRadioInput(),
                              choices=enum_choices(MemberRole),
                              validators=[InputRequired("Choose the family member's role")])
    age_band = SelectField("Age", widget=GovRadioInput(), choices=enum_choices(AgeBand),
                           validators=[InputRequired("Choose the family member's age")])
    father_or_male_carer = father_or_male_carer_field()
    submit = SubmitField("Add family member", widget=GovSubmitInput())

    def validate_father_or_male_carer(self, field) -> None:
        """Blank, or one of the answers."""
        if field.data and field.data not in {f.value for f in FatherOrMaleCarer}:
            raise ValidationError(FATHER_ERROR)


class EditMemberForm(BaseForm):
    """Change a family member's first name and, for a parent or carer, whether they are a
    father or male carer. Their role and age band stay: they decide the questionnaire."""

    first_name = StringField("First name", widget=GovTextInput(), filters=[strip_filter],
                             validators=[InputRequired("Enter the family member's first name"),
                                         PlainText(60, "First name")])
    father_or_male_carer = father_or_male_carer_field()
    submit = SubmitField("Save changes", widget=GovSubmitInput())

    def validate_father_or_male_carer(self, field) -> None:
        """Blank, or one of the answers."""
        if field.data and field.data not in {f.value for f in FatherOrMaleCarer}:
            raise ValidationError(FATHER_ERROR)


class CloseCaseForm(BaseForm):
    """Close a case with a reason."""

    closure_reason = SelectField("Why is the case closing?", widget=GovRadioInput(),
                                 choices=enum_choices(ClosureReason),
                                 validators=[InputRequired("Choose why the case is closing")])
    submit = SubmitField("Close case", widget=GovSubmitInput())


class UserForm(BaseForm):
    """Create or edit a member of staff."""

    display_name = StringField("Full name", widget=GovTextInput(), filters=[strip_filter],
                               validators=[InputRequired("Enter the person's full name"),
                                           PlainText(120, "Full name")])
    email = StringField("Email address", widget=GovTextInput(), filters=[strip_filter],
                        validators=[InputRequired("Enter the person's email address"),
                                    PlainText(254, "Email address"),
                                    Email("Enter an email address in the correct format, "
                                          "like name@example.gov.uk", check_deliverability=False)])
    role = SelectField("Role", widget=GovRadioInput(), choices=enum_choices(Role),
                       validators=[InputRequired("Choose the person's role")])
    team = SelectField("Team", widget=GovSelect(),
                       description="Keyworkers and team managers belong to a team.")
    password = PasswordField(
        "Temporary password", widget=GovPasswordInput(),
        description=f"At least {MIN_PASSWORD_LENGTH} characters. Give it to them in person.",
        validators=[Optional(), Length(min=MIN_PASSWORD_LENGTH,
                                       message=f"Password must be at least {MIN_PASSWORD_LENGTH} "
                                               "characters"), PlainText(200, "Password")])
    submit = SubmitField("Save", widget=GovSubmitInput())

    def validate_team(self, field) -> None:
        """Keyworkers and team managers need a team."""
        if self.role.data in (Role.KEYWORKER, Role.TEAM_MANAGER) and not field.data:
            raise ValidationError("Choose a team for a keyworker or team manager")


class SettingsForm(BaseForm):
    """Council settings that shape cases and links."""

    council_name = StringField("Council name", widget=GovTextInput(), filters=[strip_filter],
                               validators=[InputRequired("Enter the council's name"),
                                           PlainText(120, "Council name")])
    middle_wave_weeks = IntegerField(
        "Weeks from the start to the middle questionnaire", widget=GovTextInput(),
        invalid_value_message="Enter the weeks to the middle questionnaire as a whole number, like 12",
        validators=[InputRequired("Enter the number of weeks to the middle questionnaire"),
                    NumberRange(1, 104, "Weeks to the middle questionnaire must be between 1 and 104")])
    close_wave_weeks = IntegerField(
        "Weeks from the start to the closing questionnaire", widget=GovTextInput(),
        invalid_value_message="Enter the weeks to the closing questionnaire as a whole number, like 24",
        validators=[InputRequired("Enter the number of weeks to the closing questionnaire"),
                    NumberRange(2, 156, "Weeks to the closing questionnaire must be between 2 and 156")])
    link_valid_days = IntegerField(
        "Days a family's questionnaire link stays valid", widget=GovTextInput(),
        invalid_value_message="Enter the days a link stays valid as a whole number, like 14",
        validators=[InputRequired("Enter how many days a link stays valid"),
                    NumberRange(1, 60, "A link must stay valid for between 1 and 60 days")])
    retention_months = IntegerField(
        "Months to keep a family's details after their support ends",
        description="After this, names and what families wrote are deleted; answers are kept "
                    "only as anonymous numbers. Families on legal hold are kept.",
        widget=GovTextInput(),
        invalid_value_message="Enter the months to keep a family's details as a whole number, "
                              "like 72",
        validators=[InputRequired("Enter how many months to keep a family's details"),
                    NumberRange(12, 300, "Keep a family's details for between 12 and 300 months")])
    flag_read_working_days = IntegerField(
        "Working days to acknowledge a safeguarding flag",
        description="Monday to Friday. A flag not acknowledged in this time is shown to the "
                    "keyworker's team manager as not read in time.",
        widget=GovTextInput(),
        invalid_value_message="Enter the number of working days as a whole number, like 2",
        validators=[InputRequired("Enter how many working days staff have to acknowledge a flag"),
                    NumberRange(1, 5, "Staff must acknowledge a flag within 1 to 5 working days")])
    help_contact = StringField(
        "Who families can contact at the council for help (optional)",
        description="For example: Call the Family Support Hub on 01234 567 890, Monday to Friday, "
                    "9am to 5pm. Families see this beside Childline, Samaritans and 999.",
        widget=GovTextInput(), filters=[strip_filter],
        validators=[Optional(), PlainText(200, "Who families can contact")])
    submit = SubmitField("Save settings", widget=GovSubmitInput())

    def validate_close_wave_weeks(self, field) -> None:
        """The closing questionnaire comes after the middle one."""
        if field.data is not None and self.middle_wave_weeks.data is not None \
                and field.data <= self.middle_wave_weeks.data:
            raise ValidationError("The closing questionnaire must come after the middle one")


class ReportEmailsForm(BaseForm):
    """A commissioner starts or stops the quarterly report emails (`want` is yes or no)."""

    want = HiddenField(validators=[InputRequired(), AnyOf(["yes", "no"])])
    submit = SubmitField("Email me when a report is ready", widget=GovSubmitInput())
