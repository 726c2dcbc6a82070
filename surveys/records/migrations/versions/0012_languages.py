"""languages: a member's language, and which translations a speaker has reviewed

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:45:00

family_members.language is the language a keyworker set for a member (their questionnaire
opens in it; empty means the browser's preference). council_settings.reviewed_languages lists,
comma-separated, the translations the council has confirmed a speaker of the language checked;
until then staff see them marked as needing review.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0012'
down_revision: str | Sequence[str] | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('language', sa.String(length=10), nullable=True))
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reviewed_languages', sa.String(length=200), server_default='',
                                      nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('council_settings', schema=None) as batch_op:
        batch_op.drop_column('reviewed_languages')
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.drop_column('language')
