"""``returndesk cases`` and ``returndesk unit``: the service desk (C2–C4) from the command line,
for scripts and for checking.  Through a server as the person logged in; on a database directly
as ``--as LOGIN``, or without it as customer service sees it (every case)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import Any

from desktop.cli.returns import CliError


def add_parsers(sub: Any) -> None:
    cases = sub.add_parser("cases", help="service cases: list, or show NUMBER")
    cases.add_argument("rest", nargs="*", metavar="show NUMBER")
    cases.add_argument("--state", help="registered, assigned, in_progress, completed, closed")
    cases.add_argument("--overdue", action="store_true",
                       help="only those past their promised response or callback time")
    cases.add_argument("--limit", type=int, default=1000)
    _common(cases)
    unit = sub.add_parser("unit", help="a unit's history: a serial, or a model and date code")
    unit.add_argument("key", nargs="+", metavar="SERIAL_OR_MODEL_AND_DATE_CODE")
    _common(unit)


def _common(parser: Any) -> None:
    parser.add_argument("--as", dest="as_login", metavar="LOGIN",
                        help="on a database directly: see what this user sees (default: what "
                        "customer service sees)")
    parser.add_argument("--json", action="store_true")


def service_view() -> Any:
    """Without ``--as`` on a database: what customer service sees, every case."""
    from desktop.core.rules.roles import Role
    from desktop.core.services.kernel.actor import SYSTEM

    return replace(SYSTEM, role=Role.CUSTOMER_SERVICE)


def _when(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _row(r: Any) -> dict[str, Any]:
    return {"number": r.number, "state": r.state.value, "priority": r.priority.value,
            "channel": r.channel.value, "customer": r.customer, "model": r.model,
            "serial": r.serial, "dealer": r.dealer, "registered_at": _when(r.registered_at),
            "respond_by": _when(r.respond_by), "callback_due_at": _when(r.callback_due_at),
            "class": r.klass or None, "overdue": r.overdue, "version": r.version}


def _detail(d: Any) -> dict[str, Any]:
    return {**_row(d.row), "contact": d.contact, "address": d.address,
            "date_code": d.date_code, "fault": d.fault, "taken_by": d.taken_by,
            "in_warranty": d.in_warranty, "warranty_refused": d.warranty_refused,
            "warranty_end": _when(d.warranty_end),
            "warranty": d.warranty.render() if d.warranty else None,
            "assignee": d.assignee, "confirmed_by": d.confirmed_by, "work_done": d.work_done,
            "result": d.result, "completed_at": _when(d.completed_at),
            "closed_at": _when(d.closed_at), "reopened": d.reopened,
            "tags": [t.value for t in d.tags], "earlier_repairs": d.earlier_repairs,
            "incident_suggested": d.incident_suggested,
            "parts": [{"part": p, "quantity": q, "old_part": f.value} for p, _n, q, f in d.parts],
            "links": [{"kind": k, "number": n} for k, n in d.links],
            "callbacks": [{"attempt": c.attempt, "at": _when(c.at), "by": c.by,
                           "reached": c.reached, "satisfied": c.satisfied, "reason": c.reason,
                           "next_attempt_at": _when(c.next_attempt_at)} for c in d.callbacks],
            "incidents": d.incidents}


def cmd_cases(args: argparse.Namespace, backend: Any) -> int:
    from desktop.core.rules.service import CaseState
    from desktop.core.services.service.query import CaseQuery, get_case, list_cases

    if args.rest and args.rest[0] == "show" and len(args.rest) == 2:
        detail = backend.call(get_case, args.rest[1])
        if args.json:
            _dump(_detail(detail))
        else:
            r = detail.row
            print(f"{r.number}  {r.state.value}  {r.model} {r.serial}  {r.customer}")
            for c in detail.callbacks:
                print(f"  callback #{c.attempt} {c.at:%Y-%m-%d %H:%M} {c.by} "
                      f"reached={c.reached} satisfied={c.satisfied} {c.reason}")
        return 0
    if args.rest:
        raise CliError("usage: returndesk cases [--state S] [--overdue] [--json] | "
                       "cases show NUMBER")
    try:
        state = CaseState(args.state) if args.state else None
    except ValueError as exc:
        raise CliError(f"unknown state; one of: {', '.join(s.value for s in CaseState)}") from exc
    rows = backend.call(list_cases, CaseQuery(state, args.overdue, limit=args.limit))
    if args.json:
        _dump([_row(r) for r in rows])
    else:
        for r in rows:
            late = " OVERDUE" if r.overdue else ""
            print(f"{r.number}  {r.state.value:<12} {r.priority.value:<7} {r.model:<8} "
                  f"{r.customer}{late}")
    return 0


def cmd_unit(args: argparse.Namespace, backend: Any) -> int:
    from desktop.core.services.service.units import unit_history

    history = backend.call(unit_history, " ".join(args.key))
    if args.json:
        _dump({"key": history.key, "serial": history.serial or None,
               "model": history.model or None, "date_code": history.date_code or None,
               "events": [{"at": _when(e.at), "kind": e.kind, "status": e.status,
                           "number": e.number,
                           "model": e.model, "summary": e.summary} for e in history.events]})
    else:
        for e in history.events:
            print(f"{e.at:%Y-%m-%d %H:%M}  {e.kind:<10} {e.status:<14} {e.number:<14} "
                  f"{e.model:<8} {e.summary}")
    return 0


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
