"""``returndesk receive`` and ``returndesk print labels``: the receiving desk and the label
printer from the command line, for handheld terminals and scripts."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from desktop.core.i18n import QT_TRANSLATE_NOOP, Message

RECEIVE_HELP = """Receive scanned box codes at a depot.  Each answer is printed as it comes.

exit status: 0 when every code is in: received now, or already received earlier by this same
clerk (a batch run again after it was interrupted: those lines say "already received by
you" and do not count against the run); 1 when any code was refused (garbled, unknown, not
approved, another depot's, or received by another clerk): each line on standard error says
why; 2 when the database or server went away: what was received is listed, the codes not
recorded are named, and the same batch can simply be run again.  With --json the answers are
printed as one list when the batch is done."""


def add_parsers(sub: Any) -> None:
    receive = sub.add_parser("receive", help="receive scanned box codes at a depot",
                             description=RECEIVE_HELP,
                             formatter_class=argparse.RawDescriptionHelpFormatter)
    receive.add_argument("codes", nargs="+", metavar="CODE")
    receive.add_argument("--as", dest="as_login", metavar="LOGIN",
                         help="on a database directly: the warehouse clerk receiving; through a "
                         "server, the person logged in receives")
    receive.add_argument("--json", action="store_true")
    printing = sub.add_parser("print", help="print forms and labels to PDF")
    kinds = printing.add_subparsers(dest="form", required=True)
    labels = kinds.add_parser("labels", help="the box labels of a return request")
    labels.add_argument("number")
    labels.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    labels.add_argument("--a4", action="store_true", help="four labels to an A4 sheet")
    authorisation = kinds.add_parser("return-authorisation",
                                     help="the approved request, for the first box")
    authorisation.add_argument("number")
    authorisation.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    complaint = kinds.add_parser("complaint-sheet", help="客诉质量异常联络单")
    complaint.add_argument("number")
    complaint.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    record = kinds.add_parser("transport-record", help="产品运输异常记录表 for the carrier to sign")
    record.add_argument("number")
    record.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    incident = kinds.add_parser("incident", help="重大质量事故处理申请表 (C4)")
    incident.add_argument("number")
    incident.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report = kinds.add_parser("repair-report", help="维修日报: the repairs finished on a day (R5)")
    report.add_argument("day", type=date.fromisoformat, metavar="YYYY-MM-DD")
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    report.add_argument("--as", dest="as_login", metavar="LOGIN",
                        help="on a database directly: a technician")


pause = time.sleep  # between tries of a code whose database went away (tests pass the time)


def receive_all(backend: Any, codes: list[str],
                each: Callable[[Any], None] = lambda _r: None) -> tuple[list[Any], list[str], Any]:
    """Each code in turn (``each`` is told every answer as it comes); one the database cannot
    take is tried again with the same scan id (so a commit whose answer was lost comes back as
    its first answer, never twice), and if the database stays away: the results so far, the
    codes not recorded, and why."""
    from desktop.core.errors import DatabaseUnavailable
    from desktop.core.services.receiving.scan import RETRY_AFTER_S, new_scan_id, receive_scan

    results: list[Any] = []
    for index, code in enumerate(codes):
        scan_id = new_scan_id("cli")
        for delay in (0, *RETRY_AFTER_S):
            pause(delay)
            try:
                result = backend.call(receive_scan, code, scan_id)
                break
            except DatabaseUnavailable as exc:
                problem = exc
        else:
            return results, codes[index:], problem
        results.append(result)
        each(result)
    return results, [], None


def _already_mine(result: Any, login: str) -> bool:
    from desktop.core.services.receiving.scan import ScanOutcome

    return result.outcome == ScanOutcome.DUPLICATE and result.received_by == login


def _mine_message(result: Any) -> Message:
    at = result.message.fields.get("at", "")
    return Message(QT_TRANSLATE_NOOP(
        "Cli", "Already received by you on {at}: box {box} of {boxes}, request {number}. Not "
        "counted again."), {"at": at, "box": result.box_no, "boxes": result.box_count,
                            "number": result.request_number}, "Cli")


def _as_json(r: Any, mine: bool, translate: Any) -> dict[str, Any]:
    return {"code": r.code, "outcome": r.outcome.value, "accepted": r.outcome.accepted,
            "already_mine": mine, "received_by": r.received_by or None,
            "request": r.request_number, "box": r.box_no, "boxes": r.box_count,
            "received": r.boxes_received, "complete": r.complete,
            "at": r.at.isoformat() if r.at else None,
            "message": translate(_mine_message(r) if mine else r.message)}


def cmd_receive(args: argparse.Namespace, backend: Any, translate: Any) -> int:
    """Exit 0 when every code is in (now, or earlier by this clerk); 1 when any was refused
    (each line says why); 2 when the database went away (what was received is still listed,
    the rest is named).  Lines are printed (and flushed) as the answers come; ``--json``
    prints the whole list at the end."""
    login = backend.actor.login

    def say(r: Any) -> None:
        if args.json:
            return
        mine = _already_mine(r, login)
        text = translate(_mine_message(r) if mine else r.message)
        mark = "OK " if r.outcome.accepted else ("OK= " if mine else "!! ")
        stream = sys.stdout if r.outcome.accepted or mine else sys.stderr
        print(f"{mark}{r.code or '—'}: {text}", file=stream, flush=True)

    results, unrecorded, problem = receive_all(backend, list(args.codes), say)
    why = translate(problem.message) if problem is not None else ""
    if args.json:
        json.dump([_as_json(r, _already_mine(r, login), translate) for r in results]
                  + [{"code": code, "outcome": "not_recorded", "accepted": False,
                      "already_mine": False, "message": why} for code in unrecorded],
                  sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    for code in unrecorded if not args.json else []:
        print(f"-- {code}: {why}", file=sys.stderr, flush=True)
    if unrecorded:
        return 2
    return 0 if all(r.outcome.accepted or _already_mine(r, login) for r in results) else 1


def cmd_print(args: argparse.Namespace, backend: Any, translate: Any) -> int:
    """The PDF is made where the data is (the server, or this program on its database) and
    written here, on this computer."""
    from desktop.core.services.complaints.printing import complaint_sheet_pdf
    from desktop.core.services.kernel.files import write_pdf
    from desktop.core.services.repairs.report import repair_report_pdf
    from desktop.core.services.returns.printing import labels_pdf, return_authorisation_pdf
    from desktop.core.services.transport.printing import transport_record_pdf

    if args.form == "labels":
        data = backend.call(labels_pdf, args.number, args.a4)
    elif args.form == "complaint-sheet":
        data = backend.call(complaint_sheet_pdf, args.number)
    elif args.form == "repair-report":
        data = backend.call(repair_report_pdf, args.day)
    elif args.form == "incident":
        from desktop.core.services.service.printing import incident_pdf

        data = backend.call(incident_pdf, args.number)
    elif args.form == "transport-record":
        data = backend.call(transport_record_pdf, args.number)
    else:
        data = backend.call(return_authorisation_pdf, args.number)
    print(f"{write_pdf(args.output, data)}")
    return 0
