"""Turning what the disk and SQLite say (full, read-only, broken) into one clear Vietnamese StorageError.

Any code that writes may call `storage_guard()` around the write; the CLI and the GUI's last-resort
handler call `storage_error()` on whatever escaped, so a full disk never reaches the operator as a
stack trace.
"""

from __future__ import annotations

import contextlib
import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from app.errors import StorageError
from app.messages import Message, msg

FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY_ERRNOS = {errno.EROFS, errno.EACCES, errno.EPERM}
# Below this much free space a write is expected to fail; SQLite may call it an I/O error.
FULL_BELOW_BYTES = 1 << 20


def disk_full_message(where: Path | None = None) -> Message:
    folder = _folder(where)
    place = msg(" (thư mục {folder})", folder=folder) if folder else ""
    return msg(
        "Ổ đĩa đã đầy{place}, không ghi được dữ liệu. Hãy giải phóng dung lượng (xoá tệp không cần, dọn thùng rác) "
        "rồi thử lại; dữ liệu đã ghi trước đó vẫn còn nguyên.",
        place=place,
    )


def read_only_message(where: Path | None = None) -> Message:
    place = f" {where}" if where else ""
    return msg(
        "Không ghi được vào{place}: ổ đĩa hoặc thư mục chỉ cho phép đọc. Hãy kiểm tra quyền ghi (ổ USB có khoá ghi, "
        "thư mục bị đặt chỉ đọc) rồi mở lại phần mềm; dữ liệu hiện có vẫn còn nguyên.",
        place=place,
    )


def _folder(where: Path | None) -> Path | None:
    if where is None:
        return None
    return where if where.is_dir() or not where.suffix else where.parent


def _free_bytes(where: Path | None) -> int | None:
    folder = _folder(where)
    if folder is None:
        return None
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


def describe_sqlite_error(exc: sqlite3.Error, path: Path) -> Message:
    text = str(exc).lower()
    if "not a database" in text or "malformed" in text:
        return msg(
            "Tệp dữ liệu {path} bị hỏng hoặc không phải cơ sở dữ liệu của phần mềm. Hãy khôi phục từ bản sao lưu "
            "(Cài đặt → Sao lưu).",
            path=path,
        )
    if "readonly" in text or "read-only" in text:
        return msg("Không ghi được vào tệp dữ liệu {path} (chỉ đọc). Hãy kiểm tra quyền ghi của thư mục.", path=path)
    if "disk is full" in text or "database or disk is full" in text:
        return msg("Ổ đĩa đã đầy, không ghi được dữ liệu. Hãy giải phóng dung lượng rồi thử lại.")
    if "locked" in text or "busy" in text:
        return msg("Cơ sở dữ liệu đang bị chương trình khác giữ. Hãy thử lại sau giây lát.")
    if "unable to open" in text:
        return msg("Không mở được tệp dữ liệu {path}. Hãy kiểm tra đường dẫn và quyền truy cập.", path=path)
    return msg("Lỗi cơ sở dữ liệu ({error}). Hãy báo cho người quản trị.", error=exc)


def storage_error(exc: BaseException, where: Path | None = None) -> StorageError | None:
    """The StorageError an exception means, or None when it is not a storage fault (a bug, a rule)."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError):
        if exc.errno in FULL_ERRNOS:
            return StorageError(disk_full_message(where or _filename(exc)))
        if exc.errno in READ_ONLY_ERRNOS:
            return StorageError(read_only_message(where or _filename(exc)))
        return None
    if isinstance(exc, sqlite3.OperationalError | sqlite3.DatabaseError) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.ProgrammingError
    ):
        name = getattr(exc, "sqlite_errorname", "") or ""
        text = str(exc).lower()
        if name.startswith("SQLITE_FULL") or "disk is full" in text:
            return StorageError(disk_full_message(where))
        if name.startswith("SQLITE_IOERR"):
            free = _free_bytes(where)
            if free is not None and free < FULL_BELOW_BYTES:
                return StorageError(disk_full_message(where))
        if name.startswith(
            (
                "SQLITE_READONLY",
                "SQLITE_CORRUPT",
                "SQLITE_NOTADB",
                "SQLITE_CANTOPEN",
                "SQLITE_IOERR",
                "SQLITE_BUSY",
                "SQLITE_LOCKED",
            )
        ) or any(word in text for word in ("readonly", "malformed", "not a database", "unable to open")):
            return StorageError(describe_sqlite_error(exc, where or Path("?")))
    return None


def _filename(exc: OSError) -> Path | None:
    return Path(exc.filename) if isinstance(exc.filename, str) else None


@contextlib.contextmanager
def storage_guard(where: Path | None = None) -> Iterator[None]:
    """Re-raise a full disk, a read-only medium or a broken database as a StorageError; anything else as is."""
    try:
        yield
    except (OSError, sqlite3.Error) as exc:
        translated = storage_error(exc, where)
        if translated is None or translated is cast(BaseException, exc):
            raise
        raise translated from exc
