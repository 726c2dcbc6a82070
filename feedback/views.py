"""Staff pages for what families wrote: the comments still to read, browse and filter comments,
correct the analyser's labels, acknowledge safeguarding flags and approve anonymous quotes.

Every comment is read by a person; flags only order the reading."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from math import ceil

from flask import Blueprint, Flask, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select, update
from wtforms.fields.choices import SelectChoice

from feedback.analysis.codebook import THEMES, THEMES_BY_CODE
from feedback.analysis.questions import QUESTIONS
from feedback.analysis.redaction import redact
from feedback.forms import (
    SENTIMENT_LABELS,
    AcknowledgeForm,
    FilterForm,
    LabelsForm,
    MarkReadForm,
    QuoteForm,
)
from feedback.queries import (
    ANY_FLAG,
    FACETS,
    OPEN_FLAG,
    FeedbackItem,
    Filters,
    facet_counts,
    feedback_in_scope,
    feedback_item,
    filter_items,
    flag_read_working_days,
    overdue_first,
    unread_in_scope,
)
from feedback.reading import UK, flag_due_by
from surveys.questionnaire.comments import known_names_for
from surveys.records import audit
from surveys.records.db import get_session, utcnow
from surveys.records.enums import WaveKind
from surveys.records.models import Comment
from surveys.records.staff import StaffUser
from surveys.staff.access import CASE_HOLDERS, TEAM_MANAGER, allow
from surveys.web.clock import now

bp = Blueprint("feedback", __name__, template_folder="templates")

# what families wrote: case holders only, within case_scope; quotes are a manager's call
ACCESS = {
    "feedback.index": CASE_HOLDERS,
    "feedback.unread": CASE_HOLDERS,
    "feedback.mark_read": CASE_HOLDERS,
    "feedback.labels": CASE_HOLDERS,
    "feedback.acknowledge": CASE_HOLDERS,
    "feedback.quote": frozenset({TEAM_MANAGER}),
}

PAGE_SIZE = 20
FLAG_LABELS = {OPEN_FLAG: "Flags to acknowledge", ANY_FLAG: "All safeguarding flags"}


def _filters_from(args: Mapping[str, str]) -> Filters:
    """The filters in a query string; anything unrecognised is ignored rather than an error."""
    allowed = {
        "theme": set(THEMES_BY_CODE),
        "sentiment": set(SENTIMENT_LABELS),
        "question": set(QUESTIONS),
        "wave": {kind.value for kind in WaveKind},
        "flag": set(FLAG_LABELS),
    }

    def read(facet: str) -> str:
        value = args.get(facet, "")
        if facet in ("locality", "team"):
            return value if _is_number(value, 9) else ""
        return value if value in allowed[facet] else ""

    return Filters(**{facet: read(facet) for facet in FACETS})


def _is_number(value: str, max_digits: int) -> bool:
    # ASCII only: str.isdigit() also accepts "²", which int() refuses.
    return value.isascii() and value.isdigit() and len(value) <= max_digits


def _page_from(args: Mapping[str, str]) -> int:
    value = args.get("page", "")
    return max(1, int(value)) if _is_number(value, 5) else 1


def _list_args(args: Mapping[str, str]) -> dict[str, str | int]:
    """Query-string arguments that bring a person back to the list as they left it."""
    page = _page_from(args)
    return _filters_from(args).as_args() | ({"page": page} if page > 1 else {})


def _list_url(comment_id: int) -> str:
    """The list as the person left it, scrolled to the comment they acted on: the comments to
    read when they came from there, else the feedback list with its filters."""
    if request.args.get("from") == "unread":
        return url_for("feedback.unread", **_page_args(request.args))
    return url_for("feedback.index", **_list_args(request.args), _anchor=f"comment-{comment_id}")


def _page_args(args: Mapping[str, str]) -> dict[str, int]:
    page = _page_from(args)
    return {"page": page} if page > 1 else {}


def _back_to_list(comment_id: int):
    return redirect(_list_url(comment_id))


def _item_or_404(db, comment_id: int) -> FeedbackItem:
    """The comment if the person may read it, or 404: out of scope looks exactly like missing,
    as with get_case_or_404, so nobody learns which comments exist."""
    item = feedback_item(db, current_user, comment_id)
    if item is None:
        abort(404)
    if request.method == "GET":  # opening one comment is a view of family data
        audit.record(db, "comment_viewed", actor_id=current_user.id, target_type="comment",
                     target_id=comment_id, details={"case": item.case_id},
                     ip_address=request.remote_addr)
        db.commit()
    return item


def _with_count(value: str, label: str, counts) -> SelectChoice:
    return SelectChoice(value, f"{label} ({counts.get(value, 0)})")


def _filter_form(items: list[FeedbackItem], filters: Filters) -> FilterForm:
    """The filter form, each option showing how many comments it would list."""
    form = FilterForm(data=filters.as_args())
    counts = {facet: facet_counts(items, filters, facet) for facet in FACETS}
    form.theme.choices = [SelectChoice("", "Any theme")] + [
        _with_count(theme.code, theme.label, counts["theme"]) for theme in THEMES
        if counts["theme"].get(theme.code) or theme.code == filters.theme]
    form.sentiment.choices = [SelectChoice("", "Any sentiment")] + [
        _with_count(value, label, counts["sentiment"]) for value, label in SENTIMENT_LABELS.items()]
    form.question.choices = [SelectChoice("", "Any question")] + [
        _with_count(key, text, counts["question"]) for key, text in QUESTIONS.items()]
    form.wave.choices = [SelectChoice("", "Any questionnaire")] + [
        _with_count(kind.value, kind.label, counts["wave"]) for kind in WaveKind]
    localities = sorted({(item.locality_name, str(item.locality_id)) for item in items})
    form.locality.choices = [SelectChoice("", "Any locality")] + [
        _with_count(value, name, counts["locality"]) for name, value in localities]
    teams = sorted({(item.team_name, str(item.team_id)) for item in items})
    form.team.choices = [SelectChoice("", "Any team")] + [
        _with_count(value, name, counts["team"]) for name, value in teams]
    form.flag.choices = [SelectChoice("", "All comments")] + [
        _with_count(value, label, counts["flag"]) for value, label in FLAG_LABELS.items()]
    return form


def _staff_names(db, items: list[FeedbackItem]) -> dict[int, str]:
    """Names of the staff who corrected, acknowledged or decided on the comments listed."""
    ids = {staff_id for item in items for staff_id in (
        item.comment.corrected_by_id, item.comment.flag_acknowledged_by_id,
        item.comment.quote_decided_by_id) if staff_id}
    if not ids:
        return {}
    return dict(db.execute(select(StaffUser.id, StaffUser.display_name)
                           .where(StaffUser.id.in_(ids))).all())


def _labels() -> dict:
    """Plain-English labels the feedback templates share."""
    return {"questions": QUESTIONS, "themes_by_code": THEMES_BY_CODE,
            "sentiment_labels": SENTIMENT_LABELS,
            "is_manager": current_user.role.value == "team_manager"}


def _late(db, items: list[FeedbackItem], at: datetime) -> tuple[list[FeedbackItem],
                                                                 list[FeedbackItem], dict]:
    """Flags not acknowledged in the council's time, first (oldest first), then the rest; and
    when each late flag was due, in UK time, for the page to say."""
    days = flag_read_working_days(db)
    late, rest = overdue_first(items, at, days)
    due = {item.comment.id: flag_due_by(item.comment.flag_raised_at, days).astimezone(UK)
           for item in late}
    return late, rest, due


@bp.route("/feedback")
def index():
    """Comments from families in the person's scope, with filters: flags not acknowledged in
    time first, then the other safeguarding flags."""
    db = get_session()
    items = feedback_in_scope(db, current_user)
    filters = _filters_from(request.args)
    late, rest, due = _late(db, filter_items(items, filters), now())
    shown = late + rest
    pages = max(1, ceil(len(shown) / PAGE_SIZE))
    page = min(_page_from(request.args), pages)
    on_page = shown[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    list_args = filters.as_args() | ({"page": page} if page > 1 else {})
    previous_url = url_for("feedback.index", **filters.as_args(),
                           **({"page": page - 1} if page > 2 else {})) if page > 1 else None
    next_url = url_for("feedback.index", **filters.as_args(), page=page + 1) if page < pages else None
    # Reading what families wrote is a view of family data: record it, with the cases shown.
    audit.record(db, "feedback_viewed", actor_id=current_user.id, target_type="comments",
                 details={"cases": sorted({item.case_id for item in on_page})},
                 ip_address=request.remote_addr)
    db.commit()
    return render_template(
        "feedback/index.html", filters_form=_filter_form(items, filters), filters=filters,
        items=on_page, shown_count=len(shown), total_count=len(items), page=page, pages=pages,
        open_flags=sum(item.is_open_flag for item in items), list_args=list_args,
        previous_url=previous_url, next_url=next_url, late_count=len(late), due=due,
        unread_count=sum(item.is_unread for item in items),
        staff_names=_staff_names(db, on_page), **_labels())


@bp.route("/feedback/unread")
def unread():
    """The comments in the person's scope nobody has read yet: flags not acknowledged in time
    first, then the other flags with their reasons in plain words, then every other comment."""
    db = get_session()
    late, rest, due = _late(db, unread_in_scope(db, current_user), now())
    shown = late + rest
    pages = max(1, ceil(len(shown) / PAGE_SIZE))
    page = min(_page_from(request.args), pages)
    on_page = shown[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    previous_url = url_for("feedback.unread", **({"page": page - 1} if page > 2 else {})) \
        if page > 1 else None
    next_url = url_for("feedback.unread", page=page + 1) if page < pages else None
    audit.record(db, "unread_comments_viewed", actor_id=current_user.id, target_type="comments",
                 details={"cases": sorted({item.case_id for item in on_page})},
                 ip_address=request.remote_addr)
    db.commit()
    return render_template(
        "feedback/unread.html", items=on_page, total_count=len(shown), late_count=len(late),
        flagged_count=sum(item.comment.is_safeguarding for item in shown), due=due, page=page,
        pages=pages, previous_url=previous_url, next_url=next_url,
        list_args={"from": "unread", **({"page": page} if page > 1 else {})},
        read_form=MarkReadForm(), staff_names=_staff_names(db, on_page), **_labels())


def _mark_read(db, comment_id: int) -> bool:
    """Record the signed-in person as the reader, unless someone already read it; say if they did."""
    return bool(db.execute(
        update(Comment).where(Comment.id == comment_id, Comment.read_at.is_(None))
        .values(read_at=utcnow(), read_by_id=current_user.id)
        .execution_options(synchronize_session=False)).rowcount)


@bp.route("/feedback/comments/<int:comment_id>/read", methods=["POST"])
def mark_read(comment_id: int):
    """Mark one comment as read by the signed-in person. An open flag is acknowledged instead,
    which records what the person did as well."""
    db = get_session()
    item = _item_or_404(db, comment_id)
    back = url_for("feedback.unread", **_page_args(request.args))
    if item.is_open_flag:
        flash("This comment has a safeguarding flag: acknowledge the flag to mark it as read",
              "important")
        return redirect(back)
    if not MarkReadForm().validate_on_submit():
        abort(400)
    if _mark_read(db, comment_id):
        # Which comment and case, never what the family wrote: the log keeps no case detail.
        audit.record(db, "comment_read", actor_id=current_user.id, target_type="comment",
                     target_id=comment_id, details={"case": item.case_id},
                     ip_address=request.remote_addr)
        db.commit()
        flash(f"Comment from {item.reference} marked as read", "success")
    else:
        db.rollback()
        flash("Someone has already read this comment", "important")
    return redirect(back)


def _is_check(comment: Comment, sentiment: str, themes: list[str]) -> bool:
    """Whether staff agreed with the analyser rather than changing anything."""
    return sentiment == comment.sentiment and set(themes) == set(comment.themes or [])


@bp.route("/feedback/comments/<int:comment_id>/labels", methods=["GET", "POST"])
def labels(comment_id: int):
    """Correct a comment's sentiment and themes; reports use the corrected labels."""
    db = get_session()
    item = _item_or_404(db, comment_id)
    comment = item.comment
    form = LabelsForm()
    if not form.is_submitted():
        form.sentiment.data = comment.effective_sentiment
        form.set_themes(comment.effective_themes)
    if form.validate_on_submit():
        themes = form.theme_codes
        comment.corrected_sentiment = form.sentiment.data
        comment.corrected_themes = themes
        comment.corrected_by_id = current_user.id
        audit.record(db, "feedback_labels_corrected", actor_id=current_user.id,
                     target_type="comment", target_id=comment.id, ip_address=request.remote_addr,
                     details={"sentiment": form.sentiment.data, "themes": themes,
                              "analyser_sentiment": comment.sentiment,
                              "analyser_themes": list(comment.themes or [])})
        db.commit()
        flash("Labels checked: they match what the analyser found" if _is_check(
            comment, form.sentiment.data, themes) else "Labels corrected", "success")
        return _back_to_list(comment.id)
    return render_template("feedback/labels.html", form=form, item=item,
                           back_url=_list_url(comment.id),
                           staff_names=_staff_names(db, [item]), **_labels()), (
        400 if form.errors else 200)


