"""The languages families read: the switch on every family page (GOV.UK's "English | Cymraeg"),
the family's choice kept for their session, a member's language set by their keyworker, and each
translation marked as needing review until the council confirms a speaker has checked it.

Only family pages are translated; staff pages stay in English whatever a browser asks for.
"""
from __future__ import annotations

from urllib.parse import urlsplit

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
from flask_babel import get_locale
from flask_login import current_user
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from surveys.records import audit
from surveys.records.db import get_session
from surveys.records.enums import Language
from surveys.records.models import FamilyMember
from surveys.records.settings import council_settings, reviewed_languages
from surveys.staff.access import ADMIN, CASE_HOLDERS, PUBLIC, allow, get_case_or_404
from surveys.web.errors import roll_back_quietly

bp = Blueprint("languages", __name__)

ACCESS = {
    "languages.switch": PUBLIC,  # changes only this browser's language, so anyone may
    "languages.member_language": CASE_HOLDERS,
    "languages.review": frozenset({ADMIN}),
}

SESSION_LANGUAGE = "fv_language"
# Blueprints whose pages are written for families and go through the catalogues.
FAMILY_BLUEPRINTS = frozenset({"questionnaire"})


def offered_languages() -> list[Language]:
    """The languages this council offers families, in the order the switch lists them."""
    known = {language.value for language in Language}
    return [Language(code) for code in current_app.config["LANGUAGES"] if code in known]


def _is_family_facing() -> bool:
    """Whether this request draws a page written for families (so in their language)."""
    if request.blueprint in FAMILY_BLUEPRINTS:
        return True
    if request.blueprint is not None:
        return False
    # A page outside every blueprint (not found, service busy): the family's language, unless
    # a member of staff is signed in.
    try:
        return not current_user.is_authenticated
    except SQLAlchemyError:  # drawing a 503 while the database is away: no staff to load
        roll_back_quietly()
        return True


def select_locale() -> str:
    """The family's language: their choice this session, else their browser's preference among
    the languages offered, else English. Staff pages are always English."""
    default = current_app.config["BABEL_DEFAULT_LOCALE"]
    if not _is_family_facing():
        return default
    offered = current_app.config["LANGUAGES"]
    chosen = session.get(SESSION_LANGUAGE)
    if isinstance(chosen, str) and chosen in offered:
        return chosen
    return request.accept_languages.best_match(offered) or default


def current_language() -> Language:
    """The language this page is drawn in."""
    try:
        return Language(str(get_locale()))
    except ValueError:
        return Language.ENGLISH


def html_dir() -> str:
    """The page's writing direction for `<html dir>`: rtl for Urdu, otherwise ltr."""
    return "rtl" if current_language().is_right_to_left else "ltr"


def html_lang_and_dir() -> Markup:
    """`lang` for <html>, with `dir="rtl"` after it on right-to-left pages.

    GOV.UK Frontend's page template writes `<html lang="{{ htmlLang }}">` and takes no direction,
    so the direction rides in the same attribute slot; both values come from the Language enum,
    never from the request, so marking them safe lets no one's input into the page.
    """
    language = current_language()
    tag = str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"]).replace("_", "-")
    if language.is_right_to_left:
        return Markup(f'{language.tag}" dir="rtl')
    return Markup.escape(tag)


def remember_language(language: str | None) -> None:
    """Keep a language for the rest of this browser's session (a member's own, when set)."""
    if language in current_app.config["LANGUAGES"]:
        session[SESSION_LANGUAGE] = language


def language_switch() -> list[dict]:
    """The switch's entries: each offered language, linked unless it is the current one."""
    if len(offered_languages()) < 2:
        return []
    here = request.full_path.rstrip("?") if request.method == "GET" else request.path
    current = current_language()
    return [{"language": language, "is_current": language is current,
             "href": url_for("languages.switch", code=language.value, next=here)}
            for language in offered_languages()]


def _safe_next(target: str | None) -> str:
    """A path on this site to go back to; anything else (another site, a scheme) goes to the start."""
    if not target:
        return url_for("questionnaire.start")
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") \
            or "\\" in target:
        return url_for("questionnaire.start")
    return target


@bp.route("/language/<code>")
def switch(code: str):
    """Change this browser's language and go back to the same page (which shows saved answers)."""
    if code not in current_app.config["LANGUAGES"]:
        abort(404)
    remember_language(code)
    return redirect(_safe_next(request.args.get("next")))


@bp.route("/cases/<int:case_id>/members/<int:member_id>/language", methods=["POST"])
def member_language(case_id: int, member_id: int):
    """A keyworker sets the language a member's questionnaire opens in."""
    case = get_case_or_404(current_user, case_id)
    db = get_session()
    member = db.scalar(select(FamilyMember).where(FamilyMember.id == member_id,
                                                  FamilyMember.family_id == case.family_id))
    if member is None:
        abort(404)
    code = request.form.get("language", "")
    if code not in current_app.config["LANGUAGES"]:
        flash("Choose one of the languages offered", "important")
        return redirect(url_for("cases.case", case_id=case.id) + "#languages")
    member.language = code
    audit.record(db, "member_language_set", actor_id=current_user.id, target_type="family_member",
                 target_id=member.id, details={"language": code}, ip_address=request.remote_addr)
    db.commit()
    flash(f"{member.first_name}'s questionnaire will open in {Language(code).label}", "success")
    return redirect(url_for("cases.case", case_id=case.id) + "#languages")


@bp.route("/admin/languages", methods=["GET", "POST"])
def review():
    """Which translations a speaker of the language has checked, as the council confirms it."""
    db = get_session()
    row = council_settings(db, for_saving=True)
    reviewed = reviewed_languages(row)
    if request.method == "POST":
        from surveys.web.forms import BaseForm

        if not BaseForm().validate_on_submit():
            abort(400)
        code = request.form.get("language", "")
        if code not in {language.value for language in Language if language.needs_review}:
            abort(400)
        is_reviewed = request.form.get("reviewed") == "yes"
        reviewed = (reviewed | {code}) if is_reviewed else (reviewed - {code})
        row.reviewed_languages = ",".join(sorted(reviewed))
        audit.record(db, "language_review_changed", actor_id=current_user.id,
                     target_type="council_settings", target_id=row.id,
                     details={"language": code, "reviewed": is_reviewed},
                     ip_address=request.remote_addr)
        db.commit()
        flash(f"{Language(code).label}: " + ("marked as reviewed by a speaker" if is_reviewed
                                             else "marked as needing review"), "success")
        return redirect(url_for("languages.review"))
    return render_template("admin/languages.html", languages=offered_languages(), reviewed=reviewed)


def unreviewed_languages() -> list[Language]:
    """Offered translations no speaker has yet confirmed, for staff notices."""
    try:
        reviewed = reviewed_languages(council_settings(get_session()))
    except SQLAlchemyError:
        roll_back_quietly()
        return []
    return [language for language in offered_languages()
            if language.needs_review and language.value not in reviewed]


def init_app(app: Flask) -> None:
    """Register the language switch and pages, and the template helpers family pages use."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
    app.jinja_env.globals.update(html_dir=html_dir, html_lang_and_dir=html_lang_and_dir,
                                 language_switch=language_switch, current_language=current_language,
                                 unreviewed_languages=unreviewed_languages, Language=Language)
