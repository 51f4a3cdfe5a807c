"""The log's hash chain: what a row's SHA-256 covers, and a walk that re-checks every row fast.

The construction (version 1; README, "Kiểm tra nhật ký bằng công cụ khác", says it for an official):
- a sealed row has `chain_index` 1, 2, 3, ... in the order rows were finished;
- `prev_hash` is the `row_hash` of the row at chain_index - 1 (64 zeros for the first);
- `row_hash` = lowercase hex SHA-256 of the UTF-8 bytes of a JSON array holding the values of
  HASHED_FIELDS in that order, written with no spaces (`[1,null,"Bản tin",...]`), non-ASCII letters
  as they are, NULL as `null`, whole numbers as numbers, and a REAL value as a string with exactly
  three decimals (`"95.000"`), which is how a value read back from SQLite hashes the same.

The walk asks SQLite itself to write that JSON (`json_array`, with `printf('%.3f')` for REAL values)
and only hashes and compares in Python, a batch of rows at a time with C-level loops (map, tuple
equality), so Python touches each row a handful of times instead of once per field. SQLite's JSON is
valid JSON, so when its text hashes to the stored value the row's values are exactly those the hash
covers; when it does not (a row holding an unusual value, or an edited one), that row is re-encoded
the reference way (`hash_values`) before anything is reported, so the SQL text only ever saves time.
A long log is split in two and the second half walked by a second process on the other core.

Only the standard library is imported here: the second process loads this module alone.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from operator import methodcaller
from pathlib import Path
from typing import Any
from urllib.parse import quote

CONSTRUCTION_VERSION = 1
GENESIS_HASH = "0" * 64

# The fields a row's hash covers, in order. Changing this list breaks every existing chain.
HASHED_FIELDS = (
    "id",
    "segment_id",
    "schedule_item_id",
    "title",
    "topic",
    "scheduled_at",
    "started_at",
    "ended_at",
    "duration_s",
    "planned_duration_s",
    "status",
    "trigger",
    "operator",
    "note",
    "source",
    "corrects_id",
    "chain_index",
    "prev_hash",
)
REAL_FIELDS = ("duration_s", "planned_duration_s")

PROBLEMS = {
    "order": "thiếu hoặc sai thứ tự dòng trong chuỗi (mong đợi vị trí {index})",
    "link": "liên kết với dòng trước không khớp",
    "content": "nội dung dòng đã bị thay đổi",
}

BATCH_ROWS = 8192
# Below this many rows a second process costs more than it saves.
PARALLEL_FROM_ROWS = 50_000
WORKER_TIMEOUT_S = 600


def canonical_value(value: Any) -> Any:
    # Floats are hashed rounded to milliseconds so that a value read back from SQLite hashes the same.
    if isinstance(value, float):
        return f"{value:.3f}"
    return value


# json.dumps(payload, ensure_ascii=False, separators=(",", ":")), without building an encoder per row.
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def canonical_bytes(values: Sequence[Any]) -> bytes:
    """The exact bytes a row's hash is taken over (the reference encoding)."""
    return _JSON.encode([canonical_value(value) for value in values]).encode("utf-8")


def hash_canonical(payload: Sequence[Any]) -> str:
    """The hash of values already in canonical form (every float as `canonical_value` gives it)."""
    return hashlib.sha256(_JSON.encode(payload).encode("utf-8")).hexdigest()


def hash_values(values: Sequence[Any]) -> str:
    return hashlib.sha256(canonical_bytes(values)).hexdigest()


def _sql_value(column: str) -> str:
    if column in REAL_FIELDS:
        return f"CASE WHEN typeof({column}) = 'real' THEN printf('%.3f', {column}) ELSE {column} END"
    return column


