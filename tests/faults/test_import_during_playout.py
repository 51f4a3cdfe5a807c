"""A 200,000-row `log import` in another process while `truyenthanh playout` plays: every airing goes out
on its second (heard at the null sink) and is logged on its second, straight into the database (the import
never holds the write lock long enough to send a record to the journal), and the import is whole."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import timedelta

import pytest

from app import schedule_store
from app.database import connect_read_only
from app.log import airings
from app.station import Station
from app.station_time import parse_timestamp
from tests.audio_fixtures import add_segment
from tests.broadcast_rules import allow_any_hour
from tests.conftest import TESTS_DIR, run_cli
from tests.log_files import cached_paper_log
from tests.playout_process import Playout
from tests.ui.test_playout_sound import epoch, next_second

pytestmark = pytest.mark.sound

ROWS = 200_000
AIRINGS = 4
SPACING_S = 2


def batch_state(db_path) -> tuple | None:
    conn = connect_read_only(db_path)
    try:
        return conn.execute("SELECT state, rows_done, started_at, finished_at FROM import_batches").fetchone()
    except sqlite3.OperationalError:
        return None
    finally:
        conn.close()


def test_a_big_import_never_keeps_an_airing_from_its_second(pulse_sink, tmp_path):
    paper = cached_paper_log(ROWS)
    db_path = tmp_path / "dai.db"
    station = Station.open(db_path)
    allow_any_hour(station)
    segments = [
        add_segment(station.db, station.paths.data_dir, title=f"Bản tin {n + 1}", seconds=1.0, frequency=440 + 110 * n)
        for n in range(AIRINGS)
    ]
    station.close()

    with pulse_sink.record() as recorder:
        playout = Playout(db_path)
        playout.wait_started()
        importing = subprocess.Popen(
            [sys.executable, "-m", "ui.entry", "--db", str(db_path), "log", "import", str(paper)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=TESTS_DIR.parent,
        )
        # The file is read and checked first; the rows go into the log after the commit point.
        deadline = time.monotonic() + 120
        while (batch_state(db_path) or ("",))[0] != "appending":
            assert importing.poll() is None and time.monotonic() < deadline, importing.communicate()
            time.sleep(0.02)
        station = Station.open(db_path)  # the operator adds items meanwhile: short writes too
        first = next_second(1.0)
        planned = [first + timedelta(seconds=SPACING_S * n) for n in range(AIRINGS)]
        items = [schedule_store.add_one_off(station.db, seg, at) for seg, at in zip(segments, planned, strict=True)]
        station.close()
        for _ in range(AIRINGS):
            playout.wait_for("KẾT THÚC", timeout=30)
        out, err = importing.communicate(timeout=180)
        playout.finish()
        recording = recorder.stop()

    assert importing.returncode == 0, err
    assert out.startswith(f"Đã nhập {ROWS} dòng từ {paper.name}")
    state, done, began, finished = batch_state(db_path)
    assert (state, done) == ("done", ROWS)
    assert not [line for line in playout.seen if line.startswith("NHẬT KÝ")], playout.seen  # journal not needed

    spans = recording.spans()
    assert len(spans) == AIRINGS, spans
    for sound, at in zip(spans, planned, strict=True):
        assert abs(sound.start - epoch(at)) <= 0.5, (sound, at)
    station = Station.open(db_path, read_only=True)
    try:
        rows = list(station.db.query("SELECT * FROM airings WHERE source = 'app' ORDER BY id"))
        imported = station.db.execute("SELECT count(*) FROM airings WHERE source = 'imported'").fetchone()[0]
    finally:
        station.close()
    assert imported == ROWS
    assert [(r["schedule_item_id"], r["status"]) for r in rows] == [(item, "completed") for item in items]
    for row, at, sound in zip(rows, planned, spans, strict=True):
        assert parse_timestamp(row["started_at"]) == at  # logged on its second
        assert row["duration_s"] == pytest.approx(sound.length, abs=0.3)
        assert airings.JOURNAL_NOTE not in row["note"]
    during = [row for row in rows if row["started_at"] < finished]
    print(f"import appended {began} .. {finished}; {len(during)} of {AIRINGS} airings started meanwhile")
    assert len(during) >= AIRINGS - 1, (began, finished, [r["started_at"] for r in rows])

    verified = run_cli("--db", str(db_path), "log", "verify", timeout=300)
    assert verified.returncode == 0 and f"đã kiểm tra {ROWS + AIRINGS} dòng" in verified.stdout, verified.stderr
    checked = run_cli("--db", str(db_path), "check", timeout=300)
    assert checked.returncode == 0, checked.stdout
