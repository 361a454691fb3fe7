"""student groups for school-wide equity views, and the indexes school-wide views read by

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 12:30:00.000000

"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "student_group",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("student_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("value", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("student_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_student_group_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_student_group_seen_hlc"), ["seen_hlc"], unique=False)
        batch_op.create_index("ix_student_group_student_kind", ["student_id", "kind"], unique=False)
    # School-wide views: a class's evidence this term.
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(
            "ix_evidence_class_produced", ["class_id", "produced_on"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index("ix_evidence_class_produced")
    with op.batch_alter_table("student_group", schema=None) as batch_op:
        batch_op.drop_index("ix_student_group_student_kind")
        batch_op.drop_index(batch_op.f("ix_student_group_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_student_group_hlc"))
    op.drop_table("student_group")
