"""reanalyse-feedback re-runs the analyser only where its version or the codebook's changed,
in batches, keeping everything staff decided."""
from __future__ import annotations

from sqlalchemy import select

from feedback.analysis.analyser import ANALYSER_VERSION
from feedback.analysis.codebook import CODEBOOK_VERSION
from surveys.records.db import utcnow
from surveys.records.enums import WaveKind
from surveys.records.models import AuditEvent, Comment
from tests.feedback.world import (
    add_comments,
    card_ids,
    page_text,
)
from tests.helpers import sign_in


def outdate(db, *comments: Comment, analyser: str | None = "2025.01-1",
            codebook: str | None = CODEBOOK_VERSION) -> None:
    """Pretend these comments were analysed by an older analyser or codebook."""
    for comment in comments:
        comment.analyser_version, comment.codebook_version = analyser, codebook
    db.commit()


def fresh(db, comment: Comment) -> Comment:
    """The comment as stored now."""
    db.expire_all()
    return db.get(Comment, comment.id)


def test_both_feedback_commands_are_registered(runner):
    for command in ("analyse-feedback", "reanalyse-feedback"):
        result = runner.invoke(args=[command, "--help"])
        assert result.exit_code == 0, result.output


def test_nothing_happens_when_every_comment_is_up_to_date(runner, world, db):
    before = fresh(db, world.praise).analysed_at
    result = runner.invoke(args=["reanalyse-feedback"])
    assert result.exit_code == 0, result.output
    assert f"Every comment is up to date (analyser {ANALYSER_VERSION}, codebook " \
           f"{CODEBOOK_VERSION}). Nothing to re-analyse." in result.output
    assert fresh(db, world.praise).analysed_at == before


def test_only_outdated_comments_are_reanalysed_in_batches(runner, world, db):
    outdate(db, world.praise)
    outdate(db, world.complaint, analyser=ANALYSER_VERSION, codebook="2025.01-1")
    outdate(db, world.other_comment, analyser=None, codebook=None)  # never analysed
    untouched = fresh(db, world.colleague_comment).analysed_at
    result = runner.invoke(args=["reanalyse-feedback", "--batch-size", "2"])
    assert result.exit_code == 0, result.output
    assert "Batch 1: re-analysed 2 comments." in result.output
    assert "Batch 2: re-analysed 1 comments." in result.output
    assert f"Re-analysed 3 comments with analyser {ANALYSER_VERSION}" in result.output
    for comment in (world.praise, world.complaint, world.other_comment):
        stored = fresh(db, comment)
        assert (stored.analyser_version, stored.codebook_version) == (ANALYSER_VERSION,
                                                                      CODEBOOK_VERSION)
    assert fresh(db, world.other_comment).sentiment == "positive"
    assert fresh(db, world.colleague_comment).analysed_at == untouched


def test_staff_corrections_survive_reanalysis(runner, world, db):
    complaint = fresh(db, world.complaint)
    complaint.corrected_sentiment, complaint.corrected_themes = "mixed", ["waiting"]
    complaint.corrected_by_id = world.keyworker.id
    complaint.sentiment, complaint.themes = "positive", []  # what an old analyser said
    outdate(db, complaint)
    result = runner.invoke(args=["reanalyse-feedback"])
    assert "Staff corrections kept on 1; reports still use them." in result.output
    stored = fresh(db, world.complaint)
    assert stored.sentiment == "negative" and "housing" in stored.themes
    assert (stored.effective_sentiment, stored.effective_themes) == ("mixed", ["waiting"])
    assert stored.corrected_by_id == world.keyworker.id


def test_a_dry_run_saves_nothing(runner, world, db):
    outdate(db, world.praise)
    result = runner.invoke(args=["reanalyse-feedback", "--dry-run"])
    assert "Would re-analyse 1 comments" in result.output and "Dry run: nothing was saved." \
        in result.output
    assert fresh(db, world.praise).analyser_version == "2025.01-1"


