"""Every table of the monthly figures, in the order the page, the workbook and the PDF show
them (K1), and the sections that cannot be counted yet."""

from __future__ import annotations

from desktop.core.rules.policy import Policy
from desktop.core.services.figures import (
    complaints,
    completion,
    money,
    repairs,
    returns,
    service_cases,
    transport,
)
from desktop.core.services.figures.results import Pending
from desktop.core.services.figures.spec import TableSpec, Window


def table_specs(window: Window, policy: Policy) -> tuple[TableSpec, ...]:
    facts = service_cases.load_facts()
    return (*returns.tables(window), *completion.tables(window), *transport.tables(window),
            *repairs.tables(window),
            *complaints.tables(window, policy.complaint_response_hours),
            *service_cases.tables(window, policy.callback_due_hours, facts),
            *money.tables(window))


def pending() -> tuple[Pending, ...]:
    return () if service_cases.load_facts() is not None else (service_cases.PENDING,)


def spec_named(window: Window, policy: Policy, key: str) -> TableSpec | None:
    for spec in table_specs(window, policy):
        if spec.key == key:
            return spec
    return None
