"""every comment is read by a person: who read it and when; flags late to be read

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 16:40:00

comments.read_at and read_by_id record who read a comment and when (cleared when re-analysis
raises a new flag), comments.flagged_at when a flag was raised after submission, and
council_settings.flag_read_working_days how long a flag may wait for acknowledgement before it
is raised to the team manager (default one working day). Comments already acknowledged as
safeguarding flags count as read by whoever acknowledged them.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: str | Sequence[str] | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('read_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('read_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('flagged_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key('fk_comments_read_by_id_staff_users', 'staff_users',
                                    ['read_by_id'], ['id'])
        batch_op.create_index('ix_comments_read_at', ['read_at'], unique=False)
    # A person who acknowledged a flag has read the comment.
    op.execute("UPDATE comments SET read_at = flag_acknowledged_at, "
               "read_by_id = flag_acknowledged_by_id WHERE flag_acknowledged_at IS NOT NULL")
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('flag_read_working_days', sa.Integer(), server_default='1',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.drop_column('flag_read_working_days')
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_read_at')
        batch_op.drop_constraint('fk_comments_read_by_id_staff_users', type_='foreignkey')
        batch_op.drop_column('flagged_at')
        batch_op.drop_column('read_by_id')
        batch_op.drop_column('read_at')
