"""Phát sóng: the page over the real playout engine and Qt driver, on a fake clock with a player that plays
nothing (real sound is proven in test_playout_sound.py). Real SQLite; the log rows are checked."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt

from app import schedule_store
from app.playout import NOTE_BY_EMERGENCY, NOTE_BY_OPERATOR_PLAY, NOTE_SKIPPED_BY_OPERATOR, NOTE_STOPPED_BY_OPERATOR
from tests.ui.dialogs import DialogAnswerer
from tests.ui.modal_helpers import WhenDialog
from tests.ui.playout_fakes import PlayoutRig
from ui.emergency_dialog import EmergencyDialog
from ui.live_reading_dialog import LiveReadingDialog
from ui.rundown_model import RundownModel
from ui.tasks import TaskRunner

DAY = date(2025, 3, 17)


def at(clock: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(clock))


@pytest.fixture
def rig(station):
    made = PlayoutRig(station, at("05:59:50"))
    yield made
    made.stop()


@pytest.fixture
def morning(rig):
    """A 06:00-06:30 window with two items, plus a segment kept for emergencies."""
    a = rig.segment("Cảnh giác cuộc gọi giả danh công an", 60)
    b = rig.segment("Ứng xử văn minh trên mạng", 30, topic="Văn hóa ứng xử trên mạng xã hội", frequency=500)
    urgent = rig.segment("Cảnh báo mưa lũ khẩn cấp", 20, topic="Phòng chống thiên tai", frequency=700)
    window_id = schedule_store.add_window(rig.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    items = [schedule_store.add_window_item(rig.db, window_id, seg, created_at=at("05:00")) for seg in (a, b)]
    return {"a": a, "b": b, "urgent": urgent, "window": window_id, "items": items}


@pytest.fixture
def page(qtbot, station, rig):
    from ui.on_air_page import OnAirPage

    widget = OnAirPage(station, TaskRunner(), playout=rig.driver)
    qtbot.addWidget(widget)
    widget.resize(1080, 720)
    widget.show()
    yield widget
    widget.shutdown()


def states(page) -> list[str]:
    return [page.model.index(r, RundownModel.STATE).data() for r in range(page.model.rowCount())]


def brief(rig) -> list[tuple]:
    return [(r["title"], r["status"], r["trigger"], r["duration_s"], r["note"]) for r in rig.rows()]


def test_now_playing_next_up_clock_and_rundown_follow_the_engine(page, rig, morning, qtmodeltester):
    rig.start()
    assert page.clock_label.text() == "05:59:50"
    assert page.date_label.text() == "Thứ Hai, 17/03/2025"
    assert page.badge.text().strip() == "KHÔNG PHÁT"
    assert "06:00:00" in page.next_label.text() and "Cảnh giác cuộc gọi giả danh công an" in page.next_label.text()
    assert states(page) == ["Chờ phát", "Chờ phát"]

    rig.run_until(at("06:00:15"))
    assert page.clock_label.text() == "06:00:15"
    assert page.badge.text().strip() == "ĐANG PHÁT"
    assert page.now_title.text() == "Cảnh giác cuộc gọi giả danh công an"
    assert "Phòng chống lừa đảo qua mạng" in page.now_detail.text() and "Theo lịch" in page.now_detail.text()
    assert page.elapsed_label.text() == "Đã phát 15 giây"
    assert page.remaining_label.text() == "Còn lại 45 giây"
    assert page.progress.value() == 250
    assert "06:01:00" in page.next_label.text() and "Ứng xử văn minh trên mạng" in page.next_label.text()
    assert states(page) == ["Đang phát", "Chờ phát"]
    assert page.model.index(0, RundownModel.SOURCE).data() == "Bản tin sáng"
    assert page.model.index(0, RundownModel.DURATION).data() == "1 phút"
    assert page.skip_button.isEnabled() and page.play_now_button.isEnabled()
    qtmodeltester.check(page.model)

    rig.run_until(at("06:01:40"))
    assert states(page) == ["Đã phát xong", "Đã phát xong"]
    assert page.badge.text().strip() == "KHÔNG PHÁT"
    assert page.now_title.text() == "Không có tiết mục nào đang phát"
    assert "06:00:00 (18/03)" in page.next_label.text()  # tomorrow's first item
    assert "Danh sách phát hôm nay: 2 mục, đã phát xong 2" == page.rundown_heading.text()
    assert not page.skip_button.isEnabled() and not page.play_now_button.isEnabled()
    events = page.event_texts()
    assert events[0].startswith("06:01:30 Đã phát xong: “Ứng xử văn minh trên mạng”, 30 giây")
    assert "06:00:00 Bắt đầu “Cảnh giác cuộc gọi giả danh công an” (Theo lịch)" in events
    assert [(r["title"], r["status"]) for r in rig.rows()] == [
        ("Cảnh giác cuộc gọi giả danh công an", "completed"),
        ("Ứng xử văn minh trên mạng", "completed"),
    ]
    qtmodeltester.check(page.model)


def test_emergency_picked_in_the_dialog_interrupts_at_once(page, rig, morning, qtbot, station):
    from tests.audio_fixtures import add_segment

    silent = add_segment(station.db, station.paths.data_dir, title="Thông báo chưa thu âm", seconds=10, with_file=False)
    rig.start()
    rig.run_until(at("06:00:20"))

    def pick(dialog: EmergencyDialog) -> None:
        assert dialog.choose(silent)
        assert not dialog.ok_button.isEnabled()  # nothing to play: it cannot be chosen for an emergency
        dialog.search.setText("mua lu")
        assert dialog.choose(morning["urgent"])
        dialog.ok_button.click()

    chooser = WhenDialog(EmergencyDialog, pick)
    answers = DialogAnswerer("Phát khẩn cấp")
    assert page.emergency_button.isEnabled()
    qtbot.mouseClick(page.emergency_button, Qt.MouseButton.LeftButton)
    chooser.check()
    answers.stop()
    assert "Cảnh báo mưa lũ khẩn cấp" in answers.seen[0] and "sẽ bị ngắt" in answers.seen[0]
    rig.act()
    assert page.now_title.text() == "Cảnh báo mưa lũ khẩn cấp"
    assert page.badge.text().strip() == "ĐANG PHÁT KHẨN CẤP"
    assert states(page)[0] == "Bị ngắt"

    rig.run_until(at("06:01:30"))
    assert brief(rig)[:2] == [
        ("Cảnh giác cuộc gọi giả danh công an", "interrupted", "scheduled", 20.0, NOTE_BY_EMERGENCY),
        ("Cảnh báo mưa lũ khẩn cấp", "completed", "urgent", 20.0, ""),
    ]
    # Then the window goes on with what is left.
    assert brief(rig)[2][:3] == ("Ứng xử văn minh trên mạng", "completed", "scheduled")
    assert any("Bị ngắt: “Cảnh giác cuộc gọi giả danh công an”, 20 giây" in text for text in page.event_texts())


def test_emergency_cancelled_at_the_confirmation_plays_nothing(page, rig, morning, qtbot):
    rig.start()
    rig.run_until(at("06:00:05"))
    chooser = WhenDialog(EmergencyDialog, lambda d: (d.choose(morning["urgent"]), d.ok_button.click()))
    answers = DialogAnswerer("Hủy")
    assert not page.ask_emergency()
    chooser.check()
    answers.stop()
    rig.act()
    assert page.now_title.text() == "Cảnh giác cuộc gọi giả danh công an"
    assert rig.rows()[0]["status"] == "on_air"


def test_live_reading_is_logged_with_trigger_live(page, rig, morning, qtbot):
    rig.start()
    rig.run_until(at("05:59:55"))

    def fill(dialog: LiveReadingDialog) -> None:
        assert not dialog.ok_button.isEnabled()  # a title is required
        dialog.title_edit.setText("  Thông báo   họp tổ dân phố số 3 ")
        dialog.topic_combo.setCurrentText("An toàn thông tin")
        dialog.ok_button.click()

    filler = WhenDialog(LiveReadingDialog, fill)
    qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
    filler.check()
    rig.act()
    assert page.badge.text().strip() == "ĐANG ĐỌC TRỰC TIẾP"
    assert page.now_title.text() == "Thông báo họp tổ dân phố số 3"
    assert page.live_button.text() == "■ Kết thúc đọc trực tiếp"
    assert not page.skip_button.isEnabled()

    rig.run_until(at("06:01:25"))  # automatic playout waits for the reading
    assert page.elapsed_label.text() == "Đã phát 1 phút 30 giây"
    assert rig.player.plays == []
    qtbot.mouseClick(page.live_button, Qt.MouseButton.LeftButton)
    rig.act()
    live = rig.rows()[0]
    assert (live["title"], live["topic"], live["trigger"], live["status"], live["duration_s"], live["operator"]) == (
        "Thông báo họp tổ dân phố số 3",
        "An toàn thông tin",
        "live",
        "completed",
        90.0,
        "Nguyễn Văn An",
    )
    assert live["started_at"] == "2025-03-17 05:59:55" and live["ended_at"] == "2025-03-17 06:01:25"
    # The window's first item, due at 06:00 and still within its window, plays right after.
    assert page.now_title.text() == "Cảnh giác cuộc gọi giả danh công an"
    assert page.live_button.text() == "● Đọc trực tiếp"


def test_stop_asks_first_then_pauses_until_resumed(page, rig, morning, qtbot):
    rig.start()
    rig.run_until(at("06:00:10"))
    answers = DialogAnswerer("Không", "Dừng phát")
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert rig.rows()[0]["status"] == "on_air"
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    answers.stop()
    assert "Cảnh giác cuộc gọi giả danh công an" in answers.seen[1]
    rig.act()
    assert page.badge.text().strip() == "ĐÃ DỪNG PHÁT TỰ ĐỘNG"
    assert page.stop_button.text() == "▶ Tiếp tục phát tự động"
    assert brief(rig)[0][:2] == ("Cảnh giác cuộc gọi giả danh công an", "interrupted")
    assert brief(rig)[0][4] == NOTE_STOPPED_BY_OPERATOR
    rig.run_until(at("06:00:30"))
    assert rig.player.plays[-1][1] == at("06:00:00")  # nothing new while stopped
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)  # resume: no question
    rig.act()
    assert page.stop_button.text() == "■ Dừng"
    assert page.now_title.text() == "Ứng xử văn minh trên mạng"


def test_play_now_the_selected_item_and_skip(page, rig, morning, qtbot):
    rig.start()
    rig.run_until(at("06:00:05"))
    assert page.select_key(page.model.entry(1).key)
    answers = DialogAnswerer("Phát ngay")
    qtbot.mouseClick(page.play_now_button, Qt.MouseButton.LeftButton)
    answers.stop()
    rig.act()
    assert page.now_title.text() == "Ứng xử văn minh trên mạng"
    assert "Phát tay" in page.now_detail.text()
    assert states(page) == ["Bị ngắt", "Đang phát"]
    assert not page.play_now_button.isEnabled()  # the selected row is no longer waiting
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    rig.act()
    assert brief(rig) == [
        ("Cảnh giác cuộc gọi giả danh công an", "interrupted", "scheduled", 5.0, NOTE_BY_OPERATOR_PLAY),
        ("Ứng xử văn minh trên mạng", "interrupted", "manual", 0.0, NOTE_SKIPPED_BY_OPERATOR),
    ]
    assert page.now_title.text() == "Không có tiết mục nào đang phát"


def test_a_schedule_change_reaches_the_rundown(page, rig, morning, station):
    rig.start()
    extra = rig.segment("Mật khẩu an toàn", 15, topic="An toàn thông tin", frequency=800)
    schedule_store.add_window_item(station.db, morning["window"], extra, created_at=at("05:00"))
    page.schedule_changed()
    assert [page.model.index(r, RundownModel.TITLE).data() for r in range(page.model.rowCount())] == [
        "Cảnh giác cuộc gọi giả danh công an",
        "Ứng xử văn minh trên mạng",
        "Mật khẩu an toàn",
    ]
    assert page.model.index(2, RundownModel.START).data() == "06:01:30"


def test_main_window_owns_the_driver_and_shows_what_is_on_air(qtbot, station, rig, morning):
    from ui.main_window import MainWindow

    window = MainWindow(station, playout=rig.driver)
    qtbot.addWidget(window)
    try:
        rig.start()
        rig.run_until(at("06:00:03"))
        assert window.on_air_label.text() == "ĐANG PHÁT: Cảnh giác cuộc gọi giả danh công an"
        on_air, schedule = window.page("on_air"), window.page("schedule")
        assert on_air.playout is rig.driver
        # An item added on Lịch phát shows up in the rundown at once.
        extra = rig.segment("Mật khẩu an toàn", 15, topic="An toàn thông tin", frequency=800)
        schedule.select_window(morning["window"])
        schedule.add_segment_to_window(extra)
        rig.driver.tick()
        assert on_air.model.rowCount() == 3
        # The operator named in Cài đặt signs the next airings.
        settings = window.page("settings")
        settings.fields["operator_name"].setText("Trần Thị Bình")
        answers = DialogAnswerer("OK")
        settings.save_button.click()
        answers.stop()
        assert rig.engine.operator == "Trần Thị Bình"
    finally:
        window.shutdown()
    # Closing the window ends what was on air as interrupted.
    assert rig.rows()[0]["status"] == "interrupted" and not rig.engine.running


def test_read_only_station_shows_the_plan_and_plays_nothing(qtbot, station, morning):
    from app.station import Station
    from ui.on_air_page import OnAirPage

    viewer = Station.open(station.paths.database, read_only=True)
    try:
        widget = OnAirPage(viewer, TaskRunner())
        qtbot.addWidget(widget)
        assert widget.model.rowCount() == 2
        assert widget.badge.text().strip() == "CHỈ XEM — MÁY NÀY KHÔNG PHÁT"
        buttons = (
            widget.play_now_button,
            widget.skip_button,
            widget.stop_button,
            widget.emergency_button,
            widget.live_button,
        )
        assert not any(button.isEnabled() for button in buttons)
        widget.shutdown()
    finally:
        viewer.close()


def test_rundown_model_keeps_rows_when_only_states_change(rig, morning):
    model = RundownModel()
    rig.start()
    model.set_rows(rig.engine.snapshot().rundown, {morning["window"]: "Bản tin sáng"})
    resets, changes = [], []
    model.modelReset.connect(lambda: resets.append(1))
    model.dataChanged.connect(lambda first, last, roles=(): changes.append((first.row(), last.row())))
    rig.run_until(at("06:00:01"))
    model.set_rows(rig.engine.snapshot().rundown)
    assert resets == [] and changes == [(0, 0)]
    assert model.index(0, RundownModel.STATE).data() == "Đang phát"
    assert model.index(0, 0).data(RundownModel.KEY_ROLE) == model.entry(0).key
    assert model.rowCount(model.index(0, 0)) == 0 and model.entry(5) is None
    assert model.row_of(("no", "such")) == -1
