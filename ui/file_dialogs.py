"""Open, save and folder dialogs in the operator's language.

On Windows (and macOS) the system's own dialog is used: it is in the language of the computer and the operator
knows it. Elsewhere Qt draws its own dialog (a desktop portal is not reliably there on a ward's Linux PC), and
every label Qt would write in English ("Look in", "File name", "Files of type", "Open", "Cancel") is set here;
the rest of its words (columns, buttons, the right-click menu) come from ui/i18n/qt_vi.qm
(ui/application.install_translator).

The functions mirror QFileDialog's static ones (`getOpenFileName` -> `open_file_name`, ...) so a call site
changes by its name only."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app.labels import QT_TRANSLATE_NOOP

Label = QFileDialog.DialogLabel

_LABELS = {
    Label.LookIn: QT_TRANSLATE_NOOP("FileDialogs", "Tìm trong:"),
    Label.FileName: QT_TRANSLATE_NOOP("FileDialogs", "Tên tệp:"),
    Label.FileType: QT_TRANSLATE_NOOP("FileDialogs", "Loại tệp:"),
    Label.Reject: QT_TRANSLATE_NOOP("FileDialogs", "Hủy"),
}
_ACCEPT = {
    "open": QT_TRANSLATE_NOOP("FileDialogs", "Mở"),
    "save": QT_TRANSLATE_NOOP("FileDialogs", "Lưu"),
    "folder": QT_TRANSLATE_NOOP("FileDialogs", "Chọn thư mục"),
}


def use_native_dialogs() -> bool:
    """The system's own dialog where it is sure to be there and in the computer's language."""
    return sys.platform in ("win32", "darwin")


def _words(text: str) -> str:
    return QCoreApplication.translate("FileDialogs", text)


def make_file_dialog(parent: QWidget | None, caption: str, directory: str, filters: str, kind: str) -> QFileDialog:
    """The dialog the functions below run (`kind`: open, save or folder); a test opens it to read its labels."""
    dialog = QFileDialog(parent, caption, directory, filters)
    dialog.setObjectName(f"file_dialog_{kind}")
    if not use_native_dialogs():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    if kind == "save":
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    elif kind == "folder":
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    for label, text in _LABELS.items():
        dialog.setLabelText(label, _words(text))
    dialog.setLabelText(Label.Accept, _words(_ACCEPT[kind]))
    return dialog


def _run(dialog: QFileDialog) -> tuple[str, str]:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()
    finally:
        dialog.deleteLater()


def open_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> tuple[str, str]:
    """(chosen file, chosen filter), ("", "") when cancelled -- as QFileDialog.getOpenFileName."""
    return _run(make_file_dialog(parent, caption, directory, filters, "open"))


def save_file_name(parent: QWidget | None, caption: str, directory: str = "", filters: str = "") -> tuple[str, str]:
    """As QFileDialog.getSaveFileName; `directory` may name the suggested file."""
    return _run(make_file_dialog(parent, caption, directory, filters, "save"))


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """As QFileDialog.getExistingDirectory."""
    return _run(make_file_dialog(parent, caption, directory, "", "folder"))[0]
