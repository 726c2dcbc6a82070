"""a family's 'Exit this page' ends their session on the server; the council's own help contact

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 18:40:00

invitations.session_version is written into the family's session cookie when their link opens;
'Exit this page' adds one to it, so that cookie (and any copy of it) no longer opens their
answers. council_settings.help_contact is who families may contact at the council for help,
shown beside Childline, Samaritans and 999 on the free-text and thank-you pages.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0011'
down_revision: str | Sequence[str] | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('session_version', sa.Integer(), server_default='0',
                                      nullable=False))
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('help_contact', sa.String(length=200), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.drop_column('help_contact')
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_column('session_version')
