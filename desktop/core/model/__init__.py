"""SQLAlchemy 2 typed models, one module per aggregate.  Importing this package registers them
all on :data:`Base.metadata` (what Alembic compares against)."""

from desktop.core.model.audit import AuditEntry
from desktop.core.model.base import Base
from desktop.core.model.boxes import Box, BoxReceipt, CountLine, SetAside, SetAsideReason
from desktop.core.model.calendar import CalendarDay, PolicySetting
from desktop.core.model.complaints import ComplaintLine, ComplaintPhoto, ComplaintSheet
from desktop.core.model.inspection import InspectionItem, Settlement
from desktop.core.model.org import Organisation
from desktop.core.model.product import Part, Product, ProductPart
from desktop.core.model.repairs import RepairOrder, RepairPart, RepairResult
from desktop.core.model.returns import ReturnLine, ReturnPhoto, ReturnRequest
from desktop.core.model.service import (
    Callback,
    CaseLink,
    CasePart,
    Incident,
    PartClaim,
    ServiceCase,
    ServicePhoto,
)
from desktop.core.model.sessions import SessionToken
from desktop.core.model.stock import (
    PartRequest,
    PartRequestLine,
    PartRequestState,
    StockBalance,
    StockMinimum,
    StockMovement,
)
from desktop.core.model.transport import TransportException, TransportLine, TransportPhoto
from desktop.core.model.user import User

__all__ = [
    "AuditEntry",
    "Base",
    "Box",
    "BoxReceipt",
    "CalendarDay",
    "Callback",
    "CaseLink",
    "CasePart",
    "ComplaintLine",
    "ComplaintPhoto",
    "ComplaintSheet",
    "CountLine",
    "Incident",
    "InspectionItem",
    "Organisation",
    "Part",
    "PartClaim",
    "PartRequest",
    "PartRequestLine",
    "PartRequestState",
    "PolicySetting",
    "Product",
    "ProductPart",
    "RepairOrder",
    "RepairPart",
    "RepairResult",
    "ReturnLine",
    "ReturnPhoto",
    "ReturnRequest",
    "ServiceCase",
    "ServicePhoto",
    "SessionToken",
    "SetAside",
    "SetAsideReason",
    "Settlement",
    "StockBalance",
    "StockMinimum",
    "StockMovement",
    "TransportException",
    "TransportLine",
    "TransportPhoto",
    "User",
]
