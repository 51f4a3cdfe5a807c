"""Anchors: the chain head written outside the database, so truncation, an older copy or a rechained log show.

After every commit that sealed rows, the head (chain index, row hash, time) is appended as one JSON line
to `log-anchors.jsonl` in the station's data folder; each backup adds its own head to the same file name
in its folder. A hash commits to every row before it, so comparing the database with the *last* anchor
is enough: the database must still hold that position with that hash. When it does not, the whole file
is read to find where the two part (anchors only grow, except after a restore, recorded as such).

The writer never blesses a database that disagrees with the file: when the head is behind the last
anchor, or the anchored row changed, nothing is appended and the finding stays until someone restores a
backup deliberately (`restore --force` or the window's confirmation), which appends a `restore` line.

The file is created exclusively with mode 0600 and never opened through a symbolic link (nor as a FIFO
or device); a torn last line (a crash mid-write) is skipped and the next line starts afresh.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import sqlite3
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from app.file_replace import fsync_folder
from app.log.chain import GENESIS_HASH, database_file
from app.paths import StationPaths

log = logging.getLogger(__name__)

ANCHOR_FILE_NAME = "log-anchors.jsonl"
TAIL_BYTES = 64 * 1024
_HASH = re.compile(r"^[0-9a-f]{64}$")
_OPEN_FLAGS = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
_OPEN_FLAGS |= getattr(os, "O_CLOEXEC", 0)

# Connections (by id: sqlite3 connections take no weak references) that sealed rows in the transaction
# under way, anchored when it commits; and those whose last anchor write failed (logged once).
_pending: set[int] = set()
_failing: set[int] = set()
# Connections inside `anchored_at_end`: their commits are not anchored one by one.
_deferred: set[int] = set()


class AnchorFileError(OSError):
    """The anchor file cannot be trusted or used (a symlink, not a regular file)."""


@dataclass(frozen=True)
class Anchor:
    index: int  # chain position of the head row (0: an empty log)
    hash: str  # its row_hash
    at: str  # when it was written, ISO 8601 with the machine's offset
    event: str = "seal"  # seal, start, backup, restore
    detail: dict[str, Any] = field(default_factory=dict)

    def line(self) -> bytes:
        record = {"at": self.at, "event": self.event, "index": self.index, "hash": self.hash, **self.detail}
        return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")

    @property
    def when(self) -> str:
        """'06:01:35 ngày 20/11/2026' for messages."""
        try:
            return datetime.fromisoformat(self.at).strftime("%H:%M:%S ngày %d/%m/%Y")
        except ValueError:
            return self.at


def _parse(line: bytes) -> Anchor | None:
    try:
        record = json.loads(line)
        index, digest, at, event = record["index"], record["hash"], record["at"], record["event"]
    except (ValueError, KeyError, TypeError):
        return None
    if not isinstance(index, int) or isinstance(index, bool) or index < 0 or not isinstance(digest, str):
        return None
    if not _HASH.match(digest) or not isinstance(at, str) or not isinstance(event, str):
        return None
    detail = {key: value for key, value in record.items() if key not in ("index", "hash", "at", "event")}
    return Anchor(index, digest, at, event, detail)


def now_stamp() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# ---------------------------------------------------------------- where the files are


def station_anchor_file(paths: StationPaths) -> Path:
    return paths.data_dir / ANCHOR_FILE_NAME


def folder_anchor_file(folder: Path) -> Path:
    return Path(folder) / ANCHOR_FILE_NAME


def station_paths_of(db: Database) -> StationPaths | None:
    """The station a database connection belongs to (None for an in-memory database)."""
    path = database_file(db.conn)
    return StationPaths.for_database(Path(path)) if path else None


def anchor_files(paths: StationPaths) -> list[Path]:
    """Where a station's anchors are compared from: its own file, then its backup folder's."""
    return [station_anchor_file(paths), folder_anchor_file(paths.backup_dir)]


# ---------------------------------------------------------------- reading and writing one file


def _open(path: Path, flags: int, mode: int = 0o600) -> int:
    if os.path.islink(path):  # O_NOFOLLOW does the same where it exists; Windows has no such flag
        raise AnchorFileError(f"{path} là một liên kết (symlink)")
    fd = os.open(path, flags | _OPEN_FLAGS, mode)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise AnchorFileError(f"{path} không phải một tệp thường")
    except BaseException:
        os.close(fd)
        raise
    return fd


def append_anchor(path: Path, anchor: Anchor) -> None:
    """Append one line durably; create the file exclusively (0600) when it does not exist yet."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    created = False
    try:
        fd = _open(path, os.O_RDWR | os.O_APPEND | os.O_CREAT | os.O_EXCL)
        created = True
    except FileExistsError:
        fd = _open(path, os.O_RDWR | os.O_APPEND)
    try:
        data = anchor.line()
        size = os.fstat(fd).st_size
        if size:
            os.lseek(fd, size - 1, os.SEEK_SET)
            if os.read(fd, 1) != b"\n":
                data = b"\n" + data  # a torn last line stays on its own
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    if created:
        fsync_folder(path.parent)


