"""A power cut in the middle of an airing: the headless `truyenthanh playout` is killed with SIGKILL while a
segment is on air, then started again. The row becomes `interrupted` with about the time really aired
(bounded by the heartbeat), the cut item is not replayed, and the next item of the window plays."""

from __future__ import annotations

import time
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from app import schedule_store
from app.station import Station
from app.station_time import DEFAULT_TIMEZONE, now_local, parse_timestamp
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli
from tests.playout_process import Playout

pytestmark = pytest.mark.sound

HEARTBEAT_S = 1.0


def test_killed_mid_airing_then_restarted(pulse_sink, tmp_path):
    db_path = tmp_path / "dai.db"
    station = Station.open(db_path)
    allow_any_hour(station)
    data_dir = station.paths.data_dir
    long_one = add_segment(station.db, data_dir, title="Bản tin dài", seconds=8.0)
    next_one = add_segment(station.db, data_dir, title="Bản tin tiếp theo", seconds=1.5, frequency=660)
    start = (now_local() + timedelta(seconds=3)).replace(microsecond=0) + timedelta(seconds=1)
    window_id = schedule_store.add_window(
        station.db, name="Khung thử", start=start.time(), end=(start + timedelta(minutes=2)).time()
    )
    first_item = schedule_store.add_window_item(station.db, window_id, long_one)
    schedule_store.add_window_item(station.db, window_id, next_one)
    station.close()

    with pulse_sink.record() as recorder:
        first = Playout(db_path)
        started_line = first.wait_for("BẮT ĐẦU", timeout=15)
        assert "Bản tin dài" in first.seen[-1]
        time.sleep(3.4)
        killed = first.kill()
        second = Playout(db_path)
        second.wait_for("KHÔI PHỤC", timeout=15)
        second.wait_for("KẾT THÚC", timeout=15)
        # While it plays, a second player on the same station is refused in one line.
        third = run_cli("--db", str(db_path), "playout", "--for", "1", timeout=60)
        second.finish()
        recording = recorder.stop()

    assert third.returncode == 6 and len(third.stderr.strip().splitlines()) == 1, third.stderr
    assert "phần mềm đang phát nền" in third.stderr and third.stdout == ""

    spans = recording.spans()
    assert len(spans) == 2, spans
    cut, resumed = spans
    aired = cut.length
    print(f"aired {aired:.3f} s before the kill; restarted item sounded {resumed.start - killed:.3f} s after it")
    start_epoch = start.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).timestamp()
    assert abs(cut.start - start_epoch) <= 0.5
    assert abs(cut.end - killed) <= 0.3  # the kill really silenced it
    assert started_line - cut.start < 1.0

    station = Station.open(db_path)
    rows = list(station.db.query("SELECT * FROM airings ORDER BY id"))
    station.close()
    assert [(r["title"], r["status"]) for r in rows] == [
        ("Bản tin dài", "interrupted"),
        ("Bản tin tiếp theo", "completed"),
    ]
    interrupted, completed = rows
    print(f"logged {interrupted['duration_s']} s interrupted")
    assert interrupted["schedule_item_id"] == first_item
    # Ended at the last heartbeat: at most one heartbeat (plus the log's whole-second stamps) short of the truth.
    assert aired - HEARTBEAT_S - 1.0 <= interrupted["duration_s"] <= aired + 0.5, (interrupted, aired)
    assert "dừng đột ngột" in interrupted["note"]
    # The next item played as soon as the program was back, and sounded for its length.
    assert completed["duration_s"] == pytest.approx(1.5, abs=0.3)
    assert resumed.length == pytest.approx(1.5, abs=0.3)
    restart_started = parse_timestamp(completed["started_at"]).replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).timestamp()
    # started_at is stamped to the whole second: the sound begins within that second (plus output latency).
    assert -0.1 <= resumed.start - restart_started <= 1.2
    assert resumed.start - killed < 5.0
