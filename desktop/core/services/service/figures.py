"""The service desk's facts for the monthly figures (C3, C5): one row per case, with the one
class counted (see the precedence in :mod:`desktop.core.rules.service`)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, case, select

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.model import ServiceCase
from desktop.core.rules.service import CHANNEL_LABELS, KLASS_LABELS
from desktop.core.services.figures.service_cases import ServiceFacts

UNCLASSIFIED = "unclassified"


def source() -> Select[Any]:
    c = ServiceCase
    return select(
        c.number.label("number"), c.dealer_org_id.label("dealer_org_id"),
        c.region_id.label("region_id"), c.channel.label("channel"),
        case((c.klass == "", UNCLASSIFIED), else_=c.klass).label("klass"),
        c.registered_at.label("registered_at"), c.completed_at.label("completed_at"),
        c.callback_at.label("callback_at"), c.callback_satisfied.label("satisfied"))


FACTS = ServiceFacts(
    source,
    {**{k.value: v for k, v in KLASS_LABELS.items()},
     UNCLASSIFIED: QT_TRANSLATE_NOOP("Service", "Not classified yet")},
    {k.value: v for k, v in CHANNEL_LABELS.items()},
)
