"""freight amounts (A7)

A settlement records the freight bill's amount and the amount reimbursed, not only whether A7
applies.  Settlements made before this revision keep ``freight_reimbursed`` as it was and get
NULL amounts: the bill was never typed, so "not recorded" is the truth, where 0 would claim
that nothing was paid.  A CHECK holds the amounts together on both databases.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FREIGHT_AMOUNTS_OK = ("(freight_bill IS NULL AND freight_paid IS NULL) OR (freight_bill >= 0 "
                      "AND (freight_paid IS NULL OR (freight_paid >= 0 "
                      "AND freight_paid <= freight_bill)))")


def upgrade() -> None:
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("freight_bill", sa.Numeric(precision=12, scale=2),
                                      nullable=True))
        batch_op.add_column(sa.Column("freight_paid", sa.Numeric(precision=12, scale=2),
                                      nullable=True))
        batch_op.create_check_constraint(op.f("ck_settlement_freight_amounts"),
                                         FREIGHT_AMOUNTS_OK)


def downgrade() -> None:
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_settlement_freight_amounts"), type_="check")
        batch_op.drop_column("freight_paid")
        batch_op.drop_column("freight_bill")
