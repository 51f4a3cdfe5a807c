"""Swapping a finished temporary file into place durably, with what Windows adds to it.

On Windows a file that another program holds open (a second window viewing the station, a copy or
antivirus program reading it) cannot be replaced: the rename fails with "access denied", which would
otherwise read as a read-only disk. Such holds are often brief, so the swap is retried for a moment first.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from app.errors import StorageError
from app.messages import Message, msg

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
