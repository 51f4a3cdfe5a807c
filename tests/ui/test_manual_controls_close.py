"""Closing the window is a question when something is scheduled later: keep playing in the background (the same
engine and log, a tray icon with the next item, reopen, stop) or stop, saying what will not air."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app import schedule_store
from app.station_time import now_local
from tests.audio_fixtures import add_segment
from tests.ui.dialogs import DialogAnswerer
from tests.ui.playout_fakes import PlayoutRig

DAY = date(2025, 3, 17)


def at(clock: str) -> datetime:
    return datetime.combine(DAY, time.fromisoformat(clock))


@pytest.fixture
def rig(station):
    made = PlayoutRig(station, at("05:30:00"))
    yield made
    made.stop()


@pytest.fixture
def window(qtbot, station, rig):
    from ui.main_window import MainWindow

    a = rig.segment("Cảnh giác cuộc gọi giả danh công an", 60)
    window_id = schedule_store.add_window(rig.db, name="Bản tin sáng", start=time(6), end=time(6, 30))
    schedule_store.add_window_item(rig.db, window_id, a, created_at=at("05:00"))
    win = MainWindow(station, playout=rig.driver)
    qtbot.addWidget(win, before_close_func=lambda w: w.close_for_good())  # pytest-qt closes it first
    win.show()
    rig.start()
    yield win
    QApplication.instance().setQuitOnLastWindowClosed(True)


def background(win) -> bool:
    return not win.isVisible() or win.isMinimized()


def test_close_asks_and_stop_says_what_will_not_air(window, rig):
    answers = DialogAnswerer("Dừng đài")
    assert window.close()
    answers.stop()
    question = answers.seen[0]
    assert "mục tiếp theo “Cảnh giác cuộc gọi giả danh công an” lúc 06:00" in question
    assert "Mục tiếp theo 06:00 sẽ không phát." in question
    assert not rig.engine.running and not window.isVisible()


def test_close_cancelled_keeps_the_window(window, rig):
    answers = DialogAnswerer("Hủy")
    assert not window.close()
    answers.stop()
    assert window.isVisible() and not window.isMinimized() and rig.engine.running


def test_keep_playing_keeps_the_same_engine_and_the_tray_shows_the_next_item(window, rig, qtbot):
    answers = DialogAnswerer("Tiếp tục phát nền")
    assert not window.close()
    answers.stop()
    assert background(window) and rig.engine.running
    tray = window.tray
    assert tray is not None and tray.icon.contextMenu() is tray.menu
    texts = [action.text() for action in tray.menu.actions() if not action.isSeparator()]
    assert texts == [
        "Đài đang chạy nền, chưa phát",
        "Tiếp theo: 06:00 — Cảnh giác cuộc gọi giả danh công an",
        "Mở cửa sổ Truyền Thanh Phường",
        "Dừng đài và thoát…",
    ]
    assert "Tiếp theo: 06:00" in tray.icon.toolTip()
    rig.run_until(at("06:00:05"))  # the same engine plays and logs while the window is away
    assert tray.playing_action.text() == "Đang phát: Cảnh giác cuộc gọi giả danh công an"
    assert tray.next_action.text().startswith("Tiếp theo: 06:00 18/03")
    [row] = rig.rows()
    assert (row["status"], row["started_at"]) == ("on_air", "2025-03-17 06:00:00")

    tray.open_action.trigger()  # reopen
    assert window.isVisible() and not window.isMinimized() and not tray.is_visible()

    # Back to the tray, then Dừng đài from its menu: asked first, then the station stops and logs the cut.
    answers = DialogAnswerer("Tiếp tục phát nền")
    window.close()
    answers.stop()
    answers = DialogAnswerer("No", "Yes")
    assert not window.stop_from_tray()
    assert rig.engine.running
    assert window.stop_from_tray()
    answers.stop()
    assert "Mục tiếp theo 06:00 18/03 sẽ không phát." in answers.seen[0]
    assert not rig.engine.running
    assert rig.rows()[0]["status"] == "interrupted"


@pytest.mark.sound
def test_keep_playing_in_the_background_is_heard_in_the_null_sink(pulse_sink, station, qtbot):
    """The window's own driver and Qt player: after ✕ → Tiếp tục phát nền, the next item sounds on time."""
    from ui.main_window import MainWindow

    station.update_settings({"audio_output": "truyenthanh_test"})
    segment = add_segment(station.db, station.paths.data_dir, title="Thông báo sau khi đóng cửa sổ", seconds=1.5)
    planned = (now_local() + timedelta(seconds=3)).replace(microsecond=0) + timedelta(seconds=1)
    schedule_store.add_one_off(station.db, segment, planned)
    with pulse_sink.record() as recorder:
        win = MainWindow(station)
        qtbot.addWidget(win, before_close_func=lambda w: w.close_for_good())
        win.show()
        try:
            events = []
            win.playout.event_reported.connect(events.append)
            answers = DialogAnswerer("Tiếp tục phát nền")
            win.close()
            answers.stop()
            assert background(win) and win.playout.engine.running
            qtbot.waitUntil(lambda: any(e.kind == "finished" for e in events), timeout=12_000)
        finally:
            win.close_for_good()
            QApplication.instance().setQuitOnLastWindowClosed(True)
        recording = recorder.stop()
    [sound] = recording.spans()
    assert sound.length == pytest.approx(1.5, abs=0.3)
    [row] = station.db.query("SELECT status, trigger, started_at FROM airings")
    assert row["status"] == "completed" and row["trigger"] == "scheduled"


def test_nothing_ahead_closes_without_a_question(qtbot, station):
    from ui.main_window import MainWindow

    rig = PlayoutRig(station, at("23:59:00"))
    win = MainWindow(station, playout=rig.driver)
    qtbot.addWidget(win)
    win.show()
    rig.start()
    assert rig.engine.snapshot().next_up is None
    assert QApplication.activeModalWidget() is None
    assert win.close()
    assert not rig.engine.running
    assert not isinstance(QApplication.activeModalWidget(), QMessageBox)
