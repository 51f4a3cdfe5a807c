"""The Bản tin page, offscreen, with the real database, real offline synthesis and a real QMediaPlayer."""

from __future__ import annotations

import socket
import subprocess
import time

import gtts.tts
import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from app.bulletins import get_bulletin, list_bulletins
from app.pronunciation_table import dictionary_version, load_table
from audio.ffmpeg_tools import ffmpeg_path
from tests.app.test_bulletins import make_docx, to_cp1258
from tests.ui.dialogs import DialogAnswerer
from ui.bulletin_table_model import BulletinTableModel, SegmentTableModel
from ui.bulletins_page import BulletinsPage
from ui.pronunciation_dialog import PronunciationDialog
from ui.speech_dialog import CHOOSING
from ui.tasks import TaskRunner

TOPIC = "Phòng chống lừa đảo qua mạng"


@pytest.fixture
def messages(monkeypatch):
    """Every message box the page shows, answered without a human: errors recorded, questions answered."""
    seen: dict[str, list] = {"errors": [], "questions": []}
    answers: list = []

    def warning(parent, title, text, *args, **kwargs):
        seen["errors"].append(text)
        return QMessageBox.StandardButton.Ok

    def question(parent, title, text, *args, **kwargs):
        seen["questions"].append(text)
        return answers.pop(0) if answers else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    monkeypatch.setattr(QMessageBox, "critical", warning)
    monkeypatch.setattr(QMessageBox, "question", question)
    seen["answers"] = answers
    return seen


@pytest.fixture
def page(qtbot, station, messages):
    station.update_settings({"speech_engine": "offline", "speech_repeat": "1"})
    runner = TaskRunner()
    widget = BulletinsPage(station, runner)
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    qtbot.waitUntil(lambda: not widget.editor.preview_pending(), timeout=10_000)
    yield widget
    widget.shutdown()
    runner.wait_all(15_000)


def _store_files(station):
    return sorted(p for p in station.paths.audio_store.rglob("*") if p.is_file())


def _start_new(page, qtbot, *, title: str, topic: str, body: str) -> None:
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    page.editor.title_edit.setText(title)
    page.editor.topic_combo.setEditText(topic)
    page.editor.body_edit.setPlainText(body)


def _speak(page, qtbot):
    """Speak with the choices as Cài đặt sets them: the dialog opens on its choices, "Bắt đầu đọc" starts."""
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    dialog = page.speech_dialog
    if dialog is not None:
        assert dialog.pages.currentIndex() == CHOOSING
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    return dialog


# Library -----------------------------------------------------------------------------------------


def test_models_pass_the_model_tester(page, qtmodeltester, station):
    qtmodeltester.check(page.model)
    page.search_edit.setText("lừa đảo")
    page.apply_filter()
    qtmodeltester.check(page.model)
    segments = SegmentTableModel(station.db)
    station.db["segments"].insert(
        {
            "kind": "recording",
            "title": "Ghi âm",
            "bulletin_id": 1,
            "duration_s": 65.4,
            "loudness_lufs": -18.2,
            "created_at": "2024-09-05 06:30:00",
        }
    )
    segments.show_bulletin(1)
    assert segments.rowCount() == 1
    assert segments.data(segments.index(0, SegmentTableModel.DURATION)) == "1 phút 5 giây"
    qtmodeltester.check(segments)
    empty = BulletinTableModel(station.db)
    qtmodeltester.check(empty)


def test_first_bulletin_opens_with_its_spoken_form(page, station):
    newest = list_bulletins(station.db)[0]
    assert page.editor.bulletin_id == newest.id
    assert page.editor.title_edit.text() == newest.title
    spoken = page.editor.spoken_view.toPlainText()
    assert spoken and not any(ch.isdigit() for ch in spoken)
    assert "35-NQ/TW" not in spoken  # the sample cites Nghị quyết 35-NQ/TW: read as words
    assert page.count_label.text() == "7 bản tin"


def test_search_and_topic_filter(page, qtbot, station):
    qtbot.keyClicks(page.search_edit, "shipper")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert "shipper" in page.model.rows[0].title
    assert page.count_label.text() == "Tìm thấy 1 bản tin"
    page.search_edit.clear()
    index = page.topic_filter.findText("An toàn thông tin")
    page.topic_filter.setCurrentIndex(index)
    assert page.model.rowCount() == 1
    assert {row.topic for row in page.model.rows} == {"An toàn thông tin"}
    page.topic_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 7


