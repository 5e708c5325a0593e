"""Administration services: organisations, users, catalogue; permissions and stale forms."""

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.core.errors import Conflict, InvalidInput, NotAllowed
from desktop.core.model import AuditEntry
from desktop.core.rules.catalogue import PartKind, ProductCategory
from desktop.core.rules.roles import OrgKind, Role
from desktop.core.services.admin.catalogue import (
    PartForm,
    ProductForm,
    get_product,
    list_products,
    save_part,
    save_product,
)
from desktop.core.services.admin.orgs import OrgForm, get_org, list_orgs, org_choices, save_org
from desktop.core.services.admin.users import UserForm, list_users, save_user
from desktop.core.services.kernel.actor import SYSTEM, Actor
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.store.db import Database
from tests.conftest import as_user


def test_a_dealer_gets_its_region_and_a_sub_dealer_inherits_it(demo_db: Database,
                                                               admin: Actor) -> None:
    dealer = save_org(demo_db, admin, OrgForm("D-WX01", "无锡新光照明", OrgKind.DEALER, "R-EAST"))
    sub = save_org(demo_db, admin, OrgForm("SD-WX01A", "无锡惠山门市", OrgKind.SUB_DEALER,
                                           "D-WX01"))
    assert dealer.region_code == "R-EAST"
    assert sub.region_code == "R-EAST"
    # Moving the dealer to another region takes its sub-dealer along.
    save_org(demo_db, admin, replace(dealer.as_form(), parent_code="R-SOUTH"))
    assert get_org(demo_db, admin, "SD-WX01A").region_code == "R-SOUTH"


