"""The repair orders (R5): filter as you type, open one to take parts and finish it, start a
new one, and save the day's report as PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDialog, QFileDialog, QLabel, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.services.admin.catalogue import all_products, list_parts
from desktop.core.services.repairs.orders import RepairRow, list_repairs
from desktop.core.services.repairs.report import repair_report_pdf
from desktop.ui.ops import Op
from desktop.ui.repairs.forms import NewRepairDialog, RepairOrderDialog, result_label
from desktop.ui.stock.common import ALL_PARTS
from desktop.ui.widgets.form import FormDialog, run_form
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.printing import preview_pdf, save_pdf
from desktop.ui.widgets.table import Column, PagedTableModel

CTX = "RepairsPage"
COLUMNS: list[Column[RepairRow]] = [
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Model"), lambda r: r.product_code),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Serial / date code"),
           lambda r: " ".join(p for p in (r.serial, r.date_code) if p)),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Units"), lambda r: r.quantity, True),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Fault found"), lambda r: r.fault_found),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Parts used"), lambda r: r.parts),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Technician"), lambda r: r.technician),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Minutes"), lambda r: r.minutes, True),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Result"), lambda r: result_label(r.result),
           color=lambda r: "#1b5e20" if r.result.value == "repaired" else None),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Fee"), lambda r: f"{r.fee:.2f}" if r.fee else "",
           True),
    Column(QT_TRANSLATE_NOOP("RepairsPage", "Request"), lambda r: r.request_number),
]


class RepairsPage(ListPage):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        model: PagedTableModel[RepairRow] = PagedTableModel(
            CTX, COLUMNS, lambda q: Op(self, backend, list_repairs, q, self._day()),
            lambda r: r.number)
        super().__init__(QCoreApplication.translate("RepairsPage", "Repair orders"), model,
                         parent=parent)
        self.backend, self.actor = backend, backend.actor
        self.last_dialog: QDialog | None = None
        self.saved_to: Path | None = None
        self.filter.setPlaceholderText(self.tr("Filter: order, model, serial or technician"))
        self.open_with(self.open_row)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day_only = QCheckBox(self.tr("Only those finished that day (daily report)"))
        self._bar.addWidget(QLabel(self.tr("Day")))
        self._bar.addWidget(self.day)
        self._bar.addWidget(self.day_only)
        self.day_only.toggled.connect(lambda _on: self.reload())
        self.day.dateChanged.connect(lambda _d: self.reload() if self.day_only.isChecked()
                                     else None)
        self.totals = QLabel()
        self.add_button(self.tr("Daily report…")).clicked.connect(self._report)
        self.add_button(self.tr("Print the daily report…")).clicked.connect(self.preview_report)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.totals)
        self.reload()

    def _day(self) -> date | None:
        return self.report_day() if self.day_only.isChecked() else None

    def _after_load(self) -> None:
        super()._after_load()
        rows = self.model.rows()
        if self.day_only.isChecked():
            done = [r for r in rows if r.finished_at is not None]
            self.totals.setText(self.tr("%1 repairs finished, %2 minutes, fees %3")
                                .replace("%1", str(len(done)))
                                .replace("%2", str(sum(r.minutes for r in done)))
                                .replace("%3", f"{sum(r.fee for r in done):.2f}"))
        else:
            self.totals.setText("")

    def open_row(self, row: RepairRow | None) -> None:
        """A repair order (None: a new one), once what its form offers is read."""
        def show(dialog: FormDialog) -> None:
            self.last_dialog = run_form(dialog, lambda _saved: self.refresh())

        if row is None:
            Op(self, self.backend, all_products).done(
                lambda products: show(NewRepairDialog(self.backend, products, self))).run()
        else:
            Op(self, self.backend, list_parts, ALL_PARTS).done(
                lambda parts: show(RepairOrderDialog(self.backend, row, parts, self))).run()

    def report_day(self) -> date:
        value = self.day.date().toPython()
        assert isinstance(value, date)
        return value

    def save_report_to(self, path: Path) -> None:
        """Make the day's report (off the GUI thread) and write it here, on this computer."""
        def saved(written: Path) -> None:
            self.saved_to = written
            self.show_notice(self.tr("Saved %1").replace("%1", str(written)))
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))

        save_pdf(self, Op(self, self.backend, repair_report_pdf, self.report_day()), path, saved)

    def preview_report(self) -> None:
        def opened(dialog: QDialog) -> None:
            self.last_dialog = dialog

        preview_pdf(self, Op(self, self.backend, repair_report_pdf, self.report_day()),
                    f"repairs-{self.report_day().isoformat()}", opened)

    def _report(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the daily repair report"),
            f"repairs-{self.report_day().isoformat()}.pdf", self.tr("PDF (*.pdf)"))
        if name:
            self.save_report_to(Path(name))
