"""report emails: commissioners who asked to be emailed when a quarterly report is ready

Revision ID: 0016
Revises: 0014
Create Date: 2026-12-05 08:05:00

staff_users.wants_report_emails: set by the person on their own account page; on the first
working day after a quarter ends they get an email with a link to the report (never the report).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0016'
down_revision: str | Sequence[str] | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('wants_report_emails', sa.Boolean(), server_default=sa.false(),
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('wants_report_emails')
