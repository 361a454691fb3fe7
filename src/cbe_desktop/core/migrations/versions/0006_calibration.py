"""calibration between teachers: sets of work, their scores, and the group's consensus

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 09:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "calibration_set",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("made_on", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("leader", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("blind", sa.Boolean(), nullable=False),
        sa.Column("note", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("rubric", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calibration_set", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_set_hlc"), ["hlc"], unique=False)
        batch_op.create_index(batch_op.f("ix_calibration_set_seen_hlc"), ["seen_hlc"], unique=False)
    op.create_table(
        "calibration_piece",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("set_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("label", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("task_title", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("prompt", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("attachment_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calibration_piece", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_piece_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_piece_seen_hlc"), ["seen_hlc"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_calibration_piece_set_id"), ["set_id"], unique=False)
    op.create_table(
        "calibration_source",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("piece_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("evidence_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("original_level", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calibration_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_source_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_source_seen_hlc"), ["seen_hlc"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_calibration_source_piece_id"), ["piece_id"], unique=False
        )
    op.create_table(
        "calibration_score",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("set_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("piece_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scorer", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sa.Float(), nullable=False),
        sa.Column("rationale", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("scored_on", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calibration_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_score_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_score_seen_hlc"), ["seen_hlc"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_calibration_score_set_id"), ["set_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_score_piece_id"), ["piece_id"], unique=False
        )
    op.create_table(
        "calibration_consensus",
        sa.Column("id", sqlmodel.sql.sqltypes.AutoString(length=36), nullable=False),
        sa.Column("hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("origin", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("deleted_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("base_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("seen_hlc", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("set_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("piece_id", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("level", sa.Float(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("exemplar_ids", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("calibration_consensus", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calibration_consensus_hlc"), ["hlc"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_calibration_consensus_seen_hlc"), ["seen_hlc"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_calibration_consensus_set_id"), ["set_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_calibration_consensus_piece_id"), ["piece_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("calibration_consensus", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_consensus_piece_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_consensus_set_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_consensus_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_calibration_consensus_hlc"))
    op.drop_table("calibration_consensus")
    with op.batch_alter_table("calibration_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_score_piece_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_score_set_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_score_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_calibration_score_hlc"))
    op.drop_table("calibration_score")
    with op.batch_alter_table("calibration_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_source_piece_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_source_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_calibration_source_hlc"))
    op.drop_table("calibration_source")
    with op.batch_alter_table("calibration_piece", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_piece_set_id"))
        batch_op.drop_index(batch_op.f("ix_calibration_piece_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_calibration_piece_hlc"))
    op.drop_table("calibration_piece")
    with op.batch_alter_table("calibration_set", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calibration_set_seen_hlc"))
        batch_op.drop_index(batch_op.f("ix_calibration_set_hlc"))
    op.drop_table("calibration_set")
