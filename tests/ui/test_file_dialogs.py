"""Qt's own open/save/folder and print dialogs speak Vietnamese (ui/file_dialogs.py, ui/i18n/qt_vi.qm).

The dialogs are the real ones, opened modal as the window opens them; a timer reads the words on their widgets."""

from __future__ import annotations

import pytest
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeView,
)

from tests.ui.modal_helpers import WhenDialog
from ui import file_dialogs


@pytest.fixture
def vietnamese(qapp):
    """The translator a Vietnamese station installs (ui/application.install_translator), removed afterwards."""
    from ui.application import install_translator

    translator = install_translator(qapp, "vi")
    assert translator is not None, "ui/i18n/qt_vi.qm is missing: run tools/update-translations"
    yield translator
    qapp.removeTranslator(translator)


def _words(dialog: QFileDialog) -> dict[str, str]:
    labels = {name: dialog.findChild(QLabel, name) for name in ("lookInLabel", "fileNameLabel", "fileTypeLabel")}
    box = dialog.findChild(QDialogButtonBox, "buttonBox")
    accept = box.button(QDialogButtonBox.StandardButton.Open) or box.button(QDialogButtonBox.StandardButton.Save)
    reject = box.button(QDialogButtonBox.StandardButton.Cancel)
    tree = dialog.findChild(QTreeView, "treeView")
    model = tree.model()
    words = {name: label.text() for name, label in labels.items() if label is not None}
    words.update(accept=accept.text(), reject=reject.text())
    words["columns"] = ", ".join(str(model.headerData(column, tree.header().orientation())) for column in range(4))
    return words


def _open(run, kind: type = QFileDialog) -> dict:
    seen: dict = {}

    def read(dialog) -> None:
        seen["dialog"] = dialog
        seen["native"] = bool(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        seen.update(_words(dialog))
        dialog.reject()

    reader = WhenDialog(kind, read)
    seen["result"] = run()
    reader.check()
    return seen


@pytest.mark.parametrize(
    ("run", "accept"),
    [
        (lambda tmp: file_dialogs.open_file_name(None, "Chọn tệp", str(tmp), "CSV (*.csv);;Tất cả các tệp (*)"), "Mở"),
        (lambda tmp: file_dialogs.save_file_name(None, "Lưu tệp", str(tmp / "bao-cao.csv"), "CSV (*.csv)"), "Lưu"),
    ],
)
def test_open_and_save_dialogs_are_in_vietnamese(qtbot, vietnamese, tmp_path, run, accept):
    seen = _open(lambda: run(tmp_path))
    assert seen["result"] == ("", "")  # cancelled: nothing chosen
    assert seen["native"], "on Linux Qt's own dialog is used, so its words are ours"
    assert seen["lookInLabel"] == "Tìm trong:"
    assert seen["fileNameLabel"] == "Tên tệp:"
    assert seen["fileTypeLabel"] == "Loại tệp:"
    assert (seen["accept"], seen["reject"]) == (accept, "Hủy")
    assert seen["columns"] == "Tên, Cỡ, Loại, Ngày sửa"  # Qt's own words, from ui/i18n/qt_vi.qm


def test_folder_dialog_is_in_vietnamese(qtbot, vietnamese, tmp_path):
    seen = _open(lambda: file_dialogs.existing_directory(None, "Chọn thư mục", str(tmp_path)))
    assert seen["result"] == ""
    assert (seen["lookInLabel"], seen["fileNameLabel"]) == ("Tìm trong:", "Tên tệp:")
    assert (seen["accept"], seen["reject"]) == ("Chọn thư mục", "Hủy")


def test_a_chosen_file_and_filter_come_back(qtbot, tmp_path):
    wanted = tmp_path / "nhat-ky.csv"
    wanted.write_text("x", encoding="utf-8")

    def choose(dialog: QFileDialog) -> None:  # as the operator does: the filter, then the name typed
        dialog.selectNameFilter("CSV (*.csv)")
        # Not selectFile(): it leaves the name box alone when that box has the keyboard focus, which depends on
        # when the window manager activates the dialog; accept() then finds no name and the dialog stays open.
        dialog.findChild(QLineEdit, "fileNameEdit").setText(str(wanted))
        dialog.accept()

    chooser = WhenDialog(QFileDialog, choose)
    chosen = file_dialogs.open_file_name(None, "Chọn tệp", str(tmp_path), "Tất cả các tệp (*);;CSV (*.csv)")
    chooser.check()
    assert chosen == (str(wanted), "CSV (*.csv)")


def test_the_bulletins_page_opens_the_vietnamese_dialog(qtbot, station, vietnamese):
    from ui.bulletins_page import BulletinsPage
    from ui.tasks import TaskRunner

    runner = TaskRunner()
    page = BulletinsPage(station, runner)
    qtbot.addWidget(page)
    seen = _open(page.import_text_button.click)
    assert seen["lookInLabel"] == "Tìm trong:" and seen["accept"] == "Mở"
    assert seen["dialog"].windowTitle() == "Chọn tệp bản tin"
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=10_000)  # before the station closes
    page.shutdown()
    runner.wait_all(5000)