@bp.route("/feedback/comments/<int:comment_id>/acknowledge", methods=["GET", "POST"])
def acknowledge(comment_id: int):
    """Acknowledge a safeguarding flag as the signed-in person, with what they did."""
    db = get_session()
    item = _item_or_404(db, comment_id)
    if not item.comment.is_safeguarding:
        abort(404)  # there is no flag to acknowledge, as with a closed case's pages
    comment = item.comment
    if comment.flag_acknowledged_at is not None:
        flash("This flag has already been acknowledged", "important")
        return _back_to_list(comment.id)
    form = AcknowledgeForm()
    if form.validate_on_submit():
        # Only the first of two people acknowledging at once is recorded as the one who did.
        done = db.execute(
            update(Comment)
            .where(Comment.id == comment.id, Comment.flag_acknowledged_at.is_(None))
            .values(flag_acknowledged_at=utcnow(), flag_acknowledged_by_id=current_user.id,
                    flag_note=form.note.data or None)
            .execution_options(synchronize_session=False)).rowcount
        if not done:
            db.rollback()
            flash("This flag has already been acknowledged", "important")
            return _back_to_list(comment.id)
        _mark_read(db, comment.id)  # acknowledging a flag is reading the comment
        audit.record(db, "safeguarding_flag_acknowledged", actor_id=current_user.id,
                     target_type="comment", target_id=comment.id, ip_address=request.remote_addr,
                     # The note stays on the comment: the append-only log never holds case detail.
                     details={"categories": list(comment.safeguarding_categories or []),
                              "note_given": bool(form.note.data)})
        db.commit()
        flash(f"Safeguarding flag acknowledged by {current_user.display_name}", "success")
        return _back_to_list(comment.id)
    return render_template("feedback/acknowledge.html", form=form, item=item,
                           back_url=_list_url(comment.id),
                           staff_names=_staff_names(db, [item]), **_labels()), (
        400 if form.errors else 200)


