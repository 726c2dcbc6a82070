"""co-production sessions, and fathers and male carers among parent and carer members

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 08:00:00

coproduction_sessions holds the design sessions and panels families took part in, as a team
manager records them (issue 16): the team, the day, a short title and a few lines on what was
worked on, how many families took part, and optionally the "you said, we did" action it relates
to. family_members.father_or_male_carer records whether a parent or carer is a father or male
carer ("yes", "no", "prefer_not_to_say"; empty until asked), so reports can count fathers reached.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0018'
down_revision: str | Sequence[str] | None = '0017'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'coproduction_sessions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('team_id', sa.Integer(), nullable=False),
        sa.Column('held_on', sa.Date(), nullable=False),
        sa.Column('title', sa.String(length=120), nullable=False),
        sa.Column('worked_on', sa.Text(), nullable=False),
        sa.Column('families', sa.Integer(), nullable=False),
        sa.Column('action_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('created_by_id', sa.Integer(), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['team_id'], ['teams.id']),
        sa.ForeignKeyConstraint(['action_id'], ['service_actions.id']),
        sa.ForeignKeyConstraint(['created_by_id'], ['staff_users.id']),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_coproduction_sessions_team_held_on', 'coproduction_sessions',
                    ['team_id', 'held_on'])
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            'father_or_male_carer',
            sa.Enum('yes', 'no', 'prefer_not_to_say', name='father_or_male_carer',
                    native_enum=False, create_constraint=True, length=20),
            nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        # the column's CHECK goes first, or SQLite's copy of the table would still name it
        batch_op.drop_constraint('father_or_male_carer', type_='check')
        batch_op.drop_column('father_or_male_carer')
    op.drop_index('ix_coproduction_sessions_team_held_on', table_name='coproduction_sessions')
    op.drop_table('coproduction_sessions')
