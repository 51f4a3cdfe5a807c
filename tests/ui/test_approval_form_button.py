"""In phiếu duyệt on the Bản tin page: the real save dialog answered with a file name, the PDF written (checked
with pdftotext), the path shown; disabled until a bulletin is chosen; an unsaved edit must be saved first."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QLineEdit

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
    widget.approval_form_button.click()
    answer.check()
    written = tmp_path / "phiếu.pdf"  # ".pdf" added to a name typed without it
    text = flat(pdf_text(written))
    assert "PHIẾU DUYỆT TIN BÀI" in text and "Cảnh giác OTP" in text and "Người duyệt Nguyễn Văn Bình" in text
    assert widget.status_label.text() == f"Đã lưu phiếu duyệt: {written}"


def test_disabled_without_a_bulletin(page):  # noqa: F811
    page.editor.clear()
    page._update_actions()
    assert not page.approval_form_button.isEnabled()
