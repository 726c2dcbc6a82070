"""the audit log refuses TRUNCATE too (PostgreSQL)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 15:00:00

Row triggers (0003) stop UPDATE and DELETE; TRUNCATE skips row triggers, so PostgreSQL gets a
statement trigger that refuses it with the same message. SQLite has no TRUNCATE (its
"DELETE FROM" without WHERE already meets the row trigger).
"""
from collections.abc import Sequence

from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0006'
down_revision: str | Sequence[str] | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("""
            CREATE TRIGGER audit_events_no_truncate
            BEFORE TRUNCATE ON audit_events
            FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change()
        """)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_events_no_truncate ON audit_events")
