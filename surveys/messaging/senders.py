"""The real senders: GOV.UK Notify (texts and emails) and SMTP (emails, for councils without
Notify), and `sender_for`, which picks one from the settings; with nothing configured the message
stays in the app's outbox (the demo).

Settings (FLASK_ environment variables): NOTIFY_API_KEY, NOTIFY_SMS_TEMPLATE_ID,
NOTIFY_EMAIL_TEMPLATE_ID, NOTIFY_BASE_URL (a test or self-hosted Notify); SMTP_URL
(smtp://host:port, smtps://host:port, optionally user:password@), SMTP_SENDER.

A sender never raises for a failed send: it says whether to try again (temporary-failure) or not
(permanent-failure). Logs carry references only, never addresses or bodies.
"""
from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping
from email.charset import QP, Charset
from email.header import Header
from email.mime.text import MIMEText
from email.utils import formatdate
from urllib.parse import unquote, urlsplit

from notifications_python_client.errors import APIError
from notifications_python_client.notifications import NotificationsAPIClient

from surveys.messaging.protocol import Channel, OutboxSender, OutgoingMessage, Sender, SendOutcome

log = logging.getLogger(__name__)

NOTIFY_BASE_URL = "https://api.notifications.service.gov.uk"
SMTP_TIMEOUT_SECONDS = 30
NOTIFY_TIMEOUT_SECONDS = 30
# UTF-8 bodies as quoted-printable: English stays readable in the raw email (base64 would not).
_UTF8 = Charset("utf-8")
_UTF8.body_encoding = QP


class SettingsError(ValueError):
    """A sending setting that cannot work, with what to put instead."""


class NotifySender:
    """Texts and emails through GOV.UK Notify's official client. The council's Notify template
    holds `((subject))` and `((body))`; the reference lets a delivery receipt (or a recovering
    worker) find the message."""

    name = "notify"

    def __init__(self, api_key: str, template_ids: Mapping[str, str], base_url: str | None = None,
                 timeout: float = NOTIFY_TIMEOUT_SECONDS):
        self.client = NotificationsAPIClient(api_key, base_url=base_url or NOTIFY_BASE_URL,
                                             timeout=timeout)
        self.template_ids = dict(template_ids)

    def send(self, message: OutgoingMessage) -> SendOutcome:
        """Ask Notify to send one message; its notification id comes back as provider_id."""
        personalisation = {"subject": message.subject, "body": message.body,
                           **message.personalisation}
        try:
            if message.channel == "sms":
                response = self.client.send_sms_notification(
                    phone_number=message.to, template_id=self.template_ids["sms"],
                    personalisation=personalisation, reference=message.reference)
            else:
                response = self.client.send_email_notification(
                    email_address=message.to, template_id=self.template_ids["email"],
                    personalisation=personalisation, reference=message.reference)
        except APIError as error:
            return notify_outcome(error.status_code, error.message, message.reference)
        return SendOutcome(status="sent", provider_id=str(response.get("id") or "") or None)

    def find(self, reference: str) -> str | None:
        """The id of a notification Notify already holds with this reference, or None; raises
        APIError when Notify cannot say (so the caller leaves the message alone for now)."""
        found = self.client.get_all_notifications(reference=reference).get("notifications") or []
        return str(found[0]["id"]) if found else None

    def close(self) -> None:
        """Let go of the HTTP connection pool."""
        self.client.request_session.close()


def notify_outcome(status_code: int, message, reference: str) -> SendOutcome:
    """What an error from Notify's API means for the message (Notify's documented errors:
    400 ValidationError/BadRequestError, 403 AuthError, 429 RateLimitError/TooManyRequestsError,
    500 Exception; the client reports a connection failure as 503)."""
    detail = _notify_detail(message)
    if status_code == 429 or status_code >= 500:
        log.warning("Notify could not take message %s now (%s): will try again", reference,
                    status_code)
        return SendOutcome(status="temporary-failure", detail=f"Notify: {detail}"[:300])
    if status_code == 403:
        # The key is wrong, revoked or the server clock is out: every message will fail the same
        # way until someone fixes the settings, so say so loudly.
        log.error("Notify refused our API key (403) sending message %s: check "
                  "FLASK_NOTIFY_API_KEY and the server clock", reference)
    else:
        log.info("Notify refused message %s (%s)", reference, status_code)
    return SendOutcome(status="permanent-failure", detail=f"Notify: {detail}"[:300])


def _notify_detail(message) -> str:
    """Notify's error text: `errors` is a list of {error, message}; the client hands back that
    list, or a message string."""
    if isinstance(message, list):
        return "; ".join(str(e.get("message", e)) if isinstance(e, dict) else str(e)
                         for e in message)
    return str(message)


