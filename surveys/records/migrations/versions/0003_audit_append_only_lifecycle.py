"""audit trail append-only in the database; legal holds, retention marks, erasure requests

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:18:38.425471

The audit log refuses UPDATE and DELETE in the database itself, so neither a bug nor someone with
the application's database account can quietly rewrite what staff did. (TRUNCATE and DROP are
owner operations, left to the database owner; the app's own code never uses them.)
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0003'
down_revision: str | Sequence[str] | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

REFUSAL = "audit_events is append-only: rows may be added, never changed or removed"


def _create_audit_triggers() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"""
            CREATE FUNCTION audit_events_refuse_change() RETURNS trigger
            LANGUAGE plpgsql AS $$
            BEGIN
                RAISE EXCEPTION '{REFUSAL}' USING ERRCODE = 'insufficient_privilege';
            END;
            $$
        """)
        for verb in ("update", "delete"):
            op.execute(f"""
                CREATE TRIGGER audit_events_no_{verb}
                BEFORE {verb.upper()} ON audit_events
                FOR EACH ROW EXECUTE FUNCTION audit_events_refuse_change()
            """)
        return
    for verb in ("update", "delete"):
        op.execute(f"""
            CREATE TRIGGER audit_events_no_{verb}
            BEFORE {verb.upper()} ON audit_events
            BEGIN
                SELECT RAISE(ABORT, '{REFUSAL}');
            END
        """)


def _drop_audit_triggers() -> None:
    for verb in ("update", "delete"):
        suffix = " ON audit_events" if op.get_bind().dialect.name == "postgresql" else ""
        op.execute(f"DROP TRIGGER IF EXISTS audit_events_no_{verb}{suffix}")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS audit_events_refuse_change()")


def upgrade() -> None:
    """Upgrade schema."""
    op.create_table('erasure_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('member_id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('pending', 'approved', 'rejected', name='erasure_status', native_enum=False, create_constraint=True, length=20), nullable=False),
    sa.Column('requested_by_id', sa.Integer(), nullable=False),
    sa.Column('requested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('decided_by_id', sa.Integer(), nullable=True),
    sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('decision_note', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.ForeignKeyConstraint(['decided_by_id'], ['staff_users.id'], ),
    sa.ForeignKeyConstraint(['member_id'], ['family_members.id'], ),
    sa.ForeignKeyConstraint(['requested_by_id'], ['staff_users.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('erasure_requests', schema=None) as batch_op:
        batch_op.create_index('ix_erasure_requests_status', ['status'], unique=False)

    with op.batch_alter_table('families', schema=None) as batch_op:
        batch_op.add_column(sa.Column('legal_hold', sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column('legal_hold_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('anonymised_at', sa.DateTime(timezone=True), nullable=True))

    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('erased_at', sa.DateTime(timezone=True), nullable=True))

    _create_audit_triggers()


def downgrade() -> None:
    """Downgrade schema."""
    _drop_audit_triggers()

    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.drop_column('erased_at')

    with op.batch_alter_table('families', schema=None) as batch_op:
        batch_op.drop_column('anonymised_at')
        batch_op.drop_column('legal_hold_reason')
        batch_op.drop_column('legal_hold')

    with op.batch_alter_table('erasure_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_erasure_requests_status')

    op.drop_table('erasure_requests')