@dataclass(frozen=True)
class AnchorRead:
    path: Path
    exists: bool
    anchors: tuple[Anchor, ...] = ()
    problem: str = ""  # the file exists but cannot be trusted or read


def read_anchors(path: Path, *, tail: bool = False, last_only: bool = False) -> AnchorRead:
    """The valid lines of an anchor file in order (only those in its last 64 KB with tail=True; only the
    last valid one with last_only=True, parsed from the end: the file grows by a line a commit)."""
    path = Path(path)
    if not os.path.lexists(path):
        return AnchorRead(path, False)
    try:
        fd = _open(path, os.O_RDONLY)
    except OSError as exc:
        return AnchorRead(path, True, problem=str(exc) if isinstance(exc, AnchorFileError) else exc.strerror or "")
    try:
        size = os.fstat(fd).st_size
        start = max(0, size - TAIL_BYTES) if tail else 0
        os.lseek(fd, start, os.SEEK_SET)
        chunks = []
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
    finally:
        os.close(fd)
    lines = b"".join(chunks).split(b"\n")
    if start > 0:
        lines = lines[1:]  # the first line read from mid-file is partial
    if last_only:
        last = next((anchor for anchor in map(_parse, reversed(lines)) if anchor is not None), None)
        return AnchorRead(path, True, () if last is None else (last,))
    anchors = tuple(anchor for anchor in map(_parse, lines) if anchor is not None)
    return AnchorRead(path, True, anchors)


def last_anchor(path: Path) -> Anchor | None:
    """The file's last valid line; AnchorFileError when the file cannot be trusted."""
    found = read_anchors(path, tail=True, last_only=True)
    if found.problem:
        raise AnchorFileError(found.problem)
    return found.anchors[-1] if found.anchors else None


# ---------------------------------------------------------------- the database side


def database_head(db: Database) -> tuple[int, str]:
    row = db.execute(
        "SELECT chain_index, row_hash FROM airings WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1"
    ).fetchone()
    return (int(row[0]), row[1] or "") if row else (0, GENESIS_HASH)


def file_head(path: Path) -> tuple[int, str]:
    """The chain head of a database file (a backup), read without writing anything."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return database_head(Database(conn))
    finally:
        conn.close()


def hash_at(db: Database, index: int) -> str | None:
    if index == 0:
        return GENESIS_HASH
    row = db.execute("SELECT row_hash FROM airings WHERE chain_index = ?", [index]).fetchone()
    return row[0] if row else None


def _agrees(db: Database, head_index: int, anchor: Anchor) -> bool:
    return anchor.index <= head_index and hash_at(db, anchor.index) == anchor.hash


def anchor_head(db: Database, *, event: str = "seal", paths: StationPaths | None = None) -> Anchor | None:
    """Append the database's head to the station's anchor file when it moved on from the last anchor and
    still agrees with it. Returns what was written (None: nothing to add, or a disagreement left standing)."""
    paths = paths or station_paths_of(db)
    if paths is None:
        return None
    head_index, head_hash = database_head(db)
    path = station_anchor_file(paths)
    last = last_anchor(path)
    if last is not None:
        if last.index == head_index and last.hash == head_hash:
            return None
        if not _agrees(db, head_index, last):
            log.warning("log head %s disagrees with the last anchor %s: not anchored", head_index, last.index)
            return None
    elif head_index == 0:
        return None
    anchor = Anchor(head_index, head_hash, now_stamp(), event)
    append_anchor(path, anchor)
    return anchor


def note_sealed(db: Database) -> None:
    """Called by airings._seal: this connection's transaction sealed a row."""
    _pending.add(id(db.conn))


@contextlib.contextmanager
def anchored_at_end(db: Database) -> Iterator[None]:
    """Anchor once when the block ends, not after each of its commits: an import's chunks commit without
    an fsync (synchronous=NORMAL), and an anchor must never name a head that a power cut could still take
    back (that would look like tampering). The block ends with a FULL commit, which makes them all durable.
    When it raises, nothing is anchored here; the next commit on the connection anchors instead."""
    conn = id(db.conn)
    _deferred.add(conn)
    try:
        yield
    finally:
        _deferred.discard(conn)
    after_commit(db)


