import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.errors import StationBusy
from app.instance_lock import ROLE_GUI, ROLE_HEADLESS, LockHolder, StationLock, busy_message, lock_path
from app.paths import StationPaths

ROOT = Path(__file__).resolve().parents[2]
HOLDER = """
import sys, time
from app.instance_lock import StationLock
from app.paths import StationPaths
lock = StationLock.acquire(StationPaths.for_database(sys.argv[1]), sys.argv[2])
print("held", flush=True)
time.sleep(60)
"""


def _paths(tmp_path: Path) -> StationPaths:
    return StationPaths.for_database(tmp_path / "truyenthanh.db")


def _start_holder(paths: StationPaths, role: str) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(paths.database), role], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "held"
    return process


def test_lock_file_beside_the_database_says_who_holds_it(tmp_path):
    paths = _paths(tmp_path)
    with StationLock.acquire(paths, ROLE_GUI) as lock:
        assert lock_path(paths) == tmp_path / "truyenthanh.db.lock"
        data = json.loads(lock_path(paths).read_text(encoding="utf-8"))
        assert data["pid"] == os.getpid() and data["role"] == "GUI"
        assert data["hostname"] == socket.gethostname() and len(data["started_at"]) == 19
        assert StationLock.current_holder(paths) == lock.holder
    assert StationLock.current_holder(paths) is None


def test_second_lock_in_the_same_process_is_refused(tmp_path):
    paths = _paths(tmp_path)
    first = StationLock.acquire(paths, ROLE_GUI)
    try:
        with pytest.raises(StationBusy, match="một cửa sổ khác của phần mềm trên máy này \\(mở từ "):
            StationLock.acquire(paths, ROLE_HEADLESS)
    finally:
        first.release()
    StationLock.acquire(paths, ROLE_HEADLESS).release()


def test_another_process_is_named_and_its_death_frees_the_station(tmp_path):
    paths = _paths(tmp_path)
    holder = _start_holder(paths, ROLE_HEADLESS)
    try:
        with pytest.raises(StationBusy) as busy:
            StationLock.acquire(paths, ROLE_GUI)
        message = str(busy.value)
        assert message.startswith("Đài đang được phát bởi phần mềm đang phát nền")
        assert "(mở từ " in message and "tiến trình" not in message
        assert busy.value.exit_code == 6
        assert StationLock.current_holder(paths).pid == holder.pid
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    # SIGKILL gives no chance to clean up: the operating system released the lock anyway.
    assert lock_path(paths).exists()
    assert StationLock.current_holder(paths) is None
    StationLock.acquire(paths, ROLE_GUI).release()


def test_holder_description_names_other_machine_and_day():
    holder = LockHolder("MAY-DAI-2", 4321, "GUI", "2026-11-19 06:00:00")
    from datetime import datetime

    text = holder.describe(today=datetime(2026, 11, 20, 9, 0))
    assert text == "một cửa sổ khác của phần mềm trên máy MAY-DAI-2 (mở từ 06:00 ngày 19/11/2026)"
    same_day = holder.describe(today=datetime(2026, 11, 19, 9, 0))
    assert same_day.endswith("(mở từ 06:00)")
    assert "một chương trình khác" in busy_message(None)


def test_unreadable_holder_still_refuses(tmp_path):
    paths = _paths(tmp_path)
    lock = StationLock.acquire(paths, ROLE_GUI)
    try:
        lock_path(paths).write_text("{hỏng", encoding="utf-8")
        started = time.monotonic()
        with pytest.raises(StationBusy, match="một chương trình khác"):
            StationLock.acquire(paths, ROLE_GUI)
        assert time.monotonic() - started < 3
    finally:
        lock.release()
