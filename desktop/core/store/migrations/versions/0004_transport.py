"""transport exceptions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "transport_exception",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("org_id", sa.Integer(), nullable=False),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("reference", sa.String(length=40), nullable=False),
        sa.Column("carrier_org_id", sa.Integer(), nullable=True),
        sa.Column("waybill", sa.String(length=40), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("reported_on", sa.Date(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "loss",
                "shortage",
                "wrong_goods",
                "damage",
                "mass_breakage",
                name="exception_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("signer_name", sa.String(length=60), nullable=False),
        sa.Column("carrier_signed", sa.Boolean(), nullable=False),
        sa.Column("responsible_party", sa.String(length=120), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "recorded",
                "late",
                "decided",
                name="exception_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("late_reason", sa.String(length=400), nullable=False),
        sa.Column(
            "decision",
            sa.Enum(
                "full_credit",
                "exchange",
                "carrier_claim",
                "rejected",
                name="exception_decision",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("decision_note", sa.String(length=400), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carrier_org_id"],
            ["organisation.id"],
            name=op.f("fk_transport_exception_carrier_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["org_id"], ["organisation.id"], name=op.f("fk_transport_exception_org_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"],
            ["organisation.id"],
            name=op.f("fk_transport_exception_region_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_exception")),
        sa.UniqueConstraint("number", name=op.f("uq_transport_exception_number")),
    )
    with op.batch_alter_table("transport_exception", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_transport_exception_org_id"), ["org_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_transport_exception_region_id"), ["region_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_transport_exception_state"), ["state"], unique=False)

    op.create_table(
        "transport_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exception_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_transport_line_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["exception_id"],
            ["transport_exception.id"],
            name=op.f("fk_transport_line_exception_id_transport_exception"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_transport_line_product_id_product")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_line")),
    )
    with op.batch_alter_table("transport_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transport_line_exception_id"), ["exception_id"], unique=False
        )

    op.create_table(
        "transport_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exception_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("signed_record", sa.Boolean(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["exception_id"],
            ["transport_exception.id"],
            name=op.f("fk_transport_photo_exception_id_transport_exception"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_transport_photo")),
    )
    with op.batch_alter_table("transport_photo", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_transport_photo_exception_id"), ["exception_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("transport_photo", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transport_photo_exception_id"))

    op.drop_table("transport_photo")
    with op.batch_alter_table("transport_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transport_line_exception_id"))

    op.drop_table("transport_line")
    with op.batch_alter_table("transport_exception", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_transport_exception_state"))
        batch_op.drop_index(batch_op.f("ix_transport_exception_region_id"))
        batch_op.drop_index(batch_op.f("ix_transport_exception_org_id"))

    op.drop_table("transport_exception")
