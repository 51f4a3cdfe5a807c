"""Fixtures shared by every test package: a real station database in a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest_plugins = ["tests.pulse_sink", "tests.modal_watchdog"]

# Widgets render offscreen unless a test starts its own display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TESTS_DIR = Path(__file__).parent
DATA_DIR = TESTS_DIR / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    folder = tmp_path / "station"
    folder.mkdir()  # `--db` refuses a database whose folder does not exist
    return folder / "truyenthanh.db"


@pytest.fixture
def station(db_path: Path):
    from app.station import Station

    opened = Station.open(db_path)
    yield opened
    opened.close()


def run_cli(
    *args: str,
    data_dir: Path | None = None,
    input: str | None = None,
    timeout: float = 120,
    env: dict[str, str] | None = None,
):
    """Run the real `truyenthanh` program in a subprocess; returns CompletedProcess with text output."""
    import subprocess
    import sys

    full_env = {**os.environ, **(env or {})}
    if data_dir is not None:
        full_env["TRUYENTHANH_DATA_DIR"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "ui.entry", *args],
        capture_output=True,
        text=True,
        input=input,
        timeout=timeout,
        env=full_env,
        cwd=TESTS_DIR.parent,
    )
