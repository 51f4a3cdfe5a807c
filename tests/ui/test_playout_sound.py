"""End to end: the engine, driven by the Qt timer, plays through the real QtMultimedia player into a PulseAudio
null sink; the sink's monitor is recorded and the sound is checked against the schedule and the log."""

from __future__ import annotations

import math
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from app import schedule_store, segments
from app.station_time import DEFAULT_TIMEZONE, now_local, parse_timestamp
from tests.audio_fixtures import add_segment, write_corrupt
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli

pytestmark = pytest.mark.sound


def epoch(moment: datetime) -> float:
    return moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE)).timestamp()


def next_second(lead_s: float) -> datetime:
    """The first whole second at least `lead_s` from now, station time."""
    moment = now_local() + timedelta(seconds=lead_s)
    return moment.replace(microsecond=0) + timedelta(seconds=1)


def play_and_record(station, pulse_sink, qtbot, *, finished: int, linger_ms: int = 0):
    """Run the real driver and Qt player while recording the sink until `finished` airings have ended."""
    from ui.playout_driver import PlayoutDriver

    with pulse_sink.record() as recorder:
        driver = PlayoutDriver.for_station(station, heartbeat_s=1.0)
        events = []
        driver.event_reported.connect(events.append)
        driver.start()
        try:
            qtbot.waitUntil(lambda: sum(e.kind == "finished" for e in events) >= finished, timeout=12_000)
            qtbot.wait(linger_ms)
        finally:
            driver.stop()
        return recorder.stop(), events


def test_a_scheduled_segment_sounds_at_its_second_for_its_length(pulse_sink, station, qtbot):
    allow_any_hour(station)
    from ui.qt_player import output_devices

    assert pulse_sink.default_sink() == "truyenthanh_test"
    assert "truyenthanh_test" in dict(output_devices())
    # The output and the volume chosen in Cài đặt; the tone is made at half of full scale.
    station.update_settings({"audio_output": "truyenthanh_test", "volume": "0.5"})
    data_dir = station.paths.data_dir
    segment = add_segment(station.db, data_dir, title="Cảnh giác cuộc gọi giả danh công an", seconds=2.0)
    planned = next_second(2.5)
    item_id = schedule_store.add_one_off(station.db, segment, planned)
    recording, events = play_and_record(station, pulse_sink, qtbot, finished=1)

    spans = recording.spans()
    assert len(spans) == 1, f"expected one stretch of sound, heard {spans}"
    [sound] = spans
    lateness = sound.start - epoch(planned)
    print(f"sound at {lateness * 1000:+.1f} ms from the planned second, {sound.length:.3f} s long")
    assert abs(lateness) <= 0.5, f"sound started {lateness:+.3f} s from the planned second"
    assert sound.length == pytest.approx(2.0, abs=0.3)
    assert recording.peak(sound) == pytest.approx(0.25, rel=0.15)  # half-scale tone at volume 0.5

    [row] = station.db.query("SELECT * FROM airings")
    assert row["status"] == "completed" and row["trigger"] == "scheduled"
    assert row["schedule_item_id"] == item_id and row["segment_id"] == segment
    assert parse_timestamp(row["scheduled_at"]) == planned
    assert parse_timestamp(row["started_at"]) == planned  # the real start, to the second
    assert row["duration_s"] == pytest.approx(sound.length, abs=0.3)
    assert row["title"] == "Cảnh giác cuộc gọi giả danh công an" and row["topic"] == "Phòng chống lừa đảo qua mạng"
    assert abs(epoch(parse_timestamp(row["ended_at"])) - sound.end) <= 1.0


def test_a_corrupt_file_fails_and_the_next_item_sounds_at_once(pulse_sink, station, qtbot):
    allow_any_hour(station)
    data_dir = station.paths.data_dir
    broken = add_segment(station.db, data_dir, title="Tệp hỏng", seconds=3.0)
    path = segments.segment_audio(station.db, data_dir, [broken])[broken].path
    write_corrupt(path)
    good = add_segment(station.db, data_dir, title="Tệp tốt", seconds=1.5, frequency=660)
    start = next_second(2.5)
    window_id = schedule_store.add_window(
        station.db, name="Thử", start=start.time(), end=(start + timedelta(minutes=5)).time()
    )
    for segment in (broken, good):
        schedule_store.add_window_item(station.db, window_id, segment)
    recording, events = play_and_record(station, pulse_sink, qtbot, finished=1)

    rows = list(station.db.query("SELECT title, status, note, started_at FROM airings ORDER BY id"))
    assert [(r["title"], r["status"]) for r in rows] == [("Tệp hỏng", "failed"), ("Tệp tốt", "completed")]
    assert "hỏng" in rows[0]["note"]
    [sound] = recording.spans()
    assert abs(sound.start - epoch(start)) <= 0.5  # no dead air: the next item took the window's second
    assert sound.length == pytest.approx(1.5, abs=0.3)


def test_headless_playout_with_no_sound_device_logs_failed(pulse_sink, tmp_path):
    """No sound server at all: every item is logged failed with the reason and the program keeps running."""
    db = tmp_path / "dai.db"
    from app.station import Station

    station = Station.open(db)
    allow_any_hour(station)
    segment = add_segment(station.db, station.paths.data_dir, title="Không có loa", seconds=1.0)
    planned = next_second(3.0)
    schedule_store.add_one_off(station.db, segment, planned)
    station.close()
    env = {"PULSE_SERVER": f"unix:{tmp_path / 'khong-co'}"}
    run_for = math.ceil((planned - now_local()).total_seconds()) + 1.5
    result = run_cli("--db", str(db), "playout", "--for", f"{run_for:.1f}", env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "KHÔNG PHÁT" in result.stdout and "Không tìm thấy thiết bị phát âm thanh" in result.stdout
    station = Station.open(db)
    [row] = station.db.query("SELECT status, note FROM airings")
    station.close()
    assert row["status"] == "failed" and "thiết bị phát âm thanh" in row["note"]


def test_an_emergency_cuts_the_airing_on_the_sound_card(pulse_sink, station, qtbot):
    allow_any_hour(station)
    data_dir = station.paths.data_dir
    ordinary = add_segment(station.db, data_dir, title="Bản tin thường", seconds=3.0)
    alarm = add_segment(station.db, data_dir, title="Cảnh báo khẩn", seconds=1.0, frequency=880)
    planned = next_second(2.5)
    schedule_store.add_one_off(station.db, ordinary, planned)
    schedule_store.add_one_off(station.db, alarm, planned + timedelta(seconds=1), priority="emergency")
    # The extra half second: would the cut file still report its end?
    recording, events = play_and_record(station, pulse_sink, qtbot, finished=2, linger_ms=500)

    rows = list(station.db.query("SELECT title, status, trigger, duration_s, note FROM airings ORDER BY id"))
    assert [(r["title"], r["status"], r["trigger"]) for r in rows] == [
        ("Bản tin thường", "interrupted", "scheduled"),
        ("Cảnh báo khẩn", "completed", "urgent"),
    ]
    assert rows[0]["duration_s"] == pytest.approx(1.0, abs=0.3) and "khẩn cấp" in rows[0]["note"]
    # One stretch of sound: the ordinary item, cut at once by the alarm, which plays its one second.
    [sound] = recording.spans()
    assert abs(sound.start - epoch(planned)) <= 0.5
    assert sound.end - epoch(planned) == pytest.approx(2.0, abs=0.3)  # not 3 s: the first file was stopped
