"""Files the station writes: whole or not at all, never through a planted link, private where they hold the log.

`atomic_write(target)` is the one way a finished file (an MP3, an export, a report, a backup) reaches its
name: a temporary file created exclusively beside it, written, flushed to disk, checked, then renamed.
`open_own` opens the station's own long-lived files (lock, journal, anchors) without following a link.

On Windows a file that another program holds open (a second window viewing the station, a copy or
antivirus program reading it) cannot be replaced: the rename fails with "access denied", which would
otherwise read as a read-only disk. Such holds are often brief, so the swap is retried for a moment first.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from app.errors import StorageError
from app.messages import Message, msg
from app.storage_faults import storage_error

_WINDOWS_RETRY_S = 3.0


def in_use_message(target: Path) -> Message:
    return msg(
        "Tệp dữ liệu {target} đang được một chương trình khác mở (một cửa sổ phần mềm khác, chương trình sao chép "
        "hoặc diệt virus). Hãy đóng chương trình đó rồi thử lại; dữ liệu hiện tại chưa bị thay đổi.",
        target=target,
    )


def replace_file(temp: Path, target: Path, remove_first: Sequence[Path] = ()) -> None:
    """Removes `remove_first` (companions of the old target, e.g. SQLite's -wal and -shm), then
    os.replace(temp, target). On Windows a file held open by another program is retried for a few seconds,
    then reported as such (StorageError); temp is left for the caller to remove."""
    deadline = time.monotonic() + _WINDOWS_RETRY_S
    while True:
        try:
            for companion in remove_first:
                companion.unlink(missing_ok=True)
            os.replace(temp, target)
            return
        except PermissionError as exc:
            if sys.platform != "win32" or not target.exists() or not os.access(target.parent, os.W_OK):
                raise  # a real permission problem, for the caller's read-only message
            if time.monotonic() > deadline:
                raise StorageError(in_use_message(target)) from exc
            time.sleep(0.1)


def fsync_folder(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX; Windows has no folder handle to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- files that are ours

PRIVATE_FILE = 0o600  # POSIX: the log and its backups are for the station's own account only
PRIVATE_FOLDER = 0o700
SHARED_FILE = 0o666  # an export the operator hands on: the usual permissions, after the umask
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # Windows has none: is_link() is checked first there
_BINARY = getattr(os, "O_BINARY", 0)
# Windows reparse points that redirect a name elsewhere (a symlink, a junction); others, such as OneDrive's
# cloud files, are ordinary files for us.
_REDIRECTING_TAGS = (
    getattr(stat, "IO_REPARSE_TAG_SYMLINK", 0xA000000C),
    getattr(stat, "IO_REPARSE_TAG_MOUNT_POINT", 0xA0000003),
)


def link_message(path: Path) -> str:
    return (
        f"{path} là một liên kết (symlink) trỏ sang tệp khác: phần mềm không ghi qua liên kết. "
        "Hãy xoá liên kết đó hoặc chọn tên tệp khác."
    )


def is_link(path: Path) -> bool:
    """A symlink, or on Windows any reparse point (a symlink or a junction)."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISLNK(info.st_mode):
        return True
    return getattr(info, "st_reparse_tag", 0) in _REDIRECTING_TAGS


def refuse_link(path: Path) -> None:
    if is_link(path):
        raise StorageError(link_message(path))


def _open_no_follow(path: Path, flags: int, mode: int) -> int:
    refuse_link(path)  # Windows' only guard; on POSIX O_NOFOLLOW closes the race as well
    try:
        fd = os.open(path, flags | _NOFOLLOW | _BINARY, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StorageError(link_message(path)) from exc
        raise
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise StorageError(msg("{path} không phải một tệp thường; phần mềm không ghi vào đó.", path=path))
    except BaseException:
        os.close(fd)
        raise
    return fd


def create_exclusive(path: Path, flags: int = os.O_RDWR, mode: int = PRIVATE_FILE) -> int:
    """A new file at `path` (FileExistsError when anything, a link included, is already there)."""
    return _open_no_follow(Path(path), flags | os.O_CREAT | os.O_EXCL, mode)


def open_own(path: Path, flags: int = os.O_RDWR, mode: int = PRIVATE_FILE) -> tuple[int, bool]:
    """(descriptor, created): one of the station's own files (lock, journal, anchors), created exclusively when
    missing, opened in place when it is there, refused (StorageError) when it is a link or not a regular file."""
    path = Path(path)
    try:
        return create_exclusive(path, flags, mode), True
    except FileExistsError:
        fd = _open_no_follow(path, flags & ~(os.O_CREAT | os.O_EXCL), mode)
    if sys.platform != "win32":  # one made by an older version (0644) is tightened, through the open descriptor
        with contextlib.suppress(OSError):
            if stat.S_IMODE(os.fstat(fd).st_mode) & ~mode:
                os.fchmod(fd, mode)
    return fd, False


def make_private(path: Path) -> None:
    """POSIX: owner-only permissions on a file (0600) or folder (0700) of the station's. Windows keeps its ACLs."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):  # a folder on a FAT stick, or someone else's: the check reports that
        os.chmod(path, PRIVATE_FOLDER if os.path.isdir(path) else PRIVATE_FILE, follow_symlinks=False)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and missing parents) 0700; an existing folder of the station's own is tightened to 0700."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    make_private(folder)


# ---------------------------------------------------------------- whole or not at all


def temp_beside(target: Path, *, mode: int = SHARED_FILE) -> Path:
    """A new, empty temporary file in `target`'s folder, created exclusively (never through a link). Its name
    carries this process's id and a random token: no other program's file is ever taken for it."""
    target = Path(target)
    for _attempt in range(20):
        temp = target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp")
        try:
            os.close(create_exclusive(temp, os.O_WRONLY, mode))
            return temp
        except FileExistsError:
            continue
    raise StorageError(msg("Không tạo được tệp tạm trong thư mục {parent}.", parent=target.parent))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDWR | _BINARY)  # Windows refuses to flush a read-only handle
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def commit_file(temp: Path, target: Path, check: Callable[[Path], None] | None = None) -> None:
    """Flush the finished `temp` to disk, `check` it (raises when it is not whole), then rename it to `target`."""
    fsync_file(temp)
    if check is not None:
        check(temp)
    refuse_link(target)
    replace_file(temp, target)
    fsync_folder(target.parent)


AUDIO_LENGTH_TOLERANCE_S = 0.25  # MP3 encoder padding; a write cut short by a full disk loses far more


def audio_length_check(expected_s: float) -> Callable[[Path], None]:
    """A `check` for commit_file/atomic_write: the file decodes (ffmpeg, to the end) to `expected_s` seconds."""

    def check(path: Path) -> None:
        from audio.ffmpeg_tools import probe_duration

        try:
            decoded = probe_duration(path)
        except Exception as exc:  # FfmpegFailed, AudioFileUnreadable: the file is not whole either way
            raise StorageError(
                msg("Tệp âm thanh vừa ghi không đọc lại được ({exc}); chưa có tệp nào được tạo.", exc=exc)
            ) from exc
        if abs(decoded - expected_s) > max(AUDIO_LENGTH_TOLERANCE_S, expected_s * 0.01):
            raise StorageError(
                msg(
                    "Tệp âm thanh vừa ghi chỉ dài {decoded:.1f} giây thay vì {expected_s:.1f} giây (ổ đĩa đầy hoặc "
                    "lỗi ghi?); chưa có tệp nào được tạo.",
                    decoded=decoded,
                    expected_s=expected_s,
                )
            )

    return check


def write_failed_message(target: Path, exc: BaseException) -> Message:
    translated = storage_error(exc, Path(target).parent) if isinstance(exc, OSError) else None
    if translated is not None:
        return msg("Không ghi được tệp {target} (chưa có tệp nào được tạo). {fault}", target=target, fault=translated)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return msg("Không ghi được tệp {target} ({reason}); chưa có tệp nào được tạo.", target=target, reason=reason)


@contextlib.contextmanager
def atomic_write(
    target: Path, *, mode: int = SHARED_FILE, check: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """Yields an empty temporary path beside `target`; the block writes it (by path: ffmpeg, openpyxl, SQLite and
    Qt open it themselves). When the block succeeds it is flushed, checked, and renamed to `target`. On any
    failure the temporary file is removed, `target` is untouched, and an OSError becomes one StorageError line."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise StorageError(msg("Thư mục {folder} không tồn tại. Hãy chọn thư mục khác để lưu tệp.", folder=folder))
    if target.is_dir() and not is_link(target):
        raise StorageError(msg("{target} là một thư mục: hãy ghi rõ tên tệp.", target=target))
    refuse_link(target)
    try:
        temp = temp_beside(target, mode=mode)
    except OSError as exc:
        raise StorageError(write_failed_message(target, exc)) from exc
    try:
        yield temp
        commit_file(temp, target, check)
    except OSError as exc:
        raise StorageError(write_failed_message(target, exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)
