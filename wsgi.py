"""Composition root: builds the Family Voice app. Nothing imports this module."""
from __future__ import annotations

from flask import Flask
from flask_babel import Babel
from flask_wtf.csrf import CSRFProtect
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChainableUndefined, ChoiceLoader, PackageLoader, PrefixLoader
from werkzeug.middleware.proxy_fix import ProxyFix

from feedback import cli as feedback_cli
from feedback import views as feedback_views
from reports import overview, report_emails, warming
from reports import views as report_views
from reports.journey import views as journey_views
from reports.sessions import views as session_views
from surveys.cases import views
from surveys.demo import commands as demo_commands
from surveys.governance import commands as governance_commands
from surveys.governance import views as governance_views
from surveys.jobs import commands as jobs_commands
from surveys.jobs import queue as jobs_queue
from surveys.messaging import callbacks as messaging_callbacks
from surveys.messaging import commands as messaging_commands
from surveys.messaging import views as messaging_views
from surveys.questionnaire import commands as questionnaire_commands
from surveys.questionnaire import languages
from surveys.questionnaire import links as link_views
from surveys.questionnaire import views as questionnaire_views
from surveys.records import commands as records_commands
from surveys.records import db
from surveys.records.enums import Language
from surveys.staff import access, admin, auth
from surveys.staff import commands as staff_commands
from surveys.web import errors, pages, security, session_cookie, static_files, urls
from surveys.web.config import load_config

csrf = CSRFProtect()


def create_app(test_config: dict | None = None) -> Flask:
    """Create and configure the app; never migrates, prompts or sleeps."""
    app = Flask("surveys", instance_relative_config=True)
    load_config(app, test_config)
    urls.init_app(app)  # before any blueprint: every <int:...> id is bounded
    if app.config["TRUSTED_PROXIES"]:
        hops = int(app.config["TRUSTED_PROXIES"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)

    app.jinja_options = {"undefined": ChainableUndefined}
    app.jinja_loader = ChoiceLoader([
        PackageLoader("surveys"),
        PrefixLoader({
            "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
            "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
        }),
    ])
    WTFormsHelpers(app)
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "en_GB")
    # Family pages are offered in English, Welsh and Urdu (surveys/translations); the first is
    # the default, and the switch lists them in this order.
    app.config.setdefault("LANGUAGES", [language.value for language in Language])
    # One Babel per app: Flask-Babel caches loaded catalogues on its instance, keyed by locale
    # only, so a shared instance would serve one app's catalogue to another in the same process.
    Babel(app, locale_selector=languages.select_locale)
    # Who may reach a route is decided before anything else about the request, the CSRF check
    # included: a bad token must never run (or draw) a page for someone outside its rule.
    access.init_app(app)
    csrf.init_app(app)

    db.init_app(app)
    security.init_app(app)
    session_cookie.init_app(app)
    static_files.init_app(app)
    auth.init_app(app)
    pages.init_app(app)
    views.init_app(app)
    questionnaire_views.init_app(app)
    link_views.init_app(app)
    languages.init_app(app)
    admin.init_app(app)
    governance_views.init_app(app)
    messaging_views.init_app(app)
    messaging_callbacks.init_app(app)
    feedback_views.init_app(app)
    journey_views.init_app(app)
    report_views.init_app(app)
    session_views.init_app(app)
    overview.init_app(app)
    report_emails.init_app(app)
    warming.init_app(app)
    errors.init_app(app)
    records_commands.init_app(app)
    staff_commands.init_app(app)
    questionnaire_commands.init_app(app)
    governance_commands.init_app(app)
    demo_commands.init_app(app)
    feedback_cli.init_app(app)
    # Background jobs: each feature adds its jobs above this line's queue (created on first use).
    jobs_queue.init_app(app)
    jobs_commands.init_app(app)
    messaging_commands.init_app(app)
    return app
