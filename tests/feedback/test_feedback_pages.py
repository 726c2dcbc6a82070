"""The feedback page: who sees which comments, what they see about each, filters with counts,
and correcting the analyser's labels."""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from surveys.records.enums import WaveKind
from surveys.records.models import AuditEvent, Comment
from tests.factories import add_response, make_case, wave_of
from tests.feedback.world import (
    COLLEAGUE_COMMENT,
    OTHER_TEAM_COMMENT,
    OWN_COMPLAINT,
    OWN_DISCLOSURE,
    OWN_PRAISE,
    add_comments,
    card_ids,
    page_text,
)
from tests.helpers import sign_in, submit


def test_keyworker_sees_only_their_own_caseloads_comments(client, world):
    sign_in(client, world.keyworker)
    response = client.get("/feedback")
    assert response.status_code == 200
    text = page_text(response)
    assert text.startswith("Feedback from families – Family Voice")
    assert "3 comments" in text
    for own in (OWN_PRAISE, OWN_COMPLAINT, OWN_DISCLOSURE):
        assert own in text
    assert COLLEAGUE_COMMENT not in text and OTHER_TEAM_COMMENT not in text
    assert world.colleague_case.family.reference not in text


def test_team_manager_sees_the_whole_team_and_no_other(client, world):
    sign_in(client, world.manager)
    text = page_text(client.get("/feedback"))
    assert "4 comments" in text
    assert COLLEAGUE_COMMENT in text and OWN_PRAISE in text
    assert OTHER_TEAM_COMMENT not in text


