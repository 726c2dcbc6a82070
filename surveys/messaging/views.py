"""Staff pages for messages to families: contact and consent per member, "send again now", the
outbox (what families would receive, or did), and the council's message settings and wording."""
from __future__ import annotations

from datetime import timedelta

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from wtforms.fields.choices import SelectChoice

from surveys.messaging.compose import open_body
from surveys.messaging.contact_rules import (
    ContactDetailsInvalid,
    display_mobile,
    is_under_13,
    mask_address,
    normalise_email,
    normalise_mobile,
)
from surveys.messaging.forms import (
    ContactForm,
    MessageSettingsForm,
    SendAgainForm,
    TemplatesForm,
    field_name,
)
from surveys.messaging.planning import (
    cancel_stale,
    load_contacts,
    message_settings,
    queue_series,
    route_of,
)
from surveys.messaging.queries import KIND_LABELS, STATUS_LABELS
from surveys.messaging.queries import outbox as outbox_messages
from surveys.messaging.timing import (
    UK,
    SettingsInvalid,
    closed_days_text,
    parse_closed_days,
    parse_reminder_days,
    uk_day,
)
from surveys.messaging.wording import (
    DEFAULTS,
    KINDS,
    PARTS,
    SAMPLE,
    WordingInvalid,
    check_template,
    compose_wording,
    revealing_words,
    template_key,
)
from surveys.questionnaire.links import public_base_url
from surveys.records import audit, sealing
from surveys.records.db import get_session, utcnow
from surveys.records.enums import MemberRole, WaveKind, WaveStatus
from surveys.records.models import Case, MemberContact, Message, Response
from surveys.records.settings import council_settings
from surveys.staff.access import ADMIN, CASE_HOLDERS, allow, case_scope, get_case_or_404
from surveys.web.clock import now as clock_now

bp = Blueprint("messaging", __name__)

ACCESS = {
    "messaging.contact": CASE_HOLDERS,
    "messaging.send_again": CASE_HOLDERS,
    "messaging.outbox": CASE_HOLDERS,
    "messaging.settings": frozenset({ADMIN}),
    "messaging.wording": frozenset({ADMIN}),
}


def _member_or_404(case: Case, member_id: int):
    member = next((m for m in case.family.members if m.id == member_id), None)
    if member is None or member.erased_at is not None:
        abort(404)
    return member


def _parents(case: Case, member) -> list:
    return [m for m in case.family.members if m.member_role is MemberRole.PARENT_CARER
            and m.id != member.id and m.erased_at is None]


def _initial(contact: MemberContact | None) -> dict:
    if contact is None:
        return {}
    return {"preference": contact.preference if contact.preference != "parent" else None,
            "mobile": display_mobile(contact.mobile) if contact.mobile else "",
            "email": contact.email or "", "consent": contact.consent_at is not None,
            "do_not_contact": contact.do_not_contact,
            "via_member": str(contact.via_member_id or "")}


def _checked_details(form: ContactForm, member, under_13: bool, parents: list) -> dict | None:
    """The details to store, or None with the form's errors set."""
    name = member.first_name
    mobile = email = None
    if form.mobile.data:
        try:
            mobile = normalise_mobile(form.mobile.data)
        except ContactDetailsInvalid as error:
            form.mobile.errors.append(str(error))
    if form.email.data:
        try:
            email = normalise_email(form.email.data)
        except ContactDetailsInvalid as error:
            form.email.errors.append(str(error))
    stop = form.do_not_contact.data
    via = None
    if under_13:
        preference = "parent"
        chosen = {str(p.id): p for p in parents}
        if form.via_member.data in chosen:
            via = chosen[form.via_member.data].id
        elif not stop:
            form.via_member.errors.append(f"Choose the parent or carer whose phone or email gets "
                                          f"{name}'s link, or tick 'Don't contact'")
        if via and not stop and not form.consent.data:
            form.consent.errors.append(f"Confirm that {name}'s parent or carer agreed to get "
                                       f"{name}'s link, or tick 'Don't contact'")
    else:
        preference = form.preference.data
        if preference not in ("sms", "email", "keyworker"):
            form.preference.errors.append("Choose how they want to get their link")
        elif preference == "sms" and not form.mobile.data:
            form.mobile.errors.append("Enter their mobile number, or choose another way to "
                                      "reach them")
        elif preference == "email" and not form.email.data:
            form.email.errors.append("Enter their email address, or choose another way to "
                                     "reach them")
        if preference in ("sms", "email") and not stop and not form.consent.data:
            form.consent.errors.append(f"Confirm that {name} agreed to be contacted this way, or "
                                       "choose 'Only through their keyworker'")
    if form.errors:
        return None
    return {"preference": preference, "mobile": mobile, "email": email, "via_member_id": via,
            "do_not_contact": bool(stop)}


