"""The watchdog of tests/modal_watchdog.py, caused for real: a pytest run whose test opens an error box that
nobody answers ends, fails, and says what the box said, instead of hanging."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).parent.parent

UNANSWERED = """
import tests.modal_watchdog as watchdog


def test_an_error_box_nobody_answers(qtbot, monkeypatch):
    monkeypatch.setattr(watchdog, "PATIENCE_S", 1.0)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(None, "Có lỗi", "Không mở được micrô “USB Audio”.")
"""


def test_an_unanswered_dialog_fails_its_test_with_its_text(tmp_path):
    test_file = tmp_path / "test_unanswered.py"
    test_file.write_text(UNANSWERED, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.modal_watchdog", "-p", "no:cacheprovider", "-q", str(test_file)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=PROJECT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 1, run.stdout + run.stderr
    assert "a dialog nobody answered was closed: QMessageBox “Có lỗi” open 1 s" in run.stdout
    assert "Không mở được micrô “USB Audio”." in run.stdout
