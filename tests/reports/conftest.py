"""Reports fixtures: a synthetic council to report on (tests/reports/council.py)."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from surveys.records.models import Comment
from tests.reports.council import seed_council


@pytest.fixture
def council(db):
    """A synthetic council of 300 families over the last 15 months, with a few secrets to keep:
    an unapproved comment and the families' names and references."""
    seed_council(db, families=300, seed=7, today=date.today())
    db.commit()
    comment = db.scalars(select(Comment).where(Comment.quote_status == "none")).first()
    comment.text = "UNAPPROVED-SECRET our worker never came"
    db.commit()
    return db