@pytest.mark.parametrize("who", ["commissioner", "admin"])
def test_commissioners_and_admins_never_see_individual_comments(client, world, who):
    sign_in(client, getattr(world, who))
    for path in ("/feedback", f"/feedback/comments/{world.praise.id}/labels",
                 f"/feedback/comments/{world.disclosure.id}/acknowledge",
                 f"/feedback/comments/{world.praise.id}/quote"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert OWN_PRAISE not in page_text(response)


@pytest.mark.parametrize("action", ["labels", "acknowledge", "quote"])
def test_comments_outside_the_persons_scope_are_not_found(client, world, action):
    # Out of scope looks exactly like missing: a plain 404, as for cases, and no redirect.
    sign_in(client, world.manager if action == "quote" else world.keyworker)
    out_of_scope = [world.other_comment.id, 999999]
    if action != "quote":
        out_of_scope.append(world.colleague_comment.id)
    for comment_id in out_of_scope:
        response = client.get(f"/feedback/comments/{comment_id}/{action}")
        assert response.status_code == 404, comment_id
        text = page_text(response)
        assert "Page not found" in text
        assert COLLEAGUE_COMMENT not in text and OTHER_TEAM_COMMENT not in text


def test_posting_to_a_colleagues_comment_is_not_found_and_changes_nothing(client, world, db):
    sign_in(client, world.keyworker)
    token_page = f"/feedback/comments/{world.praise.id}/labels"
    html = client.get(token_page).get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', html).group(1)
    for action, data in (("labels", {"sentiment": "negative"}), ("acknowledge", {"confirm": "y"})):
        response = client.post(f"/feedback/comments/{world.colleague_comment.id}/{action}",
                               data={"csrf_token": token, **data})
        assert response.status_code == 404, action
    db.expire_all()
    comment = db.get(Comment, world.colleague_comment.id)
    assert comment.corrected_sentiment is None and comment.flag_acknowledged_at is None


def test_nav_offers_feedback_to_case_holders_only(client, world):
    sign_in(client, world.keyworker)
    assert 'href="/feedback">Feedback</a>' in client.get("/caseload").get_data(as_text=True)


def test_each_comment_shows_question_labels_wave_and_family_in_plain_words(client, world):
    sign_in(client, world.keyworker)
    text = page_text(client.get("/feedback"))
    assert "What has helped most?" in text and "What could we do better?" in text
    assert "Is there anything else you want us to know?" in text
    assert "Suggested by the analyser: correct it if it is wrong." in text
    assert "Housing" in text
    # Never the analyser's internals: scores, question keys, matched words or patterns.
    for internal in ("textblob", "+0.20", "praise:", "complaint:", "do_better", "answering",
                     "hous*", "“damp”", "why we think this", "Why we think this"):
        assert internal not in text, internal
    assert "By a parent or carer, in the start questionnaire" in text
    assert world.own_case.family.reference in text


def test_safeguarding_flags_come_first_with_a_count(client, world):
    sign_in(client, world.keyworker)
    response = client.get("/feedback")
    assert card_ids(response)[0] == world.disclosure.id
    text = page_text(response)
    assert "1 comment needs a safeguarding read today" in text
    assert "Warning Safeguarding flag: read this today" in text
    assert "May be about violence or control at home" in text
    assert "hits me”" not in text and "violence," not in text and "Words that raised" not in text


def test_filters_narrow_the_list_and_show_counts(client, world):
    sign_in(client, world.manager)
    response = client.get("/feedback?sentiment=negative")
    text = page_text(response)
    assert "1 of 4 comments" in text
    assert card_ids(response) == [world.complaint.id]
    html = response.get_data(as_text=True)
    # Each option says how many comments it would show alongside the other filters chosen.
    assert re.search(r'<option value="positive"\s*>Positive \(2\)</option>', html)
    assert re.search(r'<option value="negative" selected\s*>Negative \(1\)</option>', html)
    assert re.search(r'<option value="housing"\s*>Housing \(1\)</option>', html)
    assert "Northgate Family Support (1)" in html

    response = client.get("/feedback?theme=community&wave=start")
    assert card_ids(response) == [world.colleague_comment.id]
    assert card_ids(client.get("/feedback?wave=close")) == []
    assert "No comments match these filters" in page_text(client.get("/feedback?wave=close"))
    assert card_ids(client.get("/feedback?flag=open")) == [world.disclosure.id]
    assert card_ids(client.get("/feedback?question=do_better")) == [world.complaint.id]


def test_unknown_filter_values_are_ignored(client, world):
    sign_in(client, world.keyworker)
    for query in ("sentiment=furious&theme=%3Cscript%3E&team=abc&page=x", "page=%C2%B2&team=%C2%B2",
                  "page=0&locality=-1", "page=99999999999"):
        response = client.get(f"/feedback?{query}")
        assert response.status_code == 200, query
        assert "3 comments" in page_text(response)


def test_long_lists_are_paged(client, world, db):
    for kind in (WaveKind.MIDDLE, WaveKind.CLOSE):
        for member in (0, 1):
            add_comments(db, world.own_case, {"helped_most": "Having someone to talk to",
                                              "do_better": "Nothing at all",
                                              "anything_else": "Thank you"},
                         wave=kind, member=member)
    # An unsubmitted questionnaire can still change, so it is not listed.
    add_comments(db, world.own_case, {"helped_most": "Draft words"}, member=1, submitted=False)
    sign_in(client, world.keyworker)
    first = client.get("/feedback")
    assert "15 comments" in page_text(first) and len(card_ids(first)) == 15
    for index in range(10):
        add_comments(db, make_case(db, world.keyworker, world.own_case.team,
                                   family_name=f"Family{index}"), {"helped_most": "Good"})
    first = client.get("/feedback")
    assert len(card_ids(first)) == 20 and "Page 1 of 2" in page_text(first)
    second = client.get("/feedback?page=2")
    assert second.status_code == 200
    assert page_text(second).startswith("Feedback from families (page 2 of 2)")
    assert len(card_ids(second)) == 5
    assert "Draft words" not in page_text(first) + page_text(second)
    assert len(card_ids(client.get("/feedback?page=99"))) == 5


def labels_url(comment: Comment) -> str:
    """The correction page for a comment."""
    return f"/feedback/comments/{comment.id}/labels"


def test_correction_page_starts_from_the_analysers_labels(client, world):
    sign_in(client, world.keyworker)
    response = client.get(labels_url(world.complaint))
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert page_text(response).startswith("Correct the labels – Family Voice")
    assert re.search(r'value="negative"\s+checked', html)
    for code in ("kept_informed", "housing", "health", "waiting"):
        assert re.search(rf'value="{code}"\s+checked', html), code
    assert not re.search(r'value="community"\s+checked', html)


def test_correction_needs_a_sentiment(client, world):
    sign_in(client, world.keyworker)
    response = submit(client, labels_url(world.complaint), {"practical_themes": ["housing"]})
    assert response.status_code == 400
    text = page_text(response)
    assert text.startswith("Error: Correct the labels")
    assert "There is a problem Choose whether the comment is positive, mixed or negative" in text


def test_correcting_labels_is_stored_shown_and_audited(client, world, db):
    sign_in(client, world.keyworker)
    response = submit(client, labels_url(world.complaint) + "?sentiment=negative", {
        "sentiment": "mixed", "practical_themes": ["housing", "waiting"],
        "service_themes": ["kept_informed"]})
    assert response.status_code == 302
    assert response.headers["Location"] == f"/feedback?sentiment=negative#comment-{world.complaint.id}"
    db.expire_all()
    comment = db.get(Comment, world.complaint.id)
    assert comment.corrected_sentiment == "mixed"
    assert comment.corrected_themes == ["kept_informed", "housing", "waiting"]
    assert comment.corrected_by_id == world.keyworker.id
    assert comment.sentiment == "negative"  # the analyser's own label is kept beside it
    assert comment.effective_sentiment == "mixed"
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "feedback_labels_corrected"))
    assert event.actor_id == world.keyworker.id and event.target_id == comment.id

    text = page_text(client.get("/feedback"))
    assert "Labels corrected" in text
    assert "Mixed Corrected by staff (Priya Raman). The analyser said negative" in text
    assert "Corrected by staff (Priya Raman). The analyser found: Being kept informed, Housing, " \
           "Health, Waiting" in text
    # Filters and counts follow the corrected labels.
    assert card_ids(client.get("/feedback?sentiment=mixed")) == [world.disclosure.id,
                                                                 world.complaint.id]
    assert world.complaint.id not in card_ids(client.get("/feedback?theme=health"))


