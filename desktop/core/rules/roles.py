"""Roles, organisation kinds and what each role may use (SPEC "People and what they do")."""

from __future__ import annotations

from enum import StrEnum

from desktop.core.i18n import QT_TRANSLATE_NOOP

CTX = "Roles"


class Role(StrEnum):
    DEALER_STAFF = "dealer_staff"
    REGIONAL_MANAGER = "regional_manager"
    ORDER_DEPT = "order_dept"
    WAREHOUSE = "warehouse"
    TECHNICIAN = "technician"
    CUSTOMER_SERVICE = "customer_service"
    MANAGEMENT = "management"
    ADMIN = "admin"


ROLE_LABELS: dict[Role, str] = {
    Role.DEALER_STAFF: QT_TRANSLATE_NOOP("Roles", "Dealer staff"),
    Role.REGIONAL_MANAGER: QT_TRANSLATE_NOOP("Roles", "Regional manager"),
    Role.ORDER_DEPT: QT_TRANSLATE_NOOP("Roles", "Order department"),
    Role.WAREHOUSE: QT_TRANSLATE_NOOP("Roles", "Warehouse clerk"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Roles", "Technician"),
    Role.CUSTOMER_SERVICE: QT_TRANSLATE_NOOP("Roles", "Customer service"),
    Role.MANAGEMENT: QT_TRANSLATE_NOOP("Roles", "Management"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Roles", "Administrator"),
}


class OrgKind(StrEnum):
    HQ = "hq"
    REGION = "region"
    OFFICE = "office"
    DEALER = "dealer"
    SUB_DEALER = "sub_dealer"
    DISTRIBUTOR = "distributor"
    AGENT = "agent"
    DEPOT = "depot"
    CARRIER = "carrier"


ORG_KIND_LABELS: dict[OrgKind, str] = {
    OrgKind.HQ: QT_TRANSLATE_NOOP("Roles", "Headquarters"),
    OrgKind.REGION: QT_TRANSLATE_NOOP("Roles", "Region"),
    OrgKind.OFFICE: QT_TRANSLATE_NOOP("Roles", "Regional office"),
    OrgKind.DEALER: QT_TRANSLATE_NOOP("Roles", "Dealer"),
    OrgKind.SUB_DEALER: QT_TRANSLATE_NOOP("Roles", "Sub-dealer"),
    OrgKind.DISTRIBUTOR: QT_TRANSLATE_NOOP("Roles", "Distributor"),
    OrgKind.AGENT: QT_TRANSLATE_NOOP("Roles", "Agent"),
    OrgKind.DEPOT: QT_TRANSLATE_NOOP("Roles", "Depot"),
    OrgKind.CARRIER: QT_TRANSLATE_NOOP("Roles", "Carrier"),
}

# Which kind of organisation a kind hangs under (None: top level).  A dealer belongs to a
# region, a sub-dealer to a dealer, a distributor to its agent (A1), a depot to HQ or an agent.
PARENT_KINDS: dict[OrgKind, frozenset[OrgKind]] = {
    OrgKind.HQ: frozenset(),
    OrgKind.REGION: frozenset({OrgKind.HQ}),
    OrgKind.OFFICE: frozenset({OrgKind.REGION}),
    OrgKind.DEALER: frozenset({OrgKind.REGION}),
    OrgKind.SUB_DEALER: frozenset({OrgKind.DEALER}),
    OrgKind.AGENT: frozenset({OrgKind.REGION}),
    OrgKind.DISTRIBUTOR: frozenset({OrgKind.AGENT}),
    OrgKind.DEPOT: frozenset({OrgKind.HQ, OrgKind.AGENT}),
    OrgKind.CARRIER: frozenset(),
}

# Which organisation kinds a role's user may belong to.
ROLE_ORG_KINDS: dict[Role, frozenset[OrgKind]] = {
    Role.DEALER_STAFF: frozenset(
        {OrgKind.DEALER, OrgKind.SUB_DEALER, OrgKind.DISTRIBUTOR, OrgKind.AGENT, OrgKind.OFFICE}
    ),
    Role.REGIONAL_MANAGER: frozenset({OrgKind.REGION}),
    Role.ORDER_DEPT: frozenset({OrgKind.HQ}),
    Role.WAREHOUSE: frozenset({OrgKind.HQ, OrgKind.DEPOT}),
    Role.TECHNICIAN: frozenset({OrgKind.HQ}),
    Role.CUSTOMER_SERVICE: frozenset({OrgKind.HQ}),
    Role.MANAGEMENT: frozenset({OrgKind.HQ}),
    Role.ADMIN: frozenset({OrgKind.HQ}),
}

HQ_ROLES = frozenset(
    {
        Role.ORDER_DEPT,
        Role.WAREHOUSE,
        Role.TECHNICIAN,
        Role.CUSTOMER_SERVICE,
        Role.MANAGEMENT,
        Role.ADMIN,
    }
)


class Capability(StrEnum):
    """What a screen or a service needs; the navigation shows only what the role has."""

    WARRANTY_CHECK = "warranty_check"
    RETURNS_OWN = "returns_own"
    RETURNS_REVIEW = "returns_review"
    RETURNS_APPROVE = "returns_approve"
    RETURNS_VIEW = "returns_view"
    RECEIVING = "receiving"
    INSPECTION = "inspection"
    COMPLAINTS = "complaints"
    TRANSPORT = "transport"
    STOCK = "stock"
    FIGURES = "figures"
    AUDIT = "audit"
    ADMIN_ORGS = "admin_orgs"
    ADMIN_USERS = "admin_users"
    ADMIN_PRODUCTS = "admin_products"
    ADMIN_POLICY = "admin_policy"
    ADMIN_CALENDAR = "admin_calendar"
    SERVICE_DESK = "service_desk"        # register, assign, call back (customer service)
    SERVICE_VIEW = "service_view"        # see service cases (a dealer: its own)
    SERVICE_WORK = "service_work"        # confirm and record work on a case assigned to one
    UNIT_HISTORY = "unit_history"        # a unit's history by serial or model + date code
    PART_CLAIMS = "part_claims"          # a dealer claims a part replaced in the field (S4)
    PART_CLAIMS_DECIDE = "part_claims_decide"  # the technical department decides, writes off
    INCIDENT_APPLY = "incident_apply"    # apply for a major quality incident (C4)
    INCIDENT_DECIDE = "incident_decide"  # management approves or rejects it (C4)


_ADMIN = {
    Capability.ADMIN_ORGS,
    Capability.ADMIN_USERS,
    Capability.ADMIN_PRODUCTS,
    Capability.ADMIN_POLICY,
    Capability.ADMIN_CALENDAR,
    Capability.AUDIT,
}

ROLE_CAPABILITIES: dict[Role, frozenset[Capability]] = {
    Role.DEALER_STAFF: frozenset(
        {
            Capability.WARRANTY_CHECK,
            Capability.RETURNS_OWN,
            Capability.TRANSPORT,
            Capability.COMPLAINTS,
            Capability.STOCK,
            Capability.FIGURES,  # its own figures only, beside all dealers' average (K1)
            Capability.SERVICE_VIEW,
            Capability.SERVICE_WORK,
            Capability.PART_CLAIMS,
        }
    ),
    Role.REGIONAL_MANAGER: frozenset({Capability.RETURNS_REVIEW, Capability.FIGURES}),
    Role.ORDER_DEPT: frozenset(
        {
            Capability.RETURNS_APPROVE,
            Capability.RETURNS_VIEW,
            Capability.TRANSPORT,
            Capability.COMPLAINTS,
            Capability.FIGURES,
            Capability.AUDIT,
            Capability.UNIT_HISTORY,
        }
    ),
    Role.WAREHOUSE: frozenset({Capability.RECEIVING, Capability.RETURNS_VIEW,
                               Capability.TRANSPORT}),
    Role.TECHNICIAN: frozenset({Capability.INSPECTION, Capability.STOCK,
                                Capability.RETURNS_VIEW, Capability.SERVICE_VIEW,
                                Capability.SERVICE_WORK, Capability.UNIT_HISTORY,
                                Capability.PART_CLAIMS_DECIDE}),
    Role.CUSTOMER_SERVICE: frozenset(
        {Capability.WARRANTY_CHECK, Capability.COMPLAINTS, Capability.STOCK,
         Capability.SERVICE_DESK, Capability.SERVICE_VIEW, Capability.SERVICE_WORK,
         Capability.UNIT_HISTORY, Capability.INCIDENT_APPLY}
    ),
    Role.MANAGEMENT: frozenset({Capability.FIGURES, Capability.AUDIT, Capability.RETURNS_VIEW,
                                Capability.SERVICE_VIEW, Capability.INCIDENT_DECIDE}),
    Role.ADMIN: frozenset(_ADMIN),
}


def capabilities(role: Role) -> frozenset[Capability]:
    """The capabilities a role has."""
    return ROLE_CAPABILITIES[role]


def may(role: Role, capability: Capability) -> bool:
    """True when ``role`` may use ``capability``."""
    return capability in ROLE_CAPABILITIES[role]


def role_fits_org(role: Role, kind: OrgKind) -> bool:
    """True when a user with ``role`` may belong to an organisation of ``kind``."""
    return kind in ROLE_ORG_KINDS[role]


def parent_fits(kind: OrgKind, parent_kind: OrgKind | None) -> bool:
    """True when an organisation of ``kind`` may hang under one of ``parent_kind``."""
    allowed = PARENT_KINDS[kind]
    if parent_kind is None:
        return not allowed
    return parent_kind in allowed
