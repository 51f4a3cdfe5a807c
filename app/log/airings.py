"""The airtime log (nhật ký phát sóng): one row per real airing, crash-safe and hash-chained.

A row is written `on_air` before an airing's sound starts (pending: no heartbeat yet), gets the real
start and its first heartbeat when the player reports the sound started, heartbeats while it plays,
and is finished once. Finishing gives the row its place in a hash chain (chain_index, prev_hash,
row_hash); from then on the database refuses to change or delete it (triggers in the schema). A row
left `on_air` by a crash is sealed `interrupted` on the next start from what the player itself wrote
(`recover_interrupted`). When the database cannot take a write in time the playout engine's records go
through the airing journal instead (app/log/recorder.py); they come back here when replayed.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlite_utils import Database

from app.database import write_transaction
from app.errors import InputError
from app.log import anchors, chain
from app.log.statuses import ENDING_STATUSES, NOT_AIRED_STATUSES, AiringStatus, Trigger
from app.messages import msg
from app.rows import inserted_id
from app.segments import find_segment
from app.station_time import format_timestamp, parse_timestamp

GENESIS_HASH = chain.GENESIS_HASH
# The fields a row's hash covers, in order (app.log.chain documents the construction).
HASHED_FIELDS = chain.HASHED_FIELDS


# Written into the note of a row whose record went through the airing journal (part of the hashed content),
# or was only kept in memory because even the journal could not be written.
JOURNAL_NOTE = "Ghi qua tệp nhật ký dự phòng vì cơ sở dữ liệu tạm không ghi được."
MEMORY_NOTE = "Ghi muộn từ bộ nhớ vì cả cơ sở dữ liệu lẫn tệp nhật ký dự phòng tạm không ghi được."
LATE_NOTES = (JOURNAL_NOTE, MEMORY_NOTE)


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


def _link(row: dict[str, Any], index: int, prev: str) -> dict[str, Any]:
    """`row` as the chain's row number `index` after the row hashed `prev`: its chain fields set."""
    row["chain_index"] = index
    row["prev_hash"] = prev
    row["row_hash"] = row_hash(row)
    return row


def _seal(db: Database, airing_id: int, changes: dict[str, Any]) -> None:
    """Finish a row: apply its final values and link it into the chain (caller holds the write lock)."""
    index, prev = _chain_head(db)
    current = dict(db.table("airings").get(airing_id))
    current.update(changes)
    _link(current, index + 1, prev)
    final = {key: current[key] for key in (*changes, "chain_index", "prev_hash", "row_hash")}
    db.table("airings").update(airing_id, final)
    anchors.note_sealed(db)  # anchored once the transaction commits (write_transaction's after_commit)


def with_journal_note(note: str, mark: str = JOURNAL_NOTE) -> str:
    """`note` with the mark of a record written late (through the journal, or from memory), once."""
    if mark in note:
        return note
    return f"{note} {mark}" if note else mark


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
    pending: bool = False,
) -> int:
    """A new `on_air` row. `pending`: written before the sound starts, so `started_at` is the moment the
    player was asked and there is no heartbeat until `mark_started` records the real start."""
    if trigger not in tuple(Trigger):
        raise InputError(msg("Kiểu phát không hợp lệ: {trigger}", trigger=trigger))
    stamp = format_timestamp(started_at)
    with write_transaction(db):
        return _insert_on_air(
            db,
            {
                "segment_id": segment_id,
                "schedule_item_id": schedule_item_id,
                "title": title,
                "topic": topic,
                "scheduled_at": format_timestamp(scheduled_at) if scheduled_at else None,
                "started_at": stamp,
                "planned_duration_s": planned_duration_s,
                "trigger": trigger,
                "operator": operator,
                "note": note,
                "heartbeat_at": None if pending else stamp,
            },
        )


def _insert_on_air(db: Database, row: dict[str, Any]) -> int:
    """A new row of this station's player, on air until sealed (the caller holds the write lock)."""
    row = {**row, "planned_duration_s": _round_duration(row["planned_duration_s"])}
    return inserted_id(db.table("airings").insert({**row, "status": AiringStatus.ON_AIR, "source": "app"}))


def mark_started(db: Database, airing_id: int, at: datetime) -> None:
    """The player reported the sound really started at `at`: the row's start and its first heartbeat."""
    stamp = format_timestamp(at)
    with write_transaction(db):
        db.execute(
            "UPDATE airings SET started_at = ?, heartbeat_at = ? WHERE id = ? AND status = 'on_air' "
            "AND row_hash IS NULL",
            [stamp, stamp, airing_id],
        )


def heartbeat(db: Database, airing_id: int, at: datetime) -> None:
    # Only forward, only once the player has started: a replayed journal never moves a heartbeat back.
    with write_transaction(db):
        db.execute(
            "UPDATE airings SET heartbeat_at = ? WHERE id = ? AND status = 'on_air' AND row_hash IS NULL "
            "AND heartbeat_at IS NOT NULL AND heartbeat_at < ?",
            [format_timestamp(at), airing_id, format_timestamp(at)],
        )


