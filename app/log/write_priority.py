"""The playout's writes go first: while the engine waits for the database, a long writer holds back.

SQLite's write lock is not fair: a writer that commits and at once begins again can take it before a
waiting one notices it was free. An import appends in chunks of a few tens of milliseconds with a short
pause between, and under a busy processor the playout could keep missing the pauses. So the engine,
for as long as it wants the write lock, holds an OS lock on a small file beside the database
(`<database>.write-priority`), and a long writer looks at that lock before each chunk and waits while it
is held: the engine then waits for one chunk at most. The OS drops the lock if the engine dies.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from app.errors import StorageError
from app.file_replace import PRIVATE_FILE, open_own

POLL_S = 0.001


def priority_path(database: Path) -> Path:
    database = Path(database)
    return database.with_name(database.name + ".write-priority")


def _lock(fd: int, *, wait: bool) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_LOCK if wait else msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(fd, fcntl.LOCK_UN)


class WritePriority:
    """The engine's side: `with priority.claim(): <write>`. Without a usable file it claims nothing."""

    def __init__(self, database: Path | None) -> None:
        self.path = priority_path(database) if database else None
        self._fd: int | None = None

    def _open(self) -> int | None:
        if self._fd is None and self.path is not None:
            try:
                self._fd, _created = open_own(self.path, os.O_RDWR, PRIVATE_FILE)
            except (OSError, StorageError):  # StorageError: a link planted at the name, never followed
                self.path = None  # a read-only folder: no long writer can run there either
        return self._fd

    @contextlib.contextmanager
    def claim(self) -> Iterator[None]:
        fd = self._open()
        locked = False
        if fd is not None:
            with contextlib.suppress(OSError):
                locked = _lock(fd, wait=True)  # only ever held for an instant by a long writer's look
        try:
            yield
        finally:
            if locked and fd is not None:
                with contextlib.suppress(OSError):
                    _unlock(fd)

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def give_way(database: Path | None, *, longest_s: float = 1.0) -> float:
    """A long writer's side, before each chunk: wait while the playout wants the database (never longer
    than `longest_s`, in case something else holds the file). Returns how long it waited."""
    if database is None:
        return 0.0
    try:
        fd = os.open(priority_path(database), os.O_RDWR)
    except OSError:
        return 0.0  # no playout has run here
    began = time.monotonic()
    try:
        while True:
            if _lock(fd, wait=False):
                _unlock(fd)
                break
            if time.monotonic() - began >= longest_s:
                break
            time.sleep(POLL_S)
    except OSError:
        pass
    finally:
        os.close(fd)
    return time.monotonic() - began
