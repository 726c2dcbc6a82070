"""Public pages (accessibility, privacy) and the front door."""
from __future__ import annotations

from flask import Blueprint, Flask, current_app, g, redirect, render_template, url_for
from flask_babel import get_locale
from flask_login import current_user
from sqlalchemy.exc import SQLAlchemyError

from surveys.records.db import get_session
from surveys.records.settings import DEFAULTS, council_settings
from surveys.staff.access import PUBLIC, allow
from surveys.staff.auth import home_endpoint

bp = Blueprint("pages", __name__)

ACCESS = {
    "pages.index": PUBLIC,
    "pages.accessibility": PUBLIC,
    "pages.privacy": PUBLIC,
}


@bp.route("/")
def index():
    """Send a signed-in person to their home page, anyone else to sign in."""
    if current_user.is_authenticated:
        return redirect(url_for(home_endpoint(current_user.role)))
    return redirect(url_for("auth.sign_in"))


@bp.route("/accessibility")
def accessibility():
    """Accessibility statement."""
    return render_template("pages/accessibility.html")


@bp.route("/privacy")
def privacy():
    """Privacy notice for families and staff."""
    return render_template("pages/privacy.html")


def html_lang() -> str:
    """The page's language tag, e.g. en-GB or cy."""
    return str(get_locale() or current_app.config["BABEL_DEFAULT_LOCALE"]).replace("_", "-")


def council_name() -> str:
    """The council's name for page headers: read once a request, however often a page shows it."""
    if "fv_council_name" not in g:
        try:
            g.fv_council_name = council_settings(get_session()).council_name
        except SQLAlchemyError:  # the error page must still render when the database is down
            get_session().rollback()
            return DEFAULTS["council_name"]
    return g.fv_council_name


def init_app(app: Flask) -> None:
    """Register the pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
    app.jinja_env.globals["council_name"] = council_name
    app.jinja_env.globals["html_lang"] = html_lang