def test_new_bulletin_with_a_new_topic(page, qtbot, station):
    _start_new(
        page,
        qtbot,
        title="Cảnh giác mạo danh điện lực",
        topic="Điện lực an toàn",
        body="Kẻ gian gọi điện báo cắt điện, đòi chuyển tiền trước 17h00 ngày 5/9.",
    )
    assert page.editor.is_dirty()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = get_bulletin(station.db, page.editor.bulletin_id)
    assert (saved.title, saved.topic) == ("Cảnh giác mạo danh điện lực", "Điện lực an toàn")
    assert page.topic_filter.findText("Điện lực an toàn") > 0
    assert page.editor.topic_combo.findText("Điện lực an toàn") >= 0
    assert page.model.rows[page.table.currentIndex().row()].id == saved.id
    assert not page.editor.is_dirty()
    qtbot.waitUntil(lambda: "mười bảy giờ" in page.editor.spoken_view.toPlainText(), timeout=5000)


def test_spoken_form_follows_typing(page, qtbot):
    _start_new(page, qtbot, title="Gõ", topic=TOPIC, body="")
    # One character at a time, as typed (QTest's keyClicks only knows ASCII).
    for character in "UBND phường họp lúc 7h30.":
        page.editor.body_edit.insertPlainText(character)
    qtbot.waitUntil(
        lambda: "Ủy ban nhân dân phường họp lúc bảy giờ ba mươi" in page.editor.spoken_view.toPlainText(), timeout=5000
    )


@pytest.mark.parametrize(
    ("title", "body", "message"),
    [
        ("Không nội dung", "   \n\t  ", "Nội dung bản tin đang trống"),
        ("", "Có nội dung", "Bản tin chưa có tiêu đề"),
    ],
)
def test_empty_input_is_refused_with_a_message(page, qtbot, station, messages, title, body, message):
    before = station.db["bulletins"].count, station.db["segments"].count
    _start_new(page, qtbot, title=title, topic=TOPIC, body=body)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert messages["errors"][-1].startswith(message)
    if body.strip():
        qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
        assert messages["errors"][-1].startswith(message)
    assert page.speech_dialog is None
    assert (station.db["bulletins"].count, station.db["segments"].count) == before


def test_switching_away_from_unsaved_changes_asks(page, qtbot, station, messages):
    first_id = page.editor.bulletin_id
    page.editor.title_edit.setText("Đã sửa nhưng chưa lưu")
    page.editor.title_edit.textEdited.emit("Đã sửa nhưng chưa lưu")
    messages["answers"].append(QMessageBox.StandardButton.Cancel)
    page.table.selectRow(3)
    assert page.editor.bulletin_id == first_id  # stayed
    assert page.editor.title_edit.text() == "Đã sửa nhưng chưa lưu"
    messages["answers"].append(QMessageBox.StandardButton.Save)
    page.table.selectRow(3)
    assert get_bulletin(station.db, first_id).title == "Đã sửa nhưng chưa lưu"
    assert page.editor.bulletin_id != first_id
    assert len(messages["questions"]) == 2


def test_delete_asks_first(page, qtbot, station, messages):
    bulletin_id = page.editor.bulletin_id
    messages["answers"].append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert get_bulletin(station.db, bulletin_id)
    messages["answers"].append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert station.db["bulletins"].count == 6
    assert page.model.row_of(bulletin_id) == -1
    assert "Xóa bản tin" in messages["questions"][0]


# Speech ------------------------------------------------------------------------------------------


def test_speak_listen_seek_and_keep(page, qtbot, station):
    bulletin_id = page.editor.bulletin_id
    dialog = _speak(page, qtbot)
    assert dialog is not None and dialog.isVisible()
    assert not page.speak_button.isEnabled()  # one at a time
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    assert dialog.progress_bar.value() == dialog.progress_bar.maximum() > 1
    assert station.db["segments"].count == 0  # nothing kept before the operator says so
    assert "giọng offline" in dialog.summary.text()
    preview = dialog.preview
    qtbot.waitUntil(lambda: preview.player.duration() > 5000, timeout=10_000)
    # No separate Thiết bị nghe thử in this station: the preview asks before it plays through the on-air output.
    answers = DialogAnswerer("Nghe thử qua loa")
    qtbot.mouseClick(preview.play_button, Qt.MouseButton.LeftButton)
    answers.stop()
    qtbot.waitUntil(lambda: preview.player.position() > 200, timeout=10_000)
    assert preview.play_button.text() == "Tạm dừng"
    preview.seek(4000)
    qtbot.waitUntil(lambda: preview.player.position() >= 4000, timeout=5000)
    assert preview.slider.value() >= 4000
    qtbot.mouseClick(preview.play_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not preview.is_playing(), timeout=5000)
    with qtbot.waitSignal(dialog.segment_saved, timeout=5000) as saved:
        qtbot.mouseClick(dialog.keep_button, Qt.MouseButton.LeftButton)
    row = station.db["segments"].get(saved.args[0])
    assert (row["kind"], row["bulletin_id"], row["engine"]) == ("speech", bulletin_id, "offline")
    qtbot.waitUntil(lambda: page.speech_dialog is None, timeout=5000)
    assert page.segment_model.rowCount() == 1
    assert page.model.rows[page.model.row_of(bulletin_id)].segment_count == 1
    # The kept segment plays from the page's list too.
    page.segment_table.selectRow(0)
    qtbot.waitUntil(lambda: page.segment_preview.player.duration() > 5000, timeout=10_000)


