"""The airing journal (tệp nhật ký dự phòng): where an airing's record goes when the database cannot take it.

The station must never put sound on air without a durable record. When the database is busy, full,
read-only or failing, each record (an airing's start, its real start, heartbeats, its end, an item not
aired) is appended here instead and fsynced, and later replayed into the database in order
(app/log/recorder.py). One process writes it: the one that plays (it holds the station lock); anyone
may read it to count what it holds.

Space is reserved in advance: the file is created `RESERVE_BYTES` long, filled with zero bytes that
the file system has really allocated, and records overwrite those zeros. A full disk therefore still
takes thousands of records; past the reserve the file grows while the disk allows.

File format (UTF-8 text lines, then zero bytes up to the end of the reserve):

    TTP-AIRING-JOURNAL 1 <journal id: 32 hex digits> <crc: 8 hex digits>\\n
    <seq> <kind> <JSON object> <crc: 8 hex digits>\\n
    ...

- `seq` counts records from 1 in this journal; `kind` is one of `RECORD_KINDS`; the JSON object holds
  the record's fields (`app/log/recorder.py` documents them); JSON never contains a newline or a zero byte.
- `crc` is the CRC-32 (zlib/PNG polynomial), as 8 lowercase hex digits, of the UTF-8 bytes of
  `<journal id> <seq> <kind> <JSON>` (for the header: of `TTP-AIRING-JOURNAL 1 <journal id>`). Covering
  the journal id means a record left over from an earlier journal can never pass as one of this journal.
- The records end at the first zero byte (or at the end of the file). A last record cut short by a crash
  (no newline, or a checksum that does not match) is detected and ignored, never replayed; a bad record
  with good ones after it is counted as damaged and skipped.
- After every record is in the database the journal is emptied: the records are overwritten with zeros
  first, then the header gets a new journal id, so a crash in between never replays anything twice.
"""

from __future__ import annotations

import json
import os
import sys
import uuid
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.file_replace import PRIVATE_FILE, create_exclusive, fsync_folder, open_own

MAGIC = "TTP-AIRING-JOURNAL"
VERSION = 1
SUFFIX = ".airing-journal"
RESERVE_BYTES = 4 * 1024 * 1024
RECORD_KINDS = ("start", "started", "heartbeat", "finish", "not_aired")
_HEADER_LENGTH = len(f"{MAGIC} {VERSION} {'0' * 32} {'0' * 8}\n")
_BLOCK = 64 * 1024


def journal_path(database: Path) -> Path:
    """`truyenthanh.db` -> `truyenthanh.airing-journal`, beside it."""
    database = Path(database)
    return database.with_name(database.stem + SUFFIX)


def _crc(text: str) -> str:
    return f"{zlib.crc32(text.encode('utf-8')) & 0xFFFFFFFF:08x}"


def _header(journal_id: str) -> bytes:
    body = f"{MAGIC} {VERSION} {journal_id}"
    return f"{body} {_crc(body)}\n".encode("ascii")


def encode_record(journal_id: str, seq: int, kind: str, data: dict[str, Any]) -> bytes:
    body = f"{seq} {kind} {json.dumps(data, ensure_ascii=False, separators=(',', ':'), sort_keys=True)}"
    return f"{body} {_crc(f'{journal_id} {body}')}\n".encode()


@dataclass(frozen=True)
class JournalRecord:
    seq: int
    kind: str
    data: dict[str, Any]


@dataclass(frozen=True)
class JournalContents:
    """What a journal file holds, read without changing it."""

    journal_id: str | None
    records: tuple[JournalRecord, ...] = ()
    end: int = _HEADER_LENGTH  # where the next record goes: just after the last good one
    garbage_end: int = _HEADER_LENGTH  # where the zeros start (bytes between `end` and here are torn)
    torn_tail: bool = False  # the last record was cut short by a crash: ignored
    damaged: int = 0  # unreadable records followed by good ones: skipped
    problem: str = ""  # the file is not a journal, or its header is unreadable

    @property
    def pending(self) -> int:
        return len(self.records)


def _parse_record(journal_id: str, line: bytes) -> JournalRecord | None:
    try:
        text = line.decode("utf-8")
        body, crc = text.rsplit(" ", 1)
        if _crc(f"{journal_id} {body}") != crc:
            return None
        seq_text, kind, payload = body.split(" ", 2)
        data = json.loads(payload)
        if kind not in RECORD_KINDS or not isinstance(data, dict):
            return None
        return JournalRecord(int(seq_text), kind, data)
    except (UnicodeDecodeError, ValueError):
        return None


def parse_journal(data: bytes) -> JournalContents:
    if not data:
        return JournalContents(None)
    header = data[:_HEADER_LENGTH]
    parts = header.decode("ascii", errors="replace").rstrip("\n").split(" ")
    if (
        len(parts) != 4
        or parts[0] != MAGIC
        or parts[1] != str(VERSION)
        or not header.endswith(b"\n")
        or _crc(" ".join(parts[:3])) != parts[3]
    ):
        if not data.strip(b"\0"):
            return JournalContents(None)  # created, never written: nothing in it
        return JournalContents(None, problem="phần đầu tệp không đọc được")
    journal_id = parts[2]
    zero = data.find(b"\0", _HEADER_LENGTH)
    body_end = len(data) if zero < 0 else zero
    records: list[JournalRecord] = []
    offset = end = _HEADER_LENGTH
    bad_since_good = 0
    damaged = 0
    while offset < body_end:
        newline = data.find(b"\n", offset, body_end)
        if newline < 0:
            break  # a fragment with no newline: the torn last record
        record = _parse_record(journal_id, data[offset:newline])
        offset = newline + 1
        if record is None:
            bad_since_good += 1
            continue
        damaged += bad_since_good
        bad_since_good = 0
        records.append(record)
        end = offset
    torn = end < body_end
    return JournalContents(journal_id, tuple(records), end, body_end, torn_tail=torn, damaged=damaged)


