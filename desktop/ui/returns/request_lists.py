"""The lists of return requests: the dealer's own, the region's review list, the order
department's approval list (several at once), and everything HQ may see."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLineEdit, QMessageBox, QWidget

from desktop.backend import Backend
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.workflow import Action, State
from desktop.core.services.admin.catalogue import ProductRow, all_products
from desktop.core.services.kernel.listing import ListQuery
from desktop.core.services.returns.flow import TransitionResult, transition_many
from desktop.core.services.returns.query import RequestRow, RequestView, ReturnQuery, list_requests
from desktop.ui.i18n import tr
from desktop.ui.labels import action_label, days_left_text, state_label
from desktop.ui.ops import Op
from desktop.ui.returns.steps import take_step
from desktop.ui.widgets.list_page import ListPage
from desktop.ui.widgets.table import Column, PagedTableModel

COLUMNS: list[Column[RequestRow]] = [
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Number"), lambda r: r.number),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Dealer"), lambda r: r.dealer_name),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "State"), lambda r: state_label(r.state)),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Lines"), lambda r: r.line_count, True),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Pieces"), lambda r: r.total_quantity, True),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Value"), lambda r: f"{r.total_value:.2f}", True),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Filed"),
           lambda r: r.created_at.astimezone().strftime("%Y-%m-%d")),
    Column(QT_TRANSLATE_NOOP("ReturnsPage", "Working days left"),
           lambda r: days_left_text(r.days_left), True,
           lambda r: "#c62828" if r.overdue else None),
]

TITLES = {
    RequestView.ALL: QT_TRANSLATE_NOOP("ReturnsPage", "Return requests"),
    RequestView.REVIEW: QT_TRANSLATE_NOOP("ReturnsPage", "Region review queue"),
    RequestView.APPROVE: QT_TRANSLATE_NOOP("ReturnsPage", "Approval queue"),
    RequestView.OPEN: QT_TRANSLATE_NOOP("ReturnsPage", "Open return requests"),
}


class ReturnsPage(ListPage):
    """The requests of one ``view``; ``bulk`` actions (approve, reject …) act on every selected
    request.  Rows are read a page at a time through the operations layer."""

    def __init__(self, backend: Backend, view: RequestView, *, can_file: bool = False,
                 bulk: tuple[Action, ...] = (), parent: QWidget | None = None) -> None:
        model: PagedTableModel[RequestRow] = PagedTableModel(
            "ReturnsPage", COLUMNS, lambda q: self._fetch(q), lambda r: str(r.id))
        super().__init__(QCoreApplication.translate("ReturnsPage", TITLES[view]), model,
                         parent=parent)
        self.backend, self.actor, self.view = backend, backend.actor, view
        self.last_result: tuple[int, list[str]] = (0, [])
        self.state_filter = QComboBox()
        self.filter.setPlaceholderText(self.tr("Filter: request number or dealer"))
        self.state_filter.addItem(self.tr("All states"), None)
        for state in State:
            self.state_filter.addItem(state_label(state), state.value)
        self.state_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self._bar.insertWidget(1, self.state_filter)
        self.new_button.setVisible(can_file)
        self.new_button.clicked.connect(self.file_new)
        self.edit_button.setVisible(True)
        self.edit_button.setText(self.tr("Open…"))
        self.row_activated.connect(self.open_request)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("reason (needed to reject)"))
        self.reason.setVisible(bool(bulk))
        if bulk:
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            # Room for its hint in either language, and for a reason the dealer will read.
            hint = self.reason.fontMetrics().horizontalAdvance(self.reason.placeholderText())
            self.reason.setMinimumWidth(max(hint + 32, 220))
            self._bar.addWidget(self.reason, 1)
        self.bulk_buttons = {action: self.add_button(action_label(action)) for action in bulk}
        for action, button in self.bulk_buttons.items():
            button.clicked.connect(lambda _c=False, a=action: self.act_on_selected(a))
        self.reload()

    def _fetch(self, query: ListQuery) -> Op[list[RequestRow]]:
        state = self.state_filter.currentData()
        view = self.focus if isinstance(self.focus, RequestView) else self.view
        return Op(self, self.backend, list_requests, ReturnQuery(
            query.text, view, (State(state),) if state else (), query.after, query.limit))

    def selected_rows(self) -> list[RequestRow]:
        return [self.model.row_at(i.row()) for i in self.table.selectionModel().selectedRows()]

    def act_on_selected(self, action: Action) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        self.clear_error()
        shown, reason = {r.number: r.version for r in rows}, self.reason.text()

        def go() -> None:
            Op(self, self.backend, transition_many, shown, action, reason).busy(
                *self.bulk_buttons.values()).done(self._acted).run()

        take_step(self, action, list(shown), reason, go)

    def _acted(self, outcomes: list[TransitionResult]) -> None:
        refused = [f"{o.number}: {tr(o.message)}" for o in outcomes if not o.ok and o.message]
        done = sum(1 for o in outcomes if o.ok)
        self.last_result = (done, refused)
        reasons = {tr(o.message) for o in outcomes if not o.ok and o.message}
        if not refused:
            self.reason.clear()
        elif done == 0 and len(reasons) == 1:  # one refusal for all (no reason given): once
            self.message.setText(reasons.pop())
            self.message.show()
        else:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some requests were not changed"),
                              self.tr("%1 done.").replace("%1", str(done)) + "\n"
                              + "\n".join(refused), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("refusals")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.refusals = box

    def file_new(self) -> None:
        Op(self, self.backend, all_products).busy(self.new_button).done(self._open_form).run()

    def _open_form(self, products: list[ProductRow]) -> None:
        from desktop.ui.returns.form import RequestForm

        RequestForm(self.backend, products, None, self).open()

    def open_request(self, row: RequestRow) -> None:
        from desktop.ui.returns.detail import RequestDetailDialog, load_request

        load_request(self, self.backend, row.number,
                     lambda record: RequestDetailDialog(self.backend, record, self).open())
