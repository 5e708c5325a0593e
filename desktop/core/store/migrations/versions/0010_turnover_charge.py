"""turnover charge (S2)

A settlement charges the dealer for whole lamps exchanged or credited because it lacked the
turnover parts and had not requested them, with the parts it lacked as the reason.  Older
settlements charged nothing: 0 and an empty reason.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("turnover_charge", sa.Numeric(precision=12, scale=2),
                                      nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("turnover_reason", sa.String(length=400),
                                      nullable=False, server_default=""))
        batch_op.create_check_constraint(op.f("ck_settlement_turnover_charge_not_negative"),
                                         "turnover_charge >= 0")
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.alter_column("turnover_charge", server_default=None)
        batch_op.alter_column("turnover_reason", server_default=None)


def downgrade() -> None:
    with op.batch_alter_table("settlement", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_settlement_turnover_charge_not_negative"),
                                 type_="check")
        batch_op.drop_column("turnover_reason")
        batch_op.drop_column("turnover_charge")
