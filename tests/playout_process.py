"""`truyenthanh playout` in a subprocess, its stdout lines collected as they come (crash and fault tests)."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
import time

from tests.conftest import TESTS_DIR


class Playout:
    def __init__(self, db_path, *extra: str, heartbeat_s: float = 1.0) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "ui.entry",
                "--db",
                str(db_path),
                "playout",
                "--heartbeat",
                str(heartbeat_s),
                *extra,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=TESTS_DIR.parent,
            env=dict(os.environ),
        )
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        self.seen: list[str] = []
        self.errors: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()
        threading.Thread(target=self._read_errors, daemon=True).start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put((time.time(), line.rstrip("\n")))

    def _read_errors(self) -> None:
        for line in self.process.stderr:
            self.errors.append(line.rstrip("\n"))

    def wait_for(self, text: str, timeout: float) -> float:
        """Wall-clock time the first (not yet seen) line containing `text` arrived."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                arrived, line = self.lines.get(timeout=0.1)
            except queue.Empty:
                if self.process.poll() is not None and self.lines.empty():
                    break
                continue
            self.seen.append(line)
            if text in line:
                return arrived
        raise AssertionError(f"no line with {text!r} in {self.seen}; stderr: {self._stderr()}")

    def wait_started(self, timeout: float = 20) -> None:
        """Until the engine runs (its start line on stderr)."""
        deadline = time.monotonic() + timeout
        while not any("Phát sóng tự động" in line for line in self.errors):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"playout did not start: {self.errors}")
            time.sleep(0.05)

    def drain(self) -> list[str]:
        while True:
            try:
                self.seen.append(self.lines.get_nowait()[1])
            except queue.Empty:
                return self.seen

    def _stderr(self) -> str:
        if self.process.poll() is None:
            return "(still running) " + " | ".join(self.errors[-5:])
        time.sleep(0.2)
        return " | ".join(self.errors[-10:])

    def kill(self) -> float:
        self.process.send_signal(signal.SIGKILL)
        killed = time.time()
        self.process.wait(timeout=10)
        return killed

    def finish(self) -> None:
        self.process.send_signal(signal.SIGTERM)
        self.process.wait(timeout=15)
        time.sleep(0.1)
        self.drain()
