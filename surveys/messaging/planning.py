"""Which messages are due: when a wave falls due, each member who may be contacted gets a new
personal link, queued as an invitation with its reminders and a last "your link ends tomorrow"
note; queued messages no longer needed (they answered, the link was replaced or ended, contact
was withdrawn or changed) are cancelled.

Every message has a reference made from what it is for, unique in the table, so planning twice
(or in two processes at once) queues each message once. Helpers here never commit.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from surveys.cases.waves import DUE_WINDOW, is_invited_now
from surveys.messaging.compose import seal_body
from surveys.messaging.contact_rules import ContactFacts, Route, route_for
from surveys.messaging.timing import (
    SettingsInvalid,
    parse_closed_days,
    parse_reminder_days,
    plan_series,
    uk_day,
)
from surveys.messaging.wording import compose_wording
from surveys.questionnaire.invitations import ANSWERED, LINK_REPLACED, issue_link
from surveys.records.enums import WaveStatus
from surveys.records.models import (
    Case,
    CouncilSettings,
    Family,
    FamilyMember,
    Invitation,
    MemberContact,
    Message,
    Response,
    Wave,
)
from surveys.records.settings import DEFAULTS, council_settings

FAMILY_KINDS = ("invitation", "reminder", "last-reminder")
# Messages that do not count towards "one message a day": they never reached anyone.
NOT_SENT = ("cancelled", "permanent-failure")
LINK_PATH = "/q/"  # the family's link (surveys.questionnaire.views.open_link)


class PlanningRefused(RuntimeError):
    """Planning cannot make links: the site's public address is not set."""


@dataclass(frozen=True)
class PlanCounts:
    """What one planning run did."""

    invitations: int = 0
    reminders: int = 0
    cancelled: int = 0
    already_planned: int = 0
    not_contactable: int = 0
    has_live_link: int = 0

    def as_dict(self) -> dict[str, int]:
        """The counts by name, for the audit log and the command's output."""
        return asdict(self)


def invitation_reference(wave_id: int, member_id: int) -> str:
    """The one automatic invitation for a member at a wave."""
    return f"invitation-w{wave_id}-m{member_id}"


def facts_of(member: FamilyMember, contact: MemberContact | None) -> ContactFacts:
    """What the contact rules need about a member, from their records."""
    if contact is None:
        return ContactFacts(member.id, member.member_role, member.age_band,
                            is_erased=member.erased_at is not None)
    return ContactFacts(member.id, member.member_role, member.age_band,
                        is_erased=member.erased_at is not None, preference=contact.preference,
                        mobile=contact.mobile, email=contact.email,
                        has_consent=contact.consent_at is not None,
                        do_not_contact=contact.do_not_contact, via_member_id=contact.via_member_id)


def route_of(member: FamilyMember, contacts: dict[int, MemberContact],
             members: dict[int, FamilyMember]) -> Route | None:
    """Where a member's link may go now, from the loaded contact records, or None."""
    contact = contacts.get(member.id)
    via = None
    if contact is not None and contact.via_member_id in members:
        via_member = members[contact.via_member_id]
        if via_member.family_id == member.family_id:
            via = facts_of(via_member, contacts.get(via_member.id))
    return route_for(facts_of(member, contact), via)


def load_contacts(session: Session, member_ids: Iterable[int]) -> dict[int, MemberContact]:
    """Contact records by member id."""
    ids = list(set(member_ids))
    if not ids:
        return {}
    return {c.member_id: c for c in session.scalars(
        select(MemberContact).where(MemberContact.member_id.in_(ids)))}


def busy_days(session: Session, recipient_ids: Iterable[int], since: datetime
              ) -> dict[int, set[date]]:
    """The UK days on which each recipient already has a message (queued or sent) from `since`."""
    ids = list(set(recipient_ids))
    days: dict[int, set[date]] = {i: set() for i in ids}
    if not ids:
        return days
    recipient = func.coalesce(Message.recipient_member_id, Message.member_id)
    rows = session.execute(select(recipient, Message.not_before, Message.sent_at).where(
        recipient.in_(ids), Message.status.not_in(NOT_SENT), Message.not_before >= since))
    for rid, not_before, sent_at in rows:
        days[rid].add(uk_day(sent_at or not_before))
    return days


@dataclass(frozen=True)
class MessageSettings:
    """The council settings planning needs, read once."""

    sender: str
    link_valid_days: int
    reminder_days: tuple[int, ...]
    closed_days: frozenset[date]
    templates: dict[str, str]


