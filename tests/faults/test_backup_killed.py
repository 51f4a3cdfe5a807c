"""SIGKILL in the middle of a backup of a large database: nothing that exists is harmed, nothing half is kept."""

import signal
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from app.backup import create_backup, list_backups
from app.log import airings
from app.paths import StationPaths
from app.station import Station
from tests.faults.conftest import T0, file_digest, log_rows, make_station

ROOT = Path(__file__).resolve().parents[2]
# The real backup, one small step at a time; the first progress report says "mid" and waits to be killed.
KILLED_BACKUP = """
import sys, time
from datetime import datetime
from app.backup import create_backup
from app.paths import StationPaths

def progress(done, total):
    if 0 < done < total:
        print(f"mid {done} {total}", flush=True)
        time.sleep(60)

create_backup(StationPaths.for_database(sys.argv[1]), datetime(2026, 11, 21, 6, 0, 0), pages_per_step=256,
              progress=progress)
print("finished", flush=True)
"""


def _grow(db_path: Path, megabytes: int) -> None:
    station = Station.open(db_path)
    body = "Người dân cảnh giác với các cuộc gọi giả danh cơ quan công an. " * 32  # ~2 KB
    rows = [
        {
            "title": f"Bản tin lưu trữ {n}",
            "body": body,
            "created_at": "2026-11-01 06:00:00",
            "updated_at": "2026-11-01 06:00:00",
        }
        for n in range(megabytes * 500)
    ]
    station.db["bulletins"].insert_all(rows, batch_size=2000)
    station.close()


def _air_one(station: Station) -> None:
    """A write after the kill: the station carries on."""
    airing = airings.start_airing(
        station.db,
        title="Phát sau sự cố",
        topic="An toàn thông tin",
        started_at=T0 + timedelta(days=1, hours=1),
        trigger="manual",
    )
    airings.finish_airing(station.db, airing, ended_at=T0 + timedelta(days=1, hours=1, minutes=2))


def test_sigkill_during_backup_leaves_database_and_earlier_backups_intact(db_path):
    make_station(db_path, airings=4)
    _grow(db_path, 30)
    paths = StationPaths.for_database(db_path)
    assert paths.database.stat().st_size > 30 * 1024 * 1024
    earlier = create_backup(paths, T0)
    earlier_digest = file_digest(earlier)
    rows_before = log_rows(db_path)

    # The station keeps running (and writing) while the backup is killed.
    station = Station.open(db_path)
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(db_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = child.stdout.readline().split()
        assert line and line[0] == "mid", child.stderr.read()
        done, total = int(line[1]), int(line[2])
        assert 0 < done < total
        half = [p for p in paths.backup_dir.iterdir() if f".{child.pid}-" in p.name and p.name.endswith(".tmp")]
        assert len(half) == 1  # the partial copy, under a temporary name only
        child.send_signal(signal.SIGKILL)
        assert child.wait(10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
        child.stdout.close()
        child.stderr.close()
    _air_one(station)
    station.close()

    # No file under a backup's name from the killed run; the earlier backup byte for byte the same.
    assert [b.path for b in list_backups(paths)] == [earlier]
    assert file_digest(earlier) == earlier_digest
    # The database: intact, every row kept, the chain whole, the write after the kill included.
    conn = sqlite3.connect(db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    rows_after = log_rows(db_path)
    assert rows_after[: len(rows_before)] == rows_before and len(rows_after) == len(rows_before) + 1
    viewer = Station.open(db_path, read_only=True)
    try:
        assert airings.verify_chain(viewer.db).intact
    finally:
        viewer.close()

    _assert_next_backup_completes(paths, earlier, len(rows_after))


def _assert_next_backup_completes(paths: StationPaths, earlier: Path, rows: int) -> None:
    """The next backup clears the dead process's leftover and completes."""
    fresh = create_backup(paths, T0 + timedelta(days=1, hours=2))
    assert not [p for p in paths.backup_dir.iterdir() if p.name.endswith(".tmp")]
    assert [b.path for b in list_backups(paths)] == [fresh, earlier]
    copy = sqlite3.connect(fresh)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT count(*) FROM airings").fetchone()[0] == rows
    finally:
        copy.close()
