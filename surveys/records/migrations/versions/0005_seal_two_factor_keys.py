"""seal staff two-factor keys at rest

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 14:50:00

Each key is encrypted with the data key (surveys.records.sealing) into totp_secret_sealed and the plain
column is dropped. Keys exist only once someone has set up two-factor sign-in, so this needs the
app's data key: run it with `flask db-upgrade` (or `make run`), which configures it.
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from surveys.records import sealing

# revision identifiers, used by Alembic.
revision: str = '0005'
down_revision: str | Sequence[str] | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def _move(source: str, target: str, length: int, change) -> None:
    """Replace column source with column target, each value passed through change."""
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.add_column(sa.Column(target, sa.String(length=length), nullable=True))
    conn = op.get_bind()
    rows = conn.execute(sa.text(f"SELECT id, {source} FROM staff_users "
                                f"WHERE {source} IS NOT NULL")).all()
    for user_id, value in rows:
        conn.execute(sa.text(f"UPDATE staff_users SET {target} = :v WHERE id = :id"),
                     {"v": change(value), "id": user_id})
    with op.batch_alter_table('staff_users', schema=None) as batch_op:
        batch_op.drop_column(source)


def upgrade() -> None:
    _move('totp_secret', 'totp_secret_sealed', 255, sealing.seal)


def downgrade() -> None:
    _move('totp_secret_sealed', 'totp_secret', 64, sealing.open_sealed)
