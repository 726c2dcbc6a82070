"""The demo council's contact details: consented mobiles and email addresses for some members of
families with a questionnaire due now, so invitations and reminders flow from the first run.

Only numbers Ofcom keeps for drama (07700 900000 to 900999) and addresses at example.com, which
reach nobody. A separate random stream, so the rest of the demo council is unchanged.
"""
from __future__ import annotations

import random
from collections.abc import Iterable
from datetime import UTC, date, datetime, time

from sqlalchemy import insert
from sqlalchemy.orm import Session

from surveys.cases.waves import is_invited_now
from surveys.demo.families import DemoCase
from surveys.records.enums import AgeBand, MemberRole
from surveys.records.models import MemberContact

# The share of other keyworkers' families, with a questionnaire due, whose members agreed to
# texts or emails (all of the demo keyworker's do, so a newcomer sees messages on their cases).
SHARE_WITH_CONTACTS = 0.3
UNDER_13 = (AgeBand.UNDER_8, AgeBand.CHILD)


def has_wave_due(case: DemoCase, today: date) -> bool:
    """Whether the case has a questionnaire families are invited to now."""
    return any(is_invited_now(w.status, w.due_on, today, kind=w.kind,
                              is_case_open=case.closed_on is None or case.closed_on > today)
               for w in case.waves)


def add_demo_contacts(session: Session, cases: Iterable[DemoCase], *, demo_keyworker_id: int,
                      today: date, seed: int) -> int:
    """Write consented contacts for members of families with a questionnaire due; how many."""
    rng = random.Random(seed * 19 + 1)
    rows = []
    number = 0
    for case in cases:
        if not has_wave_due(case, today):
            continue
        if case.keyworker_id != demo_keyworker_id and rng.random() >= SHARE_WITH_CONTACTS:
            continue
        consented = datetime.combine(case.opened_on, time(11), tzinfo=UTC)
        parent = next((m for m in case.members if m.member_role is MemberRole.PARENT_CARER), None)
        for member in case.members:
            if member.age_band is AgeBand.UNDER_8:
                continue
            row = {"member_id": member.id, "consent_at": consented,
                   "consent_by_id": case.keyworker_id, "updated_at": consented,
                   "do_not_contact": False, "mobile": None, "email": None,
                   "via_member_id": None}
            if member.age_band in UNDER_13:
                if parent is None:
                    continue
                row.update(preference="parent", via_member_id=parent.id)
            elif rng.random() < 0.6:
                row.update(preference="sms", mobile=f"+447700900{number % 1000:03d}")
            else:
                row.update(preference="email", email=f"{member.first_name.lower()}."
                           f"{case.family_name.lower().replace(' ', '')}{number}@example.com")
            number += 1
            rows.append(row)
    if rows:
        session.execute(insert(MemberContact.__table__), rows)
    return len(rows)


