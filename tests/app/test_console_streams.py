"""Vietnamese output through a pipe whatever the locale says, and no false warning about ffmpeg.

Windows hands a redirected stdout its ANSI code page (cp1252); the nearest thing on Linux is the C locale with
Python's own UTF-8 coercion turned off, which gives ASCII: both crashed on the first "Lỗi".
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import TESTS_DIR

ROOT = TESTS_DIR.parent


def _ascii_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "PYTHONIO", "PYTHONUTF8"))}
    env.update(LANG="C", LC_ALL="C", PYTHONCOERCECLOCALE="0", PYTHONUTF8="0", TRUYENTHANH_DATA_DIR=str(tmp_path))
    env.update(extra)
    return env


def _run(args: list[str], env: dict[str, str], python_flags: tuple[str, ...] = ()) -> subprocess.CompletedProcess:
    """The real program, its output captured as bytes through pipes."""
    return subprocess.run(
        [sys.executable, *python_flags, "-m", "ui.entry", *args],
        capture_output=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


def test_the_environment_really_is_ascii(tmp_path):
    """Guards the tests below: without our fix this interpreter would write ASCII to the pipe."""
    probe = subprocess.run(
        [sys.executable, "-c", "import sys; print(sys.stdout.encoding, sys.stderr.encoding)"],
        capture_output=True,
        text=True,
        env=_ascii_env(tmp_path),
    )
    assert "utf" not in probe.stdout.lower(), probe.stdout


def test_help_is_utf8_through_a_pipe(tmp_path):
    result = _run(["--help"], _ascii_env(tmp_path))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # strict: the bytes are UTF-8
    assert "Phần mềm Đài truyền thanh phường" in text
    assert result.stderr == b""


def test_error_line_is_utf8_through_a_pipe(tmp_path):
    result = _run(["khong-co-lenh-nay"], _ascii_env(tmp_path))
    assert result.returncode == 2
    line = result.stderr.decode("utf-8").strip()
    assert len(line.splitlines()) == 1
    assert "lỗi" in line


def test_success_lines_are_utf8_through_a_pipe(tmp_path):
    result = _run(["info"], _ascii_env(tmp_path))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Đài: Đài Truyền thanh phường Bạch Sam" in result.stdout.decode("utf-8")
    normalized = subprocess.run(
        [sys.executable, "-m", "ui.entry", "normalize", "-"],
        input="Lúc 5h30 UBND phường họp".encode(),
        capture_output=True,
        env=_ascii_env(tmp_path),
        cwd=ROOT,
        timeout=120,
    )
    assert normalized.returncode == 0, normalized.stderr.decode("utf-8", "replace")
    assert "năm giờ ba mươi" in normalized.stdout.decode("utf-8")


def _path_without_ffmpeg(tmp_path: Path) -> str:
    """Only the interpreter's folder: no program named ffmpeg anywhere, as on a Windows PC."""
    folder = Path(sys.executable).parent
    assert not (folder / "ffmpeg").exists()
    return str(folder)


def test_no_ffmpeg_warning_when_ffmpeg_is_not_on_path(tmp_path):
    """imageio-ffmpeg's binary is used; pydub must not warn that it found no ffmpeg, and any RuntimeWarning
    raised as an error (-W error::RuntimeWarning) would stop the command."""
    env = _ascii_env(tmp_path, PATH=_path_without_ffmpeg(tmp_path))
    for args in (["info"], ["normalize", "-"]):
        result = subprocess.run(
            [sys.executable, "-W", "error::RuntimeWarning", "-m", "ui.entry", *args],
            capture_output=True,
            input=b"x",
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
        assert result.stderr == b"", result.stderr.decode("utf-8", "replace")


def test_offline_speech_uses_imageio_ffmpeg_without_a_warning(tmp_path):
    text = tmp_path / "tin.txt"
    text.write_text("Đài truyền thanh phường xin thông báo.", encoding="utf-8")
    out = tmp_path / "tin.mp3"
    env = _ascii_env(tmp_path, PATH=_path_without_ffmpeg(tmp_path))
    result = _run(["tts", str(text), "-o", str(out), "--engine", "offline"], env, ("-W", "error::RuntimeWarning"))
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    assert "Couldn't find" not in result.stderr.decode("utf-8")
    assert out.stat().st_size > 1000
    probe = subprocess.run(
        [sys.executable, "-c", "import audio.ffmpeg_tools as f, sys; print(f.ffmpeg_path())"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
    )
    assert "imageio_ffmpeg" in probe.stdout, probe.stdout + probe.stderr
