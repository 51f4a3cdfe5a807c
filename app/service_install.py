"""Start with the computer: an entry the operating system runs at login that starts `truyenthanh playout`.

- Linux with systemd: a user unit `~/.config/systemd/user/truyenthanh.service`, enabled the way
  `systemctl --user enable` does it (a link in default.target.wants), so it needs no session bus to install.
- Linux without systemd: an XDG autostart entry `~/.config/autostart/truyenthanh.desktop`.
- Windows: a script in the user's Startup folder that starts the program without a console window. It is a
  UTF-16 VBScript because a batch file cannot spell a Vietnamese folder name in the console's code page.

The entry names the station's database explicitly, so the headless station plays the same station the
window shows. Whether it is running is read from the station lock (app/instance_lock.py): the headless
player holds it with role `headless`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from app.errors import InputError, StorageError
from app.file_replace import atomic_write
from app.instance_lock import ROLE_HEADLESS, LockHolder, StationLock
from app.messages import msg
from app.paths import StationPaths

SYSTEMD = "systemd"
AUTOSTART = "autostart"
WINDOWS = "windows"
KINDS = (SYSTEMD, AUTOSTART, WINDOWS)
UNIT_NAME = "truyenthanh.service"
DESKTOP_NAME = "truyenthanh.desktop"
WINDOWS_NAME = "Truyen Thanh Phuong.vbs"
TITLE = "Truyền Thanh Phường — phát sóng tự động"


@dataclass(frozen=True)
class ServiceStatus:
    kind: str
    entry: Path
    installed: bool
    holder: LockHolder | None  # who holds the station now (None: nobody plays)

    @property
    def running(self) -> bool:
        return self.holder is not None and self.holder.role == ROLE_HEADLESS

    def describe(self) -> str:
        """What `service status` prints: installed or not, running or not."""
        if self.installed:
            lines = [f"Đã cài khởi động cùng máy tính ({_kind_label(self.kind)}): {self.entry}"]
        else:
            lines = ["Chưa cài khởi động cùng máy tính."]
        if self.running and self.holder is not None:
            lines.append(f"Đài đang phát nền (tiến trình {self.holder.pid}, từ {self.holder.started_at}).")
        elif self.holder is not None:
            lines.append(f"Đài đang được phát bởi {self.holder.describe()}; phát nền không chạy.")
        else:
            lines.append("Phát nền không chạy.")
        return "\n".join(lines)


def _kind_label(kind: str) -> str:
    return {
        SYSTEMD: "dịch vụ systemd của người dùng",
        AUTOSTART: "mục tự khởi động XDG",
        WINDOWS: "thư mục Startup của Windows",
    }[kind]


def default_kind() -> str:
    if sys.platform == "win32":
        return WINDOWS
    # sd_booted(): systemd is the init system when this folder exists.
    if Path("/run/systemd/system").is_dir() and shutil.which("systemctl"):
        return SYSTEMD
    return AUTOSTART


def _check_kind(kind: str | None) -> str:
    kind = kind or default_kind()
    if kind not in KINDS:
        raise InputError(
            msg("Kiểu khởi động “{kind}” không có; chọn một trong: {kinds}.", kind=kind, kinds=", ".join(KINDS))
        )
    if (kind == WINDOWS) != (sys.platform == "win32"):
        raise InputError(msg("Kiểu khởi động “{kind}” không dùng được trên hệ điều hành này.", kind=kind))
    return kind


def _config_home() -> Path:
    configured = os.environ.get("XDG_CONFIG_HOME")
    return Path(configured) if configured and Path(configured).is_absolute() else Path.home() / ".config"


def entry_path(kind: str) -> Path:
    if kind == SYSTEMD:
        return _config_home() / "systemd" / "user" / UNIT_NAME
    if kind == AUTOSTART:
        return _config_home() / "autostart" / DESKTOP_NAME
    appdata = os.environ.get("APPDATA")
    if not appdata:
        raise StorageError(msg("Không tìm thấy thư mục APPDATA của người dùng Windows."))
    return Path(appdata) / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Startup" / WINDOWS_NAME


def _wants_link(kind: str) -> Path | None:
    if kind != SYSTEMD:
        return None
    return _config_home() / "systemd" / "user" / "default.target.wants" / UNIT_NAME


def program() -> list[str]:
    """The command that starts this installation of the program (frozen build, or Python and its module)."""
    executable = Path(sys.executable)
    if getattr(sys, "frozen", False):
        windowed = executable.with_name("truyenthanh.exe")  # the installed build's window program: no console
        return [str(windowed if sys.platform == "win32" and windowed.is_file() else executable)]
    if sys.platform == "win32":
        windowless = executable.with_name("pythonw.exe")  # no console window at logon
        if windowless.is_file():
            executable = windowless
    return [str(executable), "-m", "ui.entry"]


def command(paths: StationPaths) -> list[str]:
    return [*program(), "--db", str(paths.database), "playout"]


# --- the entries' text ----------------------------------------------------------------------------


def _systemd_arg(arg: str) -> str:
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    return f'"{escaped}"'


def systemd_unit(paths: StationPaths) -> str:
    exec_start = " ".join(_systemd_arg(arg) for arg in command(paths))
    return (
        "# Written by `truyenthanh service install`; `truyenthanh service remove` deletes it.\n"
        "[Unit]\n"
        f"Description={TITLE.replace('%', '%%')}\n"
        "After=sound.target pipewire-pulse.service pulseaudio.service\n"
        "\n"
        "[Service]\n"
        "Type=simple\n"
        f"ExecStart={exec_start}\n"
        # Exit code 6 is "the station is busy" (the window plays it): trying again would only fail again.
        "Restart=on-failure\n"
        "RestartSec=15\n"
        "RestartPreventExitStatus=6\n"
        "\n"
        "[Install]\n"
        "WantedBy=default.target\n"
    )


def _desktop_arg(arg: str) -> str:
    # The Exec quoting rule, then the string escape rule applied over it (the desktop entry spec).
    quoted = '"' + "".join("\\" + c if c in '"`$\\' else c for c in arg).replace("%", "%%") + '"'
    return quoted.replace("\\", "\\\\")


def desktop_entry(paths: StationPaths) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        f"Name={TITLE}\n"
        "Comment=Phát sóng theo lịch khi đăng nhập (truyenthanh service install)\n"
        f"Exec={' '.join(_desktop_arg(arg) for arg in command(paths))}\n"
        "Terminal=false\n"
        "NoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def windows_script(paths: StationPaths) -> str:
    line = subprocess.list2cmdline(command(paths)).replace('"', '""')
    return (
        "' Truyền Thanh Phường: phát sóng tự động khi đăng nhập (truyenthanh service install).\r\n"
        f'CreateObject("WScript.Shell").Run "{line}", 0, False\r\n'
    )


def _entry_bytes(kind: str, paths: StationPaths) -> bytes:
    if kind == SYSTEMD:
        return systemd_unit(paths).encode("utf-8")
    if kind == AUTOSTART:
        return desktop_entry(paths).encode("utf-8")
    return windows_script(paths).encode("utf-16")  # with its BOM: how Windows Script Host reads Unicode


# --- install, remove, status ----------------------------------------------------------------------


def install(paths: StationPaths, kind: str | None = None) -> ServiceStatus:
    """Writes (or rewrites) the entry whole, then enables it."""
    kind = _check_kind(kind)
    target = entry_path(kind)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_write(target) as temp:  # whole or not at all, never through a planted link
            temp.write_bytes(_entry_bytes(kind, paths))
        link = _wants_link(kind)
        if link is not None:
            link.parent.mkdir(parents=True, exist_ok=True)
            if link.is_symlink() or link.exists():
                link.unlink()
            link.symlink_to(Path("..") / UNIT_NAME)
    except OSError as exc:
        raise StorageError(
            msg("Không ghi được {target}: {reason}.", target=target, reason=exc.strerror or exc)
        ) from exc
    _systemd_reload(kind)
    return status(paths, kind)


def remove(paths: StationPaths, kind: str | None = None) -> ServiceStatus:
    """Deletes the entry (and its enabling link); nothing installed is not an error."""
    kind = _check_kind(kind)
    target = entry_path(kind)
    try:
        link = _wants_link(kind)
        if link is not None and (link.is_symlink() or link.exists()):
            link.unlink()
        target.unlink(missing_ok=True)
    except OSError as exc:
        raise StorageError(
            msg("Không xoá được {target}: {reason}.", target=target, reason=exc.strerror or exc)
        ) from exc
    _systemd_reload(kind)
    return status(paths, kind)


def status(paths: StationPaths, kind: str | None = None) -> ServiceStatus:
    kind = _check_kind(kind)
    target = entry_path(kind)
    link = _wants_link(kind)
    installed = target.is_file() and (link is None or link.exists())
    return ServiceStatus(kind, target, installed, StationLock.current_holder(paths))


def installed_anywhere() -> bool:
    """Is any start-at-login entry of this platform installed (for the switch in Cài đặt)?"""
    kinds = (WINDOWS,) if sys.platform == "win32" else (SYSTEMD, AUTOSTART)
    return any(entry_path(kind).is_file() for kind in kinds)


def _systemd_reload(kind: str) -> None:
    """Tell a running user manager about the change; without one (no session bus) it reads the files at login."""
    if kind != SYSTEMD or not shutil.which("systemctl"):
        return
    try:
        subprocess.run(
            ["systemctl", "--user", "daemon-reload"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        pass
