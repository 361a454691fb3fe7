"""target wordings in more languages, and a name order per student

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 08:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "target_wording",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("lang", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("statement", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("i_can", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("target_wording", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_target_wording_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_target_wording_seen_hlc"), ["seen_hlc"], unique=False)
        batch_op.create_index("ix_target_wording_target_lang", ["target_id", "lang"], unique=False)
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "name_order",
                sqlmodel.sql.sqltypes.AutoString(),
                nullable=False,
                server_default="given_first",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("student", schema=None) as batch_op:
        batch_op.drop_column("name_order")
    with op.batch_alter_table("target_wording", schema=None) as batch_op:
        batch_op.drop_index("ix_target_wording_target_lang")
        batch_op.drop_index(batch_op.f("ix_target_wording_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_target_wording_hlc"))
    op.drop_table("target_wording")
