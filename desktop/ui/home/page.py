"""The first screen is the day's work (issue 14): who is at the desk, and a large count per
kind of work waiting for their role, each a button that opens the list it counts (filtered to
exactly those records).  The counts are read through the operations layer and read again when
data changes here or at another desk; a zero is shown, calmly, never hidden."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.backend import Backend
from desktop.core.services.home.day import ROLE_WORK, Work, WorkCount, day_work
from desktop.ui import style
from desktop.ui.home.tiles import TILES, target
from desktop.ui.labels import org_kind_label, role_label
from desktop.ui.ops import Op, changes

COLUMNS = 3
CALM, BUSY, URGENT = "#78909c", "#1a3a6b", "#c62828"


def _t(text: str) -> str:
    return QCoreApplication.translate("HomePage", text)


class WorkTile(QPushButton):
    """One kind of work: its count, large, over what it counts."""

    def __init__(self, work: Work, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.work = work
        self.count: int | None = None
        self.setObjectName(f"tile_{work.value}")
        self.setMinimumSize(230, 120)
        self.setMaximumWidth(340)  # a few tiles stay tiles on a wide screen
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.number = QLabel("…")
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(_t(TILES[work].title))
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        for label in (self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)
        self._paint(CALM)

    def show_count(self, count: int) -> None:
        self.count = count
        self.number.setText(str(count))
        self._paint(CALM if count == 0 else URGENT if TILES[self.work].urgent else BUSY)

    def _paint(self, colour: str) -> None:
        self.number.setStyleSheet(f"color: {colour}; font-size: 40px; font-weight: bold;")
        self.caption.setStyleSheet(f"color: {colour if colour != CALM else '#455a64'};"
                                   " font-size: 15px;")


class HomePage(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.tiles: dict[Work, WorkTile] = {}
        self._stale = False
        layout = QVBoxLayout(self)
        for label in self._header():
            layout.addWidget(label)
        grid = QGridLayout()
        grid.setSpacing(14)
        for i, work in enumerate(ROLE_WORK[backend.actor.role]):
            tile = self.tiles[work] = WorkTile(work, self)
            tile.clicked.connect(lambda _c=False, w=work: self.open_work(w))
            grid.addWidget(tile, i // COLUMNS, i % COLUMNS)
        grid.setColumnStretch(COLUMNS, 1)
        layout.addLayout(grid)
        if not self.tiles:
            layout.addWidget(QLabel(QCoreApplication.translate(
                "HomePage", "No queue waits for your role; choose a page on the left.")))
        layout.addStretch(1)
        changes().changed.connect(self._data_changed)
        self.refresh()

    def _header(self) -> list[QLabel]:
        actor = self.backend.actor
        title = QLabel(QCoreApplication.translate("HomePage", "Welcome, %1")
                       .replace("%1", actor.display_name))
        style.title(title)
        who = QLabel(QCoreApplication.translate("HomePage", "Role: %1 · Organisation: %2 (%3)")
                     .replace("%1", role_label(actor.role)).replace("%2", actor.org_name)
                     .replace("%3", org_kind_label(actor.org_kind)))
        hint = QLabel(QCoreApplication.translate(
            "HomePage", "Your day's work: click a count to open what it counts."))
        hint.setWordWrap(True)
        return [title, who, hint]

    def refresh(self) -> None:
        self._stale = False
        if self.tiles:
            Op(self, self.backend, day_work).done(self._show).run()

    def _show(self, counts: list[WorkCount]) -> None:
        for count in counts:
            if count.work in self.tiles:
                self.tiles[count.work].show_count(count.count)

    def _data_changed(self, _workflow: str) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def open_work(self, work: Work) -> QWidget | None:
        """Open the list the tile counts, showing exactly those records."""
        window = self.window()
        keys: list[str] = getattr(window, "page_keys", list)()
        found = target(work, keys)
        if found is None:
            return None
        key, focus = found
        page: QWidget = window.show_page(key)  # type: ignore[attr-defined]
        focus_on = getattr(page, "focus_on", None)
        if callable(focus_on):
            focus_on(focus, _t(TILES[work].title))
        return page

