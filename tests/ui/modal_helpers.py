"""Working a real modal dialog from a test: a timer finds it in the nested event loop and acts on it."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

STILL_OPEN_S = 10.0  # an action that meant to close its dialog has done so long before this


class WhenDialog:
    """Runs `action(dialog)` once, on the first visible modal dialog of class `kind`. A dialog the action left
    open (an accept() that did not take) is rejected after STILL_OPEN_S and reported by check(): a test never
    waits forever in the dialog's event loop."""

    def __init__(self, kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
        self.kind = kind
        self.action = action
        self.done = False
        self.error: BaseException | None = None
        self._acted_on: QDialog | None = None
        self._acted_at = math.inf
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        active = QApplication.activeModalWidget()
        if self._acted_on is not None:
            self._watch(active)
            return
        if not isinstance(active, self.kind) or not active.isVisible():
            return
        self.done = True
        self._acted_on = active  # the clock starts when the action returns: it may wait inside itself
        try:
            self.action(active)
        except BaseException as exc:  # reported by check(), never lost in the event loop
            self.error = exc
            active.reject()
        self._acted_at = time.monotonic()

    def _watch(self, active: object) -> None:
        dialog = self._acted_on
        try:
            still_open = dialog is not None and dialog.isVisible()
        except RuntimeError:  # deleted with its parent
            still_open = False
        if not still_open:
            self._timer.stop()
        elif active is dialog and time.monotonic() - self._acted_at >= STILL_OPEN_S:
            self._timer.stop()
            self.error = AssertionError(f"the {self.kind.__name__} stayed open {STILL_OPEN_S:.0f} s after the action")
            dialog.reject()

    def check(self) -> None:
        self._timer.stop()
        if self.error is not None:
            raise self.error
        assert self.done, f"no {self.kind.__name__} was shown"
