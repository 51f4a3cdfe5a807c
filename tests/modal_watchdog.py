"""No test waits forever on a dialog nobody answers: a modal dialog left open for PATIENCE_S seconds is closed,
and its test fails with the dialog's text.

Why: a modal dialog runs Qt's own event loop in C++. pytest-timeout's alarm then lands inside some Python slot,
the loop swallows it, and the run hangs until CI gives up, printing nothing (stop 18 hung at 97 %). The usual
cause is an error dialog the test did not expect (show_error after an operation failed): its text is the
diagnosis, so it is what the failure says. Tests that answer their own dialogs do so within milliseconds
(tests/ui/dialogs.py, tests/ui/modal_helpers.py); the speech dialog, modal while it synthesises, closes itself
well within the patience on a slow machine.
"""

from __future__ import annotations

import time

import pytest

PATIENCE_S = 90.0
TICK_MS = 500


class ModalWatchdog:
    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.closed: list[str] = []
        self._since: dict[int, float] = {}
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

        widget = QApplication.activeModalWidget()
        if widget is None:
            self._since.clear()
            return
        open_s = time.monotonic() - self._since.setdefault(id(widget), time.monotonic())
        if open_s < PATIENCE_S:
            return
        text = widget.text() if isinstance(widget, QMessageBox) else ""
        self.closed.append(f"{type(widget).__name__} “{widget.windowTitle()}” open {open_s:.0f} s: {text}".strip())
        del self._since[id(widget)]
        if isinstance(widget, QDialog):
            widget.reject()
        else:
            widget.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture(autouse=True)
def modal_watchdog(request):
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield None
        return
    request.getfixturevalue("qapp")
    watchdog = ModalWatchdog()
    yield watchdog
    watchdog.stop()
    if watchdog.closed:
        pytest.fail("a dialog nobody answered was closed: " + "; ".join(watchdog.closed))
