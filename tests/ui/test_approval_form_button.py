"""In phiếu duyệt on the Bản tin page: on paper through the real print dialog (its printer here is Qt's "Print to
File", the one destination a machine without printers has), or saved as a PDF through the real save dialog; each
file checked with pdftotext, the outcome shown; disabled until a bulletin is chosen; an unsaved edit must be saved
first."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QComboBox, QFileDialog, QLineEdit

from app import approval
from tests.ui.modal_helpers import WhenDialog
from tests.ui.test_approval_page import loaded  # noqa: F401 (fixtures)
from tests.ui.test_bulletins_page import messages, page  # noqa: F401 (fixtures)
from tests.ui.test_report_pdf import flat, pdf_text


def test_the_button_writes_the_form_where_the_operator_chose(loaded, station, tmp_path):  # noqa: F811
    widget, bulletin_id = loaded
    assert widget.approval_form_button.isEnabled() and widget.approval_form_button.text() == "In phiếu duyệt…"
    approval.approve(station.db, bulletin_id, by="Nguyễn Văn Bình", note="Đồng ý")

    def choose(dialog: QFileDialog) -> None:  # as the operator does: a folder, then a name typed over the suggested one
        assert dialog.windowTitle() == "Lưu phiếu duyệt"
        dialog.setDirectory(str(tmp_path))
        dialog.findChild(QLineEdit, "fileNameEdit").setText("phiếu")
        dialog.accept()

    answer = WhenDialog(QFileDialog, choose)
    assert [action.text() for action in widget.approval_form_button.menu().actions()] == [
        "In ra máy in…",
        "Lưu thành tệp PDF…",
    ]
    widget.approval_form_actions.save_pdf_action.trigger()
    answer.check()
    written = tmp_path / "phiếu.pdf"  # ".pdf" added to a name typed without it
    text = flat(pdf_text(written))
    assert "PHIẾU DUYỆT TIN BÀI" in text and "Cảnh giác OTP" in text and "Người duyệt Nguyễn Văn Bình" in text
    assert widget.status_label.text() == f"Đã lưu phiếu duyệt: {written}"


def test_disabled_without_a_bulletin(page):  # noqa: F811
    page.editor.clear()
    page._update_actions()
    assert not page.approval_form_button.isEnabled()


def test_the_form_goes_to_the_printer_chosen_in_the_print_dialog(loaded, station, tmp_path):  # noqa: F811
    widget, bulletin_id = loaded
    approval.approve(station.db, bulletin_id, by="Nguyễn Văn Bình", note="Đồng ý")
    paper = tmp_path / "may-in.pdf"
    seen = {}

    def print_it(dialog: QPrintDialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["printers"] = dialog.findChild(QComboBox, "printers").currentText()
        dialog.findChild(QLineEdit, "filename").setText(str(paper))
        dialog.accept()

    answer = WhenDialog(QPrintDialog, print_it)
    widget.approval_form_actions.print_action.trigger()
    answer.check()
    assert seen == {"title": "In phiếu duyệt", "printers": "Print to File (PDF)"}
    text = flat(pdf_text(paper))
    assert "PHIẾU DUYỆT TIN BÀI" in text and "Cảnh giác OTP" in text and "Người duyệt Nguyễn Văn Bình" in text
    assert widget.status_label.text() == f"Đã in phiếu duyệt ra “{paper}”."


def test_a_cancelled_print_prints_nothing(loaded, tmp_path):  # noqa: F811
    widget, _bulletin_id = loaded
    before = widget.status_label.text()
    answer = WhenDialog(QPrintDialog, lambda dialog: dialog.reject())
    widget.approval_form_actions.print_action.trigger()
    answer.check()
    assert widget.status_label.text() == before and not list(tmp_path.glob("*.pdf"))
