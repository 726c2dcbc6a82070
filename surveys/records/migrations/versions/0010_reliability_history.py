"""reliable-change figures keep their history: each set is in force from a date

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 18:40:00

reliability_estimates.in_force_from is the day a set of SD and alpha came into force (for the
sets already frozen, the day they were frozen). The unique key becomes (questionnaire, version,
scope, in force from), so a re-estimate adds a row instead of replacing one, and a report for a
past quarter can use the figures in force when that quarter closed. Going back down keeps only
the first set frozen for each questionnaire version and scope, as before this revision.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0010'
down_revision: str | Sequence[str] | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('reliability_estimates', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_force_from', sa.Date(), nullable=True))
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("UPDATE reliability_estimates "
                   "SET in_force_from = (frozen_at AT TIME ZONE 'UTC')::date")
    else:
        op.execute("UPDATE reliability_estimates SET in_force_from = date(frozen_at)")
    with op.batch_alter_table('reliability_estimates', schema=None) as batch_op:
        batch_op.alter_column('in_force_from', existing_type=sa.Date(), nullable=False)
        batch_op.drop_constraint('uq_reliability_estimates_scope', type_='unique')
        batch_op.create_unique_constraint(
            'uq_reliability_estimates_in_force',
            ['instrument_code', 'instrument_version', 'scope', 'in_force_from'])


def downgrade() -> None:
    # Keep the first set frozen for each questionnaire version and scope (the old rule).
    op.execute("DELETE FROM reliability_estimates WHERE EXISTS ("
               "SELECT 1 FROM reliability_estimates AS older "
               "WHERE older.instrument_code = reliability_estimates.instrument_code "
               "AND older.instrument_version = reliability_estimates.instrument_version "
               "AND older.scope = reliability_estimates.scope "
               "AND older.in_force_from < reliability_estimates.in_force_from)")
    with op.batch_alter_table('reliability_estimates', schema=None) as batch_op:
        batch_op.drop_constraint('uq_reliability_estimates_in_force', type_='unique')
        batch_op.create_unique_constraint(
            'uq_reliability_estimates_scope', ['instrument_code', 'instrument_version', 'scope'])
        batch_op.drop_column('in_force_from')
