"""role changes that give case access wait for a second administrator

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 16:00:00

A new table only: who asked for which change of role or team (from what, to what), or for a new
account with a case role, and who confirmed or rejected it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0008'
down_revision: str | Sequence[str] | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ROLES = ('keyworker', 'team_manager', 'commissioner', 'admin')


def _role(name: str) -> sa.Enum:
    return sa.Enum(*ROLES, name=name, native_enum=False, create_constraint=True, length=20)


def upgrade() -> None:
    op.create_table('role_changes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('from_role', _role('role_change_from_role'), nullable=False),
    sa.Column('from_team_id', sa.Integer(), nullable=True),
    sa.Column('to_role', _role('role_change_to_role'), nullable=False),
    sa.Column('to_team_id', sa.Integer(), nullable=True),
    sa.Column('is_new_account', sa.Boolean(), server_default=sa.false(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'confirmed', 'rejected', name='role_change_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff_users.id'], ),
    sa.ForeignKeyConstraint(['from_team_id'], ['teams.id'], ),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff_users.id'], ),
    sa.ForeignKeyConstraint(['to_team_id'], ['teams.id'], ),
    sa.ForeignKeyConstraint(['user_id'], ['staff_users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('role_changes', schema=None) as batch_op:
        batch_op.create_index('ix_role_changes_status', ['status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('role_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_role_changes_status')
    op.drop_table('role_changes')
