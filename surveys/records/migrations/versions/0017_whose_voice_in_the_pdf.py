"""whose voice goes in the family's PDF: each member's agreement, and a keyworker's withholding

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-05 08:00:00

family_members.shares_results is the member's own answer on their thank-you page (empty until
asked, which keeps their results out), with when they last changed it. results_withheld_* record
a keyworker keeping a member's results out of the family's PDF when sharing them could put a
child at risk: who, when and why (the reason stays here, never in the append-only audit log).
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision: str = '0017'
down_revision: str | Sequence[str] | None = '0016'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('shares_results', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('shares_results_changed_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('results_withheld_reason', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('results_withheld_at', sa.DateTime(timezone=True),
                                      nullable=True))
        batch_op.add_column(sa.Column('results_withheld_by_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_family_members_results_withheld_by_id_staff_users',
                                    'staff_users', ['results_withheld_by_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('family_members', schema=None) as batch_op:
        batch_op.drop_constraint('fk_family_members_results_withheld_by_id_staff_users',
                                 type_='foreignkey')
        batch_op.drop_column('results_withheld_by_id')
        batch_op.drop_column('results_withheld_at')
        batch_op.drop_column('results_withheld_reason')
        batch_op.drop_column('shares_results_changed_at')
        batch_op.drop_column('shares_results')
