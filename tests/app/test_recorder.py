"""The airing recorder against a real database held by a real second connection: records go to the journal
within 100 ms, come back in order, sealed into the chain and marked, exactly once whatever crashes."""

from __future__ import annotations

import shutil
import sqlite3
import time
from datetime import datetime, timedelta

import pytest

from app.log import airings
from app.log.journal import journal_path, read_journal
from app.log.recorder import JOURNAL, OK, AiringRecorder, count_pending
from app.paths import StationPaths
from app.station import Station
from tests.audio_fixtures import add_segment

T0 = datetime(2026, 11, 20, 6, 0, 0)
ROW = {
    "title": "Cảnh giác cuộc gọi giả danh",
    "topic": "Phòng chống lừa đảo qua mạng",
    "trigger": "scheduled",
    "segment_id": None,
    "schedule_item_id": None,
    "scheduled_at": T0,
    "planned_duration_s": 60.0,
    "operator": "Chị Lan",
    "note": "",
}


class Holder:
    """Another program holding the database's write lock (BEGIN IMMEDIATE on its own connection)."""

    def __init__(self, path) -> None:
        self.conn = sqlite3.connect(str(path), isolation_level=None)
        self.conn.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.conn.execute("ROLLBACK")
        self.conn.close()


def one_airing(recorder: AiringRecorder, start: datetime, *, status: str = "completed"):
    ref = recorder.start({**ROW, "started_at": start}, started=False)
    recorder.started(ref, start + timedelta(seconds=1))
    recorder.heartbeat(ref, start + timedelta(seconds=6))
    recorder.finish(ref, ended_at=start + timedelta(seconds=61), status=status, duration_s=60.0, note=None)
    return ref


def test_a_locked_database_sends_records_to_the_journal_within_the_deadline(station):
    recorder = AiringRecorder.for_database(station.db)
    recorder.open()
    holder = Holder(station.paths.database)
    began = time.monotonic()
    ref = recorder.start({**ROW, "started_at": T0}, started=False)
    waited = time.monotonic() - began
    assert waited < 0.5, waited  # 100 ms for the lock (never the connection's 10 s), plus an fsync
    assert ref.id is None and recorder.health.state == JOURNAL and recorder.pending == 1
    assert "Nhật ký đang ghi tạm vào tệp dự phòng" in recorder.health.message
    assert "chương trình khác giữ" in recorder.health.message
    recorder.started(ref, T0 + timedelta(seconds=1))
    recorder.heartbeat(ref, T0 + timedelta(seconds=6))
    recorder.finish(ref, ended_at=T0 + timedelta(seconds=61), status="completed", duration_s=60.0, note=None)
    assert count_pending(station.paths.database) == (4, "")
    assert station.db["airings"].count == 0

    holder.release()
    assert recorder.replay() == 4
    assert recorder.health.state == OK and recorder.health.replayed == 4 and ref.id is not None
    [row] = station.db.query("SELECT * FROM airings")
    assert (row["status"], row["started_at"], row["ended_at"], row["duration_s"]) == (
        "completed",
        "2026-11-20 06:00:01",  # the real start the player reported, not the moment it was asked
        "2026-11-20 06:01:01",
        60.0,
    )
    assert airings.JOURNAL_NOTE in row["note"] and row["row_hash"] == airings.row_hash(row)
    assert airings.verify_chain(station.db).intact
    assert read_journal(journal_path(station.paths.database)).records == ()  # emptied once in the database
    assert count_pending(station.paths.database) == (0, "")


def test_order_is_kept_when_the_database_comes_back_mid_airing(station):
    seconds = [0.0]
    recorder = AiringRecorder.for_database(station.db, clock=lambda: seconds[0])
    first = one_airing(recorder, T0)  # straight into the database
    holder = Holder(station.paths.database)
    second = recorder.start({**ROW, "title": "Thứ hai", "started_at": T0 + timedelta(minutes=2)}, started=False)
    recorder.started(second, T0 + timedelta(minutes=2, seconds=1))
    holder.release()
    seconds[0] += 1.0
    # The next write (a second on: the database is tried once a second) replays the journal first, then
    # goes on in the database.
    recorder.finish(second, ended_at=T0 + timedelta(minutes=3), status="interrupted", duration_s=59.0, note="Bị ngắt")
    rows = list(station.db.query("SELECT id, title, status, note, chain_index FROM airings ORDER BY chain_index"))
    assert [(r["id"], r["title"], r["status"]) for r in rows] == [
        (first.id, ROW["title"], "completed"),
        (second.id, "Thứ hai", "interrupted"),
    ]
    assert airings.JOURNAL_NOTE not in rows[0]["note"]
    assert rows[1]["note"].startswith("Bị ngắt") and airings.JOURNAL_NOTE in rows[1]["note"]  # the mark survives
    assert airings.verify_chain(station.db).intact and recorder.pending == 0


