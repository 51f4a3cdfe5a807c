"""Answering real modal message boxes from a test: a timer clicks the named button in the nested event loop."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


class DialogAnswerer:
    """Clicks `answers` in order, one per message box that appears; records each box's text."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.seen: list[str] = []
        self.errors: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        if not self.answers:
            self.errors.append(f"unexpected dialog: {box.text()}")
            box.reject()
            return
        label = self.answers.pop(0)
        self.seen.append(box.text())
        for button in box.buttons():
            if button.text().replace("&", "") == label:
                button.click()
                return
        self.errors.append(f"no button {label!r} in {[b.text() for b in box.buttons()]}")
        box.reject()

    def stop(self) -> None:
        self._timer.stop()
        assert not self.errors, self.errors
        assert not self.answers, f"dialogs never shown for {self.answers}"
