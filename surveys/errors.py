"""Friendly error pages: never a traceback, and an expired form keeps what was typed."""
from __future__ import annotations

from flask import Flask, current_app, g, render_template, request
from flask_wtf.csrf import CSRFError
from werkzeug.exceptions import HTTPException


def _page(template: str, status: int):
    return render_template(template), status


def _csrf_error(error: CSRFError):
    # Run the view again without the CSRF gate: its own form validation fails on the expired
    # token, so it re-shows the page with what was typed and a message, and changes nothing.
    view = current_app.view_functions.get(request.endpoint or "")
    if request.method == "POST" and view is not None and not g.get("csrf_retry"):
        g.csrf_retry = True
        response = current_app.make_response(view(**(request.view_args or {})))
        if response.status_code == 200:
            response.status_code = 400
        return response
    return render_template("errors/400.html"), 400


def init_app(app: Flask) -> None:
    """Register the error pages."""
    app.register_error_handler(CSRFError, _csrf_error)
    app.register_error_handler(400, lambda e: _page("errors/400.html", 400))
    app.register_error_handler(404, lambda e: _page("errors/404.html", 404))
    app.register_error_handler(405, lambda e: _page("errors/404.html", 405))
    app.register_error_handler(413, lambda e: _page("errors/413.html", 413))
    app.register_error_handler(500, lambda e: _page("errors/500.html", 500))

    @app.errorhandler(Exception)
    def _unexpected(error: Exception):
        if isinstance(error, HTTPException):
            return error
        app.logger.exception("Unhandled error on %s", request.path)
        return _page("errors/500.html", 500)