def read_journal(path: Path) -> JournalContents:
    """The journal's contents (any process may call this; it never writes)."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return JournalContents(None)
    except OSError as exc:
        return JournalContents(None, problem=f"không đọc được tệp ({exc.strerror or exc})")
    return parse_journal(data)


def _write_at(fd: int, offset: int, data: bytes) -> None:
    if sys.platform == "win32":
        os.lseek(fd, offset, os.SEEK_SET)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        return
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written


@dataclass
class AiringJournal:
    """The writer's handle. `open()` reserves the space; `append()` makes one record durable or raises OSError."""

    path: Path
    fd: int
    journal_id: str
    records: list[JournalRecord] = field(default_factory=list)  # what the file held when opened
    next_seq: int = 1
    end: int = _HEADER_LENGTH
    size: int = 0
    reserve_short: bool = False  # the disk was too full to reserve all of RESERVE_BYTES
    torn_tail: bool = False
    damaged: int = 0

    @classmethod
    def open(cls, path: Path, *, reserve_bytes: int = RESERVE_BYTES) -> AiringJournal:
        path = Path(path)
        # os.open makes a non-inheritable descriptor: a child process never holds the journal open.
        fd, _created = open_own(path, os.O_RDWR, PRIVATE_FILE)  # never through a planted link; 0600
        try:
            data = b""
            size = os.fstat(fd).st_size
            if size:
                os.lseek(fd, 0, os.SEEK_SET)
                chunks = []
                while chunk := os.read(fd, 1 << 20):
                    chunks.append(chunk)
                data = b"".join(chunks)
            contents = parse_journal(data)
            if contents.journal_id is None:
                if contents.problem:
                    cls._keep_aside(path, data)
                journal = cls(path, fd, uuid.uuid4().hex, size=size)
                _write_at(fd, 0, _header(journal.journal_id))
                journal.size = max(size, _HEADER_LENGTH)
                if size > _HEADER_LENGTH:
                    journal._zero(_HEADER_LENGTH, min(size, len(data)))
            else:
                journal = cls(
                    path,
                    fd,
                    contents.journal_id,
                    list(contents.records),
                    next_seq=(contents.records[-1].seq + 1) if contents.records else 1,
                    end=contents.end,
                    size=size,
                    torn_tail=contents.torn_tail,
                    damaged=contents.damaged,
                )
                if contents.garbage_end > contents.end:  # a torn last record: cleared before appending after it
                    journal._zero(contents.end, contents.garbage_end)
            journal._reserve(reserve_bytes)
            os.fsync(fd)
            fsync_folder(path.parent)
            return journal
        except BaseException:
            os.close(fd)
            raise

    @staticmethod
    def _keep_aside(path: Path, data: bytes) -> None:
        """An unreadable journal is evidence too: keep a copy before starting a new one."""
        aside = path.with_name(path.name + f".hong-{uuid.uuid4().hex[:8]}")
        fd = create_exclusive(aside, os.O_WRONLY, PRIVATE_FILE)
        with os.fdopen(fd, "wb") as out:
            out.write(data)

    def _zero(self, start: int, stop: int) -> None:
        offset = start
        while offset < stop:
            length = min(_BLOCK, stop - offset)
            _write_at(self.fd, offset, b"\0" * length)
            offset += length

    def _reserve(self, reserve_bytes: int) -> None:
        """Extend the file with real zero blocks (not a sparse hole) up to `reserve_bytes`."""
        while self.size < reserve_bytes:
            length = min(_BLOCK, reserve_bytes - self.size)
            try:
                _write_at(self.fd, self.size, b"\0" * length)
            except OSError:
                self.reserve_short = True  # a full disk: keep what fitted, records still fit in it
                os.ftruncate(self.fd, self.size)
                return
            self.size += length

    @property
    def pending(self) -> int:
        return self.next_seq - 1

    @property
    def free_bytes(self) -> int:
        return max(0, self.size - self.end)

    def append(self, kind: str, data: dict[str, Any]) -> JournalRecord:
        """Write one record and fsync it; raises OSError when even the journal cannot take it."""
        if kind not in RECORD_KINDS:
            raise ValueError(f"unknown journal record kind {kind!r}")
        record = JournalRecord(self.next_seq, kind, data)
        line = encode_record(self.journal_id, record.seq, kind, data)
        try:
            _write_at(self.fd, self.end, line)
            os.fsync(self.fd)
        except OSError:
            # A part may have reached the disk: put the zeros back so the next record starts clean.
            try:
                self._zero(self.end, min(self.end + len(line), max(self.size, self.end)))
            except OSError:
                pass
            raise
        self.end += len(line)
        self.size = max(self.size, self.end)
        self.next_seq += 1
        return record

    def reset(self) -> None:
        """Empty the journal once everything in it is in the database: zeros first, then a new id."""
        self._zero(_HEADER_LENGTH, self.end)
        os.fsync(self.fd)
        self.journal_id = uuid.uuid4().hex
        _write_at(self.fd, 0, _header(self.journal_id))
        os.fsync(self.fd)
        self.records = []
        self.next_seq = 1
        self.end = _HEADER_LENGTH
        self.torn_tail = False
        self.damaged = 0

    def close(self) -> None:
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