def message_settings(row: CouncilSettings) -> MessageSettings:
    """The council's message settings (a stored value that no longer reads falls back to the
    default rather than stopping every message)."""
    try:
        reminder_days = parse_reminder_days(row.reminder_days or "")
    except SettingsInvalid:
        reminder_days = parse_reminder_days(DEFAULTS["reminder_days"])
    try:
        closed = parse_closed_days(row.closed_days or "")
    except SettingsInvalid:
        closed = frozenset()
    return MessageSettings(sender=(row.message_sender_name or row.council_name or
                                   DEFAULTS["council_name"]),
                           link_valid_days=row.link_valid_days or DEFAULTS["link_valid_days"],
                           reminder_days=reminder_days, closed_days=closed,
                           templates=dict(row.message_templates or {}))


def queue_series(session: Session, *, wave: Wave, member: FamilyMember, route: Route,
                 recipient: FamilyMember, now: datetime, settings: MessageSettings, base_url: str,
                 reference: str, busy: set[date], issued_by: int | None = None) -> list[Message]:
    """Issue a new link for the member at the wave and queue its invitation (under `reference`),
    reminders and last note, each sealed, each on a day of its own; `busy` gains their days."""
    invitation, token = issue_link(session, wave_id=wave.id, member_id=member.id,
                                   valid_days=settings.link_valid_days, now=now,
                                   issued_by=issued_by)
    link = f"{base_url.rstrip('/')}{LINK_PATH}{token}"
    child = member.first_name if recipient.id != member.id else None
    language = recipient.language or member.language
    messages = []
    for planned in plan_series(now, invitation.expires_at, settings.reminder_days,
                               settings.closed_days, busy):
        wording = compose_wording(planned.kind, route.channel, name=recipient.first_name,
                                  sender=settings.sender, link=link,
                                  ends=uk_day(invitation.expires_at), language=language,
                                  council_templates=settings.templates, child=child)
        messages.append(Message(
            reference=reference if planned.kind == "invitation"
            else f"{planned.kind}-i{invitation.id}-{planned.number}",
            kind=planned.kind, channel=route.channel, member_id=member.id,
            recipient_member_id=recipient.id if recipient.id != member.id else None,
            staff_user_id=issued_by, case_id=wave.case_id, wave_id=wave.id,
            invitation_id=invitation.id, to_address=route.to_address, subject=wording.subject,
            body=seal_body(wording.body), status="queued", created_at=now,
            not_before=planned.not_before))
        busy.add(uk_day(planned.not_before))
    session.add_all(messages)
    session.flush()
    return messages


def due_waves(session: Session, today: date) -> list[Wave]:
    """Waves families are invited to answer now (see `is_invited_now`), the latest due per case
    (when the middle questionnaire is due, an unanswered start one is no longer asked for), in
    families still held."""
    candidates = session.scalars(
        select(Wave).join(Case, Case.id == Wave.case_id).join(Family, Family.id == Case.family_id)
        .where(Wave.status != WaveStatus.CANCELLED, Wave.due_on <= today,
               Family.anonymised_at.is_(None),
               or_(Wave.status == WaveStatus.SCHEDULED, Wave.due_on >= today - DUE_WINDOW),
               or_(Case.closed_on.is_(None), Wave.due_on >= today - DUE_WINDOW))
        .options(selectinload(Wave.case).selectinload(Case.family).selectinload(Family.members))
        .order_by(Wave.id))
    latest: dict[int, Wave] = {}
    for wave in candidates:
        if is_invited_now(wave.status, wave.due_on, today, kind=wave.kind,
                          is_case_open=wave.case.is_open):
            if wave.case_id not in latest or wave.due_on > latest[wave.case_id].due_on:
                latest[wave.case_id] = wave
    return sorted(latest.values(), key=lambda w: w.id)


def _submitted(session: Session, wave_ids: list[int]) -> set[tuple[int, int]]:
    if not wave_ids:
        return set()
    return {(w, m) for w, m in session.execute(select(Response.wave_id, Response.member_id).where(
        Response.wave_id.in_(wave_ids), Response.submitted_at.is_not(None)))}


