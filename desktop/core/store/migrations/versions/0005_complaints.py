"""complaint sheets

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("transport_exception", schema=None) as batch_op:
        batch_op.add_column(sa.Column(
            "direction",
            sa.Enum("delivery", "return", name="exception_direction", native_enum=False,
                    create_constraint=True, length=32),
            nullable=False, server_default="delivery"))
    with op.batch_alter_table("return_line", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reported_at", sa.DateTime(timezone=True), nullable=True))
    op.create_table(
        "complaint_sheet",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("order_ref", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("filed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "not_matching",
                "quality",
                "own_mistake",
                name="complaint_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("unused", sa.Boolean(), nullable=False),
        sa.Column("package_opened", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "filed",
                "answered",
                name="sheet_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "answer",
            sa.Enum(
                "exchange",
                "credit",
                "return_needed",
                "rejected",
                name="sheet_answer",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("answer_note", sa.String(length=400), nullable=False),
        sa.Column("answered_by", sa.String(length=64), nullable=False),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("return_number", sa.String(length=24), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.id"], name=op.f("fk_complaint_sheet_org_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["organisation.id"],
            name=op.f("fk_complaint_sheet_region_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_sheet")),
        sa.UniqueConstraint("number", name=op.f("uq_complaint_sheet_number")),
    )
    with op.batch_alter_table("complaint_sheet", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_sheet_org_id"), ["org_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_complaint_sheet_region_id"), ["region_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_complaint_sheet_state"), ["state"], unique=False)

    op.create_table(
        "complaint_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("problem", sa.String(length=200), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_complaint_line_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_complaint_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["complaint_sheet.id"],
            name=op.f("fk_complaint_line_sheet_id_complaint_sheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_line")),
    )
    with op.batch_alter_table("complaint_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_line_sheet_id"), ["sheet_id"], unique=False)

    op.create_table(
        "complaint_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sheet_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["sheet_id"],
            ["complaint_sheet.id"],
            name=op.f("fk_complaint_photo_sheet_id_complaint_sheet"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_photo")),
    )
    with op.batch_alter_table("complaint_photo", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_complaint_photo_sheet_id"), ["sheet_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("transport_exception", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("ck_transport_exception_exception_direction"), type_="check")
        batch_op.drop_column("direction")
    with op.batch_alter_table("return_line", schema=None) as batch_op:
        batch_op.drop_column("reported_at")
    with op.batch_alter_table("complaint_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_photo_sheet_id"))

    op.drop_table("complaint_photo")
    with op.batch_alter_table("complaint_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_line_sheet_id"))

    op.drop_table("complaint_line")
    with op.batch_alter_table("complaint_sheet", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_sheet_state"))
        batch_op.drop_index(batch_op.f("ix_complaint_sheet_region_id"))
        batch_op.drop_index(batch_op.f("ix_complaint_sheet_org_id"))

    op.drop_table("complaint_sheet")
