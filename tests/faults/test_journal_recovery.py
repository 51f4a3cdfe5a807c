"""Crash recovery believes only what this station's player wrote.

- `truyenthanh playout` is killed with SIGKILL mid-airing while another program holds the database, so the
  airing's start and heartbeats are only in the journal: the next start replays them and seals the row
  interrupted at about the time really aired.
- A row inserted by hand with the sqlite3 shell as `on_air`, with a heartbeat three hours after its start:
  the next start seals it as cut short with 0 seconds and a note saying why, never as three hours.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import time

import pytest

from app import schedule_store
from app.log import airings
from app.station import Station
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import run_cli
from tests.playout_process import Playout
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound


def read_rows(db_path) -> list[dict]:
    station = Station.open(db_path, read_only=True)
    try:
        return list(station.db.query("SELECT * FROM airings ORDER BY id"))
    finally:
        station.close()


def test_killed_mid_airing_with_the_start_only_in_the_journal(pulse_sink, tmp_path):
    db_path = tmp_path / "dai.db"
    station = Station.open(db_path)
    allow_any_hour(station)
    segment = add_segment(station.db, station.paths.data_dir, title="Bản tin dài", seconds=8.0)
    planned = next_second(5.0)
    item = schedule_store.add_one_off(station.db, segment, planned)
    station.close()

    holder = sqlite3.connect(str(db_path), isolation_level=None)
    with pulse_sink.record() as recorder:
        first = Playout(db_path)
        first.wait_started()
        holder.execute("BEGIN IMMEDIATE")  # from before the airing until after the kill
        first.wait_for("BẮT ĐẦU (tệp dự phòng) “Bản tin dài”", timeout=15)
        time.sleep(3.5)
        killed = first.kill()
        holder.execute("ROLLBACK")
        holder.close()
        assert read_rows(db_path) == []  # the only record of the airing is the journal

        second = Playout(db_path, "--for", "3")
        line = second.wait_for("KHÔI PHỤC", timeout=15)
        second.process.wait(timeout=20)
        recording = recorder.stop()
    assert line - killed < 10
    [sound] = recording.spans()
    assert abs(sound.start - epoch(planned)) <= 0.5 and abs(sound.end - killed) <= 0.3

    [row] = read_rows(db_path)
    assert (row["schedule_item_id"], row["status"]) == (item, "interrupted")
    # Up to the player's last heartbeat (every second) before the kill, from the journal.
    assert sound.length - 2.0 <= row["duration_s"] <= sound.length + 0.5, (row["duration_s"], sound.length)
    assert airings.JOURNAL_NOTE in row["note"] and airings.NOTE_CRASHED in row["note"]
    verified = run_cli("--db", str(db_path), "log", "verify")
    assert verified.returncode == 0 and "đã kiểm tra 1 dòng" in verified.stdout
    assert run_cli("--db", str(db_path), "check").returncode == 0


def test_a_forged_on_air_row_is_sealed_as_cut_short(pulse_sink, tmp_path):
    shell = shutil.which("sqlite3")
    if shell is None:
        pytest.fail("the sqlite3 command-line shell is needed (apt install sqlite3)", pytrace=False)
    db_path = tmp_path / "dai.db"
    station = Station.open(db_path)
    segment = add_segment(station.db, station.paths.data_dir, title="Cảnh giác lừa đảo", seconds=90.0)
    station.close()
    forged = subprocess.run(
        [shell, str(db_path)],
        input=(
            "INSERT INTO airings (segment_id, title, topic, started_at, heartbeat_at, planned_duration_s, status, "
            f"trigger) VALUES ({segment}, 'Cảnh giác lừa đảo', 'Phòng chống lừa đảo qua mạng', "
            "'2026-11-20 06:00:00', '2026-11-20 09:00:00', 90, 'on_air', 'scheduled');"
        ),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert forged.returncode == 0, forged.stderr

    result = run_cli("--db", str(db_path), "playout", "--for", "1", timeout=60)
    assert result.returncode == 0, result.stderr
    [line] = [line for line in result.stdout.splitlines() if "KHÔI PHỤC" in line]
    assert "“Cảnh giác lừa đảo”: Bị ngắt, 0,0 giây" in line and "không tính thời lượng" in line

    [row] = read_rows(db_path)
    assert (row["status"], row["duration_s"]) == ("interrupted", 0.0)
    assert "quá thời lượng dự kiến (90 giây) hơn một phút" in row["note"]
    verified = run_cli("--db", str(db_path), "log", "verify")
    assert verified.returncode == 0 and "đã kiểm tra 1 dòng" in verified.stdout, verified.stderr
    checked = run_cli("--db", str(db_path), "check")
    assert checked.returncode == 0 and checked.stdout.strip() == "Không phát hiện vấn đề nào.", checked.stdout
    report = run_cli(
        "--db", str(db_path), "report", "--from", "2026-11-20", "--to", "2026-11-20", "--format", "json", "-o", "-"
    )
    assert report.returncode == 0, report.stderr
    assert json.loads(report.stdout)["period"]["seconds"] == 0  # three hours of "airtime" added nothing