_ENCODED = "CAST(json_array(" + ", ".join(_sql_value(column) for column in HASHED_FIELDS) + ") AS BLOB)"
_FAST_SQL = (
    f"SELECT {_ENCODED}, row_hash, prev_hash, chain_index, id FROM airings "
    "WHERE chain_index >= ? AND chain_index <= ? ORDER BY chain_index"
)
_PLAIN_SQL = (
    "SELECT NULL, row_hash, prev_hash, chain_index, id FROM airings "
    "WHERE chain_index >= ? AND chain_index <= ? ORDER BY chain_index"
)
_ROW_SQL = f"SELECT {', '.join(HASHED_FIELDS)} FROM airings WHERE id = ?"
_hexdigest = methodcaller("hexdigest")
_sha256 = hashlib.sha256


@dataclass(frozen=True)
class Walk:
    """What a walk over chain positions first..last found. `first_prev` is the prev_hash the first row
    carries (checked against the expected one when that was given); `bad_*` name the first row that
    does not match, `rows` counts the rows before it."""

    first: int
    last: int
    rows: int
    first_prev: str | None
    last_hash: str | None
    bad_id: int | None = None
    bad_index: int | None = None
    problem: str = ""  # a key of PROBLEMS

    @property
    def intact(self) -> bool:
        return self.bad_id is None and not self.problem

    def message(self) -> str:
        return PROBLEMS[self.problem].format(index=self.bad_index) if self.problem else ""


def _row_matches(conn: sqlite3.Connection, airing_id: int, stored: str | None) -> bool:
    """The reference check of one row, for rows the SQL-side encoding did not vouch for."""
    try:
        values = conn.execute(_ROW_SQL, [airing_id]).fetchone()
    except sqlite3.OperationalError:  # text that is not UTF-8: never written by the software
        return False
    if values is None or stored is None:
        return False
    try:
        return hash_values(values) == stored
    except (TypeError, ValueError):  # a BLOB value: never written by the software
        return False


class _Cursor:
    """Walk state shared by the fast and the row-by-row paths."""

    def __init__(self, first: int, last: int, expected_prev: str | None) -> None:
        self.first, self.last = first, last
        self.index = first
        self.prev = expected_prev
        self.first_prev: str | None = None
        self.rows = 0

    def bad(self, airing_id: int | None, problem: str) -> Walk:
        return Walk(self.first, self.last, self.rows, self.first_prev, self.prev, airing_id, self.index, problem)

    def done(self) -> Walk:
        if self.index <= self.last:  # rows at the end of the range vanished while walking
            return self.bad(None, "order")
        return Walk(self.first, self.last, self.rows, self.first_prev, self.prev)

    def check_row(self, conn: sqlite3.Connection, row: tuple, digest: str | None) -> Walk | None:
        """One row the slow way; None when it matches."""
        _blob, stored, prev_hash, index, airing_id = row
        if self.rows == 0 and self.first_prev is None:
            self.first_prev = prev_hash
            if self.prev is None:
                self.prev = prev_hash
        if index != self.index:
            return self.bad(airing_id, "order")
        if prev_hash != self.prev:
            return self.bad(airing_id, "link")
        if (digest is None or digest != stored) and not _row_matches(conn, airing_id, stored):
            return self.bad(airing_id, "content")
        self.prev = stored
        self.index += 1
        self.rows += 1
        return None


