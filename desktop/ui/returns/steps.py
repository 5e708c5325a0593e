"""Which steps of a request's life are asked about first, and what the question says will
happen (approve, reject, pass review, cancel, close cannot be taken back)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.rules.workflow import STEPS, Action
from desktop.ui.labels import action_label
from desktop.ui.widgets.confirm import confirm

NEEDS_REASON = frozenset(s.action for s in STEPS if s.needs_reason)

CONSEQUENCES = {
    Action.APPROVE: QT_TRANSLATE_NOOP(
        "Steps", "Approve %1? The dealer may then ship the goods to HQ; an approval cannot be "
        "taken back."),
    Action.REJECT: QT_TRANSLATE_NOOP(
        "Steps", "Reject %1? It goes back to the dealer with your reason: “%2”. The dealer may "
        "revise it and submit it again."),
    Action.REVIEW: QT_TRANSLATE_NOOP(
        "Steps", "Pass the review of %1? It goes on to the order department (a distributor's "
        "to its agent); the review cannot be taken back."),
    Action.CANCEL: QT_TRANSLATE_NOOP(
        "Steps", "Cancel %1? It ends here with your reason: “%2”, and cannot be reopened."),
    Action.CLOSE: QT_TRANSLATE_NOOP(
        "Steps", "Close %1? The return is finished and can no longer change."),
}


def requests_text(numbers: list[str]) -> str:
    if len(numbers) == 1:
        return numbers[0]
    shown = ", ".join(numbers[:10]) + (" …" if len(numbers) > 10 else "")
    return QCoreApplication.translate("Steps", "%1 requests (%2)").replace(
        "%1", str(len(numbers))).replace("%2", shown)


def take_step(parent: QWidget, action: Action, numbers: list[str], reason: str,
              go: Callable[[], object]) -> None:
    """``go()`` at once for a step that is not asked about, or one that lacks its reason (the
    service says so); else once the user has confirmed what will happen."""
    if action not in CONSEQUENCES or (action in NEEDS_REASON and not reason.strip()):
        go()
        return
    text = QCoreApplication.translate("Steps", CONSEQUENCES[action]).replace(
        "%1", requests_text(numbers)).replace("%2", reason.strip())
    confirm(parent, action_label(action), text, action_label(action), go)
