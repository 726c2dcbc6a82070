"""What each audit event's record is, in words an administrator can act on: a case by its
family's pseudonymous reference, a member of staff by name. Never a family's name, a member's
first name or anything a family wrote: case content stays with the people who hold the case."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveys.records.models import (
    AuditEvent,
    Case,
    Comment,
    Family,
    FamilyMember,
    Invitation,
    Response,
    Wave,
)
from surveys.records.staff import StaffUser

# Events about a list of cases hold the cases' ids in their details, not a single record.
LIST_TYPES = frozenset({"cases", "comments"})


def _families(count: int) -> str:
    return "no families" if count == 0 else "1 family" if count == 1 else f"{count:,} families"


def _by_id(db: Session, query, ids: set[int]) -> dict[int, tuple]:
    """Rows of `query` (whose first column is the record's id) for these ids, by id."""
    if not ids:
        return {}
    rows = db.execute(query.where(query.selected_columns[0].in_(sorted(ids))))
    return {row[0]: tuple(row[1:]) for row in rows}


def describe_targets(db: Session, events: Sequence[AuditEvent]) -> dict[int, str | None]:
    """For each event id, its record in words ('case FV-6CNCV8', 'Kim Keyworker', '12 families'),
    or None when the event has no record or the record is no longer held."""
    ids: dict[str, set[int]] = defaultdict(set)
    for event in events:
        if event.target_type and event.target_id is not None:
            ids[event.target_type].add(event.target_id)
    case_refs = _by_id(db, select(Case.id, Family.reference).join(Family), ids["case"])
    family_refs = _by_id(db, select(Family.id, Family.reference), ids["family"])
    member_refs = _by_id(db, select(FamilyMember.id, Family.reference).join(Family),
                         ids["family_member"])
    responses = _by_id(db, select(Response.id, Wave.kind, Family.reference)
                       .join(Wave, Response.wave_id == Wave.id)
                       .join(Case, Wave.case_id == Case.id).join(Family), ids["response"])
    invitations = _by_id(db, select(Invitation.id, Wave.kind, Family.reference)
                         .join(Wave, Invitation.wave_id == Wave.id)
                         .join(Case, Wave.case_id == Case.id).join(Family), ids["invitation"])
    comments = _by_id(db, select(Comment.id, Family.reference)
                      .join(Response, Comment.response_id == Response.id)
                      .join(Wave, Response.wave_id == Wave.id)
                      .join(Case, Wave.case_id == Case.id).join(Family), ids["comment"])
    staff = _by_id(db, select(StaffUser.id, StaffUser.display_name), ids["staff_user"])

    def describe(event: AuditEvent) -> str | None:
        kind, key = event.target_type, event.target_id
        if kind in LIST_TYPES:
            return _families(len((event.details or {}).get("cases") or ()))
        if kind == "council_settings":
            return "the council settings"
        if kind == "service_action":
            return "a 'you said, we did' action"
        if kind == "coproduction_session":
            return "a co-production session"
        if key is None:
            return None
        found = {"case": case_refs, "family": family_refs, "family_member": member_refs,
                 "response": responses, "invitation": invitations, "comment": comments,
                 "staff_user": staff}.get(kind, {}).get(key)
        if found is None:
            return None
        if kind == "case":
            return f"case {found[0]}"
        if kind == "family":
            return f"family {found[0]}"
        if kind == "family_member":
            return f"a member of family {found[0]}"
        if kind == "response":
            return f"a {found[0].label.lower()} questionnaire for family {found[1]}"
        if kind == "invitation":
            return f"a {found[0].label.lower()} questionnaire link for family {found[1]}"
        if kind == "comment":
            return f"a comment from family {found[0]}"
        return found[0]  # a member of staff, by name

    return {event.id: describe(event) for event in events}
