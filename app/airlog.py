"""The airtime log (nhật ký phát sóng): one row per real airing, crash-safe and hash-chained.

A row is written `on_air` the moment an airing starts, heartbeats while it plays, and is finished
once. Finishing gives the row its place in a hash chain (chain_index, prev_hash, row_hash); from
then on the database refuses to change or delete it (triggers in the schema). A row left `on_air`
by a crash becomes `interrupted`, ended at its last heartbeat, on the next start.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from app.errors import InputError
from app.station_time import format_timestamp, parse_timestamp

STATUSES = ("on_air", "completed", "interrupted", "missed", "failed", "skipped")
FINISHED_STATUSES = STATUSES[1:]
COUNTED_STATUSES = ("completed", "interrupted")
NOT_AIRED_STATUSES = ("missed", "failed", "skipped")
TRIGGERS = ("scheduled", "manual", "urgent", "live")
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

STATUS_LABELS = {
    "on_air": "Đang phát",
    "completed": "Đã phát xong",
    "interrupted": "Bị ngắt",
    "missed": "Bị lỡ",
    "failed": "Lỗi",
    "skipped": "Bỏ qua",
}
TRIGGER_LABELS = {
    "scheduled": "Theo lịch",
    "manual": "Phát tay",
    "urgent": "Khẩn cấp",
    "live": "Đọc trực tiếp",
}


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """BEGIN IMMEDIATE: take the write lock up front so two writers never compute the same chain link."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def _canonical_number(value: Any) -> Any:
    # Floats are hashed rounded to milliseconds so that a value read back from SQLite hashes the same.
    if isinstance(value, float):
        return f"{value:.3f}"
    return value


def _hash_values(values: Sequence[Any]) -> str:
    payload = [_canonical_number(value) for value in values]
    encoded = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(encoded.encode("utf-8")).hexdigest()


def row_hash(row: Mapping[str, Any]) -> str:
    return _hash_values([row.get(field) for field in HASHED_FIELDS])


def _round_duration(value: float | None) -> float | None:
    return None if value is None else round(float(value), 3)


def _chain_head(db: Database) -> tuple[int, str]:
    row = db.execute(
        "SELECT chain_index, row_hash FROM airings WHERE chain_index IS NOT NULL ORDER BY chain_index DESC LIMIT 1"
    ).fetchone()
    return (row[0], row[1]) if row else (0, GENESIS_HASH)


def chain_head_hash(db: Database) -> str:
    return _chain_head(db)[1]


def _seal(db: Database, airing_id: int, changes: dict[str, Any]) -> None:
    """Finish a row: apply its final values and link it into the chain (caller holds the write lock)."""
    index, prev = _chain_head(db)
    current = dict(db["airings"].get(airing_id))
    current.update(changes)
    current["chain_index"] = index + 1
    current["prev_hash"] = prev
    current["row_hash"] = row_hash(current)
    final = {key: current[key] for key in (*changes, "chain_index", "prev_hash", "row_hash")}
    db["airings"].update(airing_id, final)


def start_airing(
    db: Database,
    *,
    title: str,
    topic: str,
    started_at: datetime,
    trigger: str,
    segment_id: int | None = None,
    schedule_item_id: int | None = None,
    scheduled_at: datetime | None = None,
    planned_duration_s: float | None = None,
    operator: str = "",
    note: str = "",
) -> int:
    if trigger not in TRIGGERS:
        raise InputError(f"Kiểu phát không hợp lệ: {trigger}")
    stamp = format_timestamp(started_at)
    with write_transaction(db):
        return (
            db["airings"]
            .insert(
                {
                    "segment_id": segment_id,
                    "schedule_item_id": schedule_item_id,
                    "title": title,
                    "topic": topic,
                    "scheduled_at": format_timestamp(scheduled_at) if scheduled_at else None,
                    "started_at": stamp,
                    "planned_duration_s": _round_duration(planned_duration_s),
                    "status": "on_air",
                    "trigger": trigger,
                    "operator": operator,
                    "note": note,
                    "heartbeat_at": stamp,
                    "source": "app",
                }
            )
            .last_pk
        )


