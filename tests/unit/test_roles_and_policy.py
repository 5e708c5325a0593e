"""Roles, organisation kinds and the policy registry."""

from dataclasses import FrozenInstanceError

import pytest

from desktop.core.rules.policy import POLICIES, check_value, defaults
from desktop.core.rules.roles import (
    HQ_ROLES,
    Capability,
    OrgKind,
    Role,
    capabilities,
    may,
    parent_fits,
    role_fits_org,
)


def test_only_the_administrator_administers() -> None:
    admin_caps = {c for c in Capability if c.value.startswith("admin_")}
    for role in Role:
        assert (admin_caps <= capabilities(role)) == (role == Role.ADMIN)


@pytest.mark.parametrize(
    ("role", "capability", "allowed"),
    [
        (Role.DEALER_STAFF, Capability.RETURNS_OWN, True),
        (Role.DEALER_STAFF, Capability.RETURNS_APPROVE, False),
        (Role.REGIONAL_MANAGER, Capability.RETURNS_REVIEW, True),
        (Role.ORDER_DEPT, Capability.RETURNS_APPROVE, True),
        (Role.WAREHOUSE, Capability.RECEIVING, True),
        (Role.WAREHOUSE, Capability.INSPECTION, False),
        (Role.TECHNICIAN, Capability.INSPECTION, True),
    ],
)
def test_capabilities_follow_the_spec(role: Role, capability: Capability, allowed: bool) -> None:
    assert may(role, capability) is allowed


def test_every_role_has_something_to_do_and_a_place_to_belong() -> None:
    for role in Role:
        assert capabilities(role)
        assert any(role_fits_org(role, kind) for kind in OrgKind)


def test_dealer_staff_cannot_sit_at_hq_and_hq_roles_only_at_hq_or_depot() -> None:
    assert not role_fits_org(Role.DEALER_STAFF, OrgKind.HQ)
    for role in HQ_ROLES:
        assert not role_fits_org(role, OrgKind.DEALER)


def test_org_tree() -> None:
    assert parent_fits(OrgKind.HQ, None)
    assert parent_fits(OrgKind.DEALER, OrgKind.REGION)
    assert not parent_fits(OrgKind.DEALER, None)
    assert parent_fits(OrgKind.DISTRIBUTOR, OrgKind.AGENT)  # A1: back to its agent
    assert not parent_fits(OrgKind.DISTRIBUTOR, OrgKind.REGION)
    assert parent_fits(OrgKind.CARRIER, None)


def test_every_spec_number_is_a_setting_with_its_default() -> None:
    values = defaults()
    assert values["warranty.lighting_months"] == 36  # W1: 3 years
    assert values["warranty.rigid_strip_months"] == 24  # W1: 2 years
    assert values["complaint.report_hours"] == 24  # A2, C1
    assert values["own_mistake.report_days"] == 2  # A2
    assert values["penalty.human_damage_multiple"] == 2  # A6
    assert values["returns.completion_working_days"] == 5  # A8
    assert values["transport.report_working_days"] == 2  # X1
    assert values["callback.due_hours"] == 72  # C3
    for policy in POLICIES:
        assert policy.minimum <= policy.default <= policy.maximum
        assert policy.description
        assert check_value(policy.key, policy.default) is None
        assert check_value(policy.key, policy.maximum + 1) is not None


def test_the_typed_policy_has_one_field_per_setting_and_reads_each_by_key() -> None:
    from dataclasses import fields

    from desktop.core.rules.policy import POLICIES, Policy, field_name

    assert [f.name for f in fields(Policy)] == [field_name(p.key) for p in POLICIES]
    stored = Policy.of({"callback.due_hours": 48, "no.such.setting": 1})
    assert stored.callback_due_hours == 48  # what the database holds
    assert stored.value("returns.completion_working_days") == 5  # the default for the rest
    with pytest.raises(FrozenInstanceError):
        stored.callback_due_hours = 1  # type: ignore[misc]