class SmtpSender:
    """Emails over SMTP. One connection is kept open across a batch (close() ends it). The
    Message-ID is built from the reference, so a receipt or a bounce can be matched to it."""

    name = "smtp"

    def __init__(self, url: str, sender_address: str, timeout: float = SMTP_TIMEOUT_SECONDS):
        parts = urlsplit(url)
        if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
            raise SettingsError("FLASK_SMTP_URL must look like smtp://host:port "
                                "(or smtps://user:password@host:port)")
        if not sender_address or "@" not in sender_address:
            raise SettingsError("FLASK_SMTP_SENDER must be the address emails come from, "
                                "such as family-voice@council.example")
        self.host = parts.hostname
        self.port = parts.port or (465 if parts.scheme == "smtps" else 25)
        self.use_ssl = parts.scheme == "smtps"
        self.username = unquote(parts.username) if parts.username else None
        self.password = unquote(parts.password) if parts.password else None
        self.sender_address = sender_address
        self.timeout = timeout
        self._connection: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        if self._connection is None:
            if self.use_ssl:
                connection = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout,
                                              context=ssl.create_default_context())
            else:
                connection = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
            if self.username:
                connection.login(self.username, self.password or "")
            self._connection = connection
        return self._connection

    def email_for(self, message: OutgoingMessage) -> MIMEText:
        """The email as it goes on the wire (plain text, UTF-8). Built with the compat32 classes,
        which take headers as given: the newer EmailMessage parses each header back, which was
        a third of a send's CPU."""
        email = MIMEText(message.body, "plain", _UTF8)
        email["From"] = self.sender_address
        email["To"] = message.to
        # Welsh and Urdu subjects go as encoded words; plain English stays readable as it is.
        email["Subject"] = message.subject if message.subject.isascii() else \
            Header(message.subject, "utf-8").encode()
        email["Date"] = formatdate(usegmt=True)
        domain = self.sender_address.rsplit("@", 1)[1]
        email["Message-ID"] = f"<{message.reference}@{domain}>"
        return email

    def send(self, message: OutgoingMessage) -> SendOutcome:
        """Hand one email to the SMTP server."""
        if message.channel != "email":
            return SendOutcome(status="permanent-failure",
                               detail="Texts cannot be sent by email: set up GOV.UK Notify.")
        email = self.email_for(message)
        try:
            refused = self._connect().sendmail(self.sender_address, [message.to],
                                               email.as_bytes())
        except smtplib.SMTPRecipientsRefused as error:
            self._drop()
            code = next(iter(error.recipients.values()))[0] if error.recipients else 550
            return self._refused(code, message.reference)
        except smtplib.SMTPResponseException as error:
            self._drop()
            return self._refused(error.smtp_code, message.reference)
        except (smtplib.SMTPException, OSError) as error:
            self._drop()
            log.warning("SMTP server could not take message %s (%s): will try again",
                        message.reference, type(error).__name__)
            return SendOutcome(status="temporary-failure",
                               detail="The email server could not be reached.")
        if refused:
            return self._refused(next(iter(refused.values()))[0], message.reference)
        return SendOutcome(status="sent", provider_id=email["Message-ID"].strip("<>")[:64])

    def _refused(self, code: int, reference: str) -> SendOutcome:
        if 400 <= code < 500:
            log.warning("SMTP server deferred message %s (%s): will try again", reference, code)
            return SendOutcome(status="temporary-failure",
                               detail=f"The email server asked us to try later ({code}).")
        log.info("SMTP server refused message %s (%s)", reference, code)
        return SendOutcome(status="permanent-failure",
                           detail=f"The email server refused the address ({code}).")

    def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.close()
            except OSError:
                pass

    def close(self) -> None:
        """Say goodbye to the server at the end of a batch."""
        connection, self._connection = self._connection, None
        if connection is not None:
            try:
                connection.quit()
            except (smtplib.SMTPException, OSError):
                connection.close()


def notify_configured(config: Mapping, channel: Channel) -> bool:
    """Whether Notify is set up for this channel (an API key and that channel's template)."""
    return bool(config.get("NOTIFY_API_KEY") and _template_id(config, channel))


def _template_id(config: Mapping, channel: Channel) -> str | None:
    return config.get("NOTIFY_SMS_TEMPLATE_ID" if channel == "sms" else "NOTIFY_EMAIL_TEMPLATE_ID")


def sender_for(config: Mapping, channel: Channel) -> Sender:
    """The sender the settings choose for a channel: Notify when it has a key and a template for
    it; SMTP for emails when a server is given; otherwise the in-app outbox."""
    if notify_configured(config, channel):
        return NotifySender(str(config["NOTIFY_API_KEY"]),
                            {"sms": config.get("NOTIFY_SMS_TEMPLATE_ID") or "",
                             "email": config.get("NOTIFY_EMAIL_TEMPLATE_ID") or ""},
                            base_url=config.get("NOTIFY_BASE_URL"))
    if channel == "email" and config.get("SMTP_URL"):
        return SmtpSender(str(config["SMTP_URL"]), str(config.get("SMTP_SENDER") or ""))
    return OutboxSender()