def cancel_stale(session: Session, now: datetime, member_ids: Iterable[int] | None = None) -> int:
    """Cancel queued messages no longer wanted: the member answered, the link was replaced,
    revoked or ended, or their contact was withdrawn or changed (only messages about or to these
    members, when given: a page saving one family's details checks only theirs). How many."""
    about = select(Message).where(Message.status == "queued", Message.kind.in_(FAMILY_KINDS))
    if member_ids is not None:
        ids = list(member_ids)
        about = about.where(or_(Message.member_id.in_(ids), Message.recipient_member_id.in_(ids)))
    queued = session.scalars(about.options(selectinload(Message.member))).all()
    if not queued:
        return 0
    invitations = {i.id: i for i in session.scalars(select(Invitation).where(
        Invitation.id.in_({m.invitation_id for m in queued if m.invitation_id})))}
    submitted = _submitted(session, list({m.wave_id for m in queued if m.wave_id}))
    member_ids = {m.member_id for m in queued if m.member_id}
    contacts = load_contacts(session, member_ids)
    member_ids |= {c.via_member_id for c in contacts.values() if c.via_member_id}
    contacts = load_contacts(session, member_ids)
    members = {m.id: m for m in session.scalars(
        select(FamilyMember).where(FamilyMember.id.in_(member_ids)))}
    cancelled = 0
    for message in queued:
        invitation = invitations.get(message.invitation_id)
        member = members.get(message.member_id)
        route = route_of(member, contacts, members) if member is not None else None
        if (message.wave_id, message.member_id) in submitted:
            reason = ANSWERED
        elif invitation is None or not invitation.is_live(now):
            reason = LINK_REPLACED
        elif route is None or route.to_address != message.to_address:
            reason = "Not sent: their contact details or consent changed"
        else:
            continue
        message.status, message.detail = "cancelled", reason
        cancelled += 1
    session.flush()
    return cancelled


def plan_due(session: Session, now: datetime, base_url: str | None = None) -> PlanCounts:
    """Queue every invitation due now (with its reminders) and cancel what is no longer needed.

    `base_url` is the site's public address families' links start with (FLASK_PUBLIC_BASE_URL);
    without it, the current app's setting is used, and with neither nothing can be planned."""
    base_url = base_url or _configured_base_url()
    if not base_url:
        raise PlanningRefused("Links cannot be made until the site's public address is set: "
                              "set FLASK_PUBLIC_BASE_URL")
    settings = message_settings(council_settings(session))
    cancelled = cancel_stale(session, now)
    waves = due_waves(session, uk_day(now))
    wave_ids = [w.id for w in waves]
    submitted = _submitted(session, wave_ids)
    live = set()
    if wave_ids:
        live = {(w, m) for w, m in session.execute(
            select(Invitation.wave_id, Invitation.member_id).where(
                Invitation.wave_id.in_(wave_ids), Invitation.revoked_at.is_(None),
                Invitation.used_at.is_(None), Invitation.expires_at > now))}
    members = {m.id: m for w in waves for m in w.case.family.members}
    contacts = load_contacts(session, members)
    references = {invitation_reference(w.id, m) for w in waves for m in
                  (x.id for x in w.case.family.members)}
    existing = set(session.scalars(select(Message.reference).where(
        Message.reference.in_(references)))) if references else set()
    busy = busy_days(session, members, now - timedelta(days=1))
    invitations = reminders = already = not_contactable = has_link = 0
    for wave in waves:
        for member in wave.case.family.members:
            if not member.answers_questionnaire or member.erased_at is not None \
                    or (wave.id, member.id) in submitted:
                continue
            reference = invitation_reference(wave.id, member.id)
            if reference in existing:
                already += 1
                continue
            route = route_of(member, contacts, members)
            if route is None:
                not_contactable += 1
                continue
            if (wave.id, member.id) in live:
                has_link += 1  # the keyworker gave them a link: a new one would stop it
                continue
            recipient = members[route.recipient_member_id]
            days = busy.setdefault(recipient.id, set())
            try:
                with session.begin_nested():
                    queued = queue_series(session, wave=wave, member=member, route=route,
                                          recipient=recipient, now=now, settings=settings,
                                          base_url=base_url, reference=reference,
                                          busy=set(days))
            except IntegrityError:  # another run planned it first
                already += 1
                continue
            days.update(uk_day(m.not_before) for m in queued)
            invitations += 1
            reminders += len(queued) - 1
    return PlanCounts(invitations=invitations, reminders=reminders, cancelled=cancelled,
                      already_planned=already, not_contactable=not_contactable,
                      has_live_link=has_link)


def _configured_base_url() -> str | None:
    """The app's PUBLIC_BASE_URL when planning runs inside the app (a command or a job)."""
    from flask import current_app, has_app_context

    if has_app_context():
        return current_app.config.get("PUBLIC_BASE_URL")
    return None