def after_commit(db: Database) -> None:
    """Called right after a write transaction commits: anchor the head if that transaction sealed rows.
    The airing is already durable, so a failure here is logged (once) and retried at the next commit."""
    conn = id(db.conn)
    if conn not in _pending or conn in _deferred:
        return
    _pending.discard(conn)
    try:
        anchor_head(db)
    except (OSError, ValueError) as exc:
        _pending.add(conn)
        if conn not in _failing:
            _failing.add(conn)
            log.error("could not write the log anchor: %s", exc)
        return
    _failing.discard(conn)


def record_backup(folder: Path, head: tuple[int, str], name: str) -> list[str]:
    """A backup's head, into the anchor file of the folder it was written to."""
    anchor = Anchor(head[0], head[1], now_stamp(), "backup", {"file": name})
    return record_event([folder_anchor_file(folder)], anchor)


def record_restore(paths: StationPaths, head: tuple[int, str], dropped: int, source: str) -> list[str]:
    """A deliberate restore: from now on the anchors follow the restored log (both of the station's files)."""
    anchor = Anchor(head[0], head[1], now_stamp(), "restore", {"dropped": dropped, "from": source})
    return record_event(anchor_files(paths), anchor)


def record_event(paths_or_files: list[Path], anchor: Anchor) -> list[str]:
    """Append `anchor` to each file; returns the failures as text (a backup or restore goes on)."""
    failures = []
    for path in paths_or_files:
        try:
            append_anchor(path, anchor)
        except OSError as exc:
            failures.append(f"{path}: {exc.strerror or exc}")
            log.error("could not write anchor %s to %s: %s", anchor.event, path, exc)
    return failures


# ---------------------------------------------------------------- comparing


@dataclass(frozen=True)
class AnchorCheck:
    """One anchor file against the database. state: ok, none (no file or no anchor yet), behind (the
    database lacks the newest anchored rows), diverged (an anchored row has another hash), unreadable."""

    path: Path
    state: str
    anchor: Anchor | None = None  # the last anchor
    missing: int = 0  # behind: rows the database lacks
    diverged_at: int | None = None  # diverged: the first chain position known to differ
    unanchored: int = 0  # ok: rows sealed after the last anchor
    problem: str = ""

    @property
    def trusted(self) -> bool:
        return self.state in ("ok", "none")


def _since_last_restore(anchors: tuple[Anchor, ...]) -> list[Anchor]:
    last_restore = max((n for n, anchor in enumerate(anchors) if anchor.event == "restore"), default=0)
    return list(anchors[last_restore:])


def _first_disagreement(db: Database, head_index: int, anchors: list[Anchor]) -> Anchor | None:
    """The earliest anchor the database disagrees with. A hash commits to all rows before it, so once
    the database agrees with an anchor it agrees with every earlier one: a binary search finds the edge."""
    ordered = sorted(anchors, key=lambda anchor: anchor.index)
    agrees: Callable[[Anchor], bool] = lambda anchor: _agrees(db, head_index, anchor)  # noqa: E731
    low, high = 0, len(ordered)
    while low < high:
        middle = (low + high) // 2
        if agrees(ordered[middle]):
            low = middle + 1
        else:
            high = middle
    return ordered[low] if low < len(ordered) else None


def compare_file(db: Database, head_index: int, path: Path) -> AnchorCheck:
    tail = read_anchors(path, tail=True)
    if tail.problem:
        return AnchorCheck(path, "unreadable", problem=tail.problem)
    if not tail.anchors:
        return AnchorCheck(path, "none")
    last = tail.anchors[-1]
    if _agrees(db, head_index, last):
        return AnchorCheck(path, "ok", last, unanchored=head_index - last.index)
    whole = read_anchors(path)
    first_bad = _first_disagreement(db, head_index, _since_last_restore(whole.anchors) or [last]) or last
    if first_bad.index <= head_index:
        return AnchorCheck(path, "diverged", last, diverged_at=first_bad.index)
    return AnchorCheck(path, "behind", last, missing=last.index - head_index)


def compare(db: Database, head_index: int, paths: StationPaths | None = None) -> list[AnchorCheck]:
    """The database (its verified head) against each of the station's anchor files."""
    paths = paths or station_paths_of(db)
    if paths is None:
        return []
    return [compare_file(db, head_index, path) for path in anchor_files(paths)]