def _names_to_remove(db, item: FeedbackItem) -> tuple[str, ...]:
    """The family's names, its keyworker's and every name in the team that holds the case."""
    staff = db.scalars(select(StaffUser.display_name).where(StaffUser.team_id == item.team_id))
    names = [*known_names_for(db, item.comment.response),
             *(word for name in staff for word in name.split())]
    # Initials and numbers would blank out ordinary words: keep names with two letters or more.
    return tuple(dict.fromkeys(n for n in names if sum(ch.isalpha() for ch in n) >= 2))


@bp.route("/feedback/comments/<int:comment_id>/quote", methods=["GET", "POST"])
def quote(comment_id: int):
    """A team manager approves a comment as an anonymous quote, in redacted words, or rejects it."""
    db = get_session()
    item = _item_or_404(db, comment_id)
    comment = item.comment
    if comment.is_safeguarding:
        flash("This comment has a safeguarding flag, so it cannot be used as a quote", "important")
        return _back_to_list(comment.id)
    names = _names_to_remove(db, item)
    suggestion = redact(comment.redacted_text or comment.text, names)
    removed = redact(comment.text, names).kinds
    form = QuoteForm(known_names=names)
    if not form.is_submitted():
        form.quote_text.data = (comment.quote_text if comment.quote_status == "approved"
                                else suggestion.text)
    if form.validate_on_submit() and (form.approve.data or form.reject.data):
        approved = bool(form.approve.data)
        comment.quote_status = "approved" if approved else "rejected"
        comment.quote_text = form.quote_text.data if approved else None
        comment.quote_decided_by_id = current_user.id
        comment.quote_decided_at = utcnow()
        audit.record(db, "quote_approved" if approved else "quote_rejected",
                     actor_id=current_user.id, target_type="comment", target_id=comment.id,
                     ip_address=request.remote_addr,
                     details={"edited": approved and form.quote_text.data != suggestion.text})
        db.commit()
        flash("Quote approved. Reports can now use it" if approved else "Quote rejected", "success")
        return _back_to_list(comment.id)
    return render_template("feedback/quote.html", form=form, item=item, removed=removed,
                           back_url=_list_url(comment.id),
                           staff_names=_staff_names(db, [item]), **_labels()), (
        400 if form.errors else 200)


def init_app(app: Flask) -> None:
    """Register the feedback pages."""
    app.register_blueprint(bp)
    allow(app, ACCESS)
