"""Đọc trực tiếp with the prompter: the bulletin's text shown large while the operator reads into the test
microphone (tests/pulse_sink.py), the reading recorded and kept with its airing row (m010) as proof."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app.bulletins import create_bulletin
from app.live_take_recovery import in_progress_take
from app.log.verify import inspect_log
from app.voice_recording import airing_recording_intact, find_airing_recording
from audio.content_store import file_sha256
from tests.ui.modal_helpers import WhenDialog
from tests.ui.playout_fakes import PlayoutRig
from tests.voice_fixtures import integrated_loudness, spoken_wav
from ui.live_reading_dialog import PROMPTER_POINT_SIZE, LiveReadingDialog, PrompterDialog
from ui.tasks import TaskRunner

DAY = date(2025, 3, 17)
BODY = (
    "Kính thưa bà con nhân dân tổ dân phố số 3.\n\n"
    "Thực hiện kế hoạch của Ủy ban nhân dân phường, tối thứ Bảy ngày 22/3 tổ dân phố tổ chức họp "
    "tại nhà văn hóa để bàn việc tổng vệ sinh môi trường. Đề nghị mỗi hộ cử một người tham dự.\n\n"
    "Nội dung cuộc họp: phân công khu vực dọn vệ sinh, thu gom rác thải đúng giờ, phát quang bụi rậm, "
    "khơi thông cống rãnh và phun thuốc diệt muỗi phòng chống sốt xuất huyết.\n\n"
    "Ban điều hành tổ dân phố trân trọng kính mời và mong bà con đến dự đầy đủ, đúng giờ.\n\n"
    "Xin trân trọng cảm ơn bà con đã lắng nghe."
)


@pytest.fixture
def rig(station):
    made = PlayoutRig(station, datetime.combine(DAY, time(5, 59, 50)))
    yield made
    made.stop()


@pytest.fixture
def page(qtbot, station, rig):
    from ui.on_air_page import OnAirPage

    widget = OnAirPage(station, TaskRunner(), playout=rig.driver)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    yield widget
    widget.shutdown()


def start_reading(qtbot, page, bulletin_title: str) -> PrompterDialog:
    def fill(dialog: LiveReadingDialog) -> None:
        dialog.bulletin_combo.setCurrentIndex(dialog.bulletin_combo.findText(bulletin_title))
        dialog.ok_button.click()

    filler = WhenDialog(LiveReadingDialog, fill)
    qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
    filler.check()
    assert page.prompter is not None and page.prompter.isVisible()
    return page.prompter


def test_the_prompter_shows_the_text_large_and_the_reading_is_kept_with_its_airing(
    pulse_sink, station, rig, page, qtbot
):
    create_bulletin(station.db, title="Họp tổ dân phố số 3", topic="Xây dựng nếp sống văn minh", body=BODY)
    rig.start()
    prompter = start_reading(qtbot, page, "Họp tổ dân phố số 3")
    assert prompter.text_view.toPlainText() == BODY
    assert prompter.text_view.font().pointSize() == PROMPTER_POINT_SIZE >= 24
    assert prompter.text_view.isReadOnly()
    qtbot.waitExposed(prompter)
    qtbot.waitUntil(
        lambda: prompter.text_view.verticalScrollBar().maximum() > 0, timeout=3000
    )  # longer than the view: it scrolls
    qtbot.waitUntil(lambda: "Đang ghi âm" in prompter.record_label.text(), timeout=5000)  # samples flow
    airing_id = prompter.airing_id
    assert rig.rows()[0]["trigger"] == "live" and rig.rows()[0]["status"] == "on_air"

    wav, voice_s = spoken_wav()
    qtbot.waitUntil(lambda: prompter.capture.seconds > 0.2, timeout=5000)
    take = prompter.capture.path  # in the data folder, named after the airing: a crash leaves it to be kept
    assert take == in_progress_take(station.paths.data_dir, airing_id) and take.is_file()
    assert prompter.capture.folder is None
    player = pulse_sink.speak_into_mic(wav)
    qtbot.waitUntil(lambda: player.poll() is not None, timeout=20_000)
    qtbot.wait(900)
    assert prompter.capture.seconds > voice_s

    with qtbot.waitSignal(prompter.recording_kept, timeout=30_000):
        qtbot.mouseClick(prompter.end_button, Qt.MouseButton.LeftButton)
        # The take is encoded on a worker: the click returns at once, the prompter is gone, nothing kept yet.
        assert page.prompter is None and not prompter.isVisible()
        assert find_airing_recording(station.db, station.paths.data_dir, airing_id) is None
    qtbot.waitUntil(lambda: not take.exists(), timeout=5_000)
    row = rig.rows()[0]
    assert (row["id"], row["trigger"], row["status"]) == (airing_id, "live", "completed")
    kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
    assert kept is not None and kept.path.is_file()
    assert kept.sha256 == file_sha256(kept.path)
    assert airing_recording_intact(station.db, station.paths.data_dir, airing_id)
    assert kept.duration_s >= voice_s  # the whole reading, untrimmed
    assert integrated_loudness(kept.path) > -50  # the voice is in it, not silence
    assert inspect_log(station.db, paths=station.paths).intact  # the hashed log is intact

    # Nhật ký says the row has its recording, and that the file still matches its hash.
    from ui.log_page import LogPage

    log_page = LogPage(station, TaskRunner(), clock=lambda: datetime.combine(DAY, time(12)))
    qtbot.addWidget(log_page)
    log_page.set_period(0)
    row_index = next(
        r
        for r in range(log_page.model.rowCount())
        if log_page.model.index(r, 0).data(log_page.model.ID_ROLE) == airing_id
    )
    log_page.table.setCurrentIndex(log_page.model.index(row_index, 0))
    assert f"Lượt số {airing_id} có bản ghi âm đọc trực tiếp" in log_page.status_label.text()
    assert "khớp mã SHA-256" in log_page.status_label.text()


def test_with_no_microphone_the_reading_is_logged_but_not_recorded(station, qtbot):
    prompter = PrompterDialog(station, title="Họp tổ dân phố", text=BODY, airing_id=None, devices=[])
    qtbot.addWidget(prompter)
    prompter.show()
    assert prompter.capture is None
    assert prompter.record_label.text().startswith("Không tìm thấy micrô nào trên máy này.")
    assert "không có bản ghi âm" in prompter.record_label.text()
    assert prompter.text_view.toPlainText() == BODY
    assert prompter.finish(None) is None
    assert station.db["airing_recordings"].count == 0
