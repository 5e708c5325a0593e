"""Which pages exist, who may open them, and how each is built (lazily, on first visit)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.roles import Capability, may
from desktop.core.services.kernel.actor import Actor

PageFactory = Callable[[Backend], QWidget]


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source in the "Navigation" context
    capability: Capability | None  # None: every role
    factory: PageFactory
    hq_only: bool = False
    or_capability: Capability | None = None  # a second capability that also opens it

    def open_to(self, actor: Actor) -> bool:
        if self.hq_only and not actor.is_hq:
            return False
        if self.capability is None:
            return True
        return may(actor.role, self.capability) or (
            self.or_capability is not None and may(actor.role, self.or_capability))


def home_page(backend: Backend) -> QWidget:
    from desktop.ui.home.page import HomePage

    return HomePage(backend)


def _catalogue(backend: Backend) -> QWidget:
    from desktop.ui.admin.products import products_page

    return products_page(backend, editable=False)


def _lazy(module: str, name: str) -> PageFactory:
    """A page built by ``module.name(backend)``, imported on the first visit only."""
    def build(backend: Backend) -> QWidget:
        from importlib import import_module

        factory: PageFactory = getattr(import_module(module), name)
        return factory(backend)

    return build


def _returns(view: str) -> PageFactory:
    def build(backend: Backend) -> QWidget:
        from desktop.core.rules.workflow import Action
        from desktop.core.services.returns.query import RequestView
        from desktop.ui.returns.request_lists import ReturnsPage

        if view == "own":
            return ReturnsPage(backend, RequestView.ALL, can_file=True)
        if view == "review":
            return ReturnsPage(backend, RequestView.REVIEW, bulk=(Action.REVIEW, Action.REJECT))
        if view == "approve":
            return ReturnsPage(backend, RequestView.APPROVE,
                               bulk=(Action.APPROVE, Action.REJECT))
        return ReturnsPage(backend, RequestView.ALL)

    return build


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", QT_TRANSLATE_NOOP("Navigation", "Home"), None, home_page),
    PageSpec("callbacks", QT_TRANSLATE_NOOP("Navigation", "Callbacks due"),
             Capability.SERVICE_DESK, _lazy("desktop.ui.service.cases", "callbacks_page")),
    PageSpec("service_cases", QT_TRANSLATE_NOOP("Navigation", "Service cases"),
             Capability.SERVICE_VIEW, _lazy("desktop.ui.service.cases", "cases_page")),
    PageSpec("incidents", QT_TRANSLATE_NOOP("Navigation", "Major incident approvals"),
             Capability.INCIDENT_DECIDE, _lazy("desktop.ui.service.incidents",
                                               "incidents_page")),
    PageSpec("unit_history", QT_TRANSLATE_NOOP("Navigation", "Unit history"),
             Capability.UNIT_HISTORY, _lazy("desktop.ui.service.units", "unit_history_page")),
    PageSpec("part_claims", QT_TRANSLATE_NOOP("Navigation", "Part replacement claims"),
             Capability.PART_CLAIMS, _lazy("desktop.ui.service.claims", "claims_page"),
             or_capability=Capability.PART_CLAIMS_DECIDE),
    PageSpec("receiving", QT_TRANSLATE_NOOP("Navigation", "Receiving desk"),
             Capability.RECEIVING, _lazy("desktop.ui.receiving.desk", "ReceivingDesk")),
    PageSpec("returns_own", QT_TRANSLATE_NOOP("Navigation", "My return requests"),
             Capability.RETURNS_OWN, _returns("own")),
    PageSpec("returns_review", QT_TRANSLATE_NOOP("Navigation", "Region review"),
             Capability.RETURNS_REVIEW, _returns("review")),
    PageSpec("returns_approve", QT_TRANSLATE_NOOP("Navigation", "Approval queue"),
             Capability.RETURNS_APPROVE, _returns("approve")),
    PageSpec("returns_all", QT_TRANSLATE_NOOP("Navigation", "All return requests"),
             Capability.RETURNS_VIEW, _returns("all")),
    PageSpec("inspection", QT_TRANSLATE_NOOP("Navigation", "Inspection"),
             Capability.INSPECTION, _lazy("desktop.ui.inspection.page", "InspectionPage")),
    PageSpec("repairs", QT_TRANSLATE_NOOP("Navigation", "Repair orders"),
             Capability.INSPECTION, _lazy("desktop.ui.repairs.page", "RepairsPage")),
    PageSpec("settlement", QT_TRANSLATE_NOOP("Navigation", "Settlement"),
             Capability.RETURNS_APPROVE, _lazy("desktop.ui.inspection.page", "InspectionPage")),
    PageSpec("inspection_results", QT_TRANSLATE_NOOP("Navigation", "Inspection results"),
             Capability.RETURNS_OWN, _lazy("desktop.ui.inspection.page", "InspectionPage")),
    PageSpec("stock", QT_TRANSLATE_NOOP("Navigation", "Spare-parts stock"),
             Capability.STOCK, _lazy("desktop.ui.stock.page", "StockPage")),
    PageSpec("part_requests", QT_TRANSLATE_NOOP("Navigation", "Part requests"),
             Capability.STOCK, _lazy("desktop.ui.stock.requests", "PartRequestsPage")),
    PageSpec("stock_gaps", QT_TRANSLATE_NOOP("Navigation", "Turnover gaps"),
             Capability.STOCK, _lazy("desktop.ui.stock.requests", "gaps_page")),
    PageSpec("retention", QT_TRANSLATE_NOOP("Navigation", "Retention list"),
             Capability.STOCK, _lazy("desktop.ui.stock.requests", "retention_page"),
             hq_only=True),
    PageSpec("transport", QT_TRANSLATE_NOOP("Navigation", "Transport exceptions"),
             Capability.TRANSPORT, _lazy("desktop.ui.transport.page", "transport_page")),
    PageSpec("complaints", QT_TRANSLATE_NOOP("Navigation", "Complaint sheets"),
             Capability.COMPLAINTS, _lazy("desktop.ui.complaints.page", "complaints_page")),
    PageSpec("figures", QT_TRANSLATE_NOOP("Navigation", "Figures"), Capability.FIGURES,
             _lazy("desktop.ui.figures.page", "figures_page")),
    PageSpec("warranty", QT_TRANSLATE_NOOP("Navigation", "Warranty check"),
             Capability.WARRANTY_CHECK, _lazy("desktop.ui.warranty.page", "WarrantyPage")),
    PageSpec("catalogue", QT_TRANSLATE_NOOP("Navigation", "Product catalogue"), None, _catalogue),
    PageSpec("orgs", QT_TRANSLATE_NOOP("Navigation", "Organisations"), Capability.ADMIN_ORGS,
             _lazy("desktop.ui.admin.orgs", "orgs_page")),
    PageSpec("users", QT_TRANSLATE_NOOP("Navigation", "Users"), Capability.ADMIN_USERS,
             _lazy("desktop.ui.admin.users", "users_page")),
    PageSpec("products", QT_TRANSLATE_NOOP("Navigation", "Products"), Capability.ADMIN_PRODUCTS,
             _lazy("desktop.ui.admin.products", "products_page")),
    PageSpec("parts", QT_TRANSLATE_NOOP("Navigation", "Spare parts"), Capability.ADMIN_PRODUCTS,
             _lazy("desktop.ui.admin.products", "parts_page")),
    PageSpec("policy", QT_TRANSLATE_NOOP("Navigation", "Policy settings"),
             Capability.ADMIN_POLICY, _lazy("desktop.ui.admin.policy", "policy_page")),
    PageSpec("calendar", QT_TRANSLATE_NOOP("Navigation", "Working-day calendar"),
             Capability.ADMIN_CALENDAR, _lazy("desktop.ui.admin.policy", "calendar_page")),
)


def pages_for(actor: Actor) -> list[PageSpec]:
    """The pages the actor's role may open, in navigation order.  The administrator edits the
    catalogue on the Products page, so the read-only catalogue is left out for them."""
    visible = [p for p in PAGES if p.open_to(actor)]
    if may(actor.role, Capability.ADMIN_PRODUCTS):
        visible = [p for p in visible if p.key != "catalogue"]
    return visible
