"""The catalogue: product models and spare parts, kept by the administrator."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.core.errors import Conflict, InvalidInput, NotFound
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import Part, Product, ProductPart
from desktop.core.rules.catalogue import PartKind, ProductCategory, warranty_months
from desktop.core.rules.roles import Capability
from desktop.core.services.kernel.actor import Actor, require
from desktop.core.services.kernel.audit import diff, record
from desktop.core.services.kernel.listing import ALL, ListQuery, apply_keyset, apply_text_filter
from desktop.core.services.kernel.lookup import check_version
from desktop.core.services.kernel.policy import read_policy
from desktop.core.store.db import Database


@dataclass(frozen=True)
class ProductForm:
    code: str
    name: str
    category: ProductCategory
    unit_price: Decimal | str
    is_whole_lamp: bool = True
    discontinued_on: date | None = None
    parts: tuple[tuple[str, int], ...] = ()
    active: bool = True
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class ProductRow:
    id: int
    code: str
    name: str
    category: ProductCategory
    unit_price: Decimal
    is_whole_lamp: bool
    discontinued_on: date | None
    warranty_months: int
    parts: tuple[tuple[str, int], ...]
    active: bool
    version: int

    def as_form(self) -> ProductForm:
        return ProductForm(self.code, self.name, self.category, self.unit_price,
                           self.is_whole_lamp, self.discontinued_on, self.parts, self.active,
                           self.id, self.version)


@dataclass(frozen=True)
class PartForm:
    part_no: str
    name: str
    kind: PartKind
    category: ProductCategory
    unit_price: Decimal | str
    active: bool = True
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class PartRow:
    id: int
    part_no: str
    name: str
    kind: PartKind
    category: ProductCategory
    unit_price: Decimal
    active: bool
    version: int

    def as_form(self) -> PartForm:
        return PartForm(self.part_no, self.name, self.kind, self.category, self.unit_price,
                        self.active, self.id, self.version)


def _product_rows(session: Session, stmt_where: object, query: ListQuery) -> list[ProductRow]:
    stmt = select(Product)
    if stmt_where is not None:
        stmt = stmt.where(stmt_where)  # type: ignore[arg-type]
    stmt = apply_keyset(apply_text_filter(stmt, query.text, Product.code, Product.name), query,
                        Product.code)
    products = session.scalars(stmt).all()
    policy = read_policy(session)
    parts: dict[int, list[tuple[str, int]]] = {}
    if products:
        links = session.execute(
            select(ProductPart.product_id, Part.part_no, ProductPart.quantity)
            .join(Part, Part.id == ProductPart.part_id)
            .where(ProductPart.product_id.in_([p.id for p in products]))
            .order_by(Part.part_no)
        )
        for product_id, part_no, quantity in links:
            parts.setdefault(product_id, []).append((part_no, quantity))
    return [
        ProductRow(p.id, p.code, p.name, p.category, p.unit_price, p.is_whole_lamp,
                   p.discontinued_on, warranty_months(policy, p.category),
                   tuple(parts.get(p.id, ())), p.active, p.version)
        for p in products
    ]


def list_products(db: Database, actor: Actor, query: ListQuery = ALL) -> list[ProductRow]:
    """The catalogue; everybody may read it (the warranty check and return forms need it)."""
    with db.read() as session:
        return _product_rows(session, None, query)


def all_products(db: Database, actor: Actor) -> list[ProductRow]:
    """The whole catalogue, for pickers: every logged-in person may read it."""
    del actor
    with db.read() as session:
        return _product_rows(session, None, ListQuery(limit=1_000_000))


def get_product(db: Database, actor: Actor, code: str) -> ProductRow:
    del actor
    if not code.strip():
        raise _no_model_chosen("model")
    with db.read() as session:
        rows = _product_rows(session, Product.code == code.strip().upper(), ListQuery(limit=1))
    if not rows:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No product model {code}."), code=code))
    return rows[0]


def save_product(db: Database, actor: Actor, form: ProductForm, reason: str = "") -> ProductRow:
    require(actor, Capability.ADMIN_PRODUCTS)
    code, name = _code(form.code, "code"), _name(form.name)
    price = _price(form.unit_price)
    with db.write() as session:
        product = session.get(Product, form.id) if form.id is not None else None
        if form.id is not None and product is None:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Messages", "No product model {code}."),
                               code=code))
        before = _product_snapshot(product) if product else {}
        if product is None:
            product = Product(code=code, version=1)
            session.add(product)
        else:
            check_version(product.version, form.version)
            product.version += 1
        product.code, product.name = code, name
        product.category = ProductCategory(form.category)
        product.unit_price, product.is_whole_lamp = price, form.is_whole_lamp
        product.discontinued_on, product.active = form.discontinued_on, form.active
        try:
            session.flush()
        except IntegrityError as exc:
            raise _in_use(code) from exc
        _set_parts(session, product, form.parts)
        after = _product_snapshot(product) | {"parts": list(form.parts)}
        record(session, actor, "product.update" if before else "product.create", "product",
               code, f"{code} {name}", diff(before, after), reason)
        session.commit()
    return get_product(db, actor, code)


def _set_parts(session: Session, product: Product, parts: tuple[tuple[str, int], ...]) -> None:
    session.execute(delete(ProductPart).where(ProductPart.product_id == product.id))
    seen: set[str] = set()
    for part_no, quantity in parts:
        number = part_no.strip().upper()
        if number in seen:
            continue
        seen.add(number)
        part = session.scalars(select(Part).where(Part.part_no == number)).first()
        if part is None:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No spare part {part_no}."),
                                   part_no=number), "parts")
        if quantity < 1:
            raise InvalidInput(msg(QT_TRANSLATE_NOOP(
                "Messages", "A quantity must be at least 1.")), "parts")
        session.add(ProductPart(product_id=product.id, part_id=part.id, quantity=quantity))


def find_product(session: Session, code: str, field: str = "lines") -> Product:
    """The product with this model code, or a refusal that names the field it came from."""
    if not code.strip():
        raise _no_model_chosen(field)
    product = session.scalars(select(Product).where(Product.code == code.strip().upper())).first()
    if product is None:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "No product model {code}."),
                               code=code.strip()), field)
    return product


def _no_model_chosen(field: str) -> InvalidInput:
    """An empty model: "no product model ''" would be a riddle, this says what to do."""
    return InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "Choose a model.")), field)


def list_parts(db: Database, actor: Actor, query: ListQuery = ALL) -> list[PartRow]:
    with db.read() as session:
        stmt = apply_keyset(apply_text_filter(select(Part), query.text, Part.part_no, Part.name),
                            query, Part.part_no)
        return [_part_row(p) for p in session.scalars(stmt)]


def save_part(db: Database, actor: Actor, form: PartForm, reason: str = "") -> PartRow:
    require(actor, Capability.ADMIN_PRODUCTS)
    form = replace(form, part_no=_code(form.part_no, "part_no"), name=_name(form.name),
                   unit_price=_price(form.unit_price), kind=PartKind(form.kind),
                   category=ProductCategory(form.category))
    with db.write() as session:
        part = session.get(Part, form.id) if form.id is not None else None
        before = _part_snapshot(part) if part else {}
        if part is None:
            part = Part(part_no=form.part_no, version=1)
            session.add(part)
        else:
            check_version(part.version, form.version)
            part.version += 1
        part.part_no, part.name, part.kind = form.part_no, form.name, form.kind
        part.category, part.unit_price = form.category, Decimal(form.unit_price)
        part.active = form.active
        try:
            session.flush()
        except IntegrityError as exc:
            raise _in_use(form.part_no) from exc
        record(session, actor, "part.update" if before else "part.create", "part", part.part_no,
               f"{part.part_no} {part.name}", diff(before, _part_snapshot(part)), reason)
        session.commit()
        return _part_row(part)


def _part_row(p: Part) -> PartRow:
    return PartRow(p.id, p.part_no, p.name, p.kind, p.category, p.unit_price, p.active, p.version)


def _code(value: str, field: str) -> str:
    code = value.strip().upper()
    if not code or len(code) > 40 or not all(c.isalnum() or c in "-_./" for c in code):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "A model or part number has 1 to 40 letters, digits, - _ . or /.")),
            field)
    return code


def _name(value: str) -> str:
    name = value.strip()
    if not name:
        raise InvalidInput(msg(QT_TRANSLATE_NOOP("Messages", "The name is required.")), "name")
    return name


def _price(value: Decimal | str) -> Decimal:
    try:
        price = Decimal(str(value).strip().replace(",", "").replace("¥", ""))
    except InvalidOperation:
        price = Decimal(-1)
    if not price.is_finite() or price < 0 or price >= Decimal("10000000000"):
        raise InvalidInput(msg(QT_TRANSLATE_NOOP(
            "Messages", "The unit price must be a number of yuan, 0 or more.")), "unit_price")
    return price.quantize(Decimal("0.01"))


def _in_use(code: str) -> Conflict:
    return Conflict(msg(QT_TRANSLATE_NOOP("Messages", "The code {code} is already in use."),
                        code=code))


def _product_snapshot(p: Product) -> dict[str, object]:
    return {"code": p.code, "name": p.name, "category": p.category.value,
            "unit_price": str(p.unit_price), "is_whole_lamp": p.is_whole_lamp,
            "discontinued_on": p.discontinued_on, "active": p.active}


def _part_snapshot(p: Part) -> dict[str, object]:
    return {"part_no": p.part_no, "name": p.name, "kind": p.kind.value,
            "category": p.category.value, "unit_price": str(p.unit_price), "active": p.active}
