"""The ceiling for bench_questionnaire: a bare Flask + SQLAlchemy app that stores a page the way
the real one does, without sign-in, CSRF, forms or templates. Benchmarks only, never the product.

    FLASK_DATABASE_URL=... .venv/bin/gunicorn -w 2 -b 127.0.0.1:8001 'benchmarks.bare_app:create_app()'
"""
from __future__ import annotations

import os
from datetime import UTC, datetime

from flask import Flask, abort, redirect, request
from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite

from surveys.questionnaire.plan import PREFER_NOT_TO_SAY_VALUE, page_by_key, plan_pages
from surveys.records.db import make_engine
from surveys.records.models import Answer, Response

PAGE = page_by_key(plan_pages("parent_carer", "start", False), "area-community")
CHOICES = {"1", "2", "3", "4", "5", PREFER_NOT_TO_SAY_VALUE}


def create_app() -> Flask:
    """One POST route: upsert the six answers of a page and mark the page done, in one commit."""
    app = Flask(__name__)
    url = os.environ["FLASK_DATABASE_URL"]
    if url.startswith(("postgres://", "postgresql://")):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    # The product's engine settings (SQLite WAL and busy timeout, the PostgreSQL pool), so the
    # only difference between the two apps is the code that runs around the same statements.
    engine = make_engine(url)
    dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
    insert = dialect.insert(Answer.__table__)
    upsert = insert.on_conflict_do_update(
        index_elements=["response_id", "item_code"],
        set_={"value": insert.excluded.value, "answered_at": insert.excluded.answered_at})

    @app.post("/save/<int:response_id>")
    def save(response_id: int):
        """Store one page of answers for a response."""
        now = datetime.now(UTC)
        values = []
        for item in PAGE.items:
            raw = request.form.get(item.code, "")
            if raw not in CHOICES:
                abort(400)
            values.append(None if raw == PREFER_NOT_TO_SAY_VALUE else int(raw))
        with engine.begin() as connection:
            # The same statements as the real save: one upsert run for the page's answers, then
            # pages_done only when the page is new (the real app leaves it alone after that).
            done = connection.scalar(select(Response.pages_done).where(Response.id == response_id))
            if done is None:
                abort(404)
            connection.execute(upsert, [{
                "response_id": response_id, "instrument_code": PAGE.instrument.code,
                "instrument_version": PAGE.instrument.version, "item_code": item.code,
                "value": value, "answered_at": now} for item, value in zip(PAGE.items, values, strict=True)])
            if PAGE.key not in done:
                connection.execute(update(Response).where(Response.id == response_id)
                                   .values(pages_done=[*done, PAGE.key]))
        return redirect("/saved")

    return app
