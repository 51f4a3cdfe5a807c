"""The real program opens its window on an X display (Xvfb) and stays up."""

import shutil
import signal
import subprocess
import sys
import time

from tests.conftest import TESTS_DIR


def test_window_opens_under_xvfb_and_stays_up(tmp_path):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "xvfb-run is missing: tools/setup-env --test installs it"
    db = tmp_path / "dai.db"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "QT_QPA_PLATFORM": "xcb", "LANG": "C.UTF-8"}
    process = subprocess.Popen(
        [xvfb_run, "-a", "-s", "-screen 0 1280x800x24", sys.executable, "-m", "ui.entry", "--db", str(db)],
        cwd=TESTS_DIR.parent,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        log = tmp_path / "dai-files" / "logs" / "truyenthanh.log"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (log.exists() and "main window shown" in log.read_text()):
            assert process.poll() is None, process.communicate()[1][-2000:]
            time.sleep(0.2)
        assert "main window shown" in log.read_text()
        time.sleep(3)
        assert process.poll() is None, "the window closed by itself"
    finally:
        import os

        os.killpg(process.pid, signal.SIGTERM)
        process.communicate(timeout=30)
    assert db.exists()