def test_the_print_dialog_and_standard_buttons_are_vietnamese(qtbot, vietnamese):
    seen: dict = {}

    def read(dialog: QPrintDialog) -> None:
        seen["buttons"] = sorted(button.text() for button in dialog.findChildren(QPushButton) if button.isVisible())
        seen["labels"] = {label.text() for label in dialog.findChildren(QLabel) if label.text()}
        seen["groups"] = {button.text() for button in dialog.findChildren(QAbstractButton) if button.text()}
        dialog.reject()

    reader = WhenDialog(QPrintDialog, read)
    printer = QPrinter()  # kept: the dialog holds a pointer to it
    dialog = QPrintDialog(printer)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.exec()
    reader.check()
    assert {"&In", "Hủy"} <= set(seen["buttons"]), seen["buttons"]
    assert {"&Tên máy in:", "Số bản:"} <= seen["labels"], seen["labels"]
    assert {"In tất cả", "Sắp theo bộ"} <= seen["groups"], seen["groups"]
    english = {"Print", "&Print", "Cancel", "Copies:", "&Name:", "Print all", "Collate"}
    assert not english & (set(seen["buttons"]) | seen["labels"] | seen["groups"])

    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Bản tin chưa lưu",
        "Lưu lại không?",
        QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
    )
    assert sorted(button.text() for button in box.buttons()) == ["Bỏ thay đổi", "Hủy", "Lưu"]


def test_the_english_window_keeps_qt_in_english(qtbot, english, tmp_path):
    seen = _open(lambda: file_dialogs.open_file_name(None, "Choose", str(tmp_path), "CSV (*.csv)"))
    assert (seen["lookInLabel"], seen["accept"], seen["reject"]) == ("Look in:", "Open", "Cancel")


def test_the_print_preview_toolbar_is_vietnamese(qtbot, vietnamese):
    from PySide6.QtGui import QAction
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    printer = QPrinter()
    preview = QPrintPreviewDialog(printer)
    qtbot.addWidget(preview)
    preview.show()
    words = {action.text() for action in preview.findChildren(QAction) if action.text()}
    assert {"Trang sau", "Phóng to", "In", "Thiết lập trang", "Xem tất cả các trang"} <= words, words
    assert not words & {"Next page", "Zoom in", "Print", "Page setup", "Page Setup"}
    preview.close()


def test_the_qt_translation_is_built_from_its_table():
    """ui/i18n/qt_vi.ts is what tools/qt_vietnamese.py makes of qt_vi.tsv (tools/update-translations compiles it)."""
    from tools.qt_vietnamese import TABLE, TS, rows, ts_text

    assert TS.read_text(encoding="utf-8") == ts_text(rows(TABLE))