def add_journal_note(db: Database, airing_id: int, mark: str = JOURNAL_NOTE) -> None:
    """Mark a row still on air as recorded (partly) late; the mark is sealed with it."""
    row = db.execute("SELECT note FROM airings WHERE id = ? AND row_hash IS NULL", [airing_id]).fetchone()
    if row is not None and mark not in (row[0] or ""):
        db.execute("UPDATE airings SET note = ? WHERE id = ?", [with_journal_note(row[0] or "", mark), airing_id])


def finish_airing(
    db: Database,
    airing_id: int,
    *,
    ended_at: datetime,
    status: str = AiringStatus.COMPLETED,
    duration_s: float | None = None,
    note: str | None = None,
) -> None:
    """Seal a row. A row whose sound never started (still pending) ended `failed` or `skipped` reads
    exactly as `record_not_aired` writes such an item; only a pending row can end `skipped`."""
    if status not in ENDING_STATUSES:
        raise InputError(msg("Trạng thái kết thúc không hợp lệ: {status}", status=status))
    with write_transaction(db):
        row = db.table("airings").get(airing_id)
        if row["status"] != AiringStatus.ON_AIR:
            return  # already finished (e.g. recovered after a crash): never rewrite evidence
        for mark in LATE_NOTES:
            if note is not None and mark in (row["note"] or ""):
                note = with_journal_note(note, mark)  # a later note never hides that the row was written late
        stamp = format_timestamp(ended_at)
        pending = row["heartbeat_at"] is None
        if status == AiringStatus.SKIPPED and not pending:
            raise InputError(msg("Lượt đã bắt đầu phát không thể ghi là bỏ qua."))
        if pending and status in NOT_AIRED_STATUSES:
            changes: dict[str, Any] = {
                "scheduled_at": row["scheduled_at"] or row["started_at"],
                "started_at": stamp if status == AiringStatus.FAILED else None,
                "ended_at": stamp if status == AiringStatus.FAILED else None,
                "duration_s": 0.0,
                "status": status,
            }
        else:
            if duration_s is None:
                duration_s = max(0.0, (ended_at - parse_timestamp(row["started_at"])).total_seconds())
            changes = {
                "ended_at": stamp,
                "duration_s": _round_duration(duration_s),
                "status": status,
                "heartbeat_at": stamp,
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
    trigger: str = Trigger.SCHEDULED,
    segment_id: int | None = None,
    schedule_item_id: int | None = None,
    planned_duration_s: float | None = None,
    operator: str = "",
    note: str = "",
    at: datetime | None = None,
) -> int:
    """A missed, failed or skipped item: written finished at once, adds nothing to airtime."""
    if status not in NOT_AIRED_STATUSES:
        raise InputError(msg("Trạng thái không hợp lệ: {status}", status=status))
    with write_transaction(db):
        airing_id = _insert_on_air(  # sealed just below, inside the same transaction
            db,
            {
                "segment_id": segment_id,
                "schedule_item_id": schedule_item_id,
                "title": title,
                "topic": topic,
                "scheduled_at": format_timestamp(scheduled_at),
                "planned_duration_s": planned_duration_s,
                "trigger": trigger,
                "operator": operator,
                "note": note,
            },
        )
        stamp = format_timestamp(at) if (at and status == AiringStatus.FAILED) else None
        _seal(db, airing_id, {"status": status, "started_at": stamp, "ended_at": stamp, "duration_s": 0.0})
        return airing_id


IMPORTED_COLUMNS = HASHED_FIELDS[1:-2]  # segment_id .. corrects_id: what an imported row brings
_SEALED_INSERT_SQL = (
    f"INSERT INTO airings ({', '.join(HASHED_FIELDS)}, row_hash) VALUES ({', '.join('?' * (len(HASHED_FIELDS) + 1))})"
)
_DURATION_AT = HASHED_FIELDS.index("duration_s")
_PLANNED_AT = HASHED_FIELDS.index("planned_duration_s")
_OPERATOR_AT = HASHED_FIELDS.index("operator")
_NOTE_AT = HASHED_FIELDS.index("note")


