"""《重大质量事故处理申请表》 as a PDF (C4, F1)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.services.kernel.actor import Actor
from desktop.core.services.kernel.files import write_pdf
from desktop.core.store.db import Database


def incident_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The application with management's decision once there is one."""
    from reports.incident_form import render_incident_form

    return render_incident_form(incident_data(db, actor, number))


def incident_data(db: Database, actor: Actor, number: str) -> Any:
    from desktop.core.services.service.incidents import get_incident
    from reports.incident_form import IncidentForm

    i = get_incident(db, actor, number)
    return IncidentForm(
        i.number, i.case_number, i.customer, i.model, i.kind.value, f"{i.amount:.2f}",
        i.justification, i.state.value, i.applied_by,
        i.applied_at.astimezone().strftime("%Y-%m-%d %H:%M"), i.decided_by,
        i.decided_at.astimezone().strftime("%Y-%m-%d %H:%M") if i.decided_at else "",
        i.decision_reason, i.photos)


def print_incident(db: Database, actor: Actor, number: str, path: Path) -> Path:
    return write_pdf(path, incident_pdf(db, actor, number))
