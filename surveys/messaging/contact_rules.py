"""Who may be sent a family member's link, and on which details: the rules for contact and
consent, with UK mobile numbers and email addresses checked and put in one form.

Rules only: no Flask, no database. A child under 13 is never contacted directly; their link goes
to the parent or carer the keyworker chose, on that person's own consented details.
"""
from __future__ import annotations

from dataclasses import dataclass

import phonenumbers
from email_validator import EmailNotValidError, validate_email

from surveys.records.enums import AgeBand, MemberRole

PREFERENCES = ("sms", "email", "keyworker")
# Age bands under 13: their link goes to a parent or carer. (Under 8s answer no questionnaire.)
UNDER_13 = frozenset({AgeBand.UNDER_8, AgeBand.CHILD})
# Ofcom keeps 07700 900000 to 900999 for drama (never a real phone), which libphonenumber calls
# invalid; the demo council and the tests use them, so they are accepted as mobiles.
DRAMA_PREFIX = "+447700900"


class ContactDetailsInvalid(ValueError):
    """A number or address that cannot be used, with what to enter instead."""


def normalise_mobile(text: str) -> str:
    """A UK mobile number in E.164 (+447700900123), from how people write them."""
    cleaned = (text or "").strip()
    try:
        number = phonenumbers.parse(cleaned, "GB")
    except phonenumbers.NumberParseException as error:
        raise ContactDetailsInvalid("Enter a UK mobile number, like 07700 900123") from error
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if e164.startswith(DRAMA_PREFIX) and len(e164) == len(DRAMA_PREFIX) + 3:
        return e164
    if number.country_code != 44 or not phonenumbers.is_valid_number(number) or \
            phonenumbers.number_type(number) != phonenumbers.PhoneNumberType.MOBILE:
        raise ContactDetailsInvalid("Enter a UK mobile number, like 07700 900123. Landlines and "
                                    "numbers from other countries cannot get texts from us")
    return e164


def display_mobile(e164: str) -> str:
    """A stored mobile number as people write it (07700 900123)."""
    try:
        return phonenumbers.format_number(phonenumbers.parse(e164, "GB"),
                                          phonenumbers.PhoneNumberFormat.NATIONAL)
    except phonenumbers.NumberParseException:
        return e164


def normalise_email(text: str) -> str:
    """An email address in its normal form; nothing is looked up (no DNS, no deliverability)."""
    try:
        return validate_email((text or "").strip(), check_deliverability=False).normalized
    except EmailNotValidError as error:
        raise ContactDetailsInvalid("Enter an email address in the correct format, like "
                                    "name@example.com") from error


def mask_address(address: str | None) -> str:
    """An address with most of it hidden, for lists (07700 •••123, g•••@example.com)."""
    if not address:
        return ""
    if "@" in address:
        local, _, domain = address.partition("@")
        return f"{local[:1]}•••@{domain}"
    shown = display_mobile(address)
    return f"{shown[:5]} •••{shown[-3:]}"


def is_under_13(age_band: AgeBand) -> bool:
    """Whether a member is too young to be contacted directly."""
    return age_band in UNDER_13


@dataclass(frozen=True)
class ContactFacts:
    """What the rules need to know about one member's contact record."""

    member_id: int
    member_role: MemberRole
    age_band: AgeBand
    is_erased: bool
    preference: str | None = None
    mobile: str | None = None
    email: str | None = None
    has_consent: bool = False
    do_not_contact: bool = False
    via_member_id: int | None = None


@dataclass(frozen=True)
class Route:
    """Where a member's link goes: by which channel, to which address, held by which member."""

    channel: str
    to_address: str
    recipient_member_id: int


def own_route(facts: ContactFacts) -> Route | None:
    """A member's own details, if they may be used: consented, not "don't contact", by text or
    email with the matching detail, and the member is 13 or over."""
    if facts.is_erased or facts.do_not_contact or not facts.has_consent \
            or is_under_13(facts.age_band):
        return None
    if facts.preference == "sms" and facts.mobile:
        return Route("sms", facts.mobile, facts.member_id)
    if facts.preference == "email" and facts.email:
        return Route("email", facts.email, facts.member_id)
    return None


def route_for(facts: ContactFacts, via: ContactFacts | None = None) -> Route | None:
    """Where this member's link may go, or None (nothing is sent). A child under 13 goes only to
    the chosen parent or carer's own route, and only when the child's record allows it too."""
    if facts.is_erased or facts.do_not_contact:
        return None
    if not is_under_13(facts.age_band):
        return own_route(facts)
    if via is None or facts.via_member_id != via.member_id or not facts.has_consent \
            or via.member_role is not MemberRole.PARENT_CARER:
        return None
    return own_route(via)
