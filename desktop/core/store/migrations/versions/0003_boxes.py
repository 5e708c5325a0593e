"""boxes receipts set-asides counts

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "set_aside",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.String(length=40), nullable=False),
        sa.Column("code", sa.String(length=80), nullable=False),
        sa.Column(
            "reason",
            sa.Enum(
                "garbled",
                "unknown",
                "not_approved",
                "cancelled",
                "other_depot",
                name="aside_reason",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("request_number", sa.String(length=24), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("depot_org_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["depot_org_id"],
            ["organisation.id"],
            name=op.f("fk_set_aside_depot_org_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_set_aside")),
        sa.UniqueConstraint("scan_id", name=op.f("uq_set_aside_scan_id")),
    )
    with op.batch_alter_table("set_aside", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_set_aside_at"), ["at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_set_aside_depot_org_id"), ["depot_org_id"], unique=False
        )

    op.create_table(
        "box",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("box_no", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=32), nullable=False),
        sa.Column("contents", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_box_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_box")),
        sa.UniqueConstraint("code", name=op.f("uq_box_code")),
        sa.UniqueConstraint("request_id", "box_no", name="uq_box_request_box_no"),
    )
    with op.batch_alter_table("box", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_box_request_id"), ["request_id"], unique=False)

    op.create_table(
        "count_line",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("declared", sa.Integer(), nullable=False),
        sa.Column("counted", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("counted_by", sa.String(length=64), nullable=False),
        sa.Column("counted_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_count_line_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_count_line_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "product_id", name=op.f("pk_count_line")),
    )
    op.create_table(
        "box_receipt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("box_id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("scan_id", sa.String(length=40), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("depot_org_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["box_id"], ["box.id"], name=op.f("fk_box_receipt_box_id_box"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["depot_org_id"],
            ["organisation.id"],
            name=op.f("fk_box_receipt_depot_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_box_receipt_request_id_return_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_box_receipt")),
        sa.UniqueConstraint("box_id", name=op.f("uq_box_receipt_box_id")),
        sa.UniqueConstraint("scan_id", name=op.f("uq_box_receipt_scan_id")),
    )
    with op.batch_alter_table("box_receipt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_box_receipt_received_at"), ["received_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_box_receipt_request_id"), ["request_id"], unique=False)

    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.add_column(sa.Column("carrier_org_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("waybill", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("box_count", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(
            sa.Column("boxes_received", sa.Integer(), nullable=False, server_default="0")
        )
        batch_op.add_column(sa.Column("shipped_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_return_request_carrier_org_id_organisation"),
            "organisation",
            ["carrier_org_id"],
            ["id"],
        )


def downgrade() -> None:
    with op.batch_alter_table("return_request", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_return_request_carrier_org_id_organisation"), type_="foreignkey"
        )
        batch_op.drop_column("shipped_at")
        batch_op.drop_column("boxes_received")
        batch_op.drop_column("box_count")
        batch_op.drop_column("waybill")
        batch_op.drop_column("carrier_org_id")

    with op.batch_alter_table("box_receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_box_receipt_request_id"))
        batch_op.drop_index(batch_op.f("ix_box_receipt_received_at"))

    op.drop_table("box_receipt")
    op.drop_table("count_line")
    with op.batch_alter_table("box", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_box_request_id"))

    op.drop_table("box")
    with op.batch_alter_table("set_aside", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_set_aside_depot_org_id"))
        batch_op.drop_index(batch_op.f("ix_set_aside_at"))

    op.drop_table("set_aside")
