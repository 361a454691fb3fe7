"""term marks kept and overridden, closed terms, targets modified for an individual plan

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 12:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "modified_target",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("student_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("modified_target", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_modified_target_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_modified_target_seen_hlc"), ["seen_hlc"], unique=False)
        batch_op.create_index(
            "ix_modified_target_student_target", ["student_id", "target_id"], unique=False
        )

    op.create_table(
        "term_closure",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("class_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("closed_on", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("closed_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("term_closure", schema=None) as batch_op:
        batch_op.create_index("ix_term_closure_class_period", ["class_id", "period"], unique=False)
        batch_op.create_index(batch_op.f("ix_term_closure_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_term_closure_seen_hlc"), ["seen_hlc"], unique=False)

    op.create_table(
        "term_mark",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("class_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("student_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("period", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("subject", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("stored", sa.Boolean(), nullable=False),
        sa.Column("mark", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.Column("explanation", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("explanation_phrase", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("override_mark", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("set_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("set_on", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("term_mark", schema=None) as batch_op:
        batch_op.create_index("ix_term_mark_class_period", ["class_id", "period"], unique=False)
        batch_op.create_index(batch_op.f("ix_term_mark_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_term_mark_seen_hlc"), ["seen_hlc"], unique=False)
        batch_op.create_index("ix_term_mark_student", ["student_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("term_mark", schema=None) as batch_op:
        batch_op.drop_index("ix_term_mark_student")
        batch_op.drop_index(batch_op.f("ix_term_mark_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_term_mark_hlc"))
        batch_op.drop_index("ix_term_mark_class_period")

    op.drop_table("term_mark")
    with op.batch_alter_table("term_closure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_term_closure_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_term_closure_hlc"))
        batch_op.drop_index("ix_term_closure_class_period")

    op.drop_table("term_closure")
    with op.batch_alter_table("modified_target", schema=None) as batch_op:
        batch_op.drop_index("ix_modified_target_student_target")
        batch_op.drop_index(batch_op.f("ix_modified_target_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_modified_target_hlc"))

    op.drop_table("modified_target")
