"""A row left on air by a crash is sealed from what this station's player wrote, and nothing else."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from app.log import airings
from tests.audio_fixtures import add_segment

T0 = datetime(2026, 11, 20, 6, 0, 0)
NOW = T0 + timedelta(hours=4)


@pytest.fixture
def segment(station):
    return add_segment(station.db, station.paths.data_dir, title="Cảnh giác lừa đảo", seconds=120.0, with_file=False)


def on_air(db, segment_id, *, start=T0, heartbeat_after_s: float | None = 42.0, trigger="scheduled", planned=120.0):
    airing_id = airings.start_airing(
        db,
        title="Cảnh giác lừa đảo",
        topic="Phòng chống lừa đảo qua mạng",
        started_at=start,
        trigger=trigger,
        segment_id=segment_id,
        scheduled_at=start,
        planned_duration_s=planned,
        pending=heartbeat_after_s is None,
    )
    if heartbeat_after_s is not None:
        airings.heartbeat(db, airing_id, start + timedelta(seconds=heartbeat_after_s))
    return airing_id


def recovered(db, airing_id):
    assert airings.recover_interrupted(db, now=NOW) == [airing_id]
    row = db["airings"].get(airing_id)
    assert row["status"] == "interrupted" and row["row_hash"] == airings.row_hash(row)
    assert airings.verify_chain(db).intact
    return row


def test_believed_up_to_the_last_heartbeat(station, segment):
    row = recovered(station.db, on_air(station.db, segment))
    assert (row["duration_s"], row["ended_at"]) == (42.0, "2026-11-20 06:00:42")
    assert row["note"] == airings.NOTE_CRASHED


def test_never_longer_than_the_segment(station, segment):
    # A heartbeat 50 s past the end (a stuck player the watchdog had not yet stopped): capped at 120 s.
    row = recovered(station.db, on_air(station.db, segment, heartbeat_after_s=170.0, planned=900.0))
    assert (row["duration_s"], row["ended_at"]) == (120.0, "2026-11-20 06:02:00")


def test_a_forged_row_with_a_heartbeat_three_hours_on_adds_nothing(station, segment):
    row = recovered(station.db, on_air(station.db, segment, heartbeat_after_s=3 * 3600))
    assert row["duration_s"] == 0.0
    assert "không tính thời lượng" in row["note"] and "quá thời lượng dự kiến (120 giây) hơn một phút" in row["note"]


def test_a_row_the_player_never_started_adds_nothing(station, segment):
    row = recovered(station.db, on_air(station.db, segment, heartbeat_after_s=None))
    assert row["duration_s"] == 0.0 and "trình phát chưa báo bắt đầu phát" in row["note"]


def test_an_unknown_segment_adds_nothing(station):
    row = recovered(station.db, on_air(station.db, 999))
    assert row["duration_s"] == 0.0 and "tiết mục số 999 không có trong dữ liệu của đài" in row["note"]


def test_a_start_before_the_newest_finished_airing_adds_nothing(station, segment):
    db = station.db
    later = airings.start_airing(
        db, title="Sau", topic="", started_at=T0 + timedelta(minutes=10), trigger="manual", segment_id=segment
    )
    airings.finish_airing(db, later, ended_at=T0 + timedelta(minutes=11))
    row = recovered(db, on_air(db, segment))
    assert row["duration_s"] == 0.0 and "trước lượt phát đã ghi xong gần nhất (06:10:00" in row["note"]


def test_a_heartbeat_in_the_future_adds_nothing(station, segment):
    db = station.db
    airing_id = on_air(db, segment, start=NOW - timedelta(seconds=30), heartbeat_after_s=100)
    row = recovered(db, airing_id)
    assert row["duration_s"] == 0.0 and "ở tương lai" in row["note"]


def test_a_live_reading_has_no_planned_length_and_keeps_its_heartbeats(station):
    db = station.db
    airing_id = airings.start_airing(db, title="Họp tổ dân phố", topic="", started_at=T0, trigger="live")
    airings.heartbeat(db, airing_id, T0 + timedelta(minutes=7))
    row = recovered(db, airing_id)
    assert row["duration_s"] == 420.0 and row["note"] == airings.NOTE_CRASHED


def test_rows_the_journal_still_holds_records_for_are_left_to_its_replay(station, segment):
    db = station.db
    airing_id = on_air(db, segment)
    assert airings.recover_interrupted(db, now=NOW, skip_ids={airing_id}) == []
    assert db["airings"].get(airing_id)["status"] == "on_air"
