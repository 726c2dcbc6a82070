"""A family on a phone presses Continue just as PostgreSQL stops: they see, in their own layout,
what they typed, ready to send again; when the database is back, Try again saves it once."""
from __future__ import annotations

import threading

from playwright.sync_api import expect
from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.serving import make_server

from surveys.questionnaire.invitations import issue_link
from surveys.records.db import utcnow
from surveys.records.enums import Role, WaveKind
from surveys.records.models import Comment, Locality, Team
from surveys.records.staff import StaffUser
from tests.browser.pages import PHONE, screenshot
from tests.factories import make_case, wave_of
from tests.scratch_postgres import RECOVERY_SECONDS
from wsgi import create_app


def test_a_family_keeps_their_words_when_the_database_stops(browser, axe, scratch_cluster):
    url, start, stop = scratch_cluster
    app = create_app({"TESTING": True, "DATABASE_URL": url, "SECRET_KEY": "test-secret"})
    engine = app.extensions["fv_engine"]
    with Session(engine) as db:
        team = Team(name="Northgate Family Support Team", locality=Locality(name="North"))
        keyworker = StaffUser(email="kim@example.gov.uk", display_name="Kim", role=Role.KEYWORKER,
                              team=team, password_hash="!")
        db.add(keyworker)
        db.commit()
        case = make_case(db, keyworker, team)
        _, token = issue_link(db, wave_id=wave_of(case, WaveKind.START).id,
                              member_id=case.family.members[0].id, valid_days=14, now=utcnow(),
                              issued_by=None)
        db.commit()
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        page.goto(f"{base}/q/{token}")
        page.goto(f"{base}/questionnaire/your-words")
        words = "Kim rang back the same day <b>& that helped</b>"
        page.get_by_label("What would you like help with?").fill(words)

        stop()
        page.get_by_role("button", name="Continue").click()
        expect(page.locator("h1")).to_have_text("Sorry, we could not save this page just now")
        expect(page.get_by_label("What would you like help with?")).to_have_value(words)
        expect(page.get_by_role("button", name="Exit this page")).to_be_visible()
        axe(page, "database away, words kept")
        screenshot(page, "database-away-words-kept-phone")

        start()
        # Within the recovery time the same app, not restarted, saves on Try again.
        for _attempt in range(RECOVERY_SECONDS):
            page.get_by_role("button", name="Try again").click()
            page.wait_for_load_state("load")
            if page.locator("h1").inner_text() != "Sorry, we could not save this page just now":
                break
            page.wait_for_timeout(1000)
        # Saved: on to checking, which first sends them to the pages still unanswered.
        expect(page.locator("h1")).to_have_text("Connected to our community")
        with Session(engine) as db:
            saved = db.scalars(select(Comment.text)).all()
        assert saved == [words]
    finally:
        context.close()
        server.shutdown()
        thread.join(timeout=5)
        engine.dispose()