def append_finished_rows(db: Database, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Add already-finished rows (an import), each sealed into the chain, in one transaction that the
    caller keeps short (app/log/importer.py hands in chunks)."""
    return append_finished_values(db, [[row.get(column) for column in IMPORTED_COLUMNS] for row in rows])


def append_finished_values(db: Database, rows: Sequence[Sequence[Any]]) -> list[int]:
    """`append_finished_rows` for rows given as values in IMPORTED_COLUMNS order. Rows are inserted
    sealed: the id, chain position and hash are known before the insert, so each row costs one INSERT;
    the hash is `chain.hash_canonical` of the same HASHED_FIELDS that `_seal` and `verify_chain` use."""
    ids: list[int] = []
    with write_transaction(db):
        index, prev = _chain_head(db)
        next_id = (db.execute("SELECT max(id) FROM airings").fetchone()[0] or 0) + 1
        sealed: list[list[Any]] = []
        for row in rows:
            index += 1
            values = [next_id, *row, index, prev]
            values[_OPERATOR_AT] = values[_OPERATOR_AT] or ""
            values[_NOTE_AT] = values[_NOTE_AT] or ""
            canonical = values.copy()
            # The two durations are the only floats of a row (ids are ints, the rest text or None).
            for at in (_DURATION_AT, _PLANNED_AT):
                values[at] = _round_duration(values[at])
                canonical[at] = chain.canonical_value(values[at])
            prev = chain.hash_canonical(canonical)
            values.append(prev)
            sealed.append(values)
            ids.append(next_id)
            next_id += 1
        db.conn.executemany(_SEALED_INSERT_SQL, sealed)
        if sealed:
            anchors.note_sealed(db)
    return ids


# A heartbeat this far past the planned end was not written by this station's player: its watchdog
# (app/playout.py, OVERRUN_*) ends an airing well before.
RECOVERY_SLACK = timedelta(minutes=1)
NOTE_CRASHED = "Phần mềm dừng đột ngột khi đang phát."
NOTE_NOT_PLAYED = "Phần mềm dừng đột ngột; không tính thời lượng vì {reason}."


def _moment(text: str | None) -> datetime | None:
    try:
        return parse_timestamp(text) if text else None
    except ValueError:
        return None


def _when(moment: datetime) -> str:
    return moment.strftime("%H:%M:%S ngày %d/%m/%Y")


def _recovery(
    db: Database, row: Mapping[str, Any], newest_start: datetime | None, now: datetime | None
) -> tuple[datetime | None, float, str | None]:
    """(ended_at, seconds on air, why nothing counts) for a row a crash left on air. Only what this
    station's player wrote is believed: the real start, its heartbeats, the segment's own length."""
    started = _moment(row["started_at"])
    beat = _moment(row["heartbeat_at"])
    live = row["trigger"] == Trigger.LIVE
    segment_length = None
    if row["segment_id"] is not None:
        found = find_segment(db, row["segment_id"])
        if found is None:
            return started, 0.0, f"tiết mục số {row['segment_id']} không có trong dữ liệu của đài"
        segment_length = found["duration_s"]
    elif not live:
        return started, 0.0, "dòng không ghi tiết mục nào"
    if started is None:
        return None, 0.0, "dòng không có giờ bắt đầu"
    if beat is None:
        return started, 0.0, "trình phát chưa báo bắt đầu phát"
    if newest_start is not None and started < newest_start:
        newest = _when(newest_start)
        return started, 0.0, f"giờ bắt đầu ({_when(started)}) trước lượt phát đã ghi xong gần nhất ({newest})"
    if beat < started:
        return started, 0.0, f"dấu hiệu còn phát ({_when(beat)}) trước giờ bắt đầu"
    if now is not None and beat > now + RECOVERY_SLACK:
        return started, 0.0, f"dấu hiệu còn phát ({_when(beat)}) ở tương lai"
    planned = segment_length or row["planned_duration_s"]
    seconds = (beat - started).total_seconds()
    if planned and seconds > planned + RECOVERY_SLACK.total_seconds():
        return (
            started,
            0.0,
            f"dấu hiệu còn phát cuối cùng ({_when(beat)}) cách giờ bắt đầu {seconds:.0f} giây, "
            f"quá thời lượng dự kiến ({planned:.0f} giây) hơn một phút",
        )
    if planned:
        seconds = min(seconds, float(planned))
    return started + timedelta(seconds=seconds), seconds, None


def recover_interrupted(
    db: Database, *, now: datetime | None = None, skip_ids: Collection[int] = (), deadline_s: float | None = None
) -> list[int]:
    """Rows left on air by a crash or power cut are sealed `interrupted`: ended at the player's last
    heartbeat, never longer than the segment's planned length. A row the player never started (no
    heartbeat, unknown segment, a start before the newest finished airing, a heartbeat in the future
    or more than a minute past the planned end) is sealed with 0 seconds and a note saying why.
    `skip_ids`: rows the airing journal still holds records for (they are finished by its replay)."""
    recovered: list[int] = []
    with write_transaction(db, deadline_s=deadline_s):
        newest = db.execute(
            "SELECT started_at FROM airings WHERE row_hash IS NOT NULL AND source = 'app' "
            "AND started_at IS NOT NULL ORDER BY started_at DESC LIMIT 1"
        ).fetchone()
        newest_start = _moment(newest[0]) if newest else None
        for row in db.query("SELECT * FROM airings WHERE status = 'on_air' AND row_hash IS NULL ORDER BY id"):
            if row["id"] in skip_ids:
                continue
            ended, seconds, reason = _recovery(db, row, newest_start, now)
            sentence = NOTE_CRASHED if reason is None else NOTE_NOT_PLAYED.format(reason=reason)
            note = f"{row['note']} {sentence}" if row["note"] else sentence
            _seal(
                db,
                row["id"],
                {
                    "status": AiringStatus.INTERRUPTED,
                    "started_at": row["started_at"],
                    "ended_at": format_timestamp(ended) if ended else None,
                    "duration_s": _round_duration(seconds),
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
