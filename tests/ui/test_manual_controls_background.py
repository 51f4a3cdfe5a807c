"""The window opens onto the station already playing in the background (`truyenthanh playout`, what
`service install` starts at login) instead of becoming a second player: a real headless process holds the
station lock and plays into the null sink; the window opens without a question and shows what it plays."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
import shiboken6

from app import schedule_store
from app.instance_lock import ROLE_HEADLESS
from app.station import Station
from app.station_time import now_local
from tests.audio_fixtures import add_segment
from tests.ui.dialogs import DialogAnswerer

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.sound
def test_window_opens_onto_the_headless_station(pulse_sink, qtbot, tmp_path):
    from ui.application import attach_station_guards
    from ui.main_window import MainWindow
    from ui.station_opener import open_station_interactively

    database = tmp_path / "đài" / "truyenthanh.db"
    station = Station.open(database)
    station.update_settings({"audio_output": "truyenthanh_test"})
    segment = add_segment(station.db, station.paths.data_dir, title="Thông báo phát nền", seconds=6.0)
    planned = (now_local() + timedelta(seconds=4)).replace(microsecond=0)
    schedule_store.add_one_off(station.db, segment, planned)
    station.close()
    headless = subprocess.Popen(
        [sys.executable, "-m", "ui.entry", "--db", str(database), "playout", "--for", "20"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ},
        cwd=ROOT,
    )
    try:
        lines = [headless.stderr.readline().decode("utf-8")]
        while not lines[-1].startswith("Phát sóng tự động") and lines[-1] and len(lines) < 20:
            lines.append(headless.stderr.readline().decode("utf-8"))  # Qt's own warnings come first
        assert lines[-1].startswith("Phát sóng tự động"), lines
        answers = DialogAnswerer()  # no question at all: any box is an error
        opened = open_station_interactively(database)
        answers.stop()
        assert opened is not None and opened.lock is None and not opened.station.read_only
        assert opened.background is not None and opened.background.role == ROLE_HEADLESS
        assert opened.background.pid == headless.pid
        window = MainWindow(opened.station, background=opened.background)
        try:
            timer = attach_station_guards(window, opened)
            if timer is not None:
                timer.stop()
            assert window.playout is None  # never a second player
            assert window.windowTitle().endswith(" — đài đang phát nền")
            page = window.page("on_air")
            assert page.badge.text().strip() == "ĐÀI ĐANG PHÁT NỀN"
            assert "phần mềm đang phát nền (không có cửa sổ) trên máy này (mở từ " in (page.now_detail.text())
            # What the background station plays shows up in the window, read from its log.
            qtbot.waitUntil(lambda: page.now_title.text() == "Thông báo phát nền", timeout=15_000)
            assert "Đài đang phát nền" in page.now_detail.text()
            assert not page.play_now_button.isEnabled() and not page.stop_button.isEnabled()
            window.close()  # no question: closing the window does not stop the background station
            assert headless.poll() is None
        finally:
            window.shutdown()
            qtbot.wait(300)  # results of the window's finished background reads arrive while it still exists
            shiboken6.delete(window)  # gone before its station closes: no page timer may touch a closed database
            opened.close()
    finally:
        out, err = headless.communicate(timeout=60)
    assert headless.returncode == 0, err.decode("utf-8", "replace")
    assert "BẮT ĐẦU" in out.decode("utf-8") and "Thông báo phát nền" in out.decode("utf-8")
