"""return requests, lines and photos

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "return_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("dealer_org_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("agent_org_id", sa.Integer(), nullable=True),
        sa.Column(
            "state",
            sa.Enum(
                "draft",
                "submitted",
                "reviewed",
                "forwarded_to_agent",
                "approved",
                "shipped",
                "receiving",
                "received",
                "inspected",
                "settled",
                "closed",
                "rejected",
                "cancelled",
                name="return_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reject_reason", sa.String(length=400), nullable=False),
        sa.Column("line_count", sa.Integer(), nullable=False),
        sa.Column("total_quantity", sa.Integer(), nullable=False),
        sa.Column("total_value", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("submitted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("approved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("arrived_on", sa.Date(), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agent_org_id"],
            ["organisation.id"],
            name=op.f("fk_return_request_agent_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["dealer_org_id"],
            ["organisation.id"],
            name=op.f("fk_return_request_dealer_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["organisation.id"],
            name=op.f("fk_return_request_region_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_request")),
        sa.UniqueConstraint("number", name=op.f("uq_return_request_number")),
    )
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.create_index("ix_return_request_agent_id", ["agent_org_id", "id"], unique=False)
        batch_op.create_index("ix_return_request_dealer_id", ["dealer_org_id", "id"], unique=False)
        batch_op.create_index("ix_return_request_region_id", ["region_id", "id"], unique=False)
        batch_op.create_index("ix_return_request_state_id", ["state", "id"], unique=False)

    op.create_table(
        "return_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("date_code", sa.String(length=20), nullable=False),
        sa.Column("production_date", sa.Date(), nullable=False),
        sa.Column("serial", sa.String(length=60), nullable=False),
        sa.Column("fault", sa.String(length=400), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "quality_fault",
                "failed_on_opening",
                "damaged_on_opening",
                "not_matching_order",
                "own_mistake",
                "safety_recall",
                name="return_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "claimant",
            sa.Enum(
                "consumer",
                "dealer",
                name="claimant",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("purchase_date", sa.Date(), nullable=True),
        sa.Column("sale_date", sa.Date(), nullable=True),
        sa.Column(
            "label",
            sa.Enum(
                "intact",
                "torn",
                "altered",
                name="label_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("sample", sa.Boolean(), nullable=False),
        sa.Column("installed_or_used", sa.Boolean(), nullable=False),
        sa.Column("special_order", sa.Boolean(), nullable=False),
        sa.Column("scrap", sa.Boolean(), nullable=False),
        sa.Column("mixed_brand", sa.Boolean(), nullable=False),
        sa.Column("package_opened", sa.Boolean(), nullable=False),
        sa.Column("goods_received_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("order_ref", sa.String(length=40), nullable=False),
        sa.Column("delivery_ref", sa.String(length=40), nullable=False),
        sa.Column("in_warranty", sa.Boolean(), nullable=False),
        sa.Column("warranty_end", sa.Date(), nullable=False),
        sa.Column("warnings", sa.Text(), nullable=False),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_return_line_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_return_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_return_line_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_line")),
    )
    with op.batch_alter_table("return_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_return_line_product_id"), ["product_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_return_line_request_id"), ["request_id"], unique=False)

    op.create_table(
        "return_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_return_photo_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_photo")),
    )
    with op.batch_alter_table("return_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_return_photo_request_id"), ["request_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("return_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_photo_request_id"))

    op.drop_table("return_photo")
    with op.batch_alter_table("return_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_line_request_id"))
        batch_op.drop_index(batch_op.f("ix_return_line_product_id"))

    op.drop_table("return_line")
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.drop_index("ix_return_request_state_id")
        batch_op.drop_index("ix_return_request_region_id")
        batch_op.drop_index("ix_return_request_dealer_id")
        batch_op.drop_index("ix_return_request_agent_id")

    op.drop_table("return_request")
