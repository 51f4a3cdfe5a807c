"""A second instance on the same database: the real window holds the station; nobody else may play."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.backup import create_backup
from app.instance_lock import ROLE_GUI, StationLock
from app.paths import StationPaths
from tests.conftest import run_cli
from tests.faults.conftest import T0, log_rows, make_station
from tests.ui.dialogs import DialogAnswerer
from ui.station_opener import open_station_interactively

ROOT = Path(__file__).resolve().parents[2]


def _wait_for_holder(paths: StationPaths, process: subprocess.Popen, timeout: float = 30.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        holder = StationLock.current_holder(paths)
        if holder is not None:
            return holder
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the first instance ended early ({process.returncode}): {err}")
        time.sleep(0.1)
    pytest.fail("the first instance never took the station")


@pytest.fixture
def running_window(db_path):
    """The real program's window (offscreen), started as its own process."""
    make_station(db_path, airings=2)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.entry", "--db", str(db_path)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        if process.poll() is None:
            process.kill()
        process.communicate(timeout=10)


def test_window_holds_the_station_second_instances_are_refused_and_sigkill_frees_it(qtbot, db_path, running_window):
    paths = StationPaths.for_database(db_path)
    holder = _wait_for_holder(paths, running_window)
    assert holder.role == ROLE_GUI and holder.pid == running_window.pid
    rows = log_rows(db_path)
    backup = create_backup(paths, T0)

    # A second window: told who holds the station, offered a view that cannot write.
    answers = DialogAnswerer("Mở chỉ để xem")
    opened = open_station_interactively(db_path)
    answers.stop()
    try:
        assert answers.seen[0].startswith("Đài đang được phát bởi một cửa sổ khác của phần mềm trên máy này (mở từ ")
        assert opened.station.read_only and opened.lock is None
    finally:
        opened.close()

    # Restoring under a running window is refused the same way, in one line.
    restore = run_cli("--db", str(db_path), "restore", str(backup))
    assert restore.returncode == 6
    assert restore.stderr.strip().splitlines() == [restore.stderr.strip()]
    assert "một cửa sổ khác của phần mềm trên máy này (mở từ " in restore.stderr
    assert not [p for p in db_path.parent.iterdir() if "truoc-khoi-phuc" in p.name]

    # SIGKILL: no clean-up runs, yet the station is free at once (no stale lock), and no row was lost.
    running_window.send_signal(signal.SIGKILL)
    running_window.wait(10)
    assert StationLock.current_holder(paths) is None
    StationLock.acquire(paths, ROLE_GUI).release()
    assert log_rows(db_path)[: len(rows)] == rows


def test_headless_playout_does_not_play_while_the_window_holds_the_station(db_path, running_window):
    paths = StationPaths.for_database(db_path)
    _wait_for_holder(paths, running_window)
    rows = log_rows(db_path)
    result = run_cli("--db", str(db_path), "playout", "--for", "3", timeout=60)
    assert result.returncode == 6, result.stdout + result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith("Lỗi: Đài đang được phát bởi một cửa sổ khác của phần mềm")
    assert "tiến trình" not in result.stderr  # what holds the station, not its process id
    assert log_rows(db_path) == rows


def test_window_names_a_running_headless_playout(qtbot, db_path):
    make_station(db_path, airings=1)
    paths = StationPaths.for_database(db_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.entry", "--db", str(db_path), "playout", "--for", "30"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        seen = []
        while not (seen and seen[-1].startswith("Phát sóng tự động")):  # its banner: the player is running
            seen.append(process.stderr.readline())
            assert seen[-1], "".join(seen)
        holder = StationLock.current_holder(paths)
        assert holder is not None and holder.role == "headless" and holder.pid == process.pid
        # Issue 12: the window opens onto this computer's headless station without a question, never a second
        # player (tests/ui/test_manual_controls_background.py shows it on air).
        answers = DialogAnswerer()
        opened = open_station_interactively(db_path)
        answers.stop()
        try:
            assert opened.lock is None and opened.background.pid == process.pid
            assert opened.background.describe().startswith(
                "phần mềm đang phát nền (không có cửa sổ) trên máy này (mở từ "
            )
        finally:
            opened.close()
    finally:
        process.kill()
        process.communicate(timeout=10)
