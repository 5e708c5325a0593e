"""Choosing a file to read or a name to save under.

Qt's own file dialog, not the system's: the system's speaks the language of the operating
system (an English Windows shows English beside our Chinese), Qt's speaks the language chosen
in ReturnDesk (Qt's qtbase translations, and ours for the few strings Qt's Chinese lacks, see
desktop/ui/qt_strings.py).  Window-modal through ``open()``: no nested event loop, the answer
comes to ``chosen``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def _dialog(parent: QWidget, title: str, name_filter: str,
            chosen: Callable[[Path], object]) -> QFileDialog:
    dialog = QFileDialog(parent, title, "", name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.finished.connect(dialog.deleteLater)
    return dialog


def choose_file(parent: QWidget, title: str, name_filter: str,
                chosen: Callable[[Path], object]) -> QFileDialog:
    """Ask for an existing file; ``chosen(path)`` once one is picked (nothing on Cancel)."""
    dialog = _dialog(parent, title, name_filter, chosen)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.open()
    return dialog


def choose_save_name(parent: QWidget, title: str, suggested: str, name_filter: str,
                     chosen: Callable[[Path], object]) -> QFileDialog:
    """Ask where to save, suggesting ``suggested`` (its suffix is added when left off); Qt's
    dialog asks before replacing a file that exists."""
    dialog = _dialog(parent, title, name_filter, chosen)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    dialog.setDefaultSuffix(Path(suggested).suffix.lstrip("."))
    dialog.selectFile(suggested)
    dialog.open()
    return dialog