def test_an_organisation_must_fit_the_tree(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as refused:
        save_org(demo_db, admin, OrgForm("DS-X", "分销", OrgKind.DISTRIBUTOR, "R-EAST"))
    assert refused.value.field_name == "parent"
    with pytest.raises(InvalidInput) as missing:
        save_org(demo_db, admin, OrgForm("D-X", "  ", OrgKind.DEALER, "R-EAST"))
    assert missing.value.field_name == "name"


def test_a_duplicate_code_is_a_conflict_and_saves_nothing(demo_db: Database,
                                                          admin: Actor) -> None:
    before = len(list_orgs(demo_db, admin, ListQuery(limit=1000)))
    with pytest.raises(Conflict, match="D-SH01"):
        save_org(demo_db, admin, OrgForm("d-sh01", "重复", OrgKind.DEALER, "R-EAST"))
    assert len(list_orgs(demo_db, admin, ListQuery(limit=1000))) == before


def test_two_admins_editing_one_organisation_one_is_refused(demo_db: Database,
                                                            admin: Actor) -> None:
    shown = get_org(demo_db, admin, "D-HZ01")
    save_org(demo_db, admin, replace(shown.as_form(), phone="0571-1111111"))
    with pytest.raises(Conflict):
        save_org(demo_db, admin, replace(shown.as_form(), phone="0571-2222222"))
    assert get_org(demo_db, admin, "D-HZ01").phone == "0571-1111111"


def test_only_the_administrator_may_administer(demo_db: Database) -> None:
    dealer = as_user(demo_db, "dealer")
    with pytest.raises(NotAllowed):
        save_org(demo_db, dealer, OrgForm("D-Z", "越权", OrgKind.DEALER, "R-EAST"))
    with pytest.raises(NotAllowed):
        list_users(demo_db, dealer)


def test_the_pickers_list_other_kinds_only_for_an_administrator(demo_db: Database,
                                                              admin: Actor) -> None:
    """A dealer's desk picks carriers and depots; it cannot list every dealer, office and
    region (with contacts and addresses) through the picker or look one up by code."""
    dealer = as_user(demo_db, "dealer")
    carriers = org_choices(demo_db, dealer, (OrgKind.CARRIER,))
    assert {o.name for o in carriers} >= {"德邦物流", "顺丰速运"}
    assert {o.kind for o in org_choices(demo_db, dealer, (OrgKind.CARRIER, OrgKind.DEPOT))} == {
        OrgKind.CARRIER, OrgKind.DEPOT}
    for kinds in ((OrgKind.DEALER,), (OrgKind.CARRIER, OrgKind.REGION), ()):
        with pytest.raises(NotAllowed):
            org_choices(demo_db, dealer, kinds)
    with pytest.raises(NotAllowed):
        get_org(demo_db, dealer, "D-GZ01")
    assert get_org(demo_db, dealer, "D-SH01").code == "D-SH01"  # its own
    assert get_org(demo_db, dealer, carriers[0].code).kind == OrgKind.CARRIER
    assert "D-GZ01" in {o.code for o in org_choices(demo_db, admin, (OrgKind.DEALER,))}
    assert len(org_choices(demo_db, admin, ())) > len(carriers)


def test_every_change_is_in_the_audit_log_with_who_and_why(demo_db: Database,
                                                           admin: Actor) -> None:
    shown = get_org(demo_db, admin, "D-NJ01")
    save_org(demo_db, admin, replace(shown.as_form(), name="南京金陵照明"), reason="更名")
    with demo_db.read() as session:
        entry = session.scalars(select(AuditEntry).where(
            AuditEntry.action == "org.update", AuditEntry.entity_id == "D-NJ01")).one()
    assert entry.login == "admin"
    assert entry.reason == "更名"
    assert "南京金陵照明批发部" in entry.changes
    assert "南京金陵照明" in entry.changes


def test_users_role_must_fit_the_organisation(demo_db: Database, admin: Actor) -> None:
    with pytest.raises(InvalidInput) as refused:
        save_user(demo_db, admin, UserForm("x1", "某人", Role.DEALER_STAFF, "HQ", True,
                                           "password1"))
    assert refused.value.field_name == "org"
    with pytest.raises(InvalidInput, match="password"):
        save_user(demo_db, admin, UserForm("x2", "某人", Role.DEALER_STAFF, "D-SH01"))
    row = save_user(demo_db, admin, UserForm("x3", "新人", Role.DEALER_STAFF, "D-SH01", True,
                                             "password1"))
    assert row.org_name == "上海明辉照明经营部"


def test_lists_filter_in_the_database_and_page_by_key(demo_db: Database, admin: Actor) -> None:
    shanghai = list_orgs(demo_db, admin, ListQuery(text="上海"))
    assert {o.code for o in shanghai} == {"D-SH01", "D-SH02", "SD-SH01A"}
    first = list_orgs(demo_db, admin, ListQuery(limit=10))
    second = list_orgs(demo_db, admin, ListQuery(after=first[-1].code, limit=10))
    assert len(first) == 10
    assert second[0].code > first[-1].code
    assert list_orgs(demo_db, admin, ListQuery(text="100%_")) == []


def test_products_with_parts_and_validated_prices(demo_db: Database, admin: Actor) -> None:
    save_part(demo_db, admin, PartForm("DR-50", "驱动电源 50W", PartKind.DRIVER,
                                       ProductCategory.LIGHTING, "18.5"))
    row = save_product(demo_db, admin, ProductForm(
        "gl-5001", "LED 格栅灯 50W", ProductCategory.LIGHTING, "¥1,280.00", True, None,
        (("DR-50", 2),)))
    assert row.code == "GL-5001"
    assert row.unit_price == Decimal("1280.00")
    assert row.parts == (("DR-50", 2),)
    assert row.warranty_months == 36
    with pytest.raises(InvalidInput) as bad_price:
        save_product(demo_db, admin, replace(row.as_form(), unit_price="-3"))
    assert bad_price.value.field_name == "unit_price"
    with pytest.raises(InvalidInput, match="NOPE"):
        save_product(demo_db, admin, replace(row.as_form(), parts=(("NOPE", 1),)))
    assert get_product(demo_db, SYSTEM, "GL-5001").parts == (("DR-50", 2),)


def test_demo_catalogue_covers_both_warranty_categories(demo_db: Database, admin: Actor) -> None:
    products = list_products(demo_db, admin, ListQuery(limit=1000))
    assert len(products) == 50
    months = {p.category: p.warranty_months for p in products}
    assert months == {ProductCategory.LIGHTING: 36, ProductCategory.RIGID_STRIP: 24}
    assert any(p.discontinued_on for p in products)
    assert all(p.parts for p in products)


def test_an_empty_model_asks_to_choose_one(demo_db: Database, admin: Actor) -> None:
    """Not "no product model  ." with nothing between: the clerk is told what to do."""
    from datetime import date

    from desktop.core.rules.transport import ExceptionKind
    from desktop.core.services.transport.exceptions import ExceptionForm, record_exception

    for code in ("", "  "):
        with pytest.raises(InvalidInput, match=r"^Choose a model\.$") as refused:
            get_product(demo_db, admin, code)
        assert refused.value.field_name == "model"
        with pytest.raises(InvalidInput, match=r"^Choose a model\.$") as refused:
            record_exception(demo_db, as_user(demo_db, "dealer"), ExceptionForm(
                ExceptionKind.SHORTAGE, date(2026, 11, 20), ((code, 1),)), date(2026, 11, 20))
        assert refused.value.field_name == "lines"
