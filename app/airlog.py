"""The airtime log (nhật ký phát sóng): one row per real airing, crash-safe and hash-chained.

A row is written `on_air` the moment an airing starts, heartbeats while it plays, and is finished
once. Finishing gives the row its place in a hash chain (chain_index, prev_hash, row_hash); from
then on the database refuses to change or delete it (triggers in the schema). A row left `on_air`
by a crash becomes `interrupted`, ended at its last heartbeat, on the next start.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlite_utils import Database

from app.errors import InputError
from app.log import anchors, chain
from app.station_time import format_timestamp, parse_timestamp

STATUSES = ("on_air", "completed", "interrupted", "missed", "failed", "skipped")
FINISHED_STATUSES = STATUSES[1:]
COUNTED_STATUSES = ("completed", "interrupted")
NOT_AIRED_STATUSES = ("missed", "failed", "skipped")
TRIGGERS = ("scheduled", "manual", "urgent", "live")
GENESIS_HASH = chain.GENESIS_HASH
# The fields a row's hash covers, in order (app.log.chain documents the construction).
HASHED_FIELDS = chain.HASHED_FIELDS

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
    anchors.after_commit(db)  # the chain head that just became durable goes to the anchor file


def _hash_values(values: Sequence[Any]) -> str:
    return chain.hash_values(values)


def row_hash(row: Mapping[str, Any]) -> str:
    return chain.hash_values([row.get(field) for field in HASHED_FIELDS])


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
    anchors.note_sealed(db)  # anchored once the transaction commits (write_transaction's after_commit)


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
    """The whole chain walked from the genesis hash. Not intact when a row no longer matches its place
    or its hash (`first_bad_id`, `problem`), or when a finished row was never sealed into the chain
    (`unsealed_ids`: only a row on air may lack its seal; anything else was written outside the software)."""

    intact: bool
    rows_checked: int
    head_hash: str
    first_bad_id: int | None = None
    problem: str = ""
    head_index: int = 0
    unsealed_ids: tuple[int, ...] = ()


IMMUTABILITY_TRIGGERS = ("airings_finished_immutable", "airings_no_delete")
UNSEALED_PROBLEM = "không được niêm phong vào chuỗi mà không phải lượt đang phát (bị thêm ngoài phần mềm)"


def unsealed_rows(db: Database) -> list[int]:
    """Rows outside the chain that are not on air, and rows on air that carry chain fields: neither can
    come from the software (the chain_index index finds the few rows without a position at once)."""
    outside = db.execute(
        "SELECT id FROM airings WHERE chain_index IS NULL "
        "AND (status IS NOT 'on_air' OR row_hash IS NOT NULL OR prev_hash IS NOT NULL) ORDER BY id"
    ).fetchall()
    sealed_on_air = db.execute(
        "SELECT id FROM airings WHERE status = 'on_air' AND chain_index IS NOT NULL ORDER BY id"
    ).fetchall()
    return sorted(row[0] for row in (*outside, *sealed_on_air))


def verify_chain(db: Database, *, parallel_from: int = chain.PARALLEL_FROM_ROWS) -> ChainCheck:
    """Walk the whole chain in order (nothing inside the database is trusted to skip any of it) and
    report the first row whose position, link or content no longer matches, then any unsealed row."""
    head = db.execute("SELECT max(chain_index) FROM airings").fetchone()[0]
    head_index = int(head) if isinstance(head, int) else 0
    walks = chain.walk_chain(db.conn, head_index, parallel_from=parallel_from)
    checked = 0
    for walk in walks:
        if not walk.intact:
            return ChainCheck(
                False,
                checked + walk.rows,
                walk.last_hash or GENESIS_HASH,
                first_bad_id=walk.bad_id,
                problem=walk.message(),
                head_index=head_index,
            )
        checked += walk.rows
    head_hash = walks[-1].last_hash if head_index else GENESIS_HASH
    unsealed = tuple(unsealed_rows(db))
    if unsealed:
        return ChainCheck(
            False,
            checked,
            head_hash or GENESIS_HASH,
            first_bad_id=unsealed[0],
            problem=UNSEALED_PROBLEM,
            head_index=head_index,
            unsealed_ids=unsealed,
        )
    return ChainCheck(True, checked, head_hash or GENESIS_HASH, head_index=head_index)
