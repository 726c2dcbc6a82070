"""The senders against real servers on loopback: SMTP (aiosmtpd) and Notify's API (through the
official client); and which sender the settings choose."""
from __future__ import annotations

from email.header import decode_header, make_header

import pytest

from surveys.messaging.protocol import OutboxSender, OutgoingMessage
from surveys.messaging.senders import NotifySender, SettingsError, SmtpSender, sender_for
from tests.message_servers import API_KEY, EMAIL_TEMPLATE, SERVICE_ID, SMS_TEMPLATE

TEXT = OutgoingMessage(reference="invitation-3-7-1", channel="sms", to="07700 900123",
                       body="Your link: https://example.org/q/abc", subject="")
EMAIL = OutgoingMessage(reference="invitation-3-8-1", channel="email", to="sam@example.com",
                        body="Your link: https://example.org/q/def", subject="From your keyworker")


def _notify(server, key=API_KEY) -> NotifySender:
    return NotifySender(key, {"sms": SMS_TEMPLATE, "email": EMAIL_TEMPLATE},
                        base_url=server.base_url)


def test_smtp_sender_delivers_to_a_real_server_with_the_reference_as_message_id(smtp_server):
    sender = SmtpSender(smtp_server.url, "family-voice@council.example")
    outcome = sender.send(EMAIL)
    sender.close()
    assert outcome.status == "sent"
    [email] = smtp_server.received
    assert email["To"] == "sam@example.com"
    assert email["From"] == "family-voice@council.example"
    assert email["Subject"] == "From your keyworker"
    assert email["Message-ID"] == "<invitation-3-8-1@council.example>"
    assert "https://example.org/q/def" in email.get_payload(decode=True).decode()


@pytest.mark.parametrize("subject, body", [("Oddi wrth eich gweithiwr allweddol", "Dolen: ŵ ŷ"),
                                           ("آپ کے کی ورکر کی طرف سے", "آپ کا لنک")])
def test_smtp_sends_welsh_and_urdu_intact(smtp_server, subject, body):
    sender = SmtpSender(smtp_server.url, "fv@council.example")
    assert sender.send(OutgoingMessage(reference="r-cy", channel="email", to="a@example.com",
                                       body=body, subject=subject)).status == "sent"
    sender.close()
    [email] = smtp_server.received
    assert str(make_header(decode_header(email["Subject"]))) == subject
    assert email.get_payload(decode=True).decode("utf-8").strip() == body


def test_smtp_sender_keeps_one_connection_for_a_batch(smtp_server):
    sender = SmtpSender(smtp_server.url, "fv@council.example")
    outcomes = [sender.send(OutgoingMessage(reference=f"r-{n}", channel="email",
                                            to=f"p{n}@example.com", body="b")) for n in range(5)]
    sender.close()
    assert {o.status for o in outcomes} == {"sent"}
    assert len(smtp_server.received) == 5


@pytest.mark.parametrize("trouble, status", [("refuse", "permanent-failure"),
                                             ("defer", "temporary-failure")])
def test_smtp_refusals_are_permanent_and_deferrals_temporary(smtp_server, trouble, status):
    getattr(smtp_server.catcher, trouble).add("sam@example.com")
    sender = SmtpSender(smtp_server.url, "fv@council.example")
    outcome = sender.send(EMAIL)
    assert outcome.status == status
    # the connection was dropped and a fresh one still works
    assert sender.send(OutgoingMessage(reference="r-2", channel="email", to="ok@example.com",
                                       body="b")).status == "sent"
    sender.close()
    assert "sam@example.com" not in outcome.detail


def test_smtp_server_that_is_not_there_is_a_temporary_failure():
    from tests.message_servers import free_port
    sender = SmtpSender(f"smtp://127.0.0.1:{free_port()}", "fv@council.example", timeout=2)
    assert sender.send(EMAIL).status == "temporary-failure"


@pytest.mark.parametrize("url, address", [("http://mail:25", "fv@council.example"),
                                          ("smtp://", "fv@council.example"),
                                          ("smtp://mail:25", "")])
