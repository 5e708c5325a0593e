"""Qt's own strings that Qt's Chinese (qtbase_zh_CN.qm, shipped with PySide6) lacks.

Qt's file dialog asks for these in its own contexts; Qt 6 changed them (an accelerator added to
"Look in:" and "Files of type:", the file icon provider's kinds moved to a new context with a
disambiguation) and the Chinese translation was not brought along, so a Chinese file dialog said
"&Look in:", "Files of &type:" and "Folder".  Written here as translate() calls, lupdate puts them
into our .ts under Qt's contexts; our translator answers whatever qtbase's does not (Qt asks the
translators from the last installed: qtbase first, then ours).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def translated() -> list[tuple[str, str]]:
    """(source, what the user reads) of each, in the current language.  Spelled out as
    QCoreApplication.translate(...) calls: that is what pyside6-lupdate reads (an alias of
    it, or QT_TRANSLATE_NOOP3 with a disambiguation, is not extracted)."""
    return [
        ("&Look in:", QCoreApplication.translate("QFileDialog", "&Look in:")),
        ("Files of &type:", QCoreApplication.translate("QFileDialog", "Files of &type:")),
        ("Drive", QCoreApplication.translate("QAbstractFileIconProvider", "Drive")),
        ("File Folder", QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer")),
        ("Folder", QCoreApplication.translate(
            "QAbstractFileIconProvider", "Folder", "All other platforms")),
        ("Alias", QCoreApplication.translate(
            "QAbstractFileIconProvider", "Alias", "macOS Finder")),
        ("Shortcut", QCoreApplication.translate(
            "QAbstractFileIconProvider", "Shortcut", "All other platforms")),
        ("Unknown", QCoreApplication.translate("QAbstractFileIconProvider", "Unknown")),
    ]
