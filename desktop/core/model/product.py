"""The catalogue: product models (型号) and their spare parts (配件)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String
from sqlalchemy.orm import Mapped, mapped_column

from desktop.core.model.base import Base, Versioned, portable_enum
from desktop.core.rules.catalogue import PartKind, ProductCategory

MONEY = Numeric(12, 2, asdecimal=True)


class Product(Versioned, Base):
    __tablename__ = "product"
    __table_args__ = (CheckConstraint("unit_price >= 0", name="price_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    category: Mapped[ProductCategory] = mapped_column(
        portable_enum(ProductCategory, "product_category")
    )
    unit_price: Mapped[Decimal] = mapped_column(MONEY)
    is_whole_lamp: Mapped[bool] = mapped_column(default=True)
    discontinued_on: Mapped[date | None]
    active: Mapped[bool] = mapped_column(default=True)


class Part(Versioned, Base):
    __tablename__ = "part"
    __table_args__ = (CheckConstraint("unit_price >= 0", name="price_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    part_no: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    kind: Mapped[PartKind] = mapped_column(portable_enum(PartKind, "part_kind"))
    category: Mapped[ProductCategory] = mapped_column(
        portable_enum(ProductCategory, "part_category")
    )
    unit_price: Mapped[Decimal] = mapped_column(MONEY)
    active: Mapped[bool] = mapped_column(default=True)


class ProductPart(Base):
    """Which spare parts a product uses, and how many per unit."""

    __tablename__ = "product_part"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)

    product_id: Mapped[int] = mapped_column(
        ForeignKey("product.id", ondelete="CASCADE"), primary_key=True
    )
    part_id: Mapped[int] = mapped_column(ForeignKey("part.id"), primary_key=True, index=True)
    quantity: Mapped[int] = mapped_column(default=1)


__all__ = ["Part", "PartKind", "Product", "ProductCategory", "ProductPart"]
