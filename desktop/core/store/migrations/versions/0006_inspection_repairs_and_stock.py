"""inspection, repairs and stock

Verdicts and settlements, repair orders with the parts they used, and the spare-parts ledger:
the balance never goes below zero (a CHECK), and the ledger is append-only (triggers).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "part_request",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("dealer_org_id", sa.Integer(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "submitted",
                "approved",
                "rejected",
                name="part_request_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("answer", sa.String(length=400), nullable=False),
        sa.Column("created_by", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["dealer_org_id"],
            ["organisation.id"],
            name=op.f("fk_part_request_dealer_org_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_request")),
        sa.UniqueConstraint("number", name=op.f("uq_part_request_number")),
    )
    with op.batch_alter_table("part_request", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_part_request_dealer_org_id"), ["dealer_org_id"], unique=False
        )

    op.create_table(
        "stock_balance",
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column(
            "grade",
            sa.Enum(
                "new",
                "refurbished",
                name="stock_grade",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_stock_balance_never_negative")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["organisation.id"],
            name=op.f("fk_stock_balance_location_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_stock_balance_part_id_part")
        ),
        sa.PrimaryKeyConstraint("location_id", "part_id", "grade", name=op.f("pk_stock_balance")),
    )
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.create_index("ix_stock_balance_part", ["part_id"], unique=False)

    op.create_table(
        "stock_minimum",
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("minimum", sa.Integer(), nullable=False),
        sa.CheckConstraint("minimum >= 0", name=op.f("ck_stock_minimum_minimum_not_negative")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["organisation.id"],
            name=op.f("fk_stock_minimum_location_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_stock_minimum_part_id_part")
        ),
        sa.PrimaryKeyConstraint("location_id", "part_id", name=op.f("pk_stock_minimum")),
    )
    op.create_table(
        "stock_movement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column(
            "grade",
            sa.Enum(
                "new",
                "refurbished",
                name="movement_grade",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "kind",
            sa.Enum(
                "receipt",
                "issue",
                "transfer_out",
                "transfer_in",
                "adjustment",
                "scrap",
                name="movement_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("ref", sa.String(length=40), nullable=False),
        sa.Column("login", sa.String(length=64), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("quantity <> 0", name=op.f("ck_stock_movement_quantity_not_zero")),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["organisation.id"],
            name=op.f("fk_stock_movement_location_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_stock_movement_part_id_part")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stock_movement")),
    )
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.create_index(
            "ix_stock_movement_part_location", ["part_id", "location_id", "id"], unique=False
        )

    op.create_table(
        "inspection_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "defect",
                "no_fault",
                "human_damage",
                "out_of_warranty",
                "not_accepted",
                "not_covered",
                "safety",
                name="verdict",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "reason",
            sa.Enum(
                "installation",
                "environment",
                "force_majeure",
                "storage",
                "foreign_parts",
                "tampered",
                name="not_covered",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("repairable", sa.Boolean(), nullable=True),
        sa.Column("fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column(
            "quote",
            sa.Enum(
                "none",
                "pending",
                "accepted",
                "declined",
                name="quote_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "remedy",
            sa.Enum(
                "credit",
                "exchange",
                "repaired",
                "returned",
                name="remedy",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("unit_price", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("inspected_by", sa.String(length=64), nullable=False),
        sa.Column("inspected_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("fee >= 0", name=op.f("ck_inspection_item_fee_not_negative")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_inspection_item_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_inspection_item_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_inspection_item_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_item")),
    )
    with op.batch_alter_table("inspection_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_inspection_item_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "part_request_line",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("line_no", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_part_request_line_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_part_request_line_part_id_part")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["part_request.id"],
            name=op.f("fk_part_request_line_request_id_part_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", "line_no", name=op.f("pk_part_request_line")),
    )
    op.create_table(
        "settlement",
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("credit", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("exchange_units", sa.Integer(), nullable=False),
        sa.Column("repaired_units", sa.Integer(), nullable=False),
        sa.Column("returned_units", sa.Integer(), nullable=False),
        sa.Column("fees", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("penalty", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("penalty_waiver", sa.String(length=400), nullable=False),
        sa.Column("freight_reimbursed", sa.Boolean(), nullable=False),
        sa.Column("disqualify", sa.Boolean(), nullable=False),
        sa.Column("disqualify_reason", sa.String(length=400), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("settled_by", sa.String(length=64), nullable=False),
        sa.Column("settled_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("penalty >= 0", name=op.f("ck_settlement_penalty_not_negative")),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_settlement_request_id_return_request"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("request_id", name=op.f("pk_settlement")),
    )
    op.create_table(
        "repair_order",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=True),
        sa.Column("item_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=60), nullable=False),
        sa.Column("date_code", sa.String(length=20), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("project", sa.Boolean(), nullable=False),
        sa.Column("in_warranty", sa.Boolean(), nullable=False),
        sa.Column("fault_found", sa.String(length=400), nullable=False),
        sa.Column("technician", sa.String(length=64), nullable=False),
        sa.Column("minutes", sa.Integer(), nullable=False),
        sa.Column(
            "result",
            sa.Enum(
                "open",
                "repaired",
                "not_repairable",
                name="repair_result",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("fee", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("repaired_parts", sa.String(length=400), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("fee >= 0", name=op.f("ck_repair_order_fee_not_negative")),
        sa.CheckConstraint("minutes >= 0", name=op.f("ck_repair_order_minutes_not_negative")),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_repair_order_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["item_id"],
            ["inspection_item.id"],
            name=op.f("fk_repair_order_item_id_inspection_item"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_repair_order_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["return_request.id"],
            name=op.f("fk_repair_order_request_id_return_request"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_order")),
        sa.UniqueConstraint("number", name=op.f("uq_repair_order_number")),
    )
    with op.batch_alter_table("repair_order", schema=None) as batch_op:
        batch_op.create_index("ix_repair_order_finished", ["finished_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_repair_order_request_id"), ["request_id"], unique=False
        )

    op.create_table(
        "repair_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("repair_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column(
            "grade",
            sa.Enum(
                "new",
                "refurbished",
                name="repair_part_grade",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_repair_part_quantity_positive")),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_repair_part_part_id_part")),
        sa.ForeignKeyConstraint(
            ["repair_id"],
            ["repair_order.id"],
            name=op.f("fk_repair_part_repair_id_repair_order"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_repair_part")),
    )
    with op.batch_alter_table("repair_part", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_repair_part_repair_id"), ["repair_id"], unique=False)

    _create_append_only_triggers()


SQLITE_TRIGGERS = (
    "CREATE TRIGGER stock_movement_no_update BEFORE UPDATE ON stock_movement "
    "BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END",
    "CREATE TRIGGER stock_movement_no_delete BEFORE DELETE ON stock_movement "
    "BEGIN SELECT RAISE(ABORT, 'the stock ledger is append-only'); END",
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION stock_movement_append_only() RETURNS trigger AS $$ "
    "BEGIN RAISE EXCEPTION 'the stock ledger is append-only' "
    "USING ERRCODE = 'integrity_constraint_violation'; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER stock_movement_append_only BEFORE UPDATE OR DELETE ON stock_movement "
    "FOR EACH ROW EXECUTE FUNCTION stock_movement_append_only()",
)


def _create_append_only_triggers() -> None:
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def _drop_append_only_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS stock_movement_no_update")
        op.execute("DROP TRIGGER IF EXISTS stock_movement_no_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS stock_movement_append_only ON stock_movement")
        op.execute("DROP FUNCTION IF EXISTS stock_movement_append_only()")


def downgrade() -> None:
    _drop_append_only_triggers()
    with op.batch_alter_table("repair_part", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_repair_part_repair_id"))

    op.drop_table("repair_part")
    with op.batch_alter_table("repair_order", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_repair_order_request_id"))
        batch_op.drop_index("ix_repair_order_finished")

    op.drop_table("repair_order")
    op.drop_table("settlement")
    op.drop_table("part_request_line")
    with op.batch_alter_table("inspection_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_inspection_item_request_id"))

    op.drop_table("inspection_item")
    with op.batch_alter_table("stock_movement", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_movement_part_location")

    op.drop_table("stock_movement")
    op.drop_table("stock_minimum")
    with op.batch_alter_table("stock_balance", schema=None) as batch_op:
        batch_op.drop_index("ix_stock_balance_part")

    op.drop_table("stock_balance")
    with op.batch_alter_table("part_request", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_part_request_dealer_org_id"))

    op.drop_table("part_request")