def test_discard_after_listening_leaves_nothing(page, qtbot, station):
    before = station.db["segments"].count, _store_files(station)
    dialog = _speak(page, qtbot)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=30_000)
    assert len(_store_files(station)) == len(before[1]) + 1
    with qtbot.waitSignal(dialog.finished, timeout=5000):
        qtbot.mouseClick(dialog.discard_button, Qt.MouseButton.LeftButton)
    assert (station.db["segments"].count, _store_files(station)) == before


def test_cancel_during_synthesis_leaves_nothing(page, qtbot, station):
    body = " ".join(f"Câu thứ {n}: bà con không chuyển tiền cho người lạ gọi điện tự xưng công an." for n in range(300))
    _start_new(page, qtbot, title="Rất nhiều câu", topic=TOPIC, body=body)
    before_files = _store_files(station)
    dialog = _speak(page, qtbot)
    # Wait on the bar, not on `progressed` itself: a waitSignal blocker left connected to a signal a worker
    # thread keeps emitting is called after pytest-qt has freed it (a crash in the harness, not the app).
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=20_000)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.rendered is None
    assert station.db["segments"].count == 0
    assert _store_files(station) == before_files
    qtbot.waitUntil(lambda: page.speak_button.isEnabled(), timeout=5000)


def test_no_internet_with_google_says_so_in_vietnamese(page, qtbot, station, messages, monkeypatch):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setattr(gtts.tts, "_translate_url", lambda tld="com", path="": f"http://127.0.0.1:{port}/{path}")
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    station.update_settings({"speech_engine": "google"})
    before = station.db["segments"].count, _store_files(station)
    dialog = _speak(page, qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=30_000):
        pass
    assert messages["errors"] == ["Không kết nối được máy chủ giọng đọc Google (mất mạng?)"]
    assert (station.db["segments"].count, _store_files(station)) == before


def test_emoji_only_text_is_refused(page, qtbot, station, messages):
    _start_new(page, qtbot, title="Chỉ biểu tượng", topic=TOPIC, body="😀 🙏 🚨")
    dialog = _speak(page, qtbot)
    with qtbot.waitSignal(dialog.finished, timeout=10_000):
        pass
    assert "không có chữ nào đọc được" in messages["errors"][-1]
    assert station.db["segments"].count == 0


