"""Suppression list: keyed hashes of addresses that must not receive marketing (R80).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:13:32.589088
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('suppression_entries',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('address_hash', sa.String(length=64), nullable=False),
    sa.Column('key_id', sa.String(length=40), nullable=False),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('created_on', sa.Date(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key_id', 'address_hash', name='uq_suppression_hash')
    )
    with op.batch_alter_table('suppression_entries', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_suppression_entries_case_id'), ['case_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('suppression_entries', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_suppression_entries_case_id'))

    op.drop_table('suppression_entries')