def test_new_flags_are_counted_and_quotes_of_flagged_comments_withdrawn(runner, world, db):
    comment, = add_comments(db, world.own_case, {"anything_else": "Dad hits me when he drinks"},
                            wave=WaveKind.MIDDLE)
    comment.is_safeguarding, comment.safeguarding_categories = False, []
    comment.quote_status, comment.quote_text = "approved", "Dad [name] when he drinks"
    comment.quote_decided_by_id, comment.quote_decided_at = world.manager.id, utcnow()
    outdate(db, comment)
    result = runner.invoke(args=["reanalyse-feedback"])
    assert "Newly flagged for a safeguarding read: 1." in result.output
    assert "Approved quotes withdrawn because the comment is now flagged: 1." in result.output
    stored = fresh(db, comment)
    assert stored.is_safeguarding and stored.flag_acknowledged_at is None
    assert (stored.quote_status, stored.quote_text) == ("none", None)
    event = db.scalar(select(AuditEvent).where(AuditEvent.action == "quote_withdrawn"))
    assert event.target_id == comment.id


def test_a_flag_nobody_has_read_stays_until_acknowledged(runner, world, db):
    praise = fresh(db, world.praise)
    praise.is_safeguarding, praise.safeguarding_categories = True, ["violence"]
    outdate(db, praise)
    result = runner.invoke(args=["reanalyse-feedback"])
    assert "Flags kept until someone acknowledges them: 1." in result.output
    stored = fresh(db, world.praise)
    assert stored.is_safeguarding and stored.safeguarding_categories == ["violence"]


def test_acknowledgements_are_kept(runner, world, db):
    disclosure = fresh(db, world.disclosure)
    disclosure.flag_acknowledged_at, disclosure.flag_acknowledged_by_id = utcnow(), world.manager.id
    disclosure.flag_note = "Referral made"
    outdate(db, disclosure)
    runner.invoke(args=["reanalyse-feedback"])
    stored = fresh(db, world.disclosure)
    assert stored.is_safeguarding and stored.flag_acknowledged_by_id == world.manager.id
    assert stored.flag_note == "Referral made" and stored.analyser_version == ANALYSER_VERSION


def test_unsent_questionnaires_are_left_alone(runner, world, db):
    draft, = add_comments(db, world.own_case, {"helped_most": "Still typing"}, member=1,
                          submitted=False)
    outdate(db, draft)
    result = runner.invoke(args=["reanalyse-feedback"])
    assert "Nothing to re-analyse" in result.output
    assert fresh(db, draft).analyser_version == "2025.01-1"


def test_a_comment_newly_flagged_on_reanalysis_needs_reading_again(runner, client, world, db):
    """It was read before the analyser learnt to flag it: the new flag makes it unread, flagged
    and first for its keyworker, with the reason in plain words."""
    comment = fresh(db, world.disclosure)
    comment.is_safeguarding, comment.safeguarding_categories, comment.safeguarding_cues = (
        False, [], [])  # what an older analyser said
    comment.read_at, comment.read_by_id = utcnow(), world.keyworker.id
    outdate(db, comment)
    result = runner.invoke(args=["reanalyse-feedback"])
    assert "Newly flagged for a safeguarding read: 1. They show as unread for their keyworkers." \
        in result.output
    stored = fresh(db, world.disclosure)
    assert stored.is_safeguarding and stored.read_at is None and stored.read_by_id is None
    assert stored.flagged_at is not None and stored.flag_acknowledged_at is None

    sign_in(client, world.keyworker)
    response = client.get("/feedback/unread")
    assert card_ids(response)[0] == world.disclosure.id
    assert "May be about violence or control at home" in page_text(response)


def test_an_acknowledged_flag_found_again_stays_read(runner, world, db):
    comment = fresh(db, world.disclosure)
    read_at = utcnow()
    comment.flag_acknowledged_at, comment.flag_acknowledged_by_id = read_at, world.keyworker.id
    comment.read_at, comment.read_by_id = read_at, world.keyworker.id
    outdate(db, comment)
    runner.invoke(args=["reanalyse-feedback"])
    stored = fresh(db, world.disclosure)
    assert stored.read_by_id == world.keyworker.id and stored.read_at is not None
