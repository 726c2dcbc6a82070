"""a new link's token waits for its one showing on the server, sealed

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04 16:20:00

Between "Get a link" and the page that shows it, the token used to ride in the staff member's
session cookie (signed, not encrypted). It now waits in invitations.shown_token_sealed, sealed
with the data key, and is cleared the moment it is shown, revoked or used.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0007'
down_revision: str | Sequence[str] | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shown_token_sealed', sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('invitations', schema=None) as batch_op:
        batch_op.drop_column('shown_token_sealed')