def walk_range(conn: sqlite3.Connection, first: int, last: int, expected_prev: str | None) -> Walk:
    """Check chain positions first..last: each present once and in order, each linked to the one before
    (the first to `expected_prev`, unless None), each row's content hashing to its row_hash."""
    state = _Cursor(first, last, expected_prev)
    if last < first:
        return state.done()
    cursor = conn.execute(_FAST_SQL, [first, last])
    while True:
        try:
            rows = cursor.fetchmany(BATCH_ROWS)
        except sqlite3.OperationalError:
            # json_array refuses a BLOB value (never written by the software): go on row by row.
            return _walk_slowly(conn, state)
        if not rows:
            return state.done()
        blobs, hashes, prevs, indexes, _ids = zip(*rows, strict=True)
        count = len(rows)
        if state.rows == 0 and state.first_prev is None:
            state.first_prev = prevs[0]
            if state.prev is None:
                state.prev = prevs[0]
        digests = list(map(_hexdigest, map(_sha256, blobs)))
        if (
            indexes == tuple(range(state.index, state.index + count))
            and prevs[0] == state.prev
            and prevs[1:] == hashes[:-1]
            and digests == list(hashes)
        ):
            state.index += count
            state.rows += count
            state.prev = hashes[-1]
            continue
        for row, digest in zip(rows, digests, strict=True):
            found = state.check_row(conn, row, digest)
            if found is not None:
                return found


def _walk_slowly(conn: sqlite3.Connection, state: _Cursor) -> Walk:
    for row in conn.execute(_PLAIN_SQL, [state.index, state.last]):
        found = state.check_row(conn, row, None)
        if found is not None:
            return found
    return state.done()


def database_file(conn: sqlite3.Connection) -> str | None:
    """The main database's file, or None for an in-memory or temporary database."""
    for _seq, name, path in conn.execute("PRAGMA database_list"):
        if name == "main":
            return path or None
    return None


def _start_worker(path: str, first: int, last: int) -> subprocess.Popen | None:
    if getattr(sys, "frozen", False):
        return None  # a bundled program cannot run a module by name
    root = Path(__file__).resolve().parents[2]
    try:
        return subprocess.Popen(
            [sys.executable, "-S", "-m", "app.log.chain", path, str(first), str(last)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
        )
    except OSError:
        return None


def _collect(worker: subprocess.Popen) -> Walk | None:
    """The second process's answer, or None when it gave none (the caller then walks that half)."""
    try:
        out, _ = worker.communicate(timeout=WORKER_TIMEOUT_S)
    except subprocess.TimeoutExpired:
        worker.kill()
        worker.communicate()
        return None
    if worker.returncode != 0:
        return None
    try:
        return Walk(**json.loads(out))
    except (ValueError, TypeError):
        return None


def walk_chain(
    conn: sqlite3.Connection, head_index: int, *, parallel_from: int = PARALLEL_FROM_ROWS
) -> tuple[Walk, ...]:
    """Walk positions 1..head_index from the genesis hash. Returns the walks made (one, or two halves
    in order); the first one that is not intact names the problem."""
    path = database_file(conn)
    if head_index < max(2, parallel_from) or path is None:
        return (walk_range(conn, 1, head_index, GENESIS_HASH),)
    middle = head_index // 2
    worker = _start_worker(path, middle + 1, head_index)
    try:
        early = walk_range(conn, 1, middle, GENESIS_HASH)
        if not early.intact:
            return (early,)
        late = _collect(worker) if worker is not None else None
    finally:
        if worker is not None and worker.poll() is None:
            worker.kill()
            worker.communicate()
    if late is None:
        return early, walk_range(conn, middle + 1, head_index, early.last_hash)
    if late.first_prev != early.last_hash and (late.intact or late.rows > 0):
        # The second half's first row does not link to the first half's last one.
        row = conn.execute("SELECT id FROM airings WHERE chain_index = ?", [middle + 1]).fetchone()
        return early, Walk(middle + 1, head_index, 0, late.first_prev, early.last_hash, row[0], middle + 1, "link")
    return early, late


def main(argv: Sequence[str]) -> int:
    """The second process: `python -S -m app.log.chain DB FIRST LAST` prints its Walk as JSON."""
    path, first, last = argv[0], int(argv[1]), int(argv[2])
    conn = sqlite3.connect(f"file:{quote(os.path.abspath(path))}?mode=ro", uri=True)
    try:
        walk = walk_range(conn, first, last, None)
    finally:
        conn.close()
    sys.stdout.write(json.dumps(walk.__dict__))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