@bp.route("/cases/<int:case_id>/members/<int:member_id>/contact", methods=["GET", "POST"])
def contact(case_id: int, member_id: int):
    """Record how a family member wants to hear from us, their details and their consent."""
    case = get_case_or_404(current_user, case_id)
    member = _member_or_404(case, member_id)
    db = get_session()
    row = db.scalar(select(MemberContact).where(MemberContact.member_id == member.id))
    under_13 = is_under_13(member.age_band)
    parents = _parents(case, member)
    form = ContactForm(data=_initial(row) if request.method == "GET" else None)
    form.via_member.choices = [SelectChoice("", "Choose a parent or carer")] + [
        SelectChoice(str(p.id), p.first_name) for p in parents]
    form.consent.label.text = (
        f"{member.first_name}'s parent or carer agreed to get {member.first_name}'s link"
        if under_13 else f"{member.first_name} agreed to be contacted this way")
    if form.validate_on_submit():
        details = _checked_details(form, member, under_13, parents)
        if details is not None:
            now = utcnow()
            if row is None:
                row = MemberContact(member_id=member.id)
                db.add(row)
            changed = sorted(k for k, v in details.items() if getattr(row, k) != v)
            for key, value in details.items():
                setattr(row, key, value)
            if form.consent.data and not details["do_not_contact"]:
                if row.consent_at is None or changed:
                    row.consent_at, row.consent_by_id = now, current_user.id
                    changed.append("consent")
            elif row.consent_at is not None:
                row.consent_at = row.consent_by_id = None
                changed.append("consent")
            row.updated_at = now
            db.flush()
            # ids and field names only: never a number or an address in the append-only log
            audit.record(db, "contact_changed", actor_id=current_user.id,
                         target_type="family_member", target_id=member.id,
                         ip_address=request.remote_addr, details={"changed": sorted(set(changed))})
            cancel_stale(db, now, [m.id for m in case.family.members])
            db.commit()
            flash(f"{member.first_name}'s contact details are saved", "success")
            return redirect(url_for("cases.case", case_id=case.id))
    return render_template("messaging/contact.html", form=form, case=case, member=member,
                           under_13=under_13, parents=parents, contact=row), (
        400 if form.errors else 200)


def _wave_to_send(case: Case, today):
    """The wave a member is being asked about now: the latest that is due and not cancelled."""
    due = [w for w in case.waves if w.status is not WaveStatus.CANCELLED and w.due_on <= today
           and (case.is_open or w.kind is WaveKind.CLOSE)]
    return max(due, key=lambda w: w.due_on) if due else None


@bp.route("/cases/<int:case_id>/members/<int:member_id>/send-again", methods=["POST"])
def send_again(case_id: int, member_id: int):
    """Send a member a new link now (their old link stops working), with its reminders."""
    case = get_case_or_404(current_user, case_id)
    member = _member_or_404(case, member_id)
    if not SendAgainForm().validate_on_submit():
        abort(400)
    db = get_session()
    now = clock_now()
    back = redirect(url_for("cases.case", case_id=case.id))
    wave = _wave_to_send(case, uk_day(now))
    if wave is None or not member.answers_questionnaire:
        flash(f"There is no questionnaire for {member.first_name} to answer now", "important")
        return back
    if db.scalar(select(Response.id).where(Response.wave_id == wave.id,
                                           Response.member_id == member.id,
                                           Response.submitted_at.is_not(None))):
        flash(f"{member.first_name} has already answered the {wave.kind.label.lower()} "
              "questionnaire", "important")
        return back
    members = {m.id: m for m in case.family.members}
    route = route_of(member, load_contacts(db, members), members)
    if route is None:
        flash(f"Nothing can be sent to {member.first_name}: check their contact details and "
              "consent", "important")
        return back
    base_url = public_base_url()
    if base_url is None:
        flash("Links cannot be made until the site's public address is set up. Ask your "
              "administrator to set FLASK_PUBLIC_BASE_URL.", "important")
        return back
    count = db.scalar(select(func.count(Message.id)).where(
        Message.reference.like(f"again-w{wave.id}-m{member.id}-%"))) or 0
    try:
        with db.begin_nested():
            # The keyworker's own decision, and the old link stops at once: the new one is not
            # held back by "one message a day" (quiet hours and closed days still apply).
            queued = queue_series(db, wave=wave, member=member, route=route,
                                  recipient=members[route.recipient_member_id], now=now,
                                  settings=message_settings(council_settings(db)),
                                  base_url=base_url,
                                  reference=f"again-w{wave.id}-m{member.id}-{count + 1}",
                                  busy=set(), issued_by=current_user.id)
    except IntegrityError:
        flash(f"A new link for {member.first_name} is already on its way", "important")
        return back
    cancel_stale(db, now, list(members))
    audit.record(db, "message_sent_again", actor_id=current_user.id, target_type="family_member",
                 target_id=member.id, ip_address=request.remote_addr,
                 details={"message_id": queued[0].id, "invitation_id": queued[0].invitation_id})
    db.commit()
    when = queued[0].not_before
    if when <= now + timedelta(minutes=1):
        flash(f"A new link for {member.first_name} is being sent now", "success")
    else:
        flash(f"A new link for {member.first_name} will be sent at "
              f"{when.astimezone(UK).strftime('%-I:%M%p on %-d %B').lower()}"
              " (messages never go between 8pm and 8am or on closed days)", "success")
    return back


