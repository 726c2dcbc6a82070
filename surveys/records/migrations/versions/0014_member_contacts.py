"""member contacts and the council's message settings

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 08:00:00

member_contacts holds, per family member, how they want to hear from us (text, email or only
through their keyworker), their mobile (E.164) and email, who recorded their consent and when,
a "don't contact" flag, and for a child under 13 the parent or carer whose contact gets their
link. council_settings gains the reminder days, closed days, the sender name and the council's
own message wording.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0014'
down_revision: str | Sequence[str] | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'member_contacts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('member_id', sa.Integer(), nullable=False),
        sa.Column('preference', sa.String(length=10), nullable=False),
        sa.Column('mobile', sa.String(length=20), nullable=True),
        sa.Column('email', sa.String(length=320), nullable=True),
        sa.Column('via_member_id', sa.Integer(), nullable=True),
        sa.Column('consent_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('consent_by_id', sa.Integer(), nullable=True),
        sa.Column('do_not_contact', sa.Boolean(), server_default=sa.false(), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['member_id'], ['family_members.id']),
        sa.ForeignKeyConstraint(['via_member_id'], ['family_members.id']),
        sa.ForeignKeyConstraint(['consent_by_id'], ['staff_users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('member_id'),
    )
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reminder_days', sa.String(length=40), server_default='3,7',
                                      nullable=False))
        batch_op.add_column(sa.Column('closed_days', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('message_sender_name', sa.String(length=80), server_default='',
                                      nullable=False))
        batch_op.add_column(sa.Column('message_templates', sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.drop_column('message_templates')
        batch_op.drop_column('message_sender_name')
        batch_op.drop_column('closed_days')
        batch_op.drop_column('reminder_days')
    op.drop_table('member_contacts')
