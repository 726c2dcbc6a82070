"""Changing a member of staff's role or team. A change that gives someone access to case content
(families' names and what they wrote) needs two administrators: one asks, a different one
confirms, as erasure needs a second manager; a new account made with a case role cannot sign in
until a second administrator confirms it, or one administrator could make a second account for
themselves. Nobody changes their own role. A change that only
takes access away applies at once. Whenever a role or team actually changes, the person's
sessions end, so what they may see is decided afresh when they sign in. Helpers here never
commit.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveys.records import audit
from surveys.records.enums import Role, RoleChangeStatus
from surveys.records.staff import RoleChange, StaffUser
from surveys.staff.sessions import end_sessions_of

CASE_ROLES = frozenset({Role.KEYWORKER, Role.TEAM_MANAGER})


class RoleChangeRefused(Exception):
    """A change of role, or a decision on one, that is not allowed, with what to do instead."""


def team_for(role: Role, team_id: int | None) -> int | None:
    """Only keyworkers and team managers belong to a team."""
    return team_id if role in CASE_ROLES else None


def gives_case_access(from_role: Role, from_team_id: int | None, to_role: Role,
                      to_team_id: int | None) -> bool:
    """Whether a change lets the person see cases they could not see before: any change into a
    case role, to another team, or from keyworker (their own caseload) to team manager (the
    whole team's). Team manager to keyworker in the same team only narrows what they see."""
    if to_role not in CASE_ROLES:
        return False
    if from_role not in CASE_ROLES or from_team_id != to_team_id:
        return True
    return from_role is Role.KEYWORKER and to_role is Role.TEAM_MANAGER


def pending_change_for(session: Session, user_id: int) -> RoleChange | None:
    """The change of this person's role waiting for a second administrator, if there is one."""
    return session.scalar(select(RoleChange).where(
        RoleChange.user_id == user_id, RoleChange.status == RoleChangeStatus.PENDING))


def _details(change_from: tuple[Role, int | None], change_to: tuple[Role, int | None]) -> dict:
    # Roles and team numbers only: never names or anything typed.
    return {"from_role": change_from[0].value, "from_team_id": change_from[1],
            "to_role": change_to[0].value, "to_team_id": change_to[1]}


def _apply(session: Session, user: StaffUser, role: Role, team_id: int | None,
           now: datetime) -> None:
    user.role = role
    user.team_id = team_for(role, team_id)
    end_sessions_of(session, user.id, now)


def change_role(session: Session, user: StaffUser, role: Role, team_id: int | None, admin,
                now: datetime, ip_address: str | None = None) -> RoleChange | None:
    """Apply a change that gives no new case access at once, or record one that does for a
    second administrator. Returns the waiting change, or None when nothing waits."""
    team_id = team_for(role, team_id)
    before, after = (user.role, user.team_id), (role, team_id)
    if before == after:
        return None
    if admin.id == user.id:
        raise RoleChangeRefused("You cannot change your own role or team. Ask another "
                                "administrator to do it")
    if not gives_case_access(*before, *after):
        _apply(session, user, role, team_id, now)
        audit.record(session, "role_changed", actor_id=admin.id, target_type="staff_user",
                     target_id=user.id, ip_address=ip_address, details=_details(before, after))
        return None
    if pending_change_for(session, user.id) is not None:
        raise RoleChangeRefused("A change of role for this person is already waiting for "
                                "another administrator. Confirm or reject that one first")
    change = RoleChange(user_id=user.id, from_role=before[0], from_team_id=before[1],
                        to_role=role, to_team_id=team_id, requested_by_id=admin.id,
                        requested_at=now)
    session.add(change)
    session.flush()
    audit.record(session, "role_change_requested", actor_id=admin.id, target_type="staff_user",
                 target_id=user.id, ip_address=ip_address,
                 details={"role_change_id": change.id, **_details(before, after)})
    return change


def ask_for_new_account(session: Session, user: StaffUser, admin, now: datetime,
                        ip_address: str | None = None) -> RoleChange | None:
    """A new account with a case role is kept from signing in until a different administrator
    confirms it. Returns the waiting change, or None for other roles (active at once)."""
    if user.role not in CASE_ROLES:
        return None
    user.is_active_account = False
    change = RoleChange(user_id=user.id, from_role=user.role, from_team_id=user.team_id,
                        to_role=user.role, to_team_id=user.team_id, is_new_account=True,
                        requested_by_id=admin.id, requested_at=now)
    session.add(change)
    session.flush()
    audit.record(session, "role_change_requested", actor_id=admin.id, target_type="staff_user",
                 target_id=user.id, ip_address=ip_address,
                 details={"role_change_id": change.id, "new_account": True,
                          **_details((user.role, user.team_id), (user.role, user.team_id))})
    return change


def decide_role_change(session: Session, change: RoleChange, admin, confirm: bool,
                       now: datetime, ip_address: str | None = None) -> None:
    """Confirm (and apply at once) or reject a waiting change. Only an administrator who
    neither asked for it nor is the person it changes may confirm; any administrator may
    reject one (the one who asked, to withdraw it)."""
    if change.status is not RoleChangeStatus.PENDING:
        raise RoleChangeRefused("This change has already been confirmed or rejected")
    if admin.role is not Role.ADMIN:
        raise RoleChangeRefused("Only an administrator can confirm or reject a change of role")
    user = change.user
    if confirm:
        if admin.id == change.requested_by_id:
            raise RoleChangeRefused("You asked for this change, so a different administrator "
                                    "must confirm it")
        if admin.id == change.user_id:
            raise RoleChangeRefused("This is a change to your own role, so a different "
                                    "administrator must confirm it")
        # a new account waits inactive; anyone else's change needs them still active
        expected_active = not change.is_new_account
        if user.is_active_account is not expected_active or user.deactivated_at is not None:
            raise RoleChangeRefused("This account is deactivated, so its role cannot change. "
                                    "Reject the change")
        if (user.role, user.team_id) != (change.from_role, change.from_team_id):
            raise RoleChangeRefused("This person's role or team has changed since this was "
                                    "asked for. Reject it, and ask again if it is still needed")
        _apply(session, user, change.to_role, change.to_team_id, now)
        user.is_active_account = True
    elif change.is_new_account and not user.is_active_account:
        user.deactivated_at = now  # a rejected new account never signs in
    change.status = RoleChangeStatus.CONFIRMED if confirm else RoleChangeStatus.REJECTED
    change.decided_by_id = admin.id
    change.decided_at = now
    audit.record(session, "role_change_confirmed" if confirm else "role_change_rejected",
                 actor_id=admin.id, target_type="staff_user", target_id=change.user_id,
                 ip_address=ip_address,
                 details={"role_change_id": change.id, "requested_by_id": change.requested_by_id,
                          "decided_by_id": admin.id, "new_account": change.is_new_account,
                          **_details((change.from_role, change.from_team_id),
                                     (change.to_role, change.to_team_id))})
