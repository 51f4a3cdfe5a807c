"""Choices per reading, older-dictionary marks with a one-click re-read, and old-encoding text in the editor.

Offscreen, real database, real offline synthesis (espeak-ng) and mastering.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from app.pronunciation_table import dictionary_version, set_entry
from app.segments import get_segment
from app.speech import speak_bulletin
from audio.legacy_encodings import from_unicode
from tests.app.test_bulletins import make_docx
from tests.ui import test_bulletins_page
from ui.bulletin_table_model import SegmentTableModel
from ui.speech_dialog import CHOOSING, LISTENING, WORKING

# The Bản tin page and its message boxes, as the page's own tests set them up.
messages = test_bulletins_page.messages
page = test_bulletins_page.page

TOPIC = "Phòng chống lừa đảo qua mạng"
SHORT = "UBND phường khuyến cáo: không chuyển tiền cho người lạ."


def open_bulletin(page, qtbot, bulletin_id: int) -> None:
    page.refresh(keep=bulletin_id)
    page._show_bulletin(bulletin_id)
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=10_000)


def test_the_dialog_offers_the_readings_choices_set_to_cai_dat(page, qtbot, station):
    station.update_settings({"speech_engine": "offline", "speech_voice": "central", "speech_speed": "0.9"})
    bulletin_id = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body=SHORT)
    open_bulletin(page, qtbot, bulletin_id)
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    dialog = page.speech_dialog
    assert dialog.pages.currentIndex() == CHOOSING
    assert dialog.engine_choice.currentData() == "offline"
    assert dialog.voice_choice.currentData() == "central"
    assert dialog.speed_choice.currentData() == pytest.approx(0.9)
    assert dialog.repeat_choice.value() == 1
    speeds = [dialog.speed_choice.itemData(i) for i in range(dialog.speed_choice.count())]
    assert min(speeds) == pytest.approx(0.8) and max(speeds) == pytest.approx(1.0)
    assert station.db["segments"].count == 0  # nothing happens before "Bắt đầu đọc"

    # This reading: the southern voice, slower for outdoor loudspeakers, twice.
    dialog.voice_choice.setCurrentIndex(dialog.voice_choice.findData("south"))
    dialog.speed_choice.setCurrentIndex(dialog.speed_choice.findData(0.8))
    dialog.repeat_choice.setValue(2)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.pages.currentIndex() == WORKING
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == LISTENING, timeout=60_000)
    assert "tốc độ 0,8" in dialog.summary.text() and "đọc 2 lần" in dialog.summary.text()
    with qtbot.waitSignal(dialog.segment_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    row = get_segment(station.db, saved.args[0])
    assert (row["engine"], row["voice"], row["speed"]) == ("offline", "south", 0.8)
    # Cài đặt is untouched: the choices were for this reading only.
    assert station.settings.speech_voice == "central"


def test_closing_the_choices_leaves_nothing(page, qtbot, station):
    bulletin_id = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body=SHORT)
    open_bulletin(page, qtbot, bulletin_id)
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    dialog = page.speech_dialog
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.speech_dialog is None, timeout=5000)
    assert station.db["segments"].count == 0


def test_a_segment_of_an_older_dictionary_is_marked_and_reread_in_one_click(page, qtbot, station):
    bulletin_id = create_bulletin(station.db, title="Cảnh giác", topic=TOPIC, body="Lực lượng CSGT nhắc nhở bà con.")
    old_id, _ = speak_bulletin(station, bulletin_id, engine="offline", voice="south", speed=0.85, repeat=1)
    set_entry(station.db, "CSGT", "cảnh sát giao thông đường bộ")  # the dictionary changes after the reading
    open_bulletin(page, qtbot, bulletin_id)
    model = page.segment_model
    column = SegmentTableModel.READING
    assert model.rowCount() == 1
    assert model.data(model.index(0, column)) == "Giọng đọc · có từ điển mới hơn"
    assert "trước lần sửa từ điển" in model.data(model.index(0, column), Qt.ItemDataRole.ToolTipRole)
    assert not page.reread_button.isEnabled()
    page.segment_table.selectRow(0)
    assert page.reread_button.isEnabled()

    qtbot.mouseClick(page.reread_button, Qt.MouseButton.LeftButton)  # the one click
    dialog = page.speech_dialog
    assert dialog.pages.currentIndex() in (WORKING, LISTENING)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == LISTENING, timeout=60_000)
    with qtbot.waitSignal(dialog.segment_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    new = get_segment(station.db, saved.args[0])
    assert (new["voice"], new["speed"]) == ("south", 0.85)  # same voice and speed as before
    assert new["dictionary_version"] == dictionary_version(station.db)
    assert "cảnh sát giao thông đường bộ" in new["normalized_text"]
    qtbot.waitUntil(lambda: page.speech_dialog is None, timeout=5000)
    states = {model.segment(r).id: model.data(model.index(r, column)) for r in range(model.rowCount())}
    assert states[old_id] == "Giọng đọc · có từ điển mới hơn" and states[new["id"]] == "Giọng đọc"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_pasted_old_encoding_text_becomes_unicode_with_a_notice(page, qtbot, encoding):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert not page.editor.legacy_notice.isVisible()
    text = "Ủy ban nhân dân phường thông báo lịch cắt điện ngày mai, đề nghị bà con cảnh giác lừa đảo."
    page.editor.body_edit.insertPlainText(from_unicode(text, encoding))  # a paste
    expected = text.replace("Ủ", "ủ") if encoding == "tcvn3" else text
    assert page.editor.body_edit.toPlainText() == expected
    assert page.editor.legacy_notice.isVisible()
    assert "bảng mã cũ" in page.editor.legacy_notice.text()
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=10_000)
    assert "cắt điện ngày mai" in page.editor.spoken_view.toPlainText()
    # One undo brings the pasted text back, and it stays as the operator wants it.
    page.editor.body_edit.undo()
    assert page.editor.body_edit.toPlainText() == from_unicode(text, encoding)


def test_importing_an_old_encoding_docx_says_so(page, qtbot, tmp_path):
    path = make_docx(tmp_path / "cu.docx", [from_unicode("Thông báo cắt điện", "vni"), from_unicode(SHORT, "vni")])
    page.import_text_file(path)
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert page.editor.title_edit.text() == "Thông báo cắt điện"
    assert "bảng mã cũ VNI" in page.status_label.text()
    assert page.editor.legacy_notice.isVisible()
