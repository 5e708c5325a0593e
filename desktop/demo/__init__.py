"""``returndesk demo``: load the demo world through the same services a user goes through."""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select

from desktop.core.errors import Conflict
from desktop.core.i18n import QT_TRANSLATE_NOOP, msg
from desktop.core.model import AuditEntry, Organisation, User
from desktop.core.rules.calendar import DayKind
from desktop.core.rules.roles import OrgKind
from desktop.core.services.access.passwords import hash_password
from desktop.core.services.admin.catalogue import PartForm, ProductForm, save_part, save_product
from desktop.core.services.admin.orgs import OrgForm, save_org
from desktop.core.services.admin.policy import set_calendar_day
from desktop.core.services.kernel.actor import SYSTEM, Actor
from desktop.core.services.kernel.audit import record
from desktop.core.store.db import Database
from desktop.demo import data as d


@dataclass(frozen=True)
class DemoLogin:
    login: str
    password: str
    display_name: str
    role: str
    org_code: str


def has_data(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(func.count()).select_from(Organisation)))


def demo_logins(db: Database) -> list[DemoLogin]:
    """The demo users, when this database was filled by ``returndesk demo`` (else empty)."""
    with db.read() as session:
        loaded = session.scalar(select(func.count()).where(AuditEntry.action == "demo.load"))
        if not loaded:
            return []
        present = set(session.scalars(select(User.login)))
    return [DemoLogin(login, d.DEMO_PASSWORD, name, role.value, org)
            for login, name, role, org in d.USERS if login in present]


STEPS = [
    QT_TRANSLATE_NOOP("Demo", "organisations"),
    QT_TRANSLATE_NOOP("Demo", "products and spare parts"),
    QT_TRANSLATE_NOOP("Demo", "working-day calendar"),
    QT_TRANSLATE_NOOP("Demo", "users"),
    QT_TRANSLATE_NOOP("Demo", "return requests and boxes"),
    QT_TRANSLATE_NOOP("Demo", "transport exceptions"),
    QT_TRANSLATE_NOOP("Demo", "complaint sheets"),
    QT_TRANSLATE_NOOP("Demo", "spare-parts stock and repairs"),
    QT_TRANSLATE_NOOP("Demo", "service cases, callbacks and incidents"),
]
Progress = Callable[[int, int, str], None]
"""Told before each step: its number (from 1), how many there are, its name (a source string
in the "Demo" context, for the caller to translate)."""


def _service(db: Database, users: dict[str, Actor]) -> None:
    from desktop.demo.service import load_demo_service

    load_demo_service(db, users)


def load_demo(db: Database, progress: Progress = lambda _i, _n, _s: None) -> list[DemoLogin]:
    """Fill an empty database with the demo world; refuse one that has data."""
    if has_data(db):
        raise Conflict(msg(QT_TRANSLATE_NOOP(
            "Messages", "This database already holds data; the demo was not loaded. Use an "
            "empty database, or --replace to wipe this one first.")))
    from desktop.demo.complaints import load_demo_complaints
    from desktop.demo.returns import demo_actors, load_demo_returns
    from desktop.demo.stock import load_demo_stock
    from desktop.demo.transport import load_demo_transport

    admin = SYSTEM
    users: dict[str, Actor] = {}

    def organisations() -> None:
        _bootstrap_hq(db)
        _orgs(db, admin)

    def people() -> None:
        _users(db)
        users.update(demo_actors(db))

    steps: list[Callable[[], object]] = [
        organisations,
        lambda: _catalogue(db, admin),
        lambda: _calendar(db, admin),
        people,
        lambda: load_demo_returns(db, users),
        lambda: load_demo_transport(db, users),
        lambda: load_demo_complaints(db, users),
        lambda: load_demo_stock(db, users),
        lambda: _service(db, users),
    ]
    for number, (name, step) in enumerate(zip(STEPS, steps, strict=True), start=1):
        progress(number, len(STEPS), name)
        step()
    with db.write() as session:
        record(session, admin, "demo.load", "database", "demo", "demo data loaded")
        session.commit()
    return demo_logins(db)


