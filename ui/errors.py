"""The one place the window tells the operator something went wrong, and the hook for what nobody caught.

Pages, dialogs and background work call `show_error(parent, error)`: a `StationError` (app/errors.py) is the
operator's business and shows as a warning in the interface language; anything else is a bug, shown as it is.
A background task's `failed` slot ends here too, on the GUI thread (ui/tasks.py). `install_excepthook` catches
the rest: logged with its traceback, explained, and the window keeps running.

This module imports nothing of the window, so every page can use it without an import cycle.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app.errors import StationError
from app.storage_faults import storage_error

log = logging.getLogger(__name__)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A modal dialog over `parent`: the error's message, translated when the interface is not Vietnamese."""
    title = QApplication.translate("Errors", "Có lỗi")
    if isinstance(error, StationError):
        QMessageBox.warning(parent, title, QApplication.translate("Errors", str(error)))
    else:
        QMessageBox.critical(parent, title, str(error))


def install_excepthook(log_file: Path) -> None:
    """An unexpected exception is logged and explained; the window keeps running."""

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, error, tb)))
        error = storage_error(error) or error  # a full disk or read-only medium, said plainly
        if isinstance(error, StationError):
            show_error(QApplication.activeWindow(), error)
            return
        QMessageBox.critical(
            QApplication.activeWindow(),
            QApplication.translate("Errors", "Lỗi không mong đợi"),
            QApplication.translate(
                "Errors",
                "Phần mềm gặp lỗi không mong đợi nhưng vẫn tiếp tục chạy.\n\n{error}\n\n"
                "Chi tiết đã được ghi vào tệp nhật ký:\n{path}",
            ).format(error=f"{kind.__name__}: {error}", path=log_file),
        )

    sys.excepthook = hook