def test_confirming_the_analysers_labels_says_checked(client, world, db):
    sign_in(client, world.keyworker)
    response = submit(client, labels_url(world.praise), {
        "sentiment": "positive", "service_themes": ["listened_to"], "practical_themes": ["housing"]},
        follow_redirects=True)
    text = page_text(response)
    assert "Labels checked: they match what the analyser found" in text
    assert "Positive Checked by staff (Priya Raman)" in text


def test_a_correction_can_remove_every_theme(client, world, db):
    sign_in(client, world.manager)
    submit(client, labels_url(world.colleague_comment), {"sentiment": "positive"})
    db.expire_all()
    comment = db.get(Comment, world.colleague_comment.id)
    assert comment.corrected_themes == [] and comment.effective_themes == []


def test_unknown_theme_codes_are_refused(client, world, db):
    sign_in(client, world.keyworker)
    response = submit(client, labels_url(world.praise), {"sentiment": "positive",
                                                         "practical_themes": ["made_up"]})
    assert response.status_code == 400
    assert "Error: Correct the labels" in page_text(response)
    db.expire_all()
    assert db.get(Comment, world.praise.id).corrected_themes is None


def test_reading_feedback_is_audited_with_the_cases_shown(client, db, make_staff, team):
    from sqlalchemy import select as _select

    from surveys.records.enums import Role as _Role
    from surveys.records.enums import WaveKind as _WaveKind
    from surveys.records.models import AuditEvent
    from tests.factories import all_items, make_case
    from tests.helpers import sign_in as _sign_in

    worker = make_staff(_Role.KEYWORKER, team)
    case = make_case(db, worker, team)
    add_response(db, wave_of(case, _WaveKind.START), case.family.members[0], all_items(3),
                 comments={"do_better": "Ring back sooner"})
    _sign_in(client, worker)
    assert client.get("/feedback").status_code == 200
    event = db.scalar(_select(AuditEvent).where(AuditEvent.action == "feedback_viewed"))
    assert event.actor_id == worker.id and event.details == {"cases": [case.id]}
