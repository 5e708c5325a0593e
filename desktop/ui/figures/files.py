"""The figures page's files: the workbook of what the page shows (progress, cancellable) and
the monthly summary PDF (月度售后汇总) saved or previewed.  Both are made on the desk, off the
GUI thread, from the figures the page already read; the PDF is Chinese first whatever the
screen's language, like every form."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from desktop.core.errors import DomainError
from desktop.ui.ops import show_error, show_unexpected
from desktop.ui.tasks import run_in_background
from desktop.ui.widgets.export import ExportRun, export_to_excel, start_export
from desktop.ui.widgets.files import choose_save_name

translate = QCoreApplication.translate

_chinese: QTranslator | None = None


def chinese(context: str, source: str) -> str:
    """(context, source) in Chinese, whatever language the screen speaks."""
    global _chinese
    if _chinese is None:
        from desktop.ui.i18n import TRANSLATIONS

        _chinese = QTranslator(QCoreApplication.instance())
        _chinese.load(str(TRANSLATIONS / "returndesk_zh_CN.qm"))
    return _chinese.translate(context, source) or source



class FigureFiles(QObject):
    """``exporting`` the run under way; ``pdf_saved(path)``, ``preview_opened(dialog)``."""

    pdf_saved = Signal(object)
    preview_opened = Signal(object)

    def __init__(self, page: Any) -> None:  # the FiguresPage (it imports this module)
        super().__init__(page)
        self.page = page
        self.exporting: ExportRun | None = None

    def _name(self, suffix: str) -> str:
        figures = self.page.figures
        assert figures is not None
        code = f"-{figures.scope.code}" if figures.scope.code else ""
        return f"{translate('FiguresPage', 'Figures')}-{figures.month}{code}{suffix}"

    def export(self, path: Path | None = None) -> None:
        """The page's figures (every table, and the months compared) to a workbook."""
        from desktop.core.services.figures.export import figures_workbook

        figures, trend = self.page.figures, self.page.trend
        if figures is None:
            return

        def write(target: Path, progress: Any) -> bool:
            return figures_workbook(target, figures, trend, QCoreApplication.translate,
                                    progress)

        if path is not None:
            self.exporting = start_export(self.page, path, write, self.page.show_notice)
            return
        export_to_excel(self.page, self._name(".xlsx"), write, self.page.show_notice,
                        self._started)

    def _started(self, run: ExportRun) -> None:
        self.exporting = run

    def _make_pdf(self) -> bytes:
        from desktop.core.services.figures.summary import summary_pdf

        assert self.page.figures is not None
        return summary_pdf(self.page.figures, self.page.trend, chinese)

    def choose_pdf_name(self) -> None:
        if self.page.figures is not None:
            choose_save_name(self.page, translate("FiguresPage", "Save monthly summary PDF"),
                             self._name(".pdf"),
                             translate("FiguresPage", "PDF files (*.pdf)"), self.save_pdf)

    def save_pdf(self, path: Path) -> None:
        """Render the summary off the GUI thread and write it (atomically) to ``path``."""
        from desktop.core.services.kernel.files import write_pdf

        def write() -> Path:
            return write_pdf(path, self._make_pdf())

        def saved(written: Path) -> None:
            self.page.show_notice(translate("FiguresPage", "Saved %1.").replace("%1", str(written)))
            self.pdf_saved.emit(written)

        run_in_background(write, saved, self._failed)

    def preview(self) -> None:
        from desktop.ui.widgets.printing import show_preview

        def shown(data: bytes) -> None:
            title = translate("FiguresPage", "Monthly summary")
            self.preview_opened.emit(show_preview(self.page, data, title))

        if self.page.figures is not None:
            run_in_background(self._make_pdf, shown, self._failed)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            show_error(self.page, exc)
        else:
            show_unexpected(self.page, exc)
