"""Working a real modal dialog from a test: a timer finds it in the nested event loop and acts on it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


class WhenDialog:
    """Runs `action(dialog)` once, on the first visible modal dialog of class `kind`."""

    def __init__(self, kind: type[QDialog], action: Callable[[QDialog], None]) -> None:
        self.kind = kind
        self.action = action
        self.done = False
        self.error: BaseException | None = None
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind) or not dialog.isVisible():
            return
        self._timer.stop()
        self.done = True
        try:
            self.action(dialog)
        except BaseException as exc:  # reported by check(), never lost in the event loop
            self.error = exc
            dialog.reject()

    def check(self) -> None:
        self._timer.stop()
        if self.error is not None:
            raise self.error
        assert self.done, f"no {self.kind.__name__} was shown"
