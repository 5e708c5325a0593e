"""``returndesk warranty`` and ``returndesk returns``: the return workflow from the command
line, for automation (JSON) and for a quick answer on the phone."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any


class CliError(Exception):
    """A one-line refusal for the command line."""


def add_parsers(sub: Any) -> None:
    warranty = sub.add_parser("warranty", help="is a unit in warranty, and why")
    warranty.add_argument("--model", required=True)
    when = warranty.add_mutually_exclusive_group(required=True)
    when.add_argument("--production-date", type=_day, metavar="YYYY-MM-DD")
    when.add_argument("--date-code", metavar="CODE", help="the date code on the unit")
    warranty.add_argument("--purchase-date", type=_day, metavar="YYYY-MM-DD")
    warranty.add_argument("--sale-date", type=_day, metavar="YYYY-MM-DD")
    warranty.add_argument("--claimant", choices=["consumer", "dealer"], default="dealer")
    warranty.add_argument("--label", choices=["intact", "torn", "altered"], default="intact")
    warranty.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="default: today")
    warranty.add_argument("--json", action="store_true")

    returns = sub.add_parser("returns", help="return requests: list, or show NUMBER")
    returns.add_argument("rest", nargs="*", metavar="show NUMBER")
    returns.add_argument("--state", action="append", default=[], help="repeatable")
    returns.add_argument("--as", dest="as_login", metavar="LOGIN",
                         help="on a database directly (an administrator's tool): see what this "
                         "user sees (default: everything); through a server you see what the "
                         "person logged in sees")
    returns.add_argument("--limit", type=int, default=1000)
    returns.add_argument("--json", action="store_true")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def cmd_warranty(args: argparse.Namespace, backend: Any, translate: Any) -> int:
    from desktop.core.rules.warranty import date_code_message, parse_date_code
    from desktop.core.services.returns.warranty import check_warranty

    produced = args.production_date
    if produced is None:
        try:
            produced = parse_date_code(args.date_code)
        except ValueError as exc:
            raise CliError(translate(date_code_message(args.date_code))) from exc
    answer = backend.call(check_warranty, args.model, produced, args.on or date.today(),
                          args.claimant, args.purchase_date, args.sale_date, args.label)
    verdict = answer.verdict
    explanation = translate(verdict.explanation)
    if args.json:
        _dump({"model": answer.product.code, "name": answer.product.name,
               "category": answer.product.category.value, "months": answer.product.warranty_months,
               "in_warranty": verdict.in_warranty, "refused": verdict.refused,
               "covered": verdict.covered, "start": verdict.start.isoformat(),
               "end": verdict.end.isoformat(), "counted_from": verdict.basis.value,
               "explanation": explanation})
    else:
        print(f"{answer.product.code} {answer.product.name}: {explanation}")
    return 0 if verdict.covered else 1


def cmd_returns(args: argparse.Namespace, backend: Any, translate: Any) -> int:
    from desktop.core.rules.workflow import State
    from desktop.core.services.returns.query import ReturnQuery, get_request, list_requests

    if args.rest and args.rest[0] == "show" and len(args.rest) == 2:
        from desktop.core.services.receiving.counting import boxes_of, count_sheet

        detail = backend.call(get_request, args.rest[1])
        if not args.json:
            _print_detail(detail)
            return 0
        data = _detail_json(detail, translate)
        data["boxes"] = [{"box": b.box_no, "code": b.code, "received_by": b.login or None,
                          "received_at": b.received_at.isoformat() if b.received_at else None}
                         for b in backend.call(boxes_of, args.rest[1])]
        data["count"] = [{"model": c.product_code, "declared": c.declared,
                          "counted": c.counted, "difference": c.difference, "note": c.note}
                         for c in backend.call(count_sheet, args.rest[1])]
        _dump(data)
        return 0
    if args.rest:
        raise CliError("usage: returndesk returns [--state S] [--json] | returns show NUMBER")
    try:
        states = tuple(State(s) for s in args.state)
    except ValueError as exc:
        raise CliError(f"unknown state; one of: {', '.join(s.value for s in State)}") from exc
    rows = backend.call(list_requests, ReturnQuery(states=states, limit=args.limit))
    if args.json:
        _dump([_row_json(r) for r in rows])
    else:
        for r in rows:
            print(f"{r.number}  {r.state.value:<18} {r.dealer_code:<8} {r.total_quantity:>5} pcs"
                  f"  {r.dealer_name}")
    return 0


def actor_named(db: Any, login: str | None) -> Any:
    """``--as LOGIN``: that active user; without it, the system (sees everything)."""
    from desktop.core.services.access.auth import actor_for
    from desktop.core.services.kernel.actor import SYSTEM

    if login is None:
        return SYSTEM
    actor = actor_for(db, login)
    if actor is None:
        raise CliError(f"no active user {login!r}")
    return actor


def _row_json(r: Any) -> dict[str, Any]:
    return {"number": r.number, "dealer": r.dealer_code, "dealer_name": r.dealer_name,
            "state": r.state.value, "lines": r.line_count, "quantity": r.total_quantity,
            "value": str(r.total_value), "created_at": r.created_at.isoformat(),
            "due_on": r.due_on.isoformat() if r.due_on else None, "days_left": r.days_left,
            "to_agent": r.to_agent, "version": r.version}


def _detail_json(d: Any, translate: Any) -> dict[str, Any]:
    return {**_row_json(d.row), "note": d.note, "reject_reason": d.reject_reason,
            "created_by": d.created_by,
            "lines": [{"line": ln.line_no, "model": ln.product_code, "name": ln.product_name,
                       "quantity": ln.quantity, "date_code": ln.date_code,
                       "production_date": ln.production_date.isoformat(), "serial": ln.serial,
                       "fault": ln.fault, "kind": ln.kind.value, "in_warranty": ln.in_warranty,
                       "warranty_end": ln.warranty_end.isoformat(),
                       "findings": [{"severity": f.severity.value, "rule": f.rule,
                                     "message": translate(f.message)} for f in ln.findings]}
                      for ln in d.lines],
            "photos": [{"id": p.id, "line": p.line_no, "filename": p.filename}
                       for p in d.photos],
            "history": [{"at": h.at.isoformat(), "login": h.login, "action": h.action,
                         "summary": h.summary, "reason": h.reason} for h in d.history]}


def _print_detail(d: Any) -> None:
    print(f"{d.row.number}  {d.row.state.value}  {d.row.dealer_code} {d.row.dealer_name}")
    for ln in d.lines:
        print(f"  {ln.line_no}. {ln.product_code} ×{ln.quantity}  {ln.date_code}  {ln.fault}")
    for h in d.history:
        print(f"  {h.at:%Y-%m-%d %H:%M}  {h.login:<10} {h.action:<22} {h.reason}")


def _dump(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
