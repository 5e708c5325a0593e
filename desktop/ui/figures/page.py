"""The figures page (K1, C5): a month's tables — by dealer, region, model, carrier, category …
— with bars of any column, and a line over a range of months to compare; every figure opens
the records it counts.  Scope follows the person (the core decides: a dealer sees its own,
beside the anonymised average of all dealers).  Everything is read through ``Op``."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.backend import Backend
from desktop.core.errors import DomainError
from desktop.core.services.figures.monthly import figure_records, monthly_figures
from desktop.core.services.figures.results import FigureTrend, MonthlyFigures
from desktop.core.services.figures.trend import figure_trend
from desktop.ui import style
from desktop.ui.figures.model import FigureTableModel, bars_of, line_of, word
from desktop.ui.i18n import tr
from desktop.ui.ops import Op
from desktop.ui.widgets.chart import ChartWidget
from desktop.ui.widgets.list_page import ERROR_STYLE, NOTICE_STYLE

translate = QCoreApplication.translate

CTX = "FiguresPage"
COMPARE_MONTHS = 12



def month_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, 1))
    edit.setDisplayFormat("yyyy-MM")
    edit.setMaximumDate(QDate.currentDate())
    return edit


def month_of(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM")


def table_view(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(False)
    return view


class FiguresPage(QWidget):
    """``loaded`` once the month's figures (and the trend) are shown; ``records_opened`` with
    the dialog listing the records of a figure."""

    loaded = Signal()
    records_opened = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None,
                 month: date | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self._month = month or date.today()
        self.figures: MonthlyFigures | None = None
        self.trend: FigureTrend | None = None
        self._asked = 0          # answers to an older question are dropped
        self._build()
        self._layout()
        self.show_figures()

    # -- building --------------------------------------------------------------------------
    def _build(self) -> None:
        today = self._month
        self.title = style.title(QLabel(translate("FiguresPage", "Figures")))
        self.scope = QLabel()
        self.month = month_edit(today)
        first = today.year * 12 + today.month - COMPARE_MONTHS
        self.first = month_edit(date(first // 12, first % 12 + 1, 1))
        self.show_button = QPushButton(translate("FiguresPage", "Show"))
        self.show_button.clicked.connect(self.show_figures)
        self.tables = QComboBox()
        self.tables.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.tables.currentIndexChanged.connect(self._table_chosen)
        self.column = QComboBox()
        self.column.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.column.currentIndexChanged.connect(self._draw_bars)
        self.model = FigureTableModel(self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda index: self.open_figure(index))
        self.bars = ChartWidget()
        self.trend_model = FigureTableModel(self)
        self.trend_view = table_view(self.trend_model)
        self.trend_view.doubleClicked.connect(lambda index: self.open_trend_figure(index))
        self.line = ChartWidget()
        self.export_button = QPushButton(translate("FiguresPage", "Export to Excel…"))
        self.pdf_button = QPushButton(translate("FiguresPage", "Save monthly summary PDF…"))
        self.preview_button = QPushButton(translate("FiguresPage", "Print preview…"))
        from desktop.ui.figures.files import FigureFiles

        self.files = FigureFiles(self)
        self.export_button.clicked.connect(lambda: self.files.export())
        self.pdf_button.clicked.connect(lambda: self.files.choose_pdf_name())
        self.preview_button.clicked.connect(lambda: self.files.preview())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        self.pending = QLabel()
        self.pending.setWordWrap(True)
        self._set_ready(False)

    def _layout(self) -> None:
        bar = QHBoxLayout()
        widget: QWidget
        for widget in (QLabel(translate("FiguresPage", "Month")), self.month,
                       QLabel(translate("FiguresPage", "Compare from")), self.first,
                       self.show_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.export_button, self.pdf_button, self.preview_button):
            bar.addWidget(widget)
        pick = QHBoxLayout()
        for widget in (QLabel(translate("FiguresPage", "Table")), self.tables,
                       QLabel(translate("FiguresPage", "Chart of")), self.column):
            pick.addWidget(widget)
        pick.addStretch(1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.view, translate("FiguresPage", "Table"))
        self.tabs.addTab(self.bars, translate("FiguresPage", "Chart"))
        months = QWidget()
        box = QVBoxLayout(months)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.line, 3)
        box.addWidget(self.trend_view, 2)
        self.tabs.addTab(months, translate("FiguresPage", "Month by month"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.scope)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addLayout(pick)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.pending)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.export_button, self.pdf_button, self.preview_button):
            button.setEnabled(ready)

    # -- reading ---------------------------------------------------------------------------
    def show_figures(self) -> None:
        """Read the month's figures, then the months to compare (each an Op, off the GUI
        thread): the month's table paints first, the line follows."""
        self._asked += 1
        asked, month = self._asked, month_of(self.month)
        self._set_ready(False)
        self.clear_message()
        (Op(self, self.backend, monthly_figures, month).busy(self.show_button)
         .done(lambda found: self._got_figures(asked, found)).run())

    def _read_trend(self, asked: int, month: str) -> None:
        first = min(month_of(self.first), month)
        (Op(self, self.backend, figure_trend, first, month)
         .done(lambda found: self._got_trend(asked, found)).run())

    def _got_figures(self, asked: int, figures: MonthlyFigures) -> None:
        if asked != self._asked:
            return
        self.figures = figures
        scope = figures.scope
        whose = f"{scope.name} {scope.code}" if scope.code \
            else translate("FiguresPage", "every dealer and region")
        self.scope.setText(translate("FiguresPage", "Figures of %1 · %2")
                           .replace("%1", figures.month).replace("%2", whose))
        key = self.current_table_key()
        self.tables.blockSignals(True)
        self.tables.clear()
        for table in figures.tables:
            self.tables.addItem(word("Figures", table.title), table.key)
        self.tables.blockSignals(False)
        found = self.tables.findData(key) if key else 0
        self.tables.setCurrentIndex(max(found, 0))
        self._table_chosen()
        self.pending.setText("\n".join(
            f"{word('Figures', p.title)}: {word('Figures', p.reason)}" for p in figures.pending))
        self._read_trend(asked, figures.month)

    def _got_trend(self, asked: int, trend: FigureTrend) -> None:
        if asked != self._asked:
            return
        self.trend = trend
        self.trend_model.set_table(trend.table)
        self.trend_view.resizeColumnsToContents()
        self.line.set_data(line_of(trend))
        self._maybe_loaded()

    def _maybe_loaded(self) -> None:
        if self.figures is not None and self.trend is not None \
                and self.trend.last == self.figures.month:
            self._set_ready(True)
            self.loaded.emit()

    def current_table_key(self) -> str:
        return str(self.tables.currentData() or "")

    def choose_table(self, key: str) -> None:
        self.tables.setCurrentIndex(self.tables.findData(key))

    def _table_chosen(self, *_args: object) -> None:
        if self.figures is None or not self.current_table_key():
            return
        table = self.figures.table(self.current_table_key())
        self.model.set_table(table)
        self.view.resizeColumnsToContents()
        self.column.blockSignals(True)
        self.column.clear()
        for column in table.columns:
            self.column.addItem(word("Figures", column.label), column.key)
        self.column.blockSignals(False)
        self.column.setCurrentIndex(0)
        self._draw_bars()

    def _draw_bars(self, *_args: object) -> None:
        if self.model.table is not None and self.column.currentData():
            self.bars.set_data(bars_of(self.model.table, str(self.column.currentData())))

    # -- the records behind a figure -------------------------------------------------------
    def open_figure(self, index: Any) -> None:
        figure = self.model.figure_at(index)
        table = self.model.table
        if figure is None or self.figures is None or table is None:
            return
        row, column = figure
        name = self.model.text(index.row(), self.model.lead - 1)
        label = word("Figures", table.columns[table.column_index(column)].label)
        shown = self.model.text(index.row(), index.column())
        self._open_records(self.figures.month, table.key, row, column,
                           f"{self.figures.month} · {word('Figures', table.title)} · {name} · "
                           f"{label}: {shown}")

    def open_trend_figure(self, index: Any) -> None:
        """A month's point is that month's total of a monthly table: it opens those."""
        figure = self.trend_model.figure_at(index)
        if figure is None or self.trend is None:
            return
        month, column = figure
        if not month:  # the range's total: open a month's figure instead
            self.show_notice(translate("FiguresPage", "Open a month's figure to see its records."))
            return
        position = index.column() - self.trend_model.lead
        table, source = self.trend.sources[position]
        label = word("Figures", self.trend.table.columns[position].label)
        shown = self.trend_model.text(index.row(), index.column())
        self._open_records(month, table, "", source, f"{month} · {label}: {shown}")
        del column

    def _open_records(self, month: str, table: str, row: str, column: str,
                      title: str) -> None:
        from desktop.ui.figures.records import RecordsDialog

        def opened(numbers: list[str]) -> None:
            dialog = RecordsDialog(self, title, numbers)
            dialog.open()
            self.records_opened.emit(dialog)

        Op(self, self.backend, figure_records, month, table, row, column).done(opened).run()

    # -- messages --------------------------------------------------------------------------
    def show_error(self, exc: DomainError) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(tr(exc.message))
        self.message.show()

    def show_notice(self, text: str) -> None:
        self.message.setStyleSheet(NOTICE_STYLE)
        self.message.setText(text)
        self.message.show()

    def clear_message(self) -> None:
        self.message.hide()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.view.hasFocus():
            self.open_figure(self.view.currentIndex())
            return
        super().keyPressEvent(event)


def figures_page(backend: Backend) -> QWidget:
    return FiguresPage(backend)
