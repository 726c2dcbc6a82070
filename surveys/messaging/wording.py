"""What invitations and reminders say: short, plain, in the member's language, saying who they
are from, and never naming what the service is about where someone else might glance at it (a
phone's lock-screen preview, an email's subject line).

Rules only. The defaults are marked for translators with N_ and translated here from the family
pages' catalogues; a council may write its own wording (in English) with the placeholders below.
"""
from __future__ import annotations

import string
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from babel.dates import format_date
from babel.support import NullTranslations, Translations

from family_by_family_scale.instrument import N_

TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"
ENGLISH = "en_GB"

KINDS = ("invitation", "reminder", "last-reminder")
PARTS = ("sms", "email", "subject")  # a text, an email's body, an email's subject line
PLACEHOLDERS = {
    "name": "the first name of the person it goes to",
    "sender": "who it is from (the sender name in settings, or the council's name)",
    "link": "their own questionnaire link",
    "ends": "the day the link stops working, like 19 December",
}
# A phone shows the first part of a text, and an inbox the subject, to anyone nearby: these must
# not say what the service is about.
PREVIEW_CHARACTERS = 120
REVEALING = ("early help", "safeguarding", "social care", "social services", "social worker",
             "child protection", "family support", "children's services")
SMS_LIMIT = 306  # two text messages

DEFAULTS: dict[tuple[str, str], str] = {
    ("invitation", "sms"): N_("Hello {name}, this is {sender}. Please tell us how things are "
                              "going: {link} It is saved as you go and works until {ends}."),
    ("invitation", "subject"): N_("{name}, a message from {sender}"),
    ("invitation", "email"): N_("Hello {name},\n\nThis is {sender}. We would like to hear how "
                                "things are going.\n\nYour own link: {link}\n\nIt takes a few "
                                "minutes, is saved as you go and works until {ends}.\n\nIf you "
                                "were not expecting this, you can ignore it."),
    ("reminder", "sms"): N_("Hello {name}, a reminder from {sender}: you can still tell us how "
                            "things are going: {link} It works until {ends}."),
    ("reminder", "subject"): N_("{name}, a reminder from {sender}"),
    ("reminder", "email"): N_("Hello {name},\n\nA reminder from {sender}: you can still tell "
                              "us how things are going.\n\nYour own link: {link}\n\nIt works "
                              "until {ends}."),
    ("last-reminder", "sms"): N_("Hello {name}, this is {sender}. Your link ends tomorrow: "
                                 "{link}"),
    ("last-reminder", "subject"): N_("{name}, your link from {sender} ends tomorrow"),
    ("last-reminder", "email"): N_("Hello {name},\n\nThis is {sender}. Your link ends "
                                   "tomorrow, so there is still time to tell us how things are "
                                   "going.\n\nYour own link: {link}"),
}
# Added when a child's link goes to their parent or carer.
FOR_CHILD = N_("This link is for {child} to answer.")


class WordingInvalid(ValueError):
    """Message wording that cannot be used, with what to change."""


@dataclass(frozen=True)
class Wording:
    """A message ready to seal: its subject (emails only) and body."""

    subject: str
    body: str


def template_key(kind: str, part: str) -> str:
    """How a council's own wording is stored: kind.part, e.g. invitation.sms."""
    return f"{kind}.{part}"


@cache
def _translations(language: str) -> NullTranslations:
    if language == ENGLISH:
        return NullTranslations()
    return Translations.load(str(TRANSLATIONS), [language])


def translate(text: str, language: str | None) -> str:
    """The text in a language of the family pages (English when there is no translation)."""
    return _translations(language or ENGLISH).gettext(text)


def check_template(text: str, *, kind: str, part: str) -> None:
    """Raise WordingInvalid unless the wording uses only known placeholders, has the link where
    the message needs it, fits in two texts, and keeps the service's subject out of the preview."""
    try:
        fields = [f for _, f, spec, conv in string.Formatter().parse(text) if f is not None
                  or spec or conv]
    except ValueError as error:
        raise WordingInvalid("Curly brackets are only for placeholders, like {name}") from error
    unknown = sorted({f for f in fields if f not in PLACEHOLDERS})
    if unknown:
        known = ", ".join("{" + p + "}" for p in PLACEHOLDERS)
        raise WordingInvalid(f"{{{unknown[0]}}} is not a placeholder we know. Use {known}")
    if part != "subject" and "link" not in fields:
        raise WordingInvalid("Include {link}, so the person can open their questionnaire")
    if part == "subject" and "link" in fields:
        raise WordingInvalid("Keep {link} out of the subject line: put it in the email")
    sample = fill(text, SAMPLE)
    if part == "sms" and len(sample) > SMS_LIMIT:
        raise WordingInvalid(f"Make the text shorter: with a link it comes to {len(sample)} "
                             f"characters, and must fit in {SMS_LIMIT} (two texts)")
    revealing = revealing_words(sample if part == "subject" else sample[:PREVIEW_CHARACTERS])
    if revealing:
        raise WordingInvalid(f"Do not say '{revealing}' at the start of a message or in a "
                             "subject: someone else may see it on the person's phone")


def revealing_words(text: str) -> str | None:
    """The first word or phrase in the text that says what the service is about, if any."""
    lowered = " ".join(text.lower().split())
    return next((word for word in REVEALING if word in lowered), None)


def fill(text: str, values: Mapping[str, str]) -> str:
    """The wording with its placeholders filled."""
    return text.format_map({key: values.get(key, "") for key in PLACEHOLDERS})


SAMPLE = {"name": "Grace", "sender": "Northshire Council",
          "link": "https://family-voice.example.gov.uk/q/" + "x" * 43, "ends": "19 December"}


def compose_wording(kind: str, channel: str, *, name: str, sender: str, link: str, ends: date,
                    language: str | None, council_templates: Mapping[str, str] | None = None,
                    child: str | None = None) -> Wording:
    """The subject and body of one message, in the member's language. The council's own wording
    is English: a member who reads another language gets the translated default."""
    language = language or ENGLISH
    own = council_templates or {}

    def text_for(part: str) -> str:
        custom = own.get(template_key(kind, part)) if language == ENGLISH else None
        return custom or translate(DEFAULTS[(kind, part)], language)

    values = {"name": name, "sender": sender, "link": link,
              "ends": format_date(ends, "d MMMM", locale=language)}
    body = fill(text_for(channel), values)
    if child:
        gap = "\n\n" if channel == "email" else " "
        body = f"{body}{gap}{translate(FOR_CHILD, language).format(child=child)}"
    subject = fill(text_for("subject"), values) if channel == "email" else ""
    return Wording(subject=subject[:200], body=body)
