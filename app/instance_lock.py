"""One station, one player: an OS-level lock on `<database>.lock` held by the instance that plays.

The operating system drops the lock when the holding process ends in any way (SIGKILL and power
loss included), so a stale lock cannot exist; the JSON inside only says who holds it. Locks are per
open file, so even a second `StationLock` in the same process is refused.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from app.errors import StationBusy, StorageError
from app.file_replace import PRIVATE_FILE, open_own
from app.messages import Message, msg
from app.paths import StationPaths
from app.station_time import TIMESTAMP_FORMAT, now_local

ROLE_GUI = "GUI"
ROLE_HEADLESS = "headless"
ROLE_RESTORE = "restore"
ROLE_CHECK = "check"
ROLE_LABELS = {
    ROLE_GUI: "một cửa sổ khác của phần mềm",
    ROLE_HEADLESS: "phần mềm đang phát nền (không có cửa sổ)",
    ROLE_RESTORE: "lệnh khôi phục dữ liệu",
    ROLE_CHECK: "lệnh kiểm tra dữ liệu (truyenthanh check)",
}
# Windows locks byte ranges and forbids reading a locked range: lock one byte far past the JSON.
_WINDOWS_LOCK_OFFSET = 1 << 20


def lock_path(paths: StationPaths) -> Path:
    return paths.database.with_name(paths.database.name + ".lock")


@dataclass(frozen=True)
class LockHolder:
    hostname: str
    pid: int
    role: str
    started_at: str  # station local time, YYYY-MM-DD HH:MM:SS

    def describe(self, today: datetime | None = None) -> str:
        """ "một cửa sổ khác của phần mềm trên máy này (mở từ 06:00)": what holds the station, in the operator's
        words; the process id is for `service status` (technical), not for this sentence."""
        who = ROLE_LABELS.get(self.role, self.role)
        place = "trên máy này" if self.hostname == socket.gethostname() else f"trên máy {self.hostname}"
        since = self.started_at
        try:
            started = datetime.strptime(self.started_at, TIMESTAMP_FORMAT)
            since = started.strftime("%H:%M")
            if started.date() != (today or now_local()).date():
                since += started.strftime(" ngày %d/%m/%Y")
        except ValueError:
            pass
        return f"{who} {place} (mở từ {since})"


def busy_message(holder: LockHolder | None) -> Message:
    who = holder.describe() if holder else msg("một chương trình khác")
    return msg(
        "Đài đang được phát bởi {who}. Cùng một lúc chỉ một nơi được phát đài: hãy dùng nơi đó, hoặc đóng nó rồi "
        "thử lại (có thể mở ở chế độ chỉ xem).",
        who=who,
    )


def _read_holder(path: Path) -> LockHolder | None:
    # The holder writes its JSON right after locking: a reader may catch it half-written, so retry briefly.
    for _attempt in range(20):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return LockHolder(str(data["hostname"]), int(data["pid"]), str(data["role"]), str(data["started_at"]))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError):
            time.sleep(0.02)
    return None


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class StationLock:
    """Held for as long as this instance may play; `release()` or process exit gives it up."""

    def __init__(self, path: Path, fd: int, holder: LockHolder) -> None:
        self.path = path
        self.holder = holder
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, paths: StationPaths, role: str) -> StationLock:
        path = lock_path(paths)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # os.open makes a non-inheritable descriptor: a child (ffmpeg) never keeps the lock alive.
            # Created exclusively and never through a link: a link planted at the name is refused, its target untouched.
            fd, _created = open_own(path, os.O_RDWR, PRIVATE_FILE)
        except OSError as exc:
            raise StorageError(
                msg(
                    "Không tạo được tệp khoá {path}: {reason}. Hãy kiểm tra quyền ghi của thư mục dữ liệu, hoặc mở ở "
                    "chế độ chỉ xem.",
                    path=path,
                    reason=exc.strerror,
                )
            ) from exc
        try:
            locked = _try_lock(fd)
        except OSError:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise StationBusy(busy_message(_read_holder(path)))
        holder = LockHolder(socket.gethostname(), os.getpid(), role, now_local().strftime(TIMESTAMP_FORMAT))
        try:
            data = json.dumps(asdict(holder), ensure_ascii=False).encode("utf-8")
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
            os.fsync(fd)
        except OSError:
            pass  # the lock itself holds; only the description of who holds it is missing
        return cls(path, fd, holder)

    @staticmethod
    def current_holder(paths: StationPaths) -> LockHolder | None:
        """Who holds the station now, or None when it is free."""
        path = lock_path(paths)
        if not path.exists():
            return None
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return _read_holder(path)
        try:
            if _try_lock(fd):
                _unlock(fd)
                return None
        finally:
            os.close(fd)
        return _read_holder(path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            os.ftruncate(fd, 0)  # the file stays (deleting it would race a newcomer); only its holder goes
            _unlock(fd)
        except OSError:
            pass
        finally:
            os.close(fd)

    def __enter__(self) -> StationLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()

    def __del__(self) -> None:
        self.release()