def _bootstrap_hq(db: Database) -> None:
    code, name, contact, phone, address = d.HQ
    with db.write() as session:
        session.add(Organisation(code=code, name=name, kind=OrgKind.HQ, contact_person=contact,
                                 phone=phone, address=address, version=1))
        session.commit()


def _orgs(db: Database, admin: Actor) -> None:
    def save(code: str, name: str, kind: OrgKind, parent: str | None, contact: str = "",
             city: str = "") -> None:
        digits = zlib.crc32(code.encode())
        phone = f"0{digits % 900 + 100}-{digits % 9000000 + 1000000}"
        address = f"{city}市{name[:2]}路 {len(name) * 7} 号" if city else ""
        save_org(db, admin, OrgForm(code, name, kind, parent, contact, phone, address))

    for code, name, contact in d.REGIONS:
        save(code, name, OrgKind.REGION, "HQ", contact)
    for code, name, region in d.OFFICES:
        save(code, name, OrgKind.OFFICE, region)
    for (code, name, region, city), contact in zip(d.DEALERS, d.CONTACTS, strict=False):
        save(code, name, OrgKind.DEALER, region, contact, city)
    for code, name, parent in d.SUB_DEALERS:
        save(code, name, OrgKind.SUB_DEALER, parent)
    save(d.AGENT[0], d.AGENT[1], OrgKind.AGENT, d.AGENT[2], "代理商 曾总", "武汉")
    for code, name, parent in d.DISTRIBUTORS:
        save(code, name, OrgKind.DISTRIBUTOR, parent, "", "武汉")
    for code, name, parent, contact, phone, address in d.DEPOTS:
        save_org(db, admin, OrgForm(code, name, OrgKind.DEPOT, parent, contact, phone, address))
    for code, name in d.CARRIERS:
        save(code, name, OrgKind.CARRIER, None, "调度")


def _catalogue(db: Database, admin: Actor) -> None:
    for part_no, name, kind, category, price in d.PARTS:
        save_part(db, admin, PartForm(part_no, name, kind, category, price))
    for prefix, name, category, whole, source, driver, base_price, count in d.FAMILIES:
        for i in range(count):
            watt = 7 + i * 3 if category.value == "lighting" else 10 + i
            code = f"{prefix}-{700 + i + 1:04d}" if prefix != "RS" else f"RS-{1000 + i + 1}"
            parts: tuple[tuple[str, int], ...] = ((source, 1), (driver, 1))
            if prefix == "PL":
                parts += (("ST-PF-600", 1),)
            if prefix == "CL" and i % 2:
                parts += (("EL-SW-01", 1),)
            label = f"{name} {watt}W" if category.value == "lighting" else f"{name} {watt}W/m 1m"
            save_product(db, admin, ProductForm(
                code, label, category, Decimal(base_price) + i * 4, whole, d.DISCONTINUED.get(code),
                parts))


def _calendar(db: Database, admin: Actor) -> None:
    for day, name in d.HOLIDAYS_2026:
        set_calendar_day(db, admin, day, DayKind.HOLIDAY, name)
    for day, name in d.WORKDAYS_2026:
        set_calendar_day(db, admin, day, DayKind.WORKDAY, name)


def _users(db: Database) -> None:
    with db.write() as session:
        orgs = dict(session.execute(select(Organisation.code, Organisation.id)).all())
        for login, name, role, org in d.USERS:
            session.add(User(login=login, display_name=name, role=role, org_id=orgs[org],
                             password_hash=hash_password(d.DEMO_PASSWORD), version=1))
        session.flush()
        for login, _name, role, org in d.USERS:
            record(session, SYSTEM, "user.create", "app_user", login, f"{login} {role} {org}")
        session.commit()
