"""service desk

Service cases (C2–C3) with their callbacks, replaced parts and linked records; part
replacement claims (S4); major quality incident applications (C4); photos.  A case is closed
only by a satisfied callback of its own: a CHECK asks for the closing callback and triggers on
both databases refuse any other.  The serial and the model + date code of return lines, repair
orders and cases are indexed for a unit's history and the repeat-repair classes.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CLOSED_WITHOUT = (
    "NEW.state = 'closed' AND NOT EXISTS (SELECT 1 FROM service_callback c "
    "WHERE c.id = NEW.closed_by_callback_id AND c.case_id = NEW.id "
    "AND c.reached AND c.satisfied)"
)
MESSAGE = "a service case is closed only by a satisfied callback"
SQLITE_TRIGGERS = tuple(
    f"CREATE TRIGGER service_case_closed_{when.split()[0].lower()} BEFORE {when} "
    f"ON service_case WHEN {CLOSED_WITHOUT} BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    for when in ("INSERT", "UPDATE")
)
POSTGRES_TRIGGERS = (
    "CREATE FUNCTION service_case_closed_by_callback() RETURNS trigger AS $$ "
    f"BEGIN IF {CLOSED_WITHOUT} THEN RAISE EXCEPTION '{MESSAGE}' "
    "USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END; $$ LANGUAGE plpgsql",
    "CREATE TRIGGER service_case_closed_by_callback BEFORE INSERT OR UPDATE ON service_case "
    "FOR EACH ROW EXECUTE FUNCTION service_case_closed_by_callback()",
)


def upgrade() -> None:
    op.create_table(
        "service_case",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "registered",
                "assigned",
                "in_progress",
                "completed",
                "closed",
                name="case_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "channel",
            sa.Enum(
                "phone",
                "in_person",
                "written",
                name="case_channel",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "priority",
            sa.Enum(
                "urgent",
                "normal",
                name="case_priority",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("complaint", sa.Boolean(), nullable=False),
        sa.Column("about_attitude", sa.Boolean(), nullable=False),
        sa.Column("customer", sa.String(length=120), nullable=False),
        sa.Column("contact", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=200), nullable=False),
        sa.Column("dealer_org_id", sa.Integer(), nullable=True),
        sa.Column("region_id", sa.Integer(), nullable=True),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=60), nullable=False),
        sa.Column("date_code", sa.String(length=20), nullable=False),
        sa.Column("fault", sa.Text(), nullable=False),
        sa.Column("taken_by", sa.String(length=64), nullable=False),
        sa.Column("registered_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("respond_by", sa.DateTime(timezone=True), nullable=False),
        sa.Column("in_warranty", sa.Boolean(), nullable=False),
        sa.Column("warranty_refused", sa.Boolean(), nullable=False),
        sa.Column("warranty_end", sa.Date(), nullable=True),
        sa.Column("warranty_note", sa.Text(), nullable=False),
        sa.Column("reply_mode", sa.String(length=20), nullable=False),
        sa.Column("reply", sa.Text(), nullable=False),
        sa.Column("replied_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assignee_login", sa.String(length=64), nullable=False),
        sa.Column("service_point_id", sa.Integer(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("confirmed_by", sa.String(length=64), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("work_done", sa.Text(), nullable=False),
        sa.Column("result", sa.String(length=400), nullable=False),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_due_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_satisfied", sa.Boolean(), nullable=True),
        sa.Column("reopened", sa.Integer(), nullable=False),
        sa.Column("earlier_repairs", sa.Integer(), nullable=False),
        sa.Column("earlier_refs", sa.String(length=400), nullable=False),
        sa.Column("klass", sa.String(length=40), nullable=False),
        sa.Column("tags", sa.String(length=200), nullable=False),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_by_callback_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "state <> 'closed' OR closed_by_callback_id IS NOT NULL",
            name=op.f("ck_service_case_closed_by_a_callback"),
        ),
        sa.ForeignKeyConstraint(
            ["dealer_org_id"],
            ["organisation.id"],
            name=op.f("fk_service_case_dealer_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["product_id"], ["product.id"], name=op.f("fk_service_case_product_id_product")
        ),
        sa.ForeignKeyConstraint(
            ["region_id"], ["organisation.id"], name=op.f("fk_service_case_region_id_organisation")
        ),
        sa.ForeignKeyConstraint(
            ["service_point_id"],
            ["organisation.id"],
            name=op.f("fk_service_case_service_point_id_organisation"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_case")),
        sa.UniqueConstraint("number", name=op.f("uq_service_case_number")),
    )
    op.create_index(
        op.f("ix_service_case_callback_due_at"), "service_case", ["callback_due_at"], unique=False
    )
    op.create_index(
        op.f("ix_service_case_completed_at"), "service_case", ["completed_at"], unique=False
    )
    op.create_index(
        op.f("ix_service_case_dealer_org_id"), "service_case", ["dealer_org_id"], unique=False
    )
    op.create_index(
        op.f("ix_service_case_registered_at"), "service_case", ["registered_at"], unique=False
    )
    op.create_index(op.f("ix_service_case_serial"), "service_case", ["serial"], unique=False)
    op.create_index(op.f("ix_service_case_state"), "service_case", ["state"], unique=False)
    op.create_index(
        "ix_service_case_unit", "service_case", ["product_id", "date_code"], unique=False
    )
    op.create_table(
        "part_claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("dealer_org_id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=True),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("serial", sa.String(length=60), nullable=False),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "claimed",
                "part_requested",
                "accepted",
                "written_off",
                "rejected",
                name="claim_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column(
            "settle",
            sa.Enum(
                "replenish",
                "credit",
                name="claim_settle",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=True,
        ),
        sa.Column("credit", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("claimed_by", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("note", sa.String(length=400), nullable=False),
        sa.Column("written_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_part_claim_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["service_case.id"], name=op.f("fk_part_claim_case_id_service_case")
        ),
        sa.ForeignKeyConstraint(
            ["dealer_org_id"],
            ["organisation.id"],
            name=op.f("fk_part_claim_dealer_org_id_organisation"),
        ),
        sa.ForeignKeyConstraint(["part_id"], ["part.id"], name=op.f("fk_part_claim_part_id_part")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_part_claim")),
        sa.UniqueConstraint("number", name=op.f("uq_part_claim_number")),
    )
    op.create_index(
        op.f("ix_part_claim_dealer_org_id"), "part_claim", ["dealer_org_id"], unique=False
    )
    op.create_table(
        "quality_incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "whole_replacement",
                "refund",
                "compensation",
                name="incident_kind",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=12, scale=2), nullable=False),
        sa.Column("justification", sa.Text(), nullable=False),
        sa.Column(
            "state",
            sa.Enum(
                "applied",
                "approved",
                "rejected",
                name="incident_state",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.Column("applied_by", sa.String(length=64), nullable=False),
        sa.Column("applied_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_by", sa.String(length=64), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("decision_reason", sa.String(length=400), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("amount >= 0", name=op.f("ck_quality_incident_amount_not_negative")),
        sa.ForeignKeyConstraint(
            ["case_id"], ["service_case.id"], name=op.f("fk_quality_incident_case_id_service_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quality_incident")),
        sa.UniqueConstraint("number", name=op.f("uq_quality_incident_number")),
    )
    op.create_index(
        op.f("ix_quality_incident_case_id"), "quality_incident", ["case_id"], unique=False
    )
    op.create_index(op.f("ix_quality_incident_state"), "quality_incident", ["state"], unique=False)
    op.create_table(
        "service_callback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("attempt", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=64), nullable=False),
        sa.Column("reached", sa.Boolean(), nullable=False),
        sa.Column("satisfied", sa.Boolean(), nullable=True),
        sa.Column("reason", sa.String(length=400), nullable=False),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["service_case.id"], name=op.f("fk_service_callback_case_id_service_case")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_callback")),
    )
    op.create_index(
        op.f("ix_service_callback_case_id"), "service_callback", ["case_id"], unique=False
    )
    op.create_table(
        "service_case_link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ref", sa.String(length=24), nullable=False),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["service_case.id"],
            name=op.f("fk_service_case_link_case_id_service_case"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_case_link")),
    )
    op.create_index(
        op.f("ix_service_case_link_case_id"), "service_case_link", ["case_id"], unique=False
    )
    op.create_table(
        "service_case_part",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("case_id", sa.Integer(), nullable=False),
        sa.Column("part_id", sa.Integer(), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column(
            "old_part",
            sa.Enum(
                "returned_to_hq",
                "kept_for_write_off",
                "left_with_customer",
                "scrapped",
                name="old_part_fate",
                native_enum=False,
                create_constraint=True,
                length=32,
            ),
            nullable=False,
        ),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_service_case_part_quantity_positive")),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["service_case.id"],
            name=op.f("fk_service_case_part_case_id_service_case"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["part_id"], ["part.id"], name=op.f("fk_service_case_part_part_id_part")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_case_part")),
    )
    op.create_index(
        op.f("ix_service_case_part_case_id"), "service_case_part", ["case_id"], unique=False
    )
    op.create_table(
        "service_photo",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("filename", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=40), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("thumbnail", sa.LargeBinary(), nullable=False),
        sa.Column("added_by", sa.String(length=64), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["part_claim.id"],
            name=op.f("fk_service_photo_claim_id_part_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"],
            ["quality_incident.id"],
            name=op.f("fk_service_photo_incident_id_quality_incident"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_photo")),
    )
    op.create_index(op.f("ix_service_photo_claim_id"), "service_photo", ["claim_id"], unique=False)
    op.create_index(
        op.f("ix_service_photo_incident_id"), "service_photo", ["incident_id"], unique=False
    )
    op.create_index(op.f("ix_repair_order_serial"), "repair_order", ["serial"], unique=False)
    op.create_index(
        "ix_repair_order_unit", "repair_order", ["product_id", "date_code"], unique=False
    )
    op.create_index(op.f("ix_return_line_serial"), "return_line", ["serial"], unique=False)
    op.create_index("ix_return_line_unit", "return_line", ["product_id", "date_code"], unique=False)
    dialect = op.get_bind().dialect.name
    for statement in SQLITE_TRIGGERS if dialect == "sqlite" else POSTGRES_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS service_case_closed_insert")
        op.execute("DROP TRIGGER IF EXISTS service_case_closed_update")
    else:
        op.execute("DROP TRIGGER IF EXISTS service_case_closed_by_callback ON service_case")
        op.execute("DROP FUNCTION IF EXISTS service_case_closed_by_callback()")

    op.drop_index("ix_return_line_unit", table_name="return_line")
    op.drop_index(op.f("ix_return_line_serial"), table_name="return_line")
    op.drop_index("ix_repair_order_unit", table_name="repair_order")
    op.drop_index(op.f("ix_repair_order_serial"), table_name="repair_order")
    op.drop_index(op.f("ix_service_photo_incident_id"), table_name="service_photo")
    op.drop_index(op.f("ix_service_photo_claim_id"), table_name="service_photo")
    op.drop_table("service_photo")
    op.drop_index(op.f("ix_service_case_part_case_id"), table_name="service_case_part")
    op.drop_table("service_case_part")
    op.drop_index(op.f("ix_service_case_link_case_id"), table_name="service_case_link")
    op.drop_table("service_case_link")
    op.drop_index(op.f("ix_service_callback_case_id"), table_name="service_callback")
    op.drop_table("service_callback")
    op.drop_index(op.f("ix_quality_incident_state"), table_name="quality_incident")
    op.drop_index(op.f("ix_quality_incident_case_id"), table_name="quality_incident")
    op.drop_table("quality_incident")
    op.drop_index(op.f("ix_part_claim_dealer_org_id"), table_name="part_claim")
    op.drop_table("part_claim")
    op.drop_index("ix_service_case_unit", table_name="service_case")
    op.drop_index(op.f("ix_service_case_state"), table_name="service_case")
    op.drop_index(op.f("ix_service_case_serial"), table_name="service_case")
    op.drop_index(op.f("ix_service_case_registered_at"), table_name="service_case")
    op.drop_index(op.f("ix_service_case_dealer_org_id"), table_name="service_case")
    op.drop_index(op.f("ix_service_case_completed_at"), table_name="service_case")
    op.drop_index(op.f("ix_service_case_callback_due_at"), table_name="service_case")
    op.drop_table("service_case")
