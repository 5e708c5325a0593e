"""Fields wide enough for their content in both languages (issue 14): a model field filled
after it was shown (the catalogue arrives through an Op) shows a whole "code  name"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui import i18n
from desktop.ui.widgets.fields import model_picker, set_models

MODELS = [("DL-0705", "LED 筒灯 7W"), ("PL-3612", "LED 面板灯 600×600 36W 高显指防眩"),
          ("RS-2410", "硬灯条 24V 10W/m 4000K")]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_model_field_fits_its_models(ui: QApplication, qtbot: QtBot, language: str) -> None:
    i18n.install(language)
    box = model_picker([])
    qtbot.addWidget(box)
    box.show()
    narrow = box.width()
    set_models(box, MODELS)
    box.setCurrentIndex(1)
    box.adjustSize()
    QApplication.processEvents()
    text = box.fontMetrics().horizontalAdvance(box.itemText(1))
    assert box.width() >= text + 20 > narrow
    assert box.view().minimumWidth() >= text
