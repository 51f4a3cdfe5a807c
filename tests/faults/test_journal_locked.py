"""Another program holds the database's write lock (a real second connection, BEGIN IMMEDIATE) while a segment
goes on air in the window: the sound goes out on its second, its records go to the airing journal, the window
says so in its status bar and on Phát sóng, `check` and `info` count them, and once the lock is gone they are
replayed into the chain without anyone doing anything."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtWidgets import QLabel

from app import schedule_store
from app.instance_lock import ROLE_GUI, StationLock
from app.log import airings
from app.log.recorder import JOURNAL, OK
from app.pronunciation_table import load_table
from app.station_time import parse_timestamp
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound


def test_a_locked_database_during_an_airing(pulse_sink, station, qtbot):
    allow_any_hour(station)
    from ui.main_window import MainWindow
    from ui.playout_driver import PlayoutDriver

    segment = add_segment(station.db, station.paths.data_dir, title="Cảnh giác cuộc gọi giả danh", seconds=2.0)
    load_table(station.db)  # a station in use: its pronunciation table was filled at its first reading
    lock = StationLock.acquire(station.paths, ROLE_GUI)  # as the window holds it
    holder = sqlite3.connect(str(station.paths.database), isolation_level=None)
    try:
        with pulse_sink.record() as recorder:
            driver = PlayoutDriver.for_station(station, heartbeat_s=1.0)
            events, alarms = [], []
            driver.event_reported.connect(events.append)
            driver.log_health_changed.connect(alarms.append)
            window = MainWindow(station, playout=driver)
            qtbot.addWidget(window)
            window.show()
            window.show_page("on_air")
            planned = next_second(2.0)
            item = schedule_store.add_one_off(station.db, segment, planned)
            driver.engine.reload()
            holder.execute("BEGIN IMMEDIATE")  # another program starts a long write just before the airing
            qtbot.waitUntil(lambda: any(e.kind == "finished" for e in events), timeout=15_000)

            status_alarm = window.findChild(QLabel, "log_alarm")
            page_alarm = window.page("on_air").findChild(QLabel, "log_alarm")
            assert [a.state for a in alarms] == [JOURNAL]
            for label in (status_alarm, page_alarm):
                assert label.isVisible() and "Nhật ký đang ghi tạm vào tệp dự phòng" in label.text()
                assert "chương trình khác giữ" in label.text()
            assert [tuple(r) for r in holder.execute("SELECT id FROM airings")] == []  # nothing reached it yet

            checked = run_cli("--db", str(station.paths.database), "check")
            assert checked.returncode == 1, checked.stdout + checked.stderr
            assert "chương trình đang phát sẽ tự ghi" in checked.stdout
            assert "[CẢNH BÁO] Nhật ký đang ghi tạm vào tệp dự phòng:" in checked.stdout
            info = run_cli("--db", str(station.paths.database), "info")
            waiting = driver.state().log_health.pending
            assert f"Tệp nhật ký dự phòng: {waiting} bản ghi phát sóng chờ ghi vào nhật ký" in info.stdout

            holder.execute("ROLLBACK")  # the other program is done
            qtbot.waitUntil(lambda: driver.state().log_health.state == OK, timeout=5_000)
            assert [a.state for a in alarms] == [JOURNAL, OK]
            assert not status_alarm.isVisible() and not page_alarm.isVisible()
            driver.stop()
            window.close()
            recording = recorder.stop()
    finally:
        holder.close()
        lock.release()

    _assert_aired_through_the_journal(station, recording, planned, item)


def _assert_aired_through_the_journal(station, recording, planned, item) -> None:
    """The sound went out on its second and its row reached the chain with its real times."""
    [sound] = recording.spans()
    assert abs(sound.start - epoch(planned)) <= 0.5 and sound.length == pytest.approx(2.0, abs=0.3)
    [row] = station.db.query("SELECT * FROM airings")
    assert (row["schedule_item_id"], row["status"]) == (item, "completed")
    assert parse_timestamp(row["started_at"]) == planned  # its real start, through the journal
    assert parse_timestamp(row["ended_at"]) - planned <= timedelta(seconds=3)
    assert row["duration_s"] == pytest.approx(sound.length, abs=0.3)
    assert airings.JOURNAL_NOTE in row["note"]
    verified = run_cli("--db", str(station.paths.database), "log", "verify")
    assert verified.returncode == 0 and "Nhật ký nguyên vẹn: đã kiểm tra 1 dòng." in verified.stdout
    checked = run_cli("--db", str(station.paths.database), "check")
    assert "tệp dự phòng" not in checked.stdout, checked.stdout