def test_smtp_settings_that_cannot_work_say_what_to_set(url, address):
    with pytest.raises(SettingsError, match="FLASK_SMTP"):
        SmtpSender(url, address)


def test_notify_text_goes_through_the_official_client_as_documented(notify_server):
    outcome = _notify(notify_server).send(TEXT)
    assert outcome.status == "sent"
    [sent] = notify_server.sent
    assert outcome.provider_id == sent["id"]
    assert sent == {"id": sent["id"], "type": "sms", "to": "07700 900123",
                    "template_id": SMS_TEMPLATE, "reference": "invitation-3-7-1",
                    "personalisation": {"subject": "", "body": "Your link: https://example.org/q/abc"}}


def test_notify_email_carries_subject_and_body(notify_server):
    assert _notify(notify_server).send(EMAIL).status == "sent"
    [sent] = notify_server.sent
    assert (sent["type"], sent["to"], sent["template_id"]) == ("email", "sam@example.com",
                                                              EMAIL_TEMPLATE)
    assert sent["personalisation"]["subject"] == "From your keyworker"


def test_notify_invalid_number_is_a_permanent_failure_with_notifys_reason(notify_server):
    outcome = _notify(notify_server).send(
        OutgoingMessage(reference="r", channel="sms", to="0115 496 0000", body="b"))
    assert outcome.status == "permanent-failure"
    assert outcome.detail == "Notify: phone_number Not a UK mobile number"
    assert notify_server.sent == []


def test_notify_refusing_the_key_is_permanent_and_logged(notify_server, caplog):
    wrong = f"family_voice_test-{SERVICE_ID}-00000000-0000-0000-0000-000000000000"
    outcome = _notify(notify_server, wrong).send(TEXT)
    assert outcome.status == "permanent-failure"
    assert "API key not found" in outcome.detail
    assert "FLASK_NOTIFY_API_KEY" in caplog.text
    assert "07700" not in caplog.text


@pytest.mark.parametrize("answer", [429, 500])
def test_notify_rate_limit_and_server_errors_are_temporary(notify_server, answer):
    notify_server.answer_with["07700 900123"] = answer
    outcome = _notify(notify_server).send(TEXT)
    assert outcome.status == "temporary-failure"
    assert notify_server.sent == []


def test_notify_unreachable_is_temporary():
    from tests.message_servers import free_port
    sender = NotifySender(API_KEY, {"sms": SMS_TEMPLATE, "email": EMAIL_TEMPLATE},
                          base_url=f"http://127.0.0.1:{free_port()}", timeout=2)
    assert sender.send(TEXT).status == "temporary-failure"


def test_notify_finds_a_notification_it_already_holds_by_reference(notify_server):
    sender = _notify(notify_server)
    assert sender.find("invitation-3-7-1") is None
    outcome = sender.send(TEXT)
    assert sender.find("invitation-3-7-1") == outcome.provider_id


NOTIFY = {"NOTIFY_API_KEY": API_KEY, "NOTIFY_SMS_TEMPLATE_ID": SMS_TEMPLATE,
          "NOTIFY_EMAIL_TEMPLATE_ID": EMAIL_TEMPLATE}
SMTP = {"SMTP_URL": "smtp://127.0.0.1:2525", "SMTP_SENDER": "fv@council.example"}


@pytest.mark.parametrize("config, channel, chosen", [
    ({}, "sms", OutboxSender), ({}, "email", OutboxSender),
    (SMTP, "email", SmtpSender), (SMTP, "sms", OutboxSender),
    (NOTIFY, "sms", NotifySender), (NOTIFY, "email", NotifySender),
    ({**NOTIFY, **SMTP}, "email", NotifySender),
    ({**SMTP, "NOTIFY_API_KEY": API_KEY, "NOTIFY_SMS_TEMPLATE_ID": SMS_TEMPLATE}, "email", SmtpSender),
])
def test_settings_choose_the_sender(config, channel, chosen):
    assert isinstance(sender_for(config, channel), chosen)