def test_two_hundred_thousand_characters_never_freeze_the_window(page, qtbot, station, messages, monkeypatch):
    import threading

    import ui.bulletin_editor

    threads: list[bool] = []
    real = ui.bulletin_editor.spoken_sentences

    def spy(rules, text):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(rules, text)

    monkeypatch.setattr(ui.bulletin_editor, "spoken_sentences", spy)
    # With the 5 characters typed below, exactly the 200,000 a bulletin may hold.
    body = ("Ngày 30/8/2023, UBND phường khuyến cáo bà con gọi 113 khi bị lừa đảo qua mạng. " * 2600)[:199_995]
    _start_new(page, qtbot, title="Rất dài", topic=TOPIC, body="")
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=5000)

    # The event loop keeps turning while the long text is normalised: a 10 ms timer never waits long.
    ticks: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(clock.elapsed()))
    page.editor.body_edit.setPlainText(body)  # the paste itself is Qt's own work
    timer.start()
    qtbot.waitUntil(lambda: "chỉ xem trước" in page.editor.spoken_status.text(), timeout=20_000)
    qtbot.keyClick(page.editor.body_edit, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    for character in " Hết.":
        page.editor.body_edit.insertPlainText(character)
    assert page.editor.spoken_status.text() == "Đang cập nhật…" or page.editor.preview_pending()
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=20_000)
    timer.stop()
    gaps = [b - a for a, b in zip(ticks, ticks[1:], strict=False)]
    assert len(ticks) > 40  # two debounced updates of 400 ms each, at least
    # The reading rules run off the GUI thread, and the window never stops long (the bound is loose: the test
    # machine may be busy; normalising the whole text on the GUI thread takes about a second).
    assert threads and not any(threads)
    assert max(gaps) < 800, f"the window stopped for {max(gaps)} ms"
    assert "chỉ xem trước" in page.editor.spoken_status.text()
    assert "ba mươi tháng tám" in page.editor.spoken_view.toPlainText()

    # It is stored whole; reading it aloud is refused with the limit, and nothing is written.
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert len(get_bulletin(station.db, page.editor.bulletin_id).body) == len(body + " Hết.") == 200_000
    before = station.db["segments"].count, _store_files(station)
    qtbot.mouseClick(page.speak_button, Qt.MouseButton.LeftButton)
    assert "tối đa 30.000 ký tự" in messages["errors"][-1]
    assert page.speech_dialog is None
    assert (station.db["segments"].count, _store_files(station)) == before


# Imports -----------------------------------------------------------------------------------------


def test_import_docx_and_cp1258_text(page, qtbot, station, tmp_path):
    docx_path = make_docx(tmp_path / "cong-van.docx", ["Thông báo tiếp nhận hồ sơ", "Công an phường làm việc 7h30."])
    page.import_text_file(docx_path)
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Thông báo tiếp nhận hồ sơ", timeout=5000)
    assert page.editor.bulletin_id is None and page.editor.is_dirty()
    assert "Công an phường làm việc 7h30." in page.editor.body_edit.toPlainText()
    page.editor.topic_combo.setEditText(TOPIC)
    assert page.save()
    txt = tmp_path / "notepad.txt"
    txt.write_bytes(to_cp1258("Tin từ máy cũ\r\nBà con lưu ý mã OTP."))
    page.import_text_file(txt)
    qtbot.waitUntil(lambda: page.editor.title_edit.text() == "Tin từ máy cũ", timeout=5000)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("gia.docx", "Tệp văn bản thường đổi đuôi".encode(), "không phải tệp Word .docx hợp lệ"),
        ("anh.txt", b"\x89PNG\r\n\x1a\n" + bytes(500), "không phải văn bản đọc được"),
        ("bang.xlsx", b"PK\x03\x04", "chỉ nhận văn bản .txt hoặc Word .docx"),
    ],
)
def test_unreadable_text_files_are_refused(page, qtbot, station, messages, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    shown = page.editor.bulletin_id
    page.import_text_file(path)
    qtbot.waitUntil(lambda: bool(messages["errors"]), timeout=5000)
    assert message in messages["errors"][-1]
    assert page.editor.bulletin_id == shown and not page.editor.is_dirty()
    assert station.db["bulletins"].count == 7


def _tone(path, seconds=2.0):
    subprocess.run(
        [ffmpeg_path(), "-v", "error", "-f", "lavfi", "-i", f"sine=frequency=500:duration={seconds}", str(path)],
        check=True,
    )
    return path


def test_import_recording_attached_to_the_bulletin(page, qtbot, station, tmp_path):
    bulletin_id = page.editor.bulletin_id
    page.import_recording_file(
        _tone(tmp_path / "phong-van.wav"), title="Phỏng vấn công an", topic=TOPIC, bulletin_id=bulletin_id
    )
    qtbot.waitUntil(lambda: page.segment_model.rowCount() == 1, timeout=10_000)
    assert page.segment_model.rows[0].kind == "recording"
    assert page.segment_model.data(page.segment_model.index(0, SegmentTableModel.KIND)) == "Bản ghi âm"
    assert not page.is_busy()


def test_standalone_recording_shows_with_no_bulletin_chosen(page, qtbot, station, tmp_path):
    page.import_recording_file(_tone(tmp_path / "nhac.mp3"), title="Nhạc hiệu", topic="Nhạc")
    qtbot.waitUntil(lambda: not page.is_busy(), timeout=10_000)
    assert station.db["segments"].count == 1
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert [row.title for row in page.segment_model.rows] == ["Nhạc hiệu"]


def test_corrupt_recording_is_refused(page, qtbot, station, messages, tmp_path):
    bad = tmp_path / "hong.m4a"
    bad.write_bytes(b"\x00\x00\x00\x18ftypM4A " + bytes(range(256)) * 10)
    page.import_recording_file(bad, title="Hỏng", topic=TOPIC)
    qtbot.waitUntil(lambda: bool(messages["errors"]), timeout=10_000)
    assert "không phải tệp âm thanh đọc được" in messages["errors"][-1]
    assert station.db["segments"].count == 0 and _store_files(station) == []


def test_deleting_a_segment_asks_and_removes_its_file(page, qtbot, station, messages, tmp_path):
    page.import_recording_file(
        _tone(tmp_path / "x.wav"), title="Xóa thử", topic=TOPIC, bulletin_id=page.editor.bulletin_id
    )
    qtbot.waitUntil(lambda: page.segment_model.rowCount() == 1, timeout=10_000)
    page.segment_table.selectRow(0)
    messages["answers"].append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_segment_button, Qt.MouseButton.LeftButton)
    assert page.segment_model.rowCount() == 0
    assert station.db["segments"].count == 0 and _store_files(station) == []


