"""What families see: a personal link opens their questionnaire, one thing per page, saved as
they go, then checked and sent. Keyworkers can also fill it in with them or from paper."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import partial, wraps

from flask import (
    Blueprint,
    Flask,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import current_user
from sqlalchemy import bindparam, select, update
from sqlalchemy.exc import DBAPIError

from surveys.questionnaire.actions import recent_actions
from surveys.questionnaire.comments import known_names_for, store_analysis
from surveys.questionnaire.family_session import (
    SESSION_INVITATION,
    SESSION_RESPONSE,
    SESSION_VERSION,
    Questionnaire,
    current_questionnaire,
    end_family_session,
    is_family_request,
)
from surveys.questionnaire.forms import (
    comments_form_class,
    goals_form_class,
    items_form_class,
    posted_items,
    sharing_form_class,
    sharing_words,
)
from surveys.questionnaire.invitations import ANSWERED
from surveys.questionnaire.languages import remember_language
from surveys.questionnaire.plan import (
    PREFER_NOT_TO_SAY_VALUE,
    Page,
    estimated_minutes,
    first_unanswered,
    instrument_for_member,
    page_by_key,
)
from surveys.questionnaire.reliability import freeze_reliability
from surveys.records import audit
from surveys.records.db import get_session, upsert, utcnow
from surveys.records.enums import ActionStatus, CompletionMode, WaveKind, WaveStatus
from surveys.records.models import (
    Answer,
    Case,
    Comment,
    FamilyMember,
    GoalRating,
    Invitation,
    Message,
    Response,
    Wave,
)
from surveys.records.settings import council_settings
from surveys.staff.access import FAMILY, allow
from surveys.web import clock
from surveys.web.errors import is_database_unavailable, roll_back_quietly, unavailable_response
from surveys.web.static_files import compress_page

bp = Blueprint("questionnaire", __name__)

# the family's questionnaire: a live personal link, or a keyworker filling it in with them
ACCESS = {
    "questionnaire.open_link": FAMILY,
    "questionnaire.link_problem": FAMILY,
    "questionnaire.start": FAMILY,
    "questionnaire.page": FAMILY,
    "questionnaire.check": FAMILY,
    "questionnaire.done": FAMILY,
    "questionnaire.exit_page": FAMILY,
}

limiter = Limiter(get_remote_address)
# Only the link look-up is limited (its decorator checks the limit when the view runs).
LIMITED_ENDPOINTS = frozenset({"questionnaire.open_link"})


def _limiter_hooks_for_limited_routes_only(app: Flask) -> None:
    """Run Flask-Limiter's app-wide request hooks only for the routes it limits.

    Flask-Limiter 4.1 hooks into every request of the app: before it (app-wide limits, of
    which there are none here), after it (deducting a 404 from the link look-up's count) and at
    teardown (its per-request state). For any other route they only find there is nothing to
    do, which cost each save about a twentieth of its CPU (issue 17's profile), so each is
    wrapped to return at once for a route without a limit. Flask-Limiter is pinned; if it ever
    registers other hooks, the app refuses to start rather than limit nothing."""
    def limited() -> bool:
        return request.endpoint in LIMITED_ENDPOINTS

    def before(hook):
        return wraps(hook)(lambda: hook() if limited() else None)

    def after(hook):
        return wraps(hook)(lambda response: hook(response) if limited() else response)

    def teardown(hook):
        return wraps(hook)(lambda error=None: hook(error) if limited() else None)

    hooks = [(app.before_request_funcs[None], before, lambda f: f == limiter._check_request_limit),
             (app.after_request_funcs[None], after,
              lambda f: isinstance(f, partial) and f.args == (limiter,)),
             (app.teardown_request_funcs[None], teardown,
              lambda f: getattr(f, "__self__", None) is limiter)]
    for registered, wrap, is_limiters in hooks:
        found = [n for n, hook in enumerate(registered) if is_limiters(hook)]
        if len(found) != 1:
            raise RuntimeError("Flask-Limiter's request hooks are not the ones expected (4.1.1)")
        registered[found[0]] = wrap(registered[found[0]])

# Where "Exit this page" lands: a busy, ordinary site that gives nothing away (FAMILY_EXIT_URL
# may name another, such as a council's own choice).
EXIT_DESTINATION = "https://www.bbc.co.uk/weather"


def _require(allow_submitted: bool = False) -> Questionnaire:
    q = current_questionnaire(utcnow(), allow_submitted=True)
    if q is None:
        abort(_no_session())
    if q.response.is_submitted and not allow_submitted:
        # Back and Continue after sending: say it is sent, rather than "link problem".
        flash(_("You have already sent your answers, so they cannot be changed here. "
                "If something needs changing, tell your keyworker."), "important")
        abort(redirect(url_for("questionnaire.done")))
    return q


def _no_session():
    return redirect(url_for("questionnaire.link_problem"))


def link_valid_days(db) -> int:
    """How many days a new personal link works for (the administrator's setting)."""
    return council_settings(db).link_valid_days


def start_response(db, wave: Wave, member: FamilyMember, mode: CompletionMode,
                   entered_by: int | None) -> Response:
    """Find or create the member's response at this wave (a double tap creates one)."""
    instrument = instrument_for_member(member.member_role.value, member.age_band.value)
    upsert(db, Response.__table__, {
        "wave_id": wave.id, "member_id": member.id, "instrument_code": instrument.code,
        "instrument_version": instrument.version, "mode": mode.value, "entered_by_id": entered_by,
        "pages_done": [], "started_at": utcnow()}, conflict=["wave_id", "member_id"], update=[])
    return db.scalar(select(Response).where(Response.wave_id == wave.id,
                                            Response.member_id == member.id))


@bp.after_request
def _no_referrer(response):
    # Family pages never tell another site where the family came from.
    response.headers["Referrer-Policy"] = "no-referrer"
    # and arrive compressed: a family's phone may be on a slow or capped connection.
    return compress_page(response)


@bp.route("/q/<token>")
@limiter.limit("10 per minute", deduct_when=lambda response: response.status_code == 404)
def open_link(token: str):
    """Swap a personal link for a session and go to a URL without the token."""
    from surveys.questionnaire.invitations import find_live_link

    db = get_session()
    now = utcnow()
    invitation = find_live_link(db, token, now)
    if invitation is None:
        return _link_problem_page()
    wave = db.get(Wave, invitation.wave_id)
    member = db.get(FamilyMember, invitation.member_id)
    response = start_response(db, wave, member, CompletionMode.ONLINE, None)
    db.commit()
    session.pop(SESSION_RESPONSE, None)
    session[SESSION_RESPONSE] = response.id
    session[SESSION_INVITATION] = invitation.id
    session[SESSION_VERSION] = invitation.session_version
    remember_language(member.language)  # the language their keyworker set, if any
    return redirect(url_for("questionnaire.start"))


@bp.route("/questionnaire/exit")
def exit_page():
    """"Exit this page": end the family's session on the server and in this browser, then show
    an ordinary site, so Back (or anyone holding a copy of the cookie) shows nothing of theirs.

    A plain link, so it works without JavaScript; a page elsewhere linking here can only end a
    family's session early, and their link opens it again."""
    end_family_session(get_session())
    return redirect(current_app.config.get("FAMILY_EXIT_URL") or EXIT_DESTINATION)


@bp.route("/questionnaire/link-problem")
def link_problem():
    """The same friendly page for unknown, expired, revoked and used links."""
    return _link_problem_page()


def _link_problem_page():
    return render_template("questionnaire/link_problem.html",
                           valid_days=link_valid_days(get_session())), 404


@bp.route("/questionnaire")
def start():
    """Who it is for, how long it takes, what happens to the answers, what we changed."""
    q = _require()
    resume = first_unanswered(q.pages, q.response.pages_done)
    started = bool(q.response.pages_done)
    return render_template("questionnaire/start.html", q=q, resume=resume, started=started,
                           minutes=estimated_minutes(q.pages), actions=_actions(q))


# "You said, we did" says honestly how far each action has got.
_ACTION_HEADINGS = {
    ActionStatus.DONE: lazy_gettext("We did:"),
    ActionStatus.IN_PROGRESS: lazy_gettext("We are doing:"),
    ActionStatus.PLANNED: lazy_gettext("We will:"),
}


def _actions(q: Questionnaire) -> list[dict]:
    """The latest actions for the whole council and the family's own locality, never another's."""
    return [{"we_heard": action.we_heard, "we_did": action.we_did,
             "heading": str(_ACTION_HEADINGS[action.status])}
            for action in recent_actions(get_session(), limit=3, locality_id=q.case.locality_id)]


def _next_url(q: Questionnaire, page: Page) -> str:
    if request.args.get("change") == "yes":
        return url_for("questionnaire.check")
    index = q.pages.index(page)
    if index + 1 < len(q.pages):
        following = first_unanswered(q.pages[index + 1:], q.response.pages_done) or q.pages[index + 1]
        return url_for("questionnaire.page", key=following.key)
    return url_for("questionnaire.check")


def _form_for(q: Questionnaire, page: Page):
    if page.kind == "items":
        return items_form_class(page)
    if page.kind == "goals":
        return goals_form_class(q.goals)
    return comments_form_class(q.audience, q.wave.kind.value)


def _saved_data(q: Questionnaire, page: Page) -> dict:
    """What this member already saved on a page, to show it again (never anyone else's)."""
    db = get_session()
    if page.kind == "items":
        codes = [item.code for item in page.items]
        rows = db.execute(select(Answer.item_code, Answer.value).where(
            Answer.response_id == q.response.id, Answer.item_code.in_(codes))).all()
        return {code: (PREFER_NOT_TO_SAY_VALUE if value is None else str(value)) for code, value in rows}
    if page.kind == "goals":
        rows = db.execute(select(GoalRating.goal_id, GoalRating.rating).where(
            GoalRating.response_id == q.response.id)).all()
        return {f"goal_{goal_id}": str(rating) for goal_id, rating in rows if rating is not None}
    rows = db.execute(select(Comment.question, Comment.text).where(
        Comment.response_id == q.response.id)).all()
    return dict(rows)


# Built once: constructing a statement costs a save about as much CPU as running it.
_MARK_PAGE_DONE = (update(Response.__table__).where(Response.id == bindparam("response_id"))
                   .values(pages_done=bindparam("pages_done")))


def _save(q: Questionnaire, page: Page, data: Mapping[str, str | None]) -> None:
    """Store one page in one transaction; a retry or double tap overwrites, never duplicates.

    `data` is the page's valid answers by field name (a form's data, or posted_items')."""
    db = get_session()
    now = utcnow()
    # Plain statements on the session's connection, in its transaction: nothing here needs the
    # ORM, and going through it cost each save about a tenth of its CPU (issue 17's profile).
    connection = db.connection()
    if page.kind == "items":
        upsert(connection, Answer.__table__, [{
            "response_id": q.response.id, "instrument_code": page.instrument.code,
            "instrument_version": page.instrument.version, "item_code": item.code,
            "value": None if data[item.code] == PREFER_NOT_TO_SAY_VALUE else int(data[item.code]),
            "answered_at": now} for item in page.items],
            conflict=["response_id", "item_code"], update=["value", "answered_at"])
    elif page.kind == "goals":
        for goal in q.goals:
            upsert(db, GoalRating.__table__, {
                "response_id": q.response.id, "goal_id": goal.id,
                "rating": int(data[f"goal_{goal.id}"])},
                conflict=["response_id", "goal_id"], update=["rating"])
    else:
        for key, _label in q.questions:
            text = data[key] or ""
            if text:
                upsert(db, Comment.__table__, {"response_id": q.response.id, "question": key,
                                               "text": text, "written_at": now,
                                               "is_safeguarding": False, "quote_status": "none"},
                       conflict=["response_id", "question"], update=["text", "written_at"])
            else:
                db.execute(Comment.__table__.delete().where(Comment.response_id == q.response.id,
                                                            Comment.question == key))
    done = list(q.response.pages_done or [])
    if page.key not in done:
        connection.execute(_MARK_PAGE_DONE, {"response_id": q.response.id,
                                             "pages_done": [*done, page.key]})
    db.commit()


@bp.route("/questionnaire/<key>", methods=["GET", "POST"])
def page(key: str):
    """One page of the questionnaire; saved before the next is shown."""
    q = _require()
    page = page_by_key(q.pages, key)
    if page is None:
        abort(404)
    if request.method == "POST":
        # A statements page posted as its form accepts it is saved without building the form
        # (CSRFProtect has already checked the token); anything else goes through the form.
        data = posted_items(page, request.form, request.files) if page.kind == "items" else None
        form = None
        if data is None:
            form = _form_for(q, page)()
            data = form.data if form.validate_on_submit() else None
        if data is not None:
            try:
                _save(q, page, data)
            except DBAPIError as error:
                if not is_database_unavailable(error):
                    raise
                return _could_not_save(q, page, form or _form_for(q, page)(), error)
            return redirect(_next_url(q, page))
        status = 400
    else:
        form = _form_for(q, page)(data=_saved_data(q, page))
        status = 200
    return render_template("questionnaire/page.html", q=q, page=page, form=form,
                           position=q.position(page), total=len(q.pages),
                           questions=q.questions,
                           help_contact=_help_contact() if page.kind == "comments" else ""), status


def _help_contact() -> str:
    """The council's own contact for families who need help (an administrator's setting)."""
    return council_settings(get_session()).help_contact


def _could_not_save(q: Questionnaire, page: Page, form, error: DBAPIError):
    """The same page again with what was typed (the form holds the posted data) when the
    database is locked or away; nothing of the page was stored, so Continue again is safe."""
    db = get_session()
    # Detach what is loaded before rolling back, so the page can be drawn from memory: a
    # rollback would expire it, and reloading would need the database that just failed.
    db.expunge_all()
    roll_back_quietly()
    current_app.logger.warning("Could not save %s: database unavailable: %s", page.key, error.orig)
    flash(_("We could not save this page just now. Your answers are still here: "
            "press Continue again in a minute."), "important")
    return unavailable_response(render_template(
        "questionnaire/page.html", q=q, page=page, form=form, position=q.position(page),
        total=len(q.pages), questions=q.questions))


def _summary(q: Questionnaire) -> list[dict]:
    """Every page's answers as the check page shows them."""
    rows = []
    for page in q.pages:
        saved = _saved_data(q, page)
        if page.kind == "items":
            labels = {str(v): _(label) for v, label in page.instrument.scale}
            labels[PREFER_NOT_TO_SAY_VALUE] = _(page.instrument.prefer_not_to_say)
            answers = [(_(item.text), labels.get(saved.get(item.code, ""), _("Not answered")))
                       for item in page.items]
        elif page.kind == "goals":
            answers = [(goal.text, saved.get(f"goal_{goal.id}", _("Not answered")) +
                        (_(" out of 10") if f"goal_{goal.id}" in saved else ""))
                       for goal in q.goals]
        else:
            answers = [(_(label), saved.get(key) or _("You did not write anything"))
                       for key, label in q.questions]
        rows.append({"page": page, "answers": answers})
    return rows


@bp.route("/questionnaire/check-your-answers", methods=["GET", "POST"])
def check():
    """Check every answer, change any, then send."""
    from surveys.web.forms import BaseForm

    q = _require(allow_submitted=True)
    if q.response.is_submitted:
        # A second tap on Send (or Back to this page) after the answers went: they are sent.
        return redirect(url_for("questionnaire.done"))
    missing = first_unanswered(q.pages, q.response.pages_done)
    if missing is not None:
        return redirect(url_for("questionnaire.page", key=missing.key))
    form = BaseForm()
    if request.method == "POST" and form.validate_on_submit():
        _submit(q)
        return redirect(url_for("questionnaire.done"))
    return render_template("questionnaire/check.html", q=q, summary=_summary(q), form=form), (
        400 if form.errors else 200)


def _submit(q: Questionnaire) -> None:
    """Send the answers once: only the first of any number of identical sends does anything."""
    db = get_session()
    now = utcnow()
    sent = db.execute(update(Response).where(Response.id == q.response.id,
                                             Response.submitted_at.is_(None))
                      .values(submitted_at=now)).rowcount
    if sent != 1:
        db.rollback()
        return
    names = known_names_for(db, q.response)
    for comment in db.scalars(select(Comment).where(Comment.response_id == q.response.id)):
        store_analysis(comment, question=comment.question, known_names=names, now=now)
    if not q.is_assisted:
        db.execute(update(Invitation).where(Invitation.id == session.get(SESSION_INVITATION))
                   .values(used_at=now, shown_token_sealed=None))
    # reminders still waiting would ask for answers already sent
    db.execute(update(Message).where(
        Message.wave_id == q.wave.id, Message.member_id == q.response.member_id,
        Message.status == "queued").values(status="cancelled", detail=ANSWERED))
    wave = db.get(Wave, q.wave.id)
    if wave.status is not WaveStatus.DONE:
        wave.status = WaveStatus.DONE
        wave.completed_on = now.date()
    if wave.kind is WaveKind.START:  # the 50th family's start answers freeze the council's figures
        freeze_reliability(db, now)
    audit.record(db, "questionnaire_submitted", actor_id=q.response.entered_by_id,
                 target_type="response", target_id=q.response.id,
                 details={"mode": q.response.mode.value}, ip_address=request.remote_addr)
    db.commit()


@bp.route("/questionnaire/thank-you", methods=["GET", "POST"])
def done():
    """Thanks, what happens next, and whether this member's own results may go in the family's
    "Our journey" booklet (their own yes or no, which they can change here)."""
    q = _require(allow_submitted=True)
    if not q.response.is_submitted:
        return redirect(url_for("questionnaire.check"))
    role = q.member.member_role.value
    form = sharing_form_class(role)(
        data={"shares": {True: "yes", False: "no"}.get(q.member.shares_results)})
    if request.method == "POST" and form.validate_on_submit():
        _save_sharing(q, form.shares.data == "yes", clock.now())
        if q.is_assisted:
            session.pop(SESSION_RESPONSE, None)
        return redirect(url_for("questionnaire.done", _anchor="sharing"))
    if q.is_assisted and q.member.shares_results is not None and request.method == "GET":
        session.pop(SESSION_RESPONSE, None)
    return render_template("questionnaire/done.html", q=q, actions=_actions(q),
                           help_contact=_help_contact(), form=form,
                           sharing=sharing_words(role)), 400 if form.errors else 200


def _save_sharing(q: Questionnaire, shares: bool, at: datetime) -> None:
    """Record this member's own answer: only theirs, whoever else is in the family."""
    db = get_session()
    member = db.get(FamilyMember, q.member.id)
    if member.shares_results is not shares:
        member.shares_results = shares
        member.shares_results_changed_at = at
        audit.record(db, "results_sharing_chosen", actor_id=q.response.entered_by_id,
                     target_type="family_member", target_id=member.id,
                     details={"shares": shares}, ip_address=request.remote_addr)
    db.commit()


def start_assisted(case: Case, wave: Wave, member: FamilyMember, mode: CompletionMode):
    """A keyworker starts (or carries on) a member's questionnaire on their own device."""
    db = get_session()
    response = start_response(db, wave, member, mode, current_user.id)
    if response.is_submitted:
        flash(f"{member.first_name} has already answered the {wave.kind.label.lower()} questionnaire",
              "important")
        return redirect(url_for("cases.case", case_id=case.id))
    if response.mode is CompletionMode.ONLINE and not response.pages_done:
        response.mode = mode
        response.entered_by_id = current_user.id
    elif response.mode is CompletionMode.ONLINE:
        flash(f"{member.first_name} has started on their own device. They can carry on with their link.",
              "important")
        return redirect(url_for("cases.case", case_id=case.id))
    audit.record(db, f"questionnaire_{mode.value}_started", actor_id=current_user.id,
                 target_type="response", target_id=response.id, ip_address=request.remote_addr)
    db.commit()
    session[SESSION_RESPONSE] = response.id
    session.pop(SESSION_INVITATION, None)
    session.pop(SESSION_VERSION, None)
    return redirect(url_for("questionnaire.start"))


def init_app(app: Flask) -> None:
    """Register the family pages and the link look-up limit."""
    app.config.setdefault("RATELIMIT_STORAGE_URI", "memory://")
    app.config.setdefault("RATELIMIT_HEADERS_ENABLED", False)
    limiter.init_app(app)
    _limiter_hooks_for_limited_routes_only(app)
    app.register_blueprint(bp)
    allow(app, ACCESS)
    app.jinja_env.globals["is_family_request"] = is_family_request
    app.register_error_handler(429, lambda e: (render_template("questionnaire/too_many.html"), 429))
