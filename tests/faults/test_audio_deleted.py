"""An audio file deleted after it was scheduled: the check warns, playout logs it as failed and plays on."""

from datetime import timedelta

import pytest

from app import schedule_store
from app.paths import StationPaths
from app.station import Station
from app.station_time import now_local
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli
from tests.faults.conftest import log_rows, make_station

pytestmark = pytest.mark.sound


def test_deleted_audio_file_is_reported_logged_and_skipped(pulse_sink, db_path):
    make_station(db_path, airings=2)
    earlier = log_rows(db_path)
    station = Station.open(db_path)
    allow_any_hour(station)
    gone = add_segment(station.db, station.paths.data_dir, title="Bản tin mất tệp", seconds=2.0)
    kept = add_segment(station.db, station.paths.data_dir, title="Bản tin còn tệp", seconds=1.5, frequency=660)
    start = (now_local() + timedelta(seconds=3)).replace(microsecond=0)
    window = schedule_store.add_window(
        station.db, name="Khung thử", start=start.time(), end=(start + timedelta(minutes=2)).time()
    )
    schedule_store.add_window_item(station.db, window, gone)
    schedule_store.add_window_item(station.db, window, kept)
    relative = station.db["segments"].get(gone)["audio_path"]
    station.close()
    (StationPaths.for_database(db_path).data_dir / relative).unlink()

    checked = run_cli("--db", str(db_path), "check")
    assert checked.returncode == 1
    assert checked.stdout.startswith("[CẢNH BÁO] 1 tiết mục thiếu tệp âm thanh") and relative in checked.stdout

    with pulse_sink.record() as recorder:
        played = run_cli("--db", str(db_path), "playout", "--for", "9", timeout=60)
        recording = recorder.stop()
    assert played.returncode == 0, played.stderr
    lines = played.stdout.splitlines()
    assert any(
        "KHÔNG PHÁT" in line and "“Bản tin mất tệp”" in line and "Không tìm thấy tệp âm thanh" in line for line in lines
    ), lines
    assert any("KẾT THÚC" in line and "“Bản tin còn tệp”" in line for line in lines), lines

    rows = log_rows(db_path)
    assert rows[: len(earlier)] == earlier  # nothing lost
    station = Station.open(db_path, read_only=True)
    try:
        new = list(
            station.db.query(
                "SELECT title, status, note, duration_s FROM airings WHERE id > ? ORDER BY id", [len(earlier)]
            )
        )
    finally:
        station.close()
    assert [(r["title"], r["status"]) for r in new] == [("Bản tin mất tệp", "failed"), ("Bản tin còn tệp", "completed")]
    assert "Không tìm thấy tệp âm thanh" in new[0]["note"] and new[0]["duration_s"] == 0.0
    spans = recording.spans()
    assert len(spans) == 1 and spans[0].length == pytest.approx(1.5, abs=0.3)  # only the file that exists sounded
