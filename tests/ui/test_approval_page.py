"""The Bản tin page's approval controls, offscreen, over a real station database: the state shown, Duyệt and
Trả lại asking for the name and the note or reason in real input dialogs, an edit that returns it to draft."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from app import approval
from app.bulletins import create_bulletin
from tests.ui.test_bulletins_page import messages, page  # noqa: F401 (fixtures)

BODY = "Cảnh giác với cuộc gọi giả danh công an đề nghị cung cấp mã OTP."


class InputAnswerer:
    """Types `answers` in order into each real QInputDialog that appears and accepts it (None: cancels)."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.labels: list[str] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._poll)
        self._timer.start()

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog) or not dialog.isVisible() or not self.answers:
            return
        answer = self.answers.pop(0)
        self.labels.append(dialog.labelText())
        if answer is None:
            dialog.reject()
        else:
            dialog.setTextValue(answer)
            dialog.accept()

    def stop(self) -> None:
        self._timer.stop()
        assert not self.answers, f"dialogs never shown for {self.answers}"


@pytest.fixture
def loaded(page, station):  # noqa: F811 (the fixture imported above)
    bulletin_id = create_bulletin(station.db, title="Cảnh giác OTP", topic="Phòng chống lừa đảo qua mạng", body=BODY)
    page.refresh(keep=bulletin_id)
    page._show_bulletin(bulletin_id)
    assert page.editor.bulletin_id == bulletin_id
    return page, bulletin_id


def test_approve_then_return_then_an_edit_returns_it_to_draft(loaded, station, messages):  # noqa: F811
    widget, bulletin_id = loaded
    assert widget.approval_label.text() == "Trạng thái duyệt: nháp"
    answers = InputAnswerer("Nguyễn Văn Bình", "Đồng ý phát")
    widget.approve_button.click()
    answers.stop()
    assert answers.labels == ["Người duyệt:", "Ý kiến (có thể để trống):"]
    found = approval.get_approval(station.db, bulletin_id)
    assert found.approved and found.by == "Nguyễn Văn Bình" and found.note == "Đồng ý phát"
    assert widget.approval_label.text().startswith("Trạng thái duyệt: đã duyệt bởi Nguyễn Văn Bình lúc ")
    assert widget.approval_label.text().endswith("— Đồng ý phát")

    cancelled = InputAnswerer("Trần Thị C", None)  # cancelling the reason leaves it approved
    widget.return_button.click()
    cancelled.stop()
    assert approval.get_approval(station.db, bulletin_id).approved
    empty = InputAnswerer("Trần Thị C", "   ")  # an empty reason is refused, with the message
    widget.return_button.click()
    empty.stop()
    assert messages["errors"][-1] == "Hãy ghi lý do trả lại bản tin."
    assert approval.get_approval(station.db, bulletin_id).approved
    back = InputAnswerer("Trần Thị C", "Thiếu số điện thoại đường dây nóng")
    widget.return_button.click()
    back.stop()
    assert approval.get_approval(station.db, bulletin_id).state == "returned"
    assert "trả lại bởi Trần Thị C" in widget.approval_label.text()

    again = InputAnswerer("Nguyễn Văn Bình", "")
    widget.approve_button.click()
    again.stop()
    assert approval.get_approval(station.db, bulletin_id).approved
    widget.editor.body_edit.setPlainText(BODY + " Gọi 113 khi nghi ngờ.")
    shown: list[str] = []
    original = QMessageBox.information
    QMessageBox.information = lambda parent, title, text, *a, **k: shown.append(text)  # type: ignore[method-assign]
    try:
        widget.approve_button.click()  # unsaved: what would be approved is not what is stored
    finally:
        QMessageBox.information = original  # type: ignore[method-assign]
    assert shown == ["Hãy lưu bản tin trước khi duyệt hoặc trả lại."]
    assert widget.save()
    assert approval.get_approval(station.db, bulletin_id).state == "draft"
    assert widget.approval_label.text() == "Trạng thái duyệt: nháp"
