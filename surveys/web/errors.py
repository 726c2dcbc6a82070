"""Friendly error pages: never a traceback, and an expired form keeps what was typed."""
from __future__ import annotations

import contextlib
import sqlite3

from flask import Flask, current_app, g, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from werkzeug.exceptions import HTTPException

from surveys.records.db import get_session
from surveys.staff import access

# How long to tell browsers and proxies to wait before trying again while the database is away.
RETRY_AFTER_SECONDS = 30
# The questionnaire page a family posts their answers to.
FAMILY_PAGE_ENDPOINT = "questionnaire.page"


def is_database_unavailable(error: BaseException) -> bool:
    """Whether an error means the database is away for now (locked, stopped, connection lost)
    rather than a fault in our code, such as a missing table or a broken query."""
    if not isinstance(error, DBAPIError):
        return False
    if error.connection_invalidated:
        return True
    original = error.orig
    if isinstance(original, sqlite3.OperationalError):
        # SQLite's other operational errors (no such table, syntax) are our bugs: a 500.
        message = str(original).lower()
        return "locked" in message or "busy" in message
    # psycopg raises OperationalError for refused, dropped and shut-down connections.
    return isinstance(error, OperationalError) and type(original).__module__.startswith("psycopg")


def roll_back_quietly() -> None:
    """Roll back this request's session, which may itself fail while the database is away."""
    with contextlib.suppress(SQLAlchemyError):
        get_session().rollback()


def unavailable_response(body: str):
    """A 503 that asks the browser to try again later."""
    return body, 503, {"Retry-After": str(RETRY_AFTER_SECONDS)}


def _database_error(error: DBAPIError):
    roll_back_quietly()
    if not is_database_unavailable(error):
        current_app.logger.exception("Unhandled database error on %s", request.path)
        return _page("errors/500.html", 500)
    current_app.logger.warning("Database unavailable on %s: %s", request.path, error.orig)
    if request.method == "POST" and request.endpoint == FAMILY_PAGE_ENDPOINT:
        return unavailable_response(_family_page_kept())
    return unavailable_response(render_template("errors/503.html"))


def _family_page_kept() -> str:
    """The family's page could not even be read (the database is stopped, not just busy): send
    back what they posted, from the request alone, words in boxes and choices kept, to try
    again. The questionnaire's own save re-checks everything when it does go through."""
    from feedback.analysis.questions import QUESTIONS

    text, hidden = [], []
    for name, value in request.form.items(multi=True):
        if name in QUESTIONS:
            text.append((name, QUESTIONS[name], value))
        else:
            hidden.append((name, value))
    return render_template("errors/503_family.html", kept_text=text, kept_hidden=hidden,
                           kept_choices=any(name != "csrf_token" for name, _v in hidden))


def _page(template: str, status: int):
    return render_template(template), status


def _csrf_error(error: CSRFError):
    # Who may reach the route was decided before the CSRF check ran (access.init_app registers
    # first); decide it again here so that no path through this handler can skip it. Then a form
    # page (a route that also answers GET) is drawn again without the CSRF gate: its own form
    # validation fails on the expired token, so it re-shows what was typed with a message and
    # changes nothing. A bare POST button (sign out, revoke) has no page to re-show: 400.
    try:
        denied = access.refusal_for_request()
        if denied is not None:
            return denied
        view = current_app.view_functions.get(request.endpoint or "")
        if (request.method != "POST" or view is None or not _answers_get(request.url_rule)
                or g.get("csrf_retry")):
            return render_template("errors/400.html"), 400
        g.csrf_retry = True
        response = current_app.make_response(view(**(request.view_args or {})))
    except HTTPException as refused:
        # A refusal (the access rule's 404, a view's abort(400) or out-of-scope 404) raised inside
        # this handler would escape as a 500, so answer it here.
        return current_app.handle_http_exception(refused)
    if response.status_code == 200:
        response.status_code = 400
    return response


def _answers_get(rule) -> bool:
    """Whether the matched route is a page as well as a form target."""
    return rule is not None and "GET" in (rule.methods or ())


def init_app(app: Flask) -> None:
    """Register the error pages."""
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(400, lambda e: _page("errors/400.html", 400))
    app.register_error_handler(404, lambda e: _page("errors/404.html", 404))
    app.register_error_handler(405, lambda e: _page("errors/404.html", 405))
    app.register_error_handler(413, lambda e: _page("errors/413.html", 413))
    app.register_error_handler(500, lambda e: _page("errors/500.html", 500))
    app.register_error_handler(DBAPIError, _database_error)

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return error
        app.logger.exception("Unhandled error on %s", request.path)
        return _page("errors/500.html", 500)
