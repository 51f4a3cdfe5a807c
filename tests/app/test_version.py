"""`truyenthanh --version` prints the version the package was installed with."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parents[2]


def test_version_prints_the_package_version_and_exits_zero(tmp_path):
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    done = run_cli("--version", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"truyenthanh {expected}"
    assert not any(tmp_path.iterdir())  # asking the version opens no station


def test_version_comes_first_whatever_follows(tmp_path):
    done = run_cli("--version", "log", "verify", data_dir=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("truyenthanh ")
