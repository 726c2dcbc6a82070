"""messages: every text and email to a family member or staff user, recorded before it is sent

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 21:40:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0013'
down_revision: str | Sequence[str] | None = '0012'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'messages',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('reference', sa.String(length=64), nullable=False),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('channel', sa.String(length=10), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=True),
        sa.Column('recipient_member_id', sa.Integer(), nullable=True),
        sa.Column('staff_user_id', sa.Integer(), nullable=True),
        sa.Column('case_id', sa.Integer(), nullable=True),
        sa.Column('wave_id', sa.Integer(), nullable=True),
        sa.Column('invitation_id', sa.Integer(), nullable=True),
        sa.Column('to_address', sa.String(length=320), nullable=True),
        sa.Column('subject', sa.String(length=200), server_default='', nullable=False),
        sa.Column('body', sa.Text(), server_default='', nullable=False),
        sa.Column('status', sa.String(length=20), server_default='queued', nullable=False),
        sa.Column('attempts', sa.Integer(), server_default='0', nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('not_before', sa.DateTime(timezone=True), nullable=False),
        sa.Column('claimed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('failed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('provider', sa.String(length=20), nullable=True),
        sa.Column('provider_id', sa.String(length=64), nullable=True),
        sa.Column('detail', sa.String(length=300), nullable=True),
        sa.ForeignKeyConstraint(['member_id'], ['family_members.id']),
        sa.ForeignKeyConstraint(['recipient_member_id'], ['family_members.id']),
        sa.ForeignKeyConstraint(['staff_user_id'], ['staff_users.id']),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id']),
        sa.ForeignKeyConstraint(['wave_id'], ['waves.id']),
        sa.ForeignKeyConstraint(['invitation_id'], ['invitations.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('reference'),
    )
    op.create_index('ix_messages_status_not_before', 'messages', ['status', 'not_before'])
    op.create_index('ix_messages_member', 'messages', ['member_id'])


def downgrade() -> None:
    op.drop_index('ix_messages_member', table_name='messages')
    op.drop_index('ix_messages_status_not_before', table_name='messages')
    op.drop_table('messages')