def test_a_crash_after_the_replay_before_the_journal_was_emptied_replays_nothing_twice(station, tmp_path):
    recorder = AiringRecorder.for_database(station.db)
    holder = Holder(station.paths.database)
    one_airing(recorder, T0)
    recorder.not_aired({**ROW, "title": "Bị lỡ", "note": "Máy tắt"}, status="missed", at=T0)
    holder.release()
    journal = journal_path(station.paths.database)
    saved = tmp_path / "journal-before-reset"
    shutil.copyfile(journal, saved)
    assert recorder.replay() == 5
    recorder.close()
    shutil.copyfile(saved, journal)  # as if the process died between the database's commit and the reset

    again = AiringRecorder.for_database(station.db)
    again.open()
    assert again.replay() == 0
    assert station.db["airings"].count == 2 and airings.verify_chain(station.db).intact
    assert read_journal(journal).records == ()


def test_the_next_run_replays_what_a_killed_one_left(station):
    segment = add_segment(station.db, station.paths.data_dir, title=ROW["title"], seconds=60.0, with_file=False)
    recorder = AiringRecorder.for_database(station.db)
    holder = Holder(station.paths.database)
    ref = recorder.start({**ROW, "segment_id": segment, "started_at": T0}, started=False)
    recorder.started(ref, T0)
    recorder.heartbeat(ref, T0 + timedelta(seconds=25))
    holder.release()
    recorder.close()  # killed: no finish record

    db_path = station.paths.database
    station.close()
    station = Station.open(db_path)
    try:
        again = AiringRecorder.for_database(station.db)
        again.open()
        assert again.health.state == JOURNAL and again.pending == 3
        assert again.replay() == 3
        [airing_id] = airings.recover_interrupted(station.db, now=T0 + timedelta(minutes=5))
        row = station.db["airings"].get(airing_id)
        assert (row["status"], row["duration_s"]) == ("interrupted", 25.0)  # believed up to its heartbeat
        assert airings.JOURNAL_NOTE in row["note"] and "dừng đột ngột" in row["note"]
        assert airings.verify_chain(station.db).intact
    finally:
        station.close()


def test_when_even_the_journal_cannot_be_written_records_wait_in_memory(station):
    folder = station.paths.database.parent
    recorder = AiringRecorder(station.db, folder / "missing-folder" / "journal")  # cannot be created
    holder = Holder(station.paths.database)
    ref = recorder.start({**ROW, "started_at": T0}, started=True)
    assert recorder.health.state == "unrecorded" and recorder.health.unsaved == 1
    assert recorder.health.message.startswith("KHÔNG GHI ĐƯỢC NHẬT KÝ")
    holder.release()
    recorder.finish(ref, ended_at=T0 + timedelta(seconds=30), status="completed", duration_s=30.0, note=None)
    assert recorder.health.state == OK and station.db["airings"].count == 1
    [row] = station.db.query("SELECT note FROM airings")
    assert airings.MEMORY_NOTE in row["note"] and airings.JOURNAL_NOTE not in row["note"]
    assert airings.verify_chain(station.db).intact


@pytest.mark.parametrize("kind", ["start", "not_aired"])
def test_a_read_only_connection_journals_everything(station, kind):
    reader = Station.open(station.paths.database, read_only=True)
    try:
        recorder = AiringRecorder.for_database(reader.db)
        if kind == "start":
            recorder.start({**ROW, "started_at": T0}, started=True)
        else:
            recorder.not_aired(ROW, status="missed", at=T0)
        assert recorder.health.state == JOURNAL and "chỉ cho phép đọc" in recorder.health.reason
    finally:
        recorder.close()
        reader.close()
    writer = AiringRecorder.for_database(station.db)
    assert writer.replay() == 1 and station.db["airings"].count == 1


def test_restore_first_writes_the_journal_into_the_database_it_sets_aside(station):
    from app.backup import create_backup, restore_backup

    backup = create_backup(station.paths, T0)  # an empty log
    recorder = AiringRecorder.for_database(station.db)
    holder = Holder(station.paths.database)
    one_airing(recorder, T0 + timedelta(hours=1))
    holder.release()
    recorder.close()
    assert count_pending(station.paths.database)[0] == 4
    db_path = station.paths.database
    station.close()

    result = restore_backup(StationPaths.for_database(db_path), backup, T0 + timedelta(hours=2))
    aside = Station.open(result.kept_aside, read_only=True)
    try:
        [row] = aside.db.query("SELECT status, note FROM airings")  # the journal's airing is in the old database
        assert row["status"] == "completed" and airings.JOURNAL_NOTE in row["note"]
    finally:
        aside.close()
    assert count_pending(db_path) == (0, "")
    restored = Station.open(db_path)
    try:
        assert restored.db["airings"].count == 0
    finally:
        restored.close()
