"""Nhập bản ghi âm asks for the topic (no default from the bulletin on screen), recordings of no bulletin have
their own list on the Bản tin page, and the Nhật ký shows imported rows as "Nhập từ sổ cũ". Real widgets,
a real database, real ffmpeg."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from app.log.importer import import_log
from tests.ui import test_bulletins_page as bulletins_tests
from ui.log_table_model import LogFilter, LogTableModel
from ui.recording_dialog import NO_TOPIC, RecordingDialog

TOPIC, _tone = bulletins_tests.TOPIC, bulletins_tests._tone
messages, page = bulletins_tests.messages, bulletins_tests.page  # the Bản tin page's fixtures


def _dialog(qtbot, station, path, **kwargs) -> RecordingDialog:
    dialog = RecordingDialog(station, path, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_topic_is_an_explicit_choice(qtbot, station, tmp_path):
    """A bulletin about state secrets is open; the dialog offers it but chooses no topic by itself."""
    path = tmp_path / "thong_bao_hop.wav"
    dialog = _dialog(qtbot, station, path, bulletin_id=1, bulletin_title="Bảo vệ bí mật nhà nước")
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.topic_combo.currentText() == "" and not ok.isEnabled()
    assert dialog.topic_hint.isVisible() and "Hãy chọn chủ đề" in dialog.topic_hint.text()
    assert not dialog.attach.isChecked()  # filed on its own unless ticked

    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findText(NO_TOPIC))
    assert ok.isEnabled() and dialog.values() == {"title": "thong bao hop", "topic": None, "bulletin_id": None}

    # Attached to the bulletin, "no topic" would air under the bulletin's topic: refused until one is chosen.
    dialog.attach.setChecked(True)
    assert not ok.isEnabled() and "chủ đề của bản tin" in dialog.topic_hint.text()
    dialog.topic_combo.setCurrentIndex(dialog.topic_combo.findText(TOPIC))
    assert ok.isEnabled() and dialog.values()["topic"] == TOPIC and dialog.values()["bulletin_id"] == 1


def test_unattached_recordings_have_their_own_list(page, qtbot, station, messages, tmp_path):
    shown = page.editor.bulletin_id
    assert shown is not None  # a bulletin is open, as when the operator first comes to the page
    panel = page.recordings_panel
    assert page.audio_tabs.tabText(1) == "Bản ghi âm riêng (0)" and not panel.empty_label.isHidden()

    page.import_recording_file(_tone(tmp_path / "hop.wav"), title="Thông báo họp tổ dân phố", topic=None)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=10_000)
    assert page.editor.bulletin_id == shown  # no "Bản tin mới" needed
    assert page.audio_tabs.currentWidget() is panel and page.audio_tabs.tabText(1) == "Bản ghi âm riêng (1)"
    assert panel.model.data(panel.model.index(0, panel.model.TOPIC)) == "(không thuộc chủ đề nào)"
    row = station.db.execute("SELECT bulletin_id, topic_id FROM segments").fetchone()
    assert tuple(row) == (None, None)
    assert page.segment_model.rowCount() == 0  # not among the open bulletin's audio

    panel.table.selectRow(0)
    assert panel.delete_button.isEnabled()
    messages["answers"].append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert messages["questions"] and "Thông báo họp tổ dân phố" in messages["questions"][-1]
    assert panel.model.rowCount() == 0 and station.db["segments"].count == 0


def test_attached_recording_without_a_topic_is_refused(page, qtbot, station, messages, tmp_path):
    page.import_recording_file(
        _tone(tmp_path / "x.wav"), title="Phỏng vấn", topic=None, bulletin_id=page.editor.bulletin_id
    )
    qtbot.waitUntil(lambda: bool(messages["errors"]), timeout=10_000)
    assert "cần một chủ đề" in messages["errors"][-1]
    assert station.db["segments"].count == 0 and not any(station.paths.audio_store.rglob("*.wav"))


def test_log_page_shows_imported_rows_as_imported(qtbot, station, tmp_path):
    source = tmp_path / "so-cu.csv"
    source.write_text(
        "Bắt đầu,Kết thúc,Tiêu đề,Chủ đề,Trạng thái\n"
        "2025-03-10 06:00:00,2025-03-10 06:02:00,Thông báo họp,An toàn thông tin,đã phát\n",
        encoding="utf-8",
    )
    import_log(station.db, source)
    model = LogTableModel(station.db)
    model.set_filter(LogFilter(first=date(2025, 3, 10), last=date(2025, 3, 10)))
    assert model.rowCount() == 1
    assert model.data(model.index(0, LogTableModel.TRIGGER)) == "Nhập từ sổ cũ"
