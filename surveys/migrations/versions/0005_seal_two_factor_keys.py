"""seal staff two-factor keys at rest

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 14:50:00

Each key is encrypted with the data key (surveys.sealing) into totp_secret_sealed and the plain
column is dropped. Keys exist only once someone has set up two-factor sign-in, so this needs the
app's data key: run it with `flask db-upgrade` (or `make run`), which configures it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from surveys import sealing

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _rewrite(source: str, target: str, change) -> None:
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {source} FROM staff_users "
                                f"WHERE {source} IS NOT NULL")).all()
    for user_id, value in rows:
        conn.execute(sa.text(f"UPDATE staff_users SET {target} = :v WHERE id = :id"),
                     {"v": change(value), "id": user_id})


def upgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_secret_sealed', sa.String(length=255), nullable=True))
    _rewrite('totp_secret', 'totp_secret_sealed', sealing.seal)
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('totp_secret')


def downgrade() -> None:
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column('totp_secret', sa.String(length=64), nullable=True))
    _rewrite('totp_secret_sealed', 'totp_secret', sealing.open_sealed)
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column('totp_secret_sealed')
