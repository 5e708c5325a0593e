"""The use cases a desk may ask for: the one table both ways of running serve from.

In process, a desk calls these functions with its database and its logged-in person; through
``returndesk serve``, each is one HTTP request (``POST /api/<name>``) whose actor the server
derives from the session token.  A function not listed here cannot be reached from a desk, in
either way: the backends refuse it, so a screen that works on one PC works over a server too.

Every use case takes ``(db, actor, ...)`` and returns plain data (dataclasses, enums, dates,
decimals, bytes).  ``writes`` says whether it may change data: pages listen for changes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from desktop.core.services.access import auth, sessions
from desktop.core.services.admin import catalogue, orgs, policy, users
from desktop.core.services.complaints import printing as complaint_printing
from desktop.core.services.complaints import sheets
from desktop.core.services.figures import monthly, trend
from desktop.core.services.home import day
from desktop.core.services.inspection import settlement, verdicts, worklist
from desktop.core.services.kernel import changes
from desktop.core.services.kernel import policy as kernel_policy
from desktop.core.services.receiving import counting, scan
from desktop.core.services.repairs import orders, report
from desktop.core.services.returns import filing, flow, printing, query, shipping, warranty
from desktop.core.services.service import callbacks, cases, claims, incidents, units
from desktop.core.services.service import printing as service_printing
from desktop.core.services.service import query as service_query
from desktop.core.services.stock import ledger, part_requests
from desktop.core.services.stock import query as stock_query
from desktop.core.services.transport import exceptions
from desktop.core.services.transport import printing as transport_printing


@dataclass(frozen=True)
class UseCase:
    name: str  # "returns.transition_many": the workflow, a dot, the function
    fn: Callable[..., Any]
    writes: bool

    @property
    def workflow(self) -> str:
        return self.name.split(".", 1)[0]


READS: tuple[Callable[..., Any], ...] = (
    auth.verify_again, kernel_policy.current_policy, changes.data_version,
    sessions.list_sessions,
    catalogue.list_products, catalogue.all_products, catalogue.get_product, catalogue.list_parts,
    orgs.list_orgs, orgs.org_choices, orgs.get_org,
    policy.list_settings, policy.list_calendar, users.list_users,
    filing.preview_line, query.list_requests, query.get_request, query.photo_data,
    shipping.label_data, warranty.check_warranty,
    printing.labels_pdf, printing.return_authorisation_pdf,
    counting.receiving_progress, counting.missing_boxes, counting.set_asides, counting.boxes_of,
    counting.count_sheet,
    exceptions.list_exceptions, exceptions.get_exception, transport_printing.transport_record_pdf,
    sheets.list_sheets, sheets.get_sheet, complaint_printing.complaint_sheet_pdf,
    verdicts.inspection_sheet, worklist.inspection_worklist, settlement.proposal,
    settlement.settlement_of,
    orders.list_repairs, report.repair_report_pdf,
    stock_query.stock_list, stock_query.ledger, stock_query.gaps, stock_query.retention_list,
    stock_query.dealer_locations, part_requests.list_part_requests,
    monthly.monthly_figures, monthly.figure_records, trend.figure_trend,
    day.day_work,
    service_query.list_cases, service_query.callbacks_due, service_query.get_case,
    units.unit_history, incidents.list_incidents, incidents.get_incident,
    service_printing.incident_pdf, claims.list_part_claims,
)

WRITES: tuple[Callable[..., Any], ...] = (
    sessions.revoke_session,
    catalogue.save_product, catalogue.save_part, orgs.save_org, users.save_user,
    policy.update_setting, policy.set_calendar_day, policy.clear_calendar_day,
    filing.file_return, filing.update_draft, filing.add_photo,
    flow.transition, flow.transition_many, shipping.declare_shipment,
    scan.receive_scan, counting.record_count,
    exceptions.record_exception, exceptions.accept_late, exceptions.decide,
    exceptions.add_signature,
    exceptions.add_exception_photo, exceptions.open_return_for_damage,
    sheets.file_sheet, sheets.answer_sheet, sheets.open_return, sheets.add_sheet_photo,
    verdicts.add_verdict, verdicts.remove_verdict, verdicts.finish_inspection,
    verdicts.answer_quote, settlement.settle,
    orders.open_repair, orders.use_part, orders.finish_repair,
    ledger.record_movement, ledger.issue_part, ledger.transfer,
    stock_query.set_minimum, part_requests.request_parts, part_requests.decide_part_request,
    cases.register_case, cases.assign_case, cases.confirm_case, cases.record_work,
    cases.link_record, cases.complete_case, cases.reply_case, callbacks.record_callback,
    incidents.apply_incident, incidents.decide_incident, incidents.add_incident_photo,
    claims.file_part_claim, claims.add_claim_photo, claims.decide_part_claim,
    claims.write_off_claim,
)


def _name(fn: Callable[..., Any]) -> str:
    workflow = fn.__module__.removeprefix("desktop.core.services.").split(".")[0]
    return f"{workflow}.{fn.__name__}"


def _catalogue() -> dict[str, UseCase]:
    table: dict[str, UseCase] = {}
    for writes, functions in ((False, READS), (True, WRITES)):
        for fn in functions:
            case = UseCase(_name(fn), fn, writes)
            if case.name in table:
                raise RuntimeError(f"two use cases named {case.name}")
            table[case.name] = case
    return table


USE_CASES: dict[str, UseCase] = _catalogue()
_BY_FUNCTION: dict[Callable[..., Any], UseCase] = {c.fn: c for c in USE_CASES.values()}


class NotServed(LookupError):
    """A desk asked for a function that is not a use case (a programming error)."""


def use_case_of(fn: Callable[..., Any]) -> UseCase:
    """The use case ``fn`` is; :class:`NotServed` if a desk may not call it."""
    try:
        return _BY_FUNCTION[fn]
    except KeyError:
        raise NotServed(f"{fn.__module__}.{fn.__qualname__} is not a use case a desk may call "
                        "(add it to desktop.core.services.api)") from None
