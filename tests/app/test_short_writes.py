"""Long writes never hold the log: while a backup, a big import or schedule edits run, a writer with the
playout's 100 ms deadline (and its write priority) always gets the database in time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from datetime import datetime, timedelta

import pytest

from app import schedule_store
from app.backup import create_backup
from app.database import open_database, write_transaction
from app.log.write_priority import WritePriority
from app.report import set_target
from app.station import Station
from tests.audio_fixtures import add_segment
from tests.conftest import TESTS_DIR
from tests.log_files import cached_paper_log

DEADLINE_S = 0.1


class Probe:
    """Writes a row every 10 ms as the playout would: priority claimed, 100 ms to get the lock."""

    def __init__(self, db_path) -> None:
        self.db = open_database(db_path, seed=False)
        self.db.execute("CREATE TABLE IF NOT EXISTS probe (at REAL)")
        self.priority = WritePriority(db_path)
        self.waits: list[float] = []
        self.missed: list[str] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            began = time.perf_counter()
            try:
                with self.priority.claim(), write_transaction(self.db, deadline_s=DEADLINE_S):
                    self.waits.append(time.perf_counter() - began)
                    self.db.execute("INSERT INTO probe VALUES (?)", [time.time()])
            except sqlite3.OperationalError as exc:
                self.missed.append(str(exc))
            time.sleep(0.01)

    def stop(self) -> Probe:
        self._stop.set()
        self._thread.join()
        self.priority.close()
        self.db.close()
        return self


def test_a_big_import_in_another_process_never_holds_the_lock(tmp_path):
    db_path = tmp_path / "dai.db"
    Station.open(db_path).close()
    probe = Probe(db_path)
    imported = subprocess.run(
        [sys.executable, "-m", "ui.entry", "--db", str(db_path), "log", "import", str(cached_paper_log(20_000))],
        cwd=TESTS_DIR.parent,
        capture_output=True,
        text=True,
        timeout=300,
    )
    probe.stop()
    assert imported.returncode == 0, imported.stderr
    print(f"{len(probe.waits)} writes, longest wait {max(probe.waits) * 1000:.1f} ms, missed {len(probe.missed)}")
    assert probe.missed == [] and len(probe.waits) > 50


def test_a_backup_never_holds_the_lock(station):
    for n in range(2000):
        station.db.execute(
            "INSERT INTO bulletins (title, body, created_at, updated_at) VALUES (?, ?, '', '')",
            [f"Tin {n}", "x" * 2000],
        )
    probe = Probe(station.paths.database)
    made = create_backup(station.paths, datetime(2026, 11, 20, 6, 0))
    probe.stop()
    assert made.is_file() and probe.missed == [] and probe.waits


def _commit_from_elsewhere_before_each_insert(station):
    """Another program commits at the worst moment: after this connection read, just before it writes."""
    other = sqlite3.connect(str(station.paths.database), isolation_level=None, timeout=0)
    other.execute("CREATE TABLE IF NOT EXISTS noise (n)")
    commits = []

    def trace(statement: str) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO") and "noise" not in statement:
            try:
                other.execute("INSERT INTO noise VALUES (1)")
                commits.append(statement)
            except sqlite3.OperationalError:
                pass  # this connection already holds the write lock: nobody can commit in between

    station.db.conn.set_trace_callback(trace)
    return other, commits


def test_schedule_edits_never_fail_because_another_program_committed(station):
    """Edits begin IMMEDIATE. A deferred transaction that read first gets 'database is locked' at once in
    WAL mode when another connection commits before it writes (no busy wait helps it)."""
    segment = add_segment(station.db, station.paths.data_dir, title="Tin", seconds=1.0, with_file=False)
    start = datetime(2030, 1, 1, 6, 0)
    window = schedule_store.add_window(
        station.db, name="Sáng", start=start.time(), end=(start + timedelta(hours=1)).time()
    )
    other, commits = _commit_from_elsewhere_before_each_insert(station)
    try:
        with pytest.raises(sqlite3.OperationalError, match="locked"):  # what a deferred transaction gets
            with station.db.atomic():
                station.db.execute("SELECT count(*) FROM schedule_items").fetchone()
                station.db.execute(
                    "INSERT INTO schedule_items (window_id, segment_id, created_at) VALUES (?, ?, '')",
                    [window, segment],
                )
        assert commits  # the other program did commit in between
        commits.clear()
        schedule_store.add_window_item(station.db, window, segment)
        schedule_store.add_one_off(station.db, segment, start, now=start - timedelta(days=1))
        set_target(station.db, "An toàn thông tin", "airings_per_day", 2)
    finally:
        station.db.conn.set_trace_callback(None)
        other.close()
    assert not commits  # the write lock was held from the start: nobody slipped in
    assert len(schedule_store.list_items(station.db, window_id=window)) == 1
    assert len(schedule_store.list_items(station.db, one_offs=True)) == 1
