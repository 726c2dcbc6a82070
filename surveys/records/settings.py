"""The council's settings: one row, read in one place, with the defaults a fresh database uses."""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from surveys.records.models import CouncilSettings

# What a council has before an administrator saves its settings.
DEFAULTS = {"council_name": "Family Voice", "middle_wave_weeks": 12, "close_wave_weeks": 24,
            "link_valid_days": 14, "retention_months": 72, "flag_read_working_days": 1,
            "help_contact": "", "reviewed_languages": "", "reminder_days": "3,7",
            "closed_days": "", "message_sender_name": "", "message_templates": None}


def council_settings(session: Session, *, for_saving: bool = False) -> CouncilSettings:
    """The council's settings row. With no row yet, the defaults: added to the session when the
    caller is about to save them, otherwise a detached row that nothing will store."""
    row = session.scalar(select(CouncilSettings).order_by(CouncilSettings.id).limit(1))
    if row is None:
        row = CouncilSettings(**DEFAULTS)
        if for_saving:
            session.add(row)
    return row


def reviewed_languages(row: CouncilSettings) -> frozenset[str]:
    """The language codes whose translation the council confirmed a speaker has reviewed."""
    return frozenset(code for code in (row.reviewed_languages or "").split(",") if code)