def _body_or_note(message: Message) -> str:
    try:
        return open_body(message.body or "")
    except sealing.SealingError:
        return "(This message cannot be opened with the current data keys.)"


@bp.route("/messages/outbox")
def outbox():
    """The messages to families in the cases you can see: to whom (partly hidden), what they
    say, and what happened to them. With no sender set up (the demo), this is where they wait."""
    db = get_session()
    messages = outbox_messages(db, case_scope(current_user))
    audit.record(db, "outbox_viewed", actor_id=current_user.id, target_type="cases",
                 ip_address=request.remote_addr,
                 details={"cases": sorted({m.case_id for m in messages})})
    db.commit()
    rows = [{"message": m, "to": mask_address(m.to_address), "body": _body_or_note(m),
             "status": STATUS_LABELS.get(m.status, (m.status, "grey")),
             "kind": KIND_LABELS.get(m.kind, m.kind)} for m in messages]
    return render_template("messaging/outbox.html", rows=rows)


@bp.route("/admin/messages", methods=["GET", "POST"])
def settings():
    """When reminders go, the days the council is closed, and who messages are from."""
    db = get_session()
    row = council_settings(db, for_saving=True)
    form = MessageSettingsForm(data={"message_sender_name": row.message_sender_name,
                                     "reminder_days": row.reminder_days,
                                     "closed_days": ", ".join(
                                         d.strftime("%d/%m/%Y") for d in sorted(
                                             parse_closed_days(row.closed_days or "")))}
                               if request.method == "GET" else None)
    if form.validate_on_submit():
        days = closed = None
        try:
            days = parse_reminder_days(form.reminder_days.data or "")
        except SettingsInvalid as error:
            form.reminder_days.errors.append(str(error))
        try:
            closed = parse_closed_days(form.closed_days.data or "")
        except SettingsInvalid as error:
            form.closed_days.errors.append(str(error))
        revealing = revealing_words(form.message_sender_name.data or "")
        if revealing:
            form.message_sender_name.errors.append(
                f"Do not say '{revealing}' in who messages are from: someone else may see it")
        if not form.errors:
            row.message_sender_name = form.message_sender_name.data or ""
            row.reminder_days = ",".join(str(d) for d in days)
            row.closed_days = closed_days_text(closed)
            audit.record(db, "message_settings_changed", actor_id=current_user.id,
                         target_type="council_settings", target_id=row.id,
                         ip_address=request.remote_addr)
            db.commit()
            flash("Message settings saved", "success")
            return redirect(url_for("messaging.settings"))
    return render_template("messaging/settings.html", form=form), (400 if form.errors else 200)


def _previews(row, templates: dict[str, str]) -> list[dict]:
    settings = message_settings(row)
    ends = uk_day(utcnow()) + timedelta(days=settings.link_valid_days)
    previews = []
    for kind in KINDS:
        for channel in ("sms", "email"):
            wording = compose_wording(kind, channel, name=SAMPLE["name"], sender=settings.sender,
                                      link=SAMPLE["link"], ends=ends, language=None,
                                      council_templates=templates)
            previews.append({"kind": kind, "channel": channel, "subject": wording.subject,
                             "body": wording.body})
    return previews


@bp.route("/admin/message-wording", methods=["GET", "POST"])
def wording():
    """The council's own wording of invitations and reminders, with a preview for a sample
    family member. An empty box uses the standard wording (which is translated)."""
    db = get_session()
    row = council_settings(db, for_saving=True)
    saved = dict(row.message_templates or {})
    initial = {field_name(k, p): saved.get(template_key(k, p), DEFAULTS[(k, p)])
               for k in KINDS for p in PARTS}
    form = TemplatesForm(data=initial if request.method == "GET" else None)
    templates = saved
    if form.validate_on_submit():
        submitted = {}
        for kind in KINDS:
            for part in PARTS:
                field = form[field_name(kind, part)]
                text = (field.data or "").replace("\r\n", "\n")
                if not text or text == DEFAULTS[(kind, part)]:
                    continue
                try:
                    check_template(text, kind=kind, part=part)
                except WordingInvalid as error:
                    field.errors.append(str(error))
                submitted[template_key(kind, part)] = text
        if not form.errors:
            templates = submitted
            if request.form.get("action") != "preview":
                row.message_templates = submitted or None
                audit.record(db, "message_wording_changed", actor_id=current_user.id,
                             target_type="council_settings", target_id=row.id,
                             ip_address=request.remote_addr,
                             details={"changed": sorted(submitted)})
                db.commit()
                flash("Message wording saved", "success")
                return redirect(url_for("messaging.wording"))
    previews = [] if form.errors else _previews(row, templates)
    return render_template("messaging/wording.html", form=form, previews=previews,
                           kinds=KINDS, parts=PARTS, field_name=field_name), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the message pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
