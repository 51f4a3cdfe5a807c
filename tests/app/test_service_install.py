"""`truyenthanh service install|remove|status` in a temporary HOME: the real command line in a child process,
the entry checked by the tools that read it (systemd-analyze, desktop-file-validate), then removed."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.instance_lock import ROLE_HEADLESS, StationLock
from app.paths import StationPaths

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def home(tmp_path):
    folder = tmp_path / "nhà người dùng"
    folder.mkdir()
    return folder


def cli(home: Path, database: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(HOME=str(home), PYTHONPATH=str(ROOT))
    return subprocess.run(
        [sys.executable, "-m", "ui.entry", "--db", str(database), "service", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} missing: tools/setup-env --test installs it"
    return found


def test_systemd_unit_installed_valid_running_and_removed(home, tmp_path):
    database = tmp_path / "Dữ liệu đài 100%" / "truyenthanh.db"
    database.parent.mkdir()  # --db must name a file in a folder that exists
    unit = home / ".config" / "systemd" / "user" / "truyenthanh.service"
    link = home / ".config" / "systemd" / "user" / "default.target.wants" / "truyenthanh.service"

    before = cli(home, database, "status", "--kind", "systemd")
    assert before.returncode == 0, before.stderr
    assert before.stdout.splitlines() == ["Chưa cài khởi động cùng máy tính.", "Phát nền không chạy."]

    done = cli(home, database, "install", "--kind", "systemd")
    assert done.returncode == 0, done.stderr
    assert unit.is_file() and link.is_symlink() and link.resolve() == unit.resolve()
    assert f"Đã cài khởi động cùng máy tính (dịch vụ systemd của người dùng): {unit}" in done.stdout
    text = unit.read_text("utf-8")
    exec_line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    # systemd unquotes like a shell here, and %% is one percent sign.
    argv = shlex.split(exec_line.removeprefix("ExecStart=").replace("%%", "%"))
    assert argv == [sys.executable, "-m", "ui.entry", "--db", str(database.resolve()), "playout"]
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    verify = subprocess.run(
        [tool("systemd-analyze"), "verify", "--user", str(unit)],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(home), "XDG_RUNTIME_DIR": str(runtime)},
        timeout=60,
    )
    assert verify.returncode == 0 and verify.stderr.strip() == "", verify.stderr

    # The headless station holds the lock: status says it is running.
    with StationLock.acquire(StationPaths.for_database(database), ROLE_HEADLESS):
        running = cli(home, database, "status", "--kind", "systemd")
    assert running.returncode == 0, running.stderr
    assert f"Đài đang phát nền (tiến trình {os.getpid()}, từ " in running.stdout

    removed = cli(home, database, "remove", "--kind", "systemd")
    assert removed.returncode == 0, removed.stderr
    assert not unit.exists() and not link.is_symlink()
    assert removed.stdout.splitlines()[-2:] == ["Chưa cài khởi động cùng máy tính.", "Phát nền không chạy."]


def test_xdg_autostart_entry_where_systemd_is_absent(home, tmp_path):
    database = tmp_path / 'đài $HOME `x` "q"' / "truyenthanh.db"
    database.parent.mkdir()
    entry = home / ".config" / "autostart" / "truyenthanh.desktop"
    done = cli(home, database, "install", "--kind", "autostart")
    assert done.returncode == 0, done.stderr
    assert entry.is_file()
    check = subprocess.run([tool("desktop-file-validate"), str(entry)], capture_output=True, text=True, timeout=60)
    assert check.returncode == 0 and check.stdout.strip() == "", check.stdout + check.stderr
    exec_line = next(line for line in entry.read_text("utf-8").splitlines() if line.startswith("Exec="))
    # The string escape rule first (\\ is one backslash), then the Exec quoting rule, as a launcher reads it.
    value = exec_line.removeprefix("Exec=").replace("\\\\", "\\").replace("%%", "%")
    assert desktop_exec_args(value) == [sys.executable, "-m", "ui.entry", "--db", str(database.resolve()), "playout"]
    removed = cli(home, database, "remove", "--kind", "autostart")
    assert removed.returncode == 0, removed.stderr
    assert not entry.exists()


def desktop_exec_args(value: str) -> list[str]:
    """The desktop entry spec's Exec rule: arguments apart by spaces; in double quotes, a backslash before
    one of `"`, `` ` ``, `$`, `\\` stands for that character."""
    args, current, quoted, escaped, started = [], [], False, False, False
    for char in value:
        if escaped:
            assert char in '"`$\\', f"bad escape \\{char}"
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char == " " and not quoted:
            if started or current:
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
    assert not quoted and not escaped
    if started or current:
        args.append("".join(current))
    return args


def test_a_kind_of_another_platform_is_one_line_and_non_zero(home, tmp_path):
    result = cli(home, tmp_path / "truyenthanh.db", "install", "--kind", "windows")
    assert result.returncode != 0
    assert result.stderr.strip().splitlines() == [
        "Lỗi: Kiểu khởi động “windows” không dùng được trên hệ điều hành này."
    ]
    assert not (home / ".config").exists()
