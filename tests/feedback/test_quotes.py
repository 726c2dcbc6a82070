"""Quotes fit to publish: only a team manager decides, on redacted words, and wording that still
identifies someone is refused."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from surveys.records.enums import WaveKind
from surveys.records.models import AuditEvent, Comment
from tests.feedback.world import (
    add_comments,
    page_text,
)
from tests.helpers import sign_in, submit

NAMED = ("Helen and Priya helped Grace so much, they were brilliant. "
         "Call me on 07700 900123 or come to SN1 2AB")


@pytest.fixture
def named(db, world) -> Comment:
    """A comment naming the family, its keyworker and the team manager, with contact details."""
    comment, = add_comments(db, world.own_case, {"helped_most": NAMED}, wave=WaveKind.MIDDLE)
    return comment


def quote_url(comment: Comment) -> str:
    """The quote review page for a comment."""
    return f"/feedback/comments/{comment.id}/quote"


def test_keyworkers_cannot_approve_quotes(client, world, named):
    sign_in(client, world.keyworker)
    assert client.get(quote_url(named)).status_code == 404
    assert f"/feedback/comments/{named.id}/quote" not in client.get("/feedback").get_data(
        as_text=True)


def test_manager_starts_from_wording_with_every_known_name_removed(client, world, named):
    # At submission only the family's and keyworker's names were known: the manager's stayed.
    assert named.redacted_text.startswith("Helen and [name] helped [name]")
    sign_in(client, world.manager)
    response = client.get(quote_url(named))
    assert response.status_code == 200
    text = page_text(response)
    assert text.startswith("Review as a quote – Family Voice")
    assert "We replaced names, postcodes and phone numbers with placeholders" in text
    html = response.get_data(as_text=True)
    assert ("[name] and [name] helped [name] so much, they were brilliant. "
            "Call me on [phone] or come to [postcode]</textarea>") in html


@pytest.mark.parametrize("wording, found", [
    ("Grace says they helped so much", "a name"),
    ("Helen helped so much", "a name"),
    ("They helped so much, I'm at SN1 2AB", "a postcode"),
    ("They helped so much, ring 07700 900123", "a phone number"),
    ("They helped so much, write to grace@example.com", "an email address"),
    ("They helped so much on 3 March 2026", "a date"),
    ("Priya helped on 3 March 2026", "a name and a date"),
])
def test_wording_that_still_identifies_someone_is_refused(client, world, named, db, wording, found):
    sign_in(client, world.manager)
    response = submit(client, quote_url(named), {"quote_text": wording, "approve": "Approve quote"})
    assert response.status_code == 400
    text = page_text(response)
    assert text.startswith("Error: Review as a quote")
    assert f"The quote still contains {found}. Remove it, or leave the placeholder" in text
    assert wording in text  # what was typed is kept, to fix
    db.expire_all()
    assert db.get(Comment, named.id).quote_status == "none"


def test_wording_that_raises_a_concern_is_refused(client, world, named):
    sign_in(client, world.manager)
    response = submit(client, quote_url(named), {"quote_text": "They helped, but dad hits me",
                                                 "approve": "Approve quote"})
    assert response.status_code == 400
    assert "The quote mentions possible harm" in page_text(response)


def test_an_approved_quote_needs_wording(client, world, named):
    sign_in(client, world.manager)
    response = submit(client, quote_url(named), {"quote_text": "  ", "approve": "Approve quote"})
    assert response.status_code == 400
    assert "Enter the wording of the quote" in page_text(response)


def test_approving_stores_the_wording_and_who_decided(client, world, named, db):
    sign_in(client, world.manager)
    wording = "[name] and [name] helped [name] so much, they were brilliant."
    response = submit(client, quote_url(named), {"quote_text": wording, "approve": "Approve quote"})
    assert response.status_code == 302
    db.expire_all()
    comment = db.get(Comment, named.id)
    assert (comment.quote_status, comment.quote_text) == ("approved", wording)
    assert comment.quote_decided_by_id == world.manager.id and comment.quote_decided_at
    assert comment.text == NAMED  # what the family wrote is never changed
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "quote_approved"))
    assert event.actor_id == world.manager.id and event.target_id == comment.id
    assert event.details == {"edited": True}

    text = page_text(client.get("/feedback"))
    assert "Quote approved. Reports can now use it" in text
    assert f"Quote Approved “{wording}” By Helen Marsh on" in text
    # Reviewing again starts from the approved wording.
    assert f"{wording}</textarea>" in client.get(quote_url(named)).get_data(as_text=True)


def test_rejecting_needs_no_wording_and_is_audited(client, world, named, db):
    sign_in(client, world.manager)
    response = submit(client, quote_url(named), {"quote_text": NAMED, "reject": "Reject quote"})
    assert response.status_code == 302
    db.expire_all()
    comment = db.get(Comment, named.id)
    assert (comment.quote_status, comment.quote_text) == ("rejected", None)
    assert comment.quote_decided_by_id == world.manager.id
    assert db.scalar(select(AuditEvent).where(AuditEvent.action == "quote_rejected")).actor_id == \
        world.manager.id
    assert "Quote Rejected By Helen Marsh" in page_text(client.get("/feedback"))


def test_managers_only_review_their_own_teams_comments(client, world, db, make_staff):
    sign_in(client, world.manager)
    response = client.get(quote_url(world.other_comment))
    assert response.status_code == 404
    assert world.other_comment.text not in page_text(response)
    html = client.get(quote_url(world.praise)).get_data(as_text=True)
    token = html.split('name="csrf_token" type="hidden" value="')[1].split('"')[0]
    response = client.post(quote_url(world.other_comment), data={
        "csrf_token": token, "quote_text": "Fine words", "approve": "Approve quote"})
    assert response.status_code == 404
    db.expire_all()
    assert db.get(Comment, world.other_comment.id).quote_status == "none"