def heartbeat(db: Database, airing_id: int, at: datetime) -> None:
    with write_transaction(db):
        db.execute(
            "UPDATE airings SET heartbeat_at = ? WHERE id = ? AND status = 'on_air'",
            [format_timestamp(at), airing_id],
        )


def finish_airing(
    db: Database,
    airing_id: int,
    *,
    ended_at: datetime,
    status: str = "completed",
    duration_s: float | None = None,
    note: str | None = None,
) -> None:
    if status not in ("completed", "interrupted", "failed"):
        raise InputError(f"Trạng thái kết thúc không hợp lệ: {status}")
    with write_transaction(db):
        row = db["airings"].get(airing_id)
        if row["status"] != "on_air":
            return  # already finished (e.g. recovered after a crash): never rewrite evidence
        if duration_s is None:
            duration_s = max(0.0, (ended_at - parse_timestamp(row["started_at"])).total_seconds())
        changes: dict[str, Any] = {
            "ended_at": format_timestamp(ended_at),
            "duration_s": _round_duration(duration_s),
            "status": status,
            "heartbeat_at": format_timestamp(ended_at),
        }
        if note is not None:
            changes["note"] = note
        _seal(db, airing_id, changes)


def record_not_aired(
    db: Database,
    *,
    status: str,
    title: str,
    topic: str,
    scheduled_at: datetime,
    trigger: str = "scheduled",
    segment_id: int | None = None,
    schedule_item_id: int | None = None,
    planned_duration_s: float | None = None,
    operator: str = "",
    note: str = "",
    at: datetime | None = None,
) -> int:
    """A missed, failed or skipped item: written finished at once, adds nothing to airtime."""
    if status not in NOT_AIRED_STATUSES:
        raise InputError(f"Trạng thái không hợp lệ: {status}")
    with write_transaction(db):
        airing_id = (
            db["airings"]
            .insert(
                {
                    "segment_id": segment_id,
                    "schedule_item_id": schedule_item_id,
                    "title": title,
                    "topic": topic,
                    "scheduled_at": format_timestamp(scheduled_at),
                    "planned_duration_s": _round_duration(planned_duration_s),
                    "status": "on_air",  # sealed just below, inside the same transaction
                    "trigger": trigger,
                    "operator": operator,
                    "note": note,
                    "source": "app",
                }
            )
            .last_pk
        )
        stamp = format_timestamp(at) if (at and status == "failed") else None
        _seal(db, airing_id, {"status": status, "started_at": stamp, "ended_at": stamp, "duration_s": 0.0})
        return airing_id


def append_finished_rows(db: Database, rows: list[dict[str, Any]]) -> list[int]:
    """Add already-finished rows (an import) in one transaction, each sealed into the chain."""
    ids: list[int] = []
    with write_transaction(db):
        for row in rows:
            final = {key: row.get(key) for key in ("started_at", "ended_at", "duration_s", "status", "note")}
            final["duration_s"] = _round_duration(final["duration_s"])
            airing_id = (
                db["airings"]
                .insert(
                    {
                        **{k: v for k, v in row.items() if k not in final},
                        "status": "on_air",
                    }
                )
                .last_pk
            )
            _seal(db, airing_id, final)
            ids.append(airing_id)
    return ids


def recover_interrupted(db: Database) -> list[int]:
    """Rows left on air by a crash or power cut become interrupted at their last heartbeat."""
    recovered: list[int] = []
    with write_transaction(db):
        for row in db.query("SELECT * FROM airings WHERE status = 'on_air' ORDER BY id"):
            last_alive = row["heartbeat_at"] or row["started_at"]
            duration = max(0.0, (parse_timestamp(last_alive) - parse_timestamp(row["started_at"])).total_seconds())
            note = (row["note"] + " " if row["note"] else "") + "Phần mềm dừng đột ngột khi đang phát."
            _seal(
                db,
                row["id"],
                {
                    "status": "interrupted",
                    "ended_at": last_alive,
                    "duration_s": _round_duration(duration),
                    "note": note,
                },
            )
            recovered.append(row["id"])
    return recovered


@dataclass(frozen=True)
class ChainCheck:
    intact: bool
    rows_checked: int
    head_hash: str
    first_bad_id: int | None = None
    problem: str = ""
    from_checkpoint: int = 0  # rows up to this chain position were trusted from the last full walk


