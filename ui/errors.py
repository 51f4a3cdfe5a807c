"""The one place the window tells the operator something went wrong, and the hook for what nobody caught.

Pages, dialogs and background work call `show_error(parent, error)`: a `StationError` (app/errors.py) is the
operator's business and shows as a warning in the interface language; anything else is a bug, shown as it is.
An app message is a template with parameters (app/messages.py): `interface_text` translates the template (the
context app.messages.CONTEXT) and writes its numbers and dates the interface's way (ui/formats.py). Every place
the window shows an app error's or an app message's text goes through it.
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
from app.messages import CONTEXT, message_of
from app.storage_faults import storage_error
from ui.formats import interface_formats

log = logging.getLogger(__name__)


def _translate(template: str) -> str:
    return QApplication.translate(CONTEXT, template)


def interface_text(message: BaseException | str) -> str:
    """An error's (or a message's) text in the interface language: what the window shows of it."""
    return message_of(message).render(_translate, interface_formats())


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A modal dialog over `parent`: the error's message, translated when the interface is not Vietnamese."""
    title = QApplication.translate("Errors", "Có lỗi")
    if isinstance(error, StationError):
        QMessageBox.warning(parent, title, interface_text(error))
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
