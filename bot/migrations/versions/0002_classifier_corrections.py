"""Classifier corrections: staff relabelling kept as training examples (classifier issue).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 11:45:01.501436
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('classifier_corrections',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('subject', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('is_request', sa.Boolean(), nullable=False),
    sa.Column('rights', sa.JSON(), nullable=False),
    sa.Column('previous', sa.JSON(), nullable=False),
    sa.Column('actor', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('classifier_corrections', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_classifier_corrections_message_id'), ['message_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('classifier_corrections', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classifier_corrections_message_id'))

    op.drop_table('classifier_corrections')
