"""The anchor file: written after every sealing commit, created exclusively 0600, never through a symlink
or into a FIFO, a torn last line tolerated, never appended to when the database disagrees with it."""

from __future__ import annotations

import os
import stat
from datetime import datetime, timedelta

import pytest

from app.backup import create_backup, restore_backup, restore_loss
from app.errors import InputError
from app.log import airings, anchors
from app.log.verify import inspect_log
from app.station import Station

T0 = datetime(2026, 11, 20, 6, 0, 0)


def _air(db, n: int) -> int:
    at = T0 + timedelta(minutes=n)
    airing = airings.start_airing(db, title=f"Tin {n}", topic="", started_at=at, trigger="scheduled")
    airings.finish_airing(db, airing, ended_at=at + timedelta(seconds=30))
    return airing


def _lines(station) -> list[anchors.Anchor]:
    return list(anchors.read_anchors(anchors.station_anchor_file(station.paths)).anchors)


def test_every_sealing_commit_appends_the_head(station):
    assert _lines(station) == []  # an empty log has nothing to anchor
    for n in range(3):
        _air(station.db, n)
    lines = _lines(station)
    assert [(a.index, a.event) for a in lines] == [(1, "seal"), (2, "seal"), (3, "seal")]
    assert lines[-1].hash == airings.chain_head_hash(station.db)
    airings.record_not_aired(station.db, status="missed", title="Lỡ", topic="", scheduled_at=T0)
    assert _lines(station)[-1].index == 4
    airings.start_airing(station.db, title="Đang phát", topic="", started_at=T0, trigger="manual")
    assert len(_lines(station)) == 4  # starting an airing seals nothing


def test_an_import_anchors_once_per_commit(station):
    rows = [
        {
            "title": f"Cũ {n}",
            "topic": "",
            "started_at": f"2025-01-0{n + 1} 06:00:00",
            "ended_at": f"2025-01-0{n + 1} 06:01:00",
            "duration_s": 60.0,
            "status": "completed",
            "trigger": "scheduled",
            "source": "imported",
            "note": "",
        }
        for n in range(5)
    ]
    airings.append_finished_rows(station.db, rows)
    assert [a.index for a in _lines(station)] == [5]


def test_the_file_is_created_exclusively_owner_only(station):
    _air(station.db, 0)
    path = anchors.station_anchor_file(station.paths)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").count("\n") == 1


def test_a_torn_last_line_is_skipped_and_the_next_starts_afresh(station):
    _air(station.db, 0)
    path = anchors.station_anchor_file(station.paths)
    with open(path, "ab") as handle:
        handle.write(b'{"at":"2026-11-20T06:00:00+07:00","event":"seal","ind')  # power cut mid-write
    assert [a.index for a in _lines(station)] == [1]
    assert inspect_log(station.db).intact
    _air(station.db, 1)
    assert [a.index for a in _lines(station)] == [1, 2]
    assert path.read_bytes().splitlines()[1].endswith(b'"ind')  # the torn bytes kept, on their own line


def test_a_fifo_is_refused_without_blocking(station):
    path = anchors.station_anchor_file(station.paths)
    path.parent.mkdir(parents=True, exist_ok=True)
    os.mkfifo(path)
    _air(station.db, 0)  # the airing is sealed; the anchor write is refused at once, not blocked
    assert station.db["airings"].count == 1
    verdict = inspect_log(station.db)
    assert not verdict.intact and "không phải một tệp thường" in verdict.message


def test_the_writer_never_blesses_a_shorter_log(station):
    for n in range(4):
        _air(station.db, n)
    station.db.execute("DROP TRIGGER airings_no_delete")
    station.db.execute("DELETE FROM airings WHERE chain_index = 4")
    assert anchors.anchor_head(station.db) is None
    _air(station.db, 9)  # a new row takes position 4 with another hash
    assert _lines(station)[-1].index == 4 and _lines(station)[-1].hash != airings.chain_head_hash(station.db)
    verdict = inspect_log(station.db)
    assert not verdict.intact and "từ lượt thứ 4 trong chuỗi" in verdict.message


def test_backups_carry_their_head_and_a_confirmed_restore_is_recorded(station, tmp_path):
    for n in range(2):
        _air(station.db, n)
    backup = create_backup(station.paths, T0)
    [line] = anchors.read_anchors(anchors.folder_anchor_file(backup.parent)).anchors
    assert (line.event, line.index, line.detail["file"]) == ("backup", 2, backup.name)
    usb = tmp_path / "usb"
    usb.mkdir()
    copy = create_backup(station.paths, T0, target=usb / "sao-luu.db")
    assert anchors.read_anchors(anchors.folder_anchor_file(usb)).anchors[-1].detail["file"] == copy.name
    for n in range(2, 5):
        _air(station.db, n)

    loss = restore_loss(station.paths, backup)
    assert (loss.dropped, loss.backup_index, loss.current_index) == (3, 2, 5)
    paths = station.paths
    station.db.close()
    with pytest.raises(InputError, match="thiếu 3 lượt phát so với nhật ký hiện tại"):
        restore_backup(paths, backup, T0, allow_dropping=2)
    result = restore_backup(paths, backup, T0, allow_dropping=3)
    assert result.loss.dropped == 3 and result.anchor_failures == ()
    reopened = Station.open(paths.database)
    try:
        for path in anchors.anchor_files(paths):
            last = anchors.read_anchors(path).anchors[-1]
            assert (last.event, last.index, last.detail["dropped"]) == ("restore", 2, 3)
        assert inspect_log(reopened.db).intact  # a confirmed restore is not a truncation
        _air(reopened.db, 7)
        assert _lines(reopened)[-1].index == 3
    finally:
        reopened.close()


def test_a_database_of_no_station_has_no_anchors(tmp_path):
    from sqlite_utils import Database

    from app.migrations import migrations

    db = Database(memory=True)
    migrations.apply(db)
    _air(db, 0)
    verdict = inspect_log(db)
    assert verdict.intact and verdict.anchors == ()
