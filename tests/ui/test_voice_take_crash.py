"""A crash in the middle of a live reading: the process recording it (the real prompter, the test microphone of
tests/pulse_sink.py) is killed with SIGKILL while the operator reads. The next start (the headless `playout`)
keeps the take with its airing exactly as a normal end would, and says so once; the log stays intact."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time
import wave
from datetime import datetime

import pytest

from app.live_take_recovery import in_progress_dir, orphan_takes
from app.log.verify import inspect_log
from app.station import Station
from app.voice_recording import TAKE_RATE, find_airing_recording
from audio.content_store import file_sha256
from tests.conftest import TESTS_DIR, run_cli
from tests.ui.playout_fakes import PlayoutRig
from tests.voice_fixtures import integrated_loudness, spoken_wav

pytestmark = pytest.mark.sound


class Child:
    def __init__(self, db) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.ui.live_take_child", str(db)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=TESTS_DIR.parent,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.seconds = 0.0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            if line.startswith("seconds "):
                self.seconds = float(line.split()[1])
            else:
                self.lines.put(line.strip())

    def wait_for(self, prefix: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = self.lines.get(timeout=0.1)
            except queue.Empty:
                assert self.process.poll() is None, self.process.stderr.read()[-2000:]
                continue
            if line.startswith(prefix):
                return line
        raise AssertionError(f"no “{prefix}” from the child in {timeout} s")

    def wait_seconds(self, at_least: float, timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while self.seconds < at_least:
            assert time.monotonic() < deadline, f"the take holds {self.seconds} s"
            time.sleep(0.05)

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


def test_a_reading_killed_mid_way_is_kept_with_its_airing_on_the_next_start(pulse_sink, tmp_path):
    db = tmp_path / "dai.db"
    Station.open(db).close()
    wav, voice_s = spoken_wav()
    child = Child(db)
    try:
        airing_id = int(child.wait_for("airing").split()[1])
        child.wait_for("flowing")
        child.wait_seconds(0.3)
        player = pulse_sink.speak_into_mic(wav)
        player.wait(timeout=30)
        assert player.returncode == 0, player.stderr.read()
        time.sleep(0.9)  # the server's and Qt's buffers: the tail reaches the take
        spoken_before_kill = child.seconds
        child.kill()
    finally:
        child.kill()
    assert child.process.returncode == -signal.SIGKILL
    take = in_progress_dir(db.parent / "dai-files") / f"{airing_id}.wav"
    assert take.is_file()  # left by the killed process

    restarted = run_cli("--db", str(db), "playout", "--for", "1", timeout=90)
    assert restarted.returncode == 0, restarted.stderr
    told = [line for line in restarted.stderr.splitlines() if "Bản ghi đọc trực tiếp" in line]
    assert told == [
        f"Bản ghi đọc trực tiếp của lượt số {airing_id} đã được khôi phục và lưu cùng nhật ký sau khi phần mềm "
        "bị tắt đột ngột."
    ], restarted.stderr
    assert not take.exists()

    station = Station.open(db)
    try:
        kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
        assert kept is not None and kept.path.is_file()
        assert kept.sha256 == file_sha256(kept.path)
        # Everything heard before the kill, within what the last moments' buffers hold.
        assert kept.duration_s >= spoken_before_kill - 0.25
        assert kept.duration_s >= voice_s
        assert integrated_loudness(kept.path) > -50  # the voice is in it
        row = station.db.table("airings").get(airing_id)
        assert (row["trigger"], row["status"]) == ("live", "interrupted")  # sealed by the crash recovery
        assert inspect_log(station.db, paths=station.paths).intact
        assert orphan_takes(station) == []  # told once: nothing left for the next start
    finally:
        station.close()

    again = run_cli("--db", str(db), "playout", "--for", "0.5", timeout=90)
    assert again.returncode == 0 and "Bản ghi đọc trực tiếp" not in again.stderr, again.stderr


def test_a_take_with_no_airing_or_no_sound_is_removed(station, caplog):
    rig = PlayoutRig(station, datetime(2025, 3, 17, 7, 0))
    rig.start()
    try:
        airing_id = rig.driver.act(rig.engine.start_live, "Đọc thử", "")
    finally:
        rig.stop()
    folder = in_progress_dir(station.paths.data_dir)
    folder.mkdir(parents=True)
    with wave.open(str(folder / f"{airing_id + 1}.wav"), "wb") as no_airing:
        no_airing.setnchannels(1)
        no_airing.setsampwidth(2)
        no_airing.setframerate(TAKE_RATE)
        no_airing.writeframes(b"\x01\x00" * TAKE_RATE)
    (folder / f"{airing_id}.wav").write_bytes(b"RIFF")  # killed before its header was written
    with caplog.at_level("WARNING", logger="app.live_take_recovery"):
        assert orphan_takes(station) == []
    assert list(folder.iterdir()) == []
    assert f"airing {airing_id + 1} is not in the log" in caplog.text
    assert f"the take of airing {airing_id} is empty" in caplog.text
    assert station.db["airing_recordings"].count == 0


def crashed_live_take(station):
    """A live reading the log has (sealed when its playout stopped) and its take in the in-progress folder, as a
    crash leaves them: (airing id, take path, seconds of voice in it)."""
    rig = PlayoutRig(station, datetime(2025, 3, 17, 7, 0))
    rig.start()
    try:
        airing_id = rig.driver.act(rig.engine.start_live, "Đọc thử", "")
    finally:
        rig.stop()
    wav, voice_s = spoken_wav()
    take = in_progress_dir(station.paths.data_dir) / f"{airing_id}.wav"
    take.parent.mkdir(parents=True)
    take.write_bytes(wav.read_bytes())
    return airing_id, take, voice_s


def test_the_window_keeps_a_take_left_by_a_crash_on_a_worker_and_says_so_once(station, qtbot):
    """The window's side (ui/live_take_restore.py, called when the window starts playing): the take is encoded
    off the window's thread and the line goes into Phát sóng's list of events."""
    from ui.live_take_restore import restore_live_takes
    from ui.tasks import TaskRunner

    airing_id, take, voice_s = crashed_live_take(station)
    row_before = dict(station.db.table("airings").get(airing_id))
    told: list[str] = []
    runner = TaskRunner()
    assert restore_live_takes(station, runner, told.append) == 1
    qtbot.waitUntil(lambda: len(told) == 1, timeout=30_000)
    assert told == [
        f"Bản ghi đọc trực tiếp của lượt số {airing_id} đã được khôi phục và lưu cùng nhật ký sau khi phần mềm "
        "bị tắt đột ngột."
    ]
    kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
    assert kept is not None and kept.sha256 == file_sha256(kept.path) and kept.duration_s >= voice_s
    assert dict(station.db.table("airings").get(airing_id)) == row_before  # the airing row is never touched
    assert not take.exists()
    assert restore_live_takes(station, runner, told.append) == 0 and len(told) == 1


def test_the_window_that_starts_playing_keeps_the_take_and_says_so_in_phat_song(pulse_sink, station, qtbot):
    from ui.main_window import MainWindow

    airing_id, take, voice_s = crashed_live_take(station)
    window = MainWindow(station)
    qtbot.addWidget(window)
    try:
        said = f"Bản ghi đọc trực tiếp của lượt số {airing_id} đã được khôi phục"
        qtbot.waitUntil(lambda: any(said in text for text in window.on_air_page.event_texts()), timeout=30_000)
        kept = find_airing_recording(station.db, station.paths.data_dir, airing_id)
        assert kept is not None and kept.duration_s >= voice_s and not take.exists()
        assert sum(said in text for text in window.on_air_page.event_texts()) == 1
    finally:
        window.shutdown()
