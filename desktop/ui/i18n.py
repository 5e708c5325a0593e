"""Loading translations: Chinese first, English second.

Source strings are English; ``resources/translations/returndesk_zh_CN.ts`` holds the Chinese,
built to ``.qm`` by ``python -m desktop.ui.i18n build`` (pyside6-lupdate + pyside6-lrelease).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator

from desktop.core.i18n import Message

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
DEFAULT_LANGUAGE = "zh_CN"
ENV_LANG = "RETURNDESK_LANG"

_installed: list[QTranslator] = []


def chosen_language(explicit: str | None = None) -> str:
    """``--lang`` beats RETURNDESK_LANG beats the saved choice beats Chinese."""
    lang = explicit or os.environ.get(ENV_LANG) or str(
        QSettings("ReturnDesk", "ReturnDesk").value("language", DEFAULT_LANGUAGE))
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def save_language(lang: str) -> None:
    QSettings("ReturnDesk", "ReturnDesk").setValue("language", lang)


def install(lang: str) -> str:
    """Install the translators for ``lang`` on the running QCoreApplication; returns ``lang``."""
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = QTranslator(app)
        if ours.load(str(TRANSLATIONS / f"returndesk_{lang}.qm")):
            QCoreApplication.installTranslator(ours)
            _installed.append(ours)
        qt_base = QTranslator(app)
        from PySide6.QtCore import QLibraryInfo

        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(QLocale(lang), "qtbase", "_", folder):
            QCoreApplication.installTranslator(qt_base)
            _installed.append(qt_base)
    QLocale.setDefault(QLocale(lang if lang != "en" else "en_US"))
    return lang


def tr(message: Message) -> str:
    """A core message in the current language, its fields filled in."""
    return message.render(QCoreApplication.translate)


def text(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)


def build(update: bool = True) -> None:
    """Extract strings into the .ts files (lupdate) and compile the .qm files (lrelease)."""
    root = TRANSLATIONS.parents[1]
    sources = sorted(str(p) for p in (root / "desktop").rglob("*.py"))
    bin_dir = Path(sys.executable).parent
    for lang in LANGUAGES:
        if lang == "en":
            continue
        ts = TRANSLATIONS / f"returndesk_{lang}.ts"
        if update:
            subprocess.run([str(bin_dir / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                            str(ts)], check=True)
        subprocess.run([str(bin_dir / "pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


if __name__ == "__main__":
    build(update="--no-update" not in sys.argv)