# Dictionary --------------------------------------------------------------------------------------


def test_pronunciation_dialog_edits_the_table(page, qtbot, station, messages):
    dialog = PronunciationDialog(station, page)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(load_table(station.db))
    dialog.add_row()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("BQLC")
    dialog.table.item(row, 1).setText("Ban quản lý chợ")
    dialog.sample_edit.setText("BQLC phường")
    assert dialog.sample_result.toPlainText() == "Ban quản lý chợ phường"
    dialog.filter_edit.setText("ban quan ly cho")
    assert not dialog.table.isRowHidden(row)
    dialog.save()
    assert dialog.result() == PronunciationDialog.DialogCode.Accepted
    assert dictionary_version(station.db) == 2
    assert ("BQLC", "Ban quản lý chợ") in {(e.written, e.spoken) for e in load_table(station.db)}


def test_deleting_a_built_in_entry_in_the_dialog_really_removes_it(page, qtbot, station, messages):
    dialog = PronunciationDialog(station, page)
    qtbot.addWidget(dialog)
    dialog.sample_edit.setText("lực lượng CA phường")
    assert dialog.sample_result.toPlainText() == "lực lượng Công an phường"
    row = next(r for r, (written, _) in enumerate(dialog.entries()) if written == "CA")
    dialog.table.selectRow(row)
    dialog.remove_selected()
    assert dialog.sample_result.toPlainText() == "lực lượng xê a phường"
    dialog.save()
    page.editor.body_edit.setPlainText("Lực lượng CA phường tuần tra.")
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=10_000)
    assert page.editor.spoken_view.toPlainText() == "Lực lượng xê a phường tuần tra."


def test_pronunciation_dialog_refuses_duplicates(page, qtbot, station, messages):
    dialog = PronunciationDialog(station, page)
    qtbot.addWidget(dialog)
    dialog.add_row()
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("UBND")
    dialog.table.item(row, 1).setText("Ủy ban")
    assert "bị trùng" in dialog.sample_result.toPlainText()
    dialog.save()
    assert "bị trùng: UBND" in messages["errors"][-1]
    assert dictionary_version(station.db) == 1
    assert dialog.result() != PronunciationDialog.DialogCode.Accepted


def test_all_text_is_vietnamese_and_controls_are_large(page):
    for button in (
        page.speak_button,
        page.save_button,
        page.new_button,
        page.import_text_button,
        page.import_audio_button,
        page.dictionary_button,
    ):
        assert button.height() >= 40
    assert page.speak_button.text() == "Chuyển thành giọng nói"
    assert page.dictionary_button.text() == "Từ điển phát âm"
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert headers == ["Tiêu đề", "Chủ đề", "Âm thanh", "Cập nhật"]


def test_page_keeps_working_after_a_quick_sequence(page, qtbot, station):
    """Typing fast then switching bulletins: stale spoken forms never land on the wrong bulletin."""
    page.editor.body_edit.setPlainText("UBND cũ")
    start = time.monotonic()
    page.editor._dirty = False  # the operator chose to drop the change
    page.table.selectRow(2)
    shown = get_bulletin(station.db, page.editor.bulletin_id)
    qtbot.waitUntil(lambda: not page.editor.preview_pending(), timeout=5000)
    assert "Ủy ban nhân dân cũ" not in page.editor.spoken_view.toPlainText()
    assert page.editor.title_edit.text() == shown.title
    assert time.monotonic() - start < 5
