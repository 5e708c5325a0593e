"""What the receiving desk shows per scan: the banner and the desk's own scan log.

Both are built for a desk that answers every scan within one frame.  The banner takes its
colour from a palette (a widget style sheet goes through Qt's style-sheet style on every
repaint), and the log is a ``QStandardItemModel``, whose cells Qt reads without calling Python:
adding a scan inserts one row; nothing is resized or re-measured.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtGui import QColor, QFont, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.receiving.scan import ScanOutcome, ScanResult

KINDS = {  # background, text
    "good": ("#2e7d32", "#ffffff"),
    "again": ("#f9a825", "#000000"),
    "bad": ("#c62828", "#ffffff"),
    "idle": ("#eceff1", "#37474f"),
}
ROW_COLOURS = {"again": "#8d6e00", "bad": "#c62828"}  # a received box in plain text
LOG_ROWS = 500  # this desk's scans kept on screen; the database keeps every one

OUTCOME_LABELS = {
    ScanOutcome.RECEIVED: QT_TRANSLATE_NOOP("Receiving", "Received"),
    ScanOutcome.DUPLICATE: QT_TRANSLATE_NOOP("Receiving", "Already received"),
    ScanOutcome.GARBLED: QT_TRANSLATE_NOOP("Receiving", "Garbled code"),
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP("Receiving", "Unknown box"),
    ScanOutcome.NOT_APPROVED: QT_TRANSLATE_NOOP("Receiving", "Request not approved"),
    ScanOutcome.CANCELLED: QT_TRANSLATE_NOOP("Receiving", "Request cancelled"),
    ScanOutcome.OTHER_DEPOT: QT_TRANSLATE_NOOP("Receiving", "Another depot's box"),
}


def kind_of(outcome: ScanOutcome) -> str:
    if outcome == ScanOutcome.RECEIVED:
        return "good"
    return "again" if outcome == ScanOutcome.DUPLICATE else "bad"


def outcome_label(outcome: ScanOutcome) -> str:
    return QCoreApplication.translate("Receiving", OUTCOME_LABELS[outcome])


class Banner(QLabel):
    """The large answer to the last scan, in its colour; a fixed height, so a new message never
    lays the page out again."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setWordWrap(True)
        self.setFixedHeight(120)
        self.setMargin(14)
        self.setAutoFillBackground(True)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.setFont(font)
        self.show_kind("idle")

    def show_kind(self, kind: str) -> None:
        if self.property("kind") == kind:
            return
        self.setProperty("kind", kind)
        background, text = KINDS[kind]
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        self.setPalette(palette)


class ScanLog(QStandardItemModel):
    """This desk's scans, newest first, each row in the colour of its answer."""

    def __init__(self, headers: list[str]) -> None:
        super().__init__(0, len(headers))
        self.setHorizontalHeaderLabels(headers)
        self._brushes = {kind: QColor(colour) for kind, colour in ROW_COLOURS.items()}

    def add(self, result: ScanResult) -> None:
        box = f"{result.box_no}/{result.box_count}" if result.box_no else ""
        colour = self._brushes.get(kind_of(result.outcome))
        row = []
        when = result.at.astimezone().strftime("%H:%M:%S") if result.at else (
            QDateTime.currentDateTime().toString("HH:mm:ss"))  # the scan's time, not the save's
        for value in (when, result.code,
                      outcome_label(result.outcome), result.request_number, box):
            item = QStandardItem(value)
            item.setEditable(False)
            if colour is not None:
                item.setForeground(colour)
            row.append(item)
        self.insertRow(0, row)
        if self.rowCount() > LOG_ROWS:
            self.removeRow(LOG_ROWS)


def log_view(model: ScanLog) -> QTableView:
    """The log's table: fixed row heights and column widths, so a new row costs one repaint."""
    view = QTableView()
    view.setModel(model)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setStretchLastSection(True)
    metrics = view.fontMetrics()
    samples = ["00:00:00 ", "R2611000123-001X  ", outcome_label(ScanOutcome.OTHER_DEPOT) + "  ",
               "R2611000123  "]
    for column, sample in enumerate(samples):
        view.setColumnWidth(column, metrics.horizontalAdvance(sample) + 16)
    return view