IMMUTABILITY_TRIGGERS = ("airings_finished_immutable", "airings_no_delete")


def _schema_fingerprint(db: Database) -> int | None:
    """SQLite bumps schema_version on every schema change, so dropping the protective triggers (the only
    way to edit a finished row from the sqlite3 shell) invalidates a checkpoint. None: unprotected."""
    present = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    if not set(IMMUTABILITY_TRIGGERS) <= present:
        return None
    return db.execute("PRAGMA schema_version").fetchone()[0]


def _trusted_checkpoint(db: Database) -> tuple[int, str]:
    """(chain position, hash) up to which an earlier full walk still vouches for the log, or (0, genesis)."""
    if not db["chain_checkpoint"].exists():
        return 0, GENESIS_HASH
    saved = db.execute("SELECT chain_index, row_hash, schema_version FROM chain_checkpoint WHERE id = 1").fetchone()
    if saved is None or saved[2] != _schema_fingerprint(db):
        return 0, GENESIS_HASH
    index, head, _ = saved
    # With the triggers unchanged no finished row can have been edited or deleted since; the row at
    # the checkpoint must still be the one the walk ended on.
    row = db.execute("SELECT row_hash FROM airings WHERE chain_index = ?", [index]).fetchone()
    if row is None or row[0] != head:
        return 0, GENESIS_HASH
    return index, head


def _save_checkpoint(db: Database, index: int, head: str) -> None:
    fingerprint = _schema_fingerprint(db)
    if fingerprint is None or index == 0 or not db["chain_checkpoint"].exists():
        return
    try:
        db.execute(
            "INSERT OR REPLACE INTO chain_checkpoint (id, chain_index, row_hash, schema_version) VALUES (1, ?, ?, ?)",
            [index, head, fingerprint],
        )
    except sqlite3.OperationalError:
        pass  # a read-only view of the station: the next writable check records it


def record_checkpoint(db: Database, check: ChainCheck) -> None:
    """Keep where a walk made on another (read-only) connection got to, through the owner's connection."""
    if check.intact:
        _save_checkpoint(db, check.from_checkpoint + check.rows_checked, check.head_hash)


def verify_chain(db: Database, *, incremental: bool = False) -> ChainCheck:
    """Walk the chain in order; report the first row whose content or link no longer matches.

    incremental=True starts after the last full walk's checkpoint when the schema (with its triggers
    forbidding edits of finished rows) is unchanged since; `log verify` and the start check walk it all.
    """
    start_index, expected_prev = _trusted_checkpoint(db) if incremental else (0, GENESIS_HASH)
    expected_index = start_index + 1
    checked = 0
    columns = ", ".join(HASHED_FIELDS)
    # A sealed row without a chain position can only come from an edit outside the software, which a
    # trusted checkpoint rules out; looking for one costs a table scan, so only the full walk does.
    stray = "" if start_index else " OR (chain_index IS NULL AND row_hash IS NOT NULL)"
    rows = db.execute(
        f"SELECT {columns}, row_hash FROM airings WHERE chain_index >= ?{stray} ORDER BY chain_index, id",
        [expected_index],
    )
    id_at, index_at, prev_at = 0, HASHED_FIELDS.index("chain_index"), HASHED_FIELDS.index("prev_hash")
    for values in rows:
        problem = ""
        if values[index_at] != expected_index:
            problem = f"thiếu hoặc sai thứ tự dòng trong chuỗi (mong đợi vị trí {expected_index})"
        elif values[prev_at] != expected_prev:
            problem = "liên kết với dòng trước không khớp"
        elif values[-1] != _hash_values(values[:-1]):
            problem = "nội dung dòng đã bị thay đổi"
        if problem:
            return ChainCheck(
                False, checked, expected_prev, first_bad_id=values[id_at], problem=problem, from_checkpoint=start_index
            )
        expected_prev = values[-1]
        expected_index += 1
        checked += 1
    _save_checkpoint(db, expected_index - 1, expected_prev)
    return ChainCheck(True, checked, expected_prev, from_checkpoint=start_index)
